// An export set is switched whole or not at all: a failed write leaves the earlier files
// byte for byte, temporaries are never opened through a planted symbolic link, and a
// process killed during the switch leaves a journal the next ExportSet finishes.
#include "pressgraph/io/export_set.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "support/temp_folder.hpp"

using namespace pressgraph;
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every entry of the folder with its content ("->target" for a symbolic link).
std::map<std::string, std::string> snapshot(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        files[name] = entry.is_symlink() ? "->" + fs::read_symlink(entry.path()).string() : read_all(entry.path());
    }
    return files;
}

const std::map<std::string, std::string> kOld = {
    {"pressgraph.ttl", "old turtle"}, {"pressgraph.nt", "old n-triples"}, {"pressgraph.graphml", "old graphml"}};
const std::map<std::string, std::string> kNew = {
    {"pressgraph.ttl", "new turtle, longer"}, {"pressgraph.nt", "new n-triples"}, {"pressgraph.graphml", "new graphml"}};

void write_set(const std::string& folder, const std::map<std::string, std::string>& files, ExportFaults faults = {}) {
    ExportSet set(folder, std::move(faults));
    for (const auto& [name, content] : files) set.stage(name, content);
    set.commit();
}

// Runs write_set(kNew) in a child process with `faults`; returns the signal that ended it (0: none).
int write_in_child(const std::string& folder, ExportFaults faults) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            write_set(folder, kNew, std::move(faults));
        } catch (...) {
            ::_exit(2);
        }
        ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
}

}  // namespace

TEST_CASE("an export set writes every file and leaves nothing else", "[io][export_set]") {
    const test::TempFolder folder;
    write_set(folder.string(), kOld);
    CHECK(snapshot(folder.path()) == kOld);
    write_set(folder.string(), kNew);
    CHECK(snapshot(folder.path()) == kNew);
}

TEST_CASE("a file that fails to write leaves the earlier set byte for byte", "[io][export_set]") {
    const test::TempFolder folder;
    write_set(folder.string(), kOld);
    for (const std::string failing : {"pressgraph.graphml", "pressgraph.nt", "pressgraph.ttl"}) {
        INFO(failing);
        ExportFaults faults;
        faults.fail_write = failing;
        try {
            write_set(folder.string(), kNew, faults);
            FAIL("no error");
        } catch (const ExportWriteError& e) {
            CHECK(e.earlier_set_intact());
            CHECK_THAT(e.what(), Catch::Contains(failing) && Catch::Contains("No space left on device"));
        }
        CHECK(snapshot(folder.path()) == kOld);  // no temporary left either
    }
}

TEST_CASE("a file streamed in pieces is the pieces in order, a throwing writer leaves the earlier set",
          "[io][export_set]") {
    const test::TempFolder folder;
    write_set(folder.string(), kOld);
    // Pieces larger than the sink's buffer of 1 MiB, so some reach the disk before end().
    const std::string piece(700'000, 'x');
    {
        ExportSet set(folder.string(), {});
        ByteSink& sink = set.begin("pressgraph.nt");
        for (int i = 0; i < 4; ++i) sink.write(piece + std::to_string(i));
        CHECK(set.end() == 4 * (piece.size() + 1));
        set.stage("pressgraph.ttl", "new turtle");
        set.commit();
    }
    CHECK(read_all(folder.path() / "pressgraph.nt") == piece + "0" + piece + "1" + piece + "2" + piece + "3");
    CHECK(read_all(folder.path() / "pressgraph.ttl") == "new turtle");
    const auto streamed = snapshot(folder.path());

    try {
        ExportSet set(folder.string(), {});
        ByteSink& sink = set.begin("pressgraph.nt");
        sink.write(piece + piece);
        throw std::runtime_error("the writer failed half-way");
    } catch (const std::runtime_error&) {
    }
    CHECK(snapshot(folder.path()) == streamed);  // no temporary left, earlier files intact

    ExportSet set(folder.string(), {});
    (void)set.begin("pressgraph.nt");
    CHECK_THROWS_AS(set.commit(), ExportWriteError);  // a file begun and not ended is never switched in
    CHECK(snapshot(folder.path()) == streamed);
}

TEST_CASE("files open side by side are each written by their own thread, one failing leaves the earlier set",
          "[io][export_set]") {
    const test::TempFolder folder;
    write_set(folder.string(), kOld);
    const std::string piece(300'000, 'y');
    auto write_both = [&](ExportFaults faults) {
        ExportSet set(folder.string(), std::move(faults));
        ByteSink& nt = set.begin("pressgraph.nt");
        ByteSink& ttl = set.begin("pressgraph.ttl");
        CHECK_THROWS_AS(set.begin("pressgraph.nt"), ExportWriteError);  // open already
        std::exception_ptr nt_error, ttl_error;
        auto fill = [&](ByteSink& sink, char c, std::exception_ptr& error) {
            try {
                for (int i = 0; i < 8; ++i) sink.write(std::string(piece.size(), c));
                (void)set.end(sink);
            } catch (...) {
                error = std::current_exception();
            }
        };
        std::thread other([&] { fill(nt, 'n', nt_error); });
        fill(ttl, 't', ttl_error);
        other.join();
        if (nt_error) std::rethrow_exception(nt_error);
        if (ttl_error) std::rethrow_exception(ttl_error);
        set.commit();
    };
    ExportFaults failing;
    failing.fail_write = "pressgraph.ttl";
    CHECK_THROWS_AS(write_both(failing), ExportWriteError);
    CHECK(snapshot(folder.path()) == kOld);  // no temporary left, earlier files intact
    write_both({});
    CHECK(read_all(folder.path() / "pressgraph.nt") == std::string(8 * piece.size(), 'n'));
    CHECK(read_all(folder.path() / "pressgraph.ttl") == std::string(8 * piece.size(), 't'));
}

TEST_CASE("a temporary is never opened through a symbolic link planted at its name", "[io][export_set]") {
    const test::TempFolder folder;
    const std::string victim = folder.write("victim.txt", "precious data");
    const std::string planted = ".pressgraph.ttl.pgtmp-AAAAAAAAAAAA";
    const std::string dangling = ".pressgraph.ttl.pgtmp-BBBBBBBBBBBB";
    const fs::path created_through_link = folder.path() / "created-through-link";
    auto plant = [&] {
        fs::create_symlink(victim, folder.path() / planted);
        fs::create_symlink(created_through_link, folder.path() / dangling);
    };

    plant();
    {
        // Opening the folder removes leftovers of pressgraph's naming: the links, not what they point to.
        const ExportSet set(folder.string());
        CHECK(set.recovery().removed.size() == 2);
    }
    CHECK(read_all(victim) == "precious data");
    CHECK_FALSE(fs::is_symlink(folder.path() / planted));

    // Links planted at the very names the set tries first are skipped for fresh names.
    ExportFaults faults;
    faults.first_temporary_names = {planted, dangling};
    ExportSet set(folder.string(), faults);
    plant();
    set.stage("pressgraph.ttl", "new turtle");
    set.commit();
    CHECK(read_all(victim) == "precious data");
    CHECK_FALSE(fs::exists(created_through_link));
    CHECK(fs::is_symlink(folder.path() / planted));
    CHECK(fs::is_symlink(folder.path() / dangling));
    CHECK(read_all(folder.path() / "pressgraph.ttl") == "new turtle");
    CHECK_FALSE(fs::is_symlink(folder.path() / "pressgraph.ttl"));
}

TEST_CASE("a run killed before the journal leaves the earlier set, the next removes its temporaries",
          "[io][export_set]") {
    const test::TempFolder folder;
    write_set(folder.string(), kOld);
    ExportFaults faults;
    faults.kill_before_commit = true;
    CHECK(write_in_child(folder.string(), faults) == SIGKILL);

    std::map<std::string, std::string> left = snapshot(folder.path());
    std::size_t temporaries = 0;
    for (const auto& [name, content] : left) temporaries += is_export_temporary_name(name) ? 1 : 0;
    CHECK(temporaries == 3);
    for (const auto& [name, content] : kOld) CHECK(left[name] == content);

    ExportSet next(folder.string());
    CHECK(next.recovery().completed.empty());
    CHECK(next.recovery().removed.size() == 3);
    CHECK(snapshot(folder.path()) == kOld);
}

TEST_CASE("a run killed while renaming is finished from its journal by the next", "[io][export_set]") {
    for (const int renames : {0, 1, 2}) {
        INFO(renames << " renames done before the kill");
        const test::TempFolder folder;
        write_set(folder.string(), kOld);
        ExportFaults faults;
        faults.kill_after_renames = renames;
        CHECK(write_in_child(folder.string(), faults) == SIGKILL);
        CHECK(fs::exists(folder.path() / std::string(kExportJournalName)));

        ExportSet next(folder.string());
        CHECK(next.recovery().completed.size() == kNew.size() - static_cast<std::size_t>(renames));
        CHECK(snapshot(folder.path()) == kNew);
    }
}

TEST_CASE("a target that is a folder is refused before anything is renamed", "[io][export_set]") {
    const test::TempFolder folder;
    write_set(folder.string(), {{"pressgraph.ttl", "old turtle"}});
    fs::create_directory(folder.path() / "pressgraph.nt");
    ExportSet set(folder.string());
    set.stage("pressgraph.ttl", "new turtle");
    set.stage("pressgraph.nt", "new n-triples");
    CHECK_THROWS_WITH(set.commit(), Catch::Contains("pressgraph.nt") && Catch::Contains("folder"));
    CHECK(read_all(folder.path() / "pressgraph.ttl") == "old turtle");
    CHECK(snapshot(folder.path()).size() == 2);
}

TEST_CASE("temporary names and fault specifications", "[io][export_set]") {
    CHECK(is_export_temporary_name(".pressgraph.ttl.pgtmp-Ab3dE5fG7hJk"));
    CHECK(is_export_temporary_name(".pressgraph-export.journal.pgtmp-000000000000"));
    CHECK_FALSE(is_export_temporary_name("pressgraph.ttl.pgtmp-Ab3dE5fG7hJk"));
    CHECK_FALSE(is_export_temporary_name(".pressgraph.ttl.pgtmp-Ab3dE5fG7hJ"));
    CHECK_FALSE(is_export_temporary_name(".pressgraph.ttl.pgtmp-Ab3dE5fG7hJ!"));
    CHECK_FALSE(is_export_temporary_name("pressgraph.ttl.tmp.1234"));
    CHECK_FALSE(is_export_temporary_name(".pgtmp-Ab3dE5fG7hJk"));

    CHECK(ExportFaults::parse("fail-write:pressgraph.nt").fail_write == "pressgraph.nt");
    CHECK(ExportFaults::parse("kill-before-commit").kill_before_commit);
    CHECK(ExportFaults::parse("kill-after-renames:2").kill_after_renames == 2);
    CHECK(ExportFaults::parse("").fail_write.empty());
    CHECK_THROWS_AS(ExportFaults::parse("kill-after-renames:two"), std::invalid_argument);
    CHECK_THROWS_AS(ExportFaults::parse("explode"), std::invalid_argument);
}
