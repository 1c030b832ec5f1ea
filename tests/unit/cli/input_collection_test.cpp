// A folder search lists every *.txt it can read, in sorted order, and names what it
// passed over: unreadable folders, broken and looping links, FIFOs named *.txt, folders
// reached twice through links.
#include "cli/input_collection.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "support/temp_folder.hpp"

using namespace pressgraph;
using namespace pressgraph::cli;
namespace fs = std::filesystem;

namespace {

bool skipped(const InputList& list, const fs::path& path, const std::string& why) {
    for (const auto& line : list.skipped)
        if (line.starts_with(path.string() + ": ") && line.find(why) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a folder search names what it skips", "[cli][inputs]") {
    const test::TempFolder folder;
    const fs::path root = folder.path();
    fs::create_directories(root / "sub" / "deeper");
    fs::create_directories(root / "other");
    folder.write("a.txt", "A");
    folder.write("sub/deeper/b.txt", "B");
    folder.write("other/c.txt", "C");
    folder.write("notes.md", "not a document");
    fs::create_symlink("nowhere.txt", root / "broken.txt");
    fs::create_symlink("loop2", root / "loop1");
    fs::create_symlink("loop1", root / "loop2");
    fs::create_symlink("..", root / "sub" / "up");                // back up the tree
    fs::create_symlink(root / "other", root / "sub" / "to-other");  // a second name for a folder
    fs::create_symlink(root / "a.txt", root / "sub" / "alias.txt");
    REQUIRE(::mkfifo((root / "pipe.txt").c_str(), 0644) == 0);
    REQUIRE(::mkfifo((root / "pipe.dat").c_str(), 0644) == 0);

    const InputList list = collect_inputs({folder.string()});
    CHECK(list.missing.empty());
    CHECK(list.paths == std::vector<std::string>{(root / "a.txt").string(), (root / "other" / "c.txt").string(),
                                                 (root / "sub" / "alias.txt").string(),
                                                 (root / "sub" / "deeper" / "b.txt").string()});
    CHECK(skipped(list, root / "broken.txt", "broken symbolic link (to nowhere.txt)"));
    CHECK(skipped(list, root / "loop1", "symbolic link loop"));
    CHECK(skipped(list, root / "loop2", "symbolic link loop"));
    CHECK(skipped(list, root / "pipe.txt", "a FIFO"));
    CHECK(skipped(list, root / "sub" / "up", "already searched"));
    CHECK(skipped(list, root / "sub" / "to-other", "already searched"));
    CHECK(list.skipped.size() == 6);  // nothing about pipe.dat or notes.md: never documents
    CHECK(std::is_sorted(list.skipped.begin(), list.skipped.end()));
}

TEST_CASE("a missing input is an error, a file named on the command line is read as it is", "[cli][inputs]") {
    const test::TempFolder folder;
    REQUIRE(::mkfifo((folder.path() / "named.pipe").c_str(), 0644) == 0);
    const InputList list = collect_inputs({(folder.path() / "visti.txt").string(), (folder.path() / "named.pipe").string(), "-"});
    CHECK(list.missing == std::vector<std::string>{(folder.path() / "visti.txt").string() + ": no such file or folder"});
    CHECK(list.paths == std::vector<std::string>{(folder.path() / "named.pipe").string(), "-"});
}

TEST_CASE("an unreadable subfolder is skipped by name, an unreadable named folder is an error", "[cli][inputs]") {
    if (::geteuid() == 0) {
        WARN("running as root: permissions do not stop root (tests/e2e/cli_table.sh checks this as another user)");
        return;
    }
    const test::TempFolder folder;
    fs::create_directories(folder.path() / "locked");
    folder.write("a.txt", "A");
    fs::permissions(folder.path() / "locked", fs::perms::none);
    const InputList list = collect_inputs({folder.string(), (folder.path() / "locked").string()});
    fs::permissions(folder.path() / "locked", fs::perms::owner_all);
    CHECK(skipped(list, folder.path() / "locked", "cannot read folder"));
    REQUIRE(list.missing.size() == 1);
    CHECK(list.missing[0].find("cannot read folder") != std::string::npos);
}
