#include "input_collection.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

namespace pressgraph::cli {
namespace {

namespace fs = std::filesystem;

using FolderId = std::pair<dev_t, ino_t>;

const char* special_kind(fs::file_type type) {
    switch (type) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::character: return "a character device";
    case fs::file_type::block: return "a block device";
    default: return "not a regular file";
    }
}

class FolderSearch {
public:
    explicit FolderSearch(InputList& list) : list_(list) {}

    // Lists `root` (a folder the user named); false when it cannot be listed at all.
    bool search(const fs::path& root) {
        std::error_code ec;
        fs::directory_iterator probe(root, ec);
        if (ec) {
            list_.missing.push_back(root.string() + ": cannot read folder: " + ec.message());
            return false;
        }
        // The real tree first, then the folders symbolic links lead to: a file is listed
        // under its own folder's path rather than under a link's, and a link back up the
        // tree is reported as such.
        (void)first_visit(root);
        visit(root);
        while (!linked_.empty()) {
            const fs::path link = linked_.front();
            linked_.erase(linked_.begin());
            if (first_visit(link)) visit(link);
            else skip(link, "symbolic link to a folder already searched (a loop or a second name): not searched again");
        }
        std::sort(found_.begin(), found_.end());
        list_.paths.insert(list_.paths.end(), found_.begin(), found_.end());
        found_.clear();
        return true;
    }

private:
    void skip(const fs::path& path, const std::string& why) { list_.skipped.push_back(path.string() + ": " + why); }

    // Records the folder; false when it was listed before (a link back up the tree, a bind mount).
    bool first_visit(const fs::path& folder) {
        struct stat status {};
        if (::stat(folder.c_str(), &status) != 0) return true;
        return visited_.emplace(status.st_dev, status.st_ino).second;
    }

    // Lists a folder already recorded by first_visit().
    void visit(const fs::path& folder) {
        std::error_code ec;
        fs::directory_iterator it(folder, ec);
        if (ec) {
            skip(folder, "cannot read folder: " + ec.message());
            return;
        }
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec) {
                skip(folder, "cannot read folder: " + ec.message());
                return;
            }
            entry(it->path());
        }
        if (ec) skip(folder, "cannot read folder: " + ec.message());
    }

    void entry(const fs::path& path) {
        std::error_code ec;
        const fs::file_status own = fs::symlink_status(path, ec);
        const bool link = fs::is_symlink(own);
        fs::file_status target = own;
        if (link) {
            target = fs::status(path, ec);
            if (ec) {
                if (ec == std::errc::too_many_symbolic_link_levels) {
                    skip(path, "symbolic link loop");
                } else if (ec == std::errc::no_such_file_or_directory) {
                    std::error_code read_ec;
                    skip(path, "broken symbolic link (to " + fs::read_symlink(path, read_ec).string() + ")");
                } else {
                    skip(path, "cannot follow symbolic link: " + ec.message());
                }
                return;
            }
        }
        const bool named_txt = path.extension() == ".txt";
        if (fs::is_directory(target)) {
            if (link) {
                linked_.push_back(path);
            } else if (first_visit(path)) {
                visit(path);
            } else {
                skip(path, "folder already searched (mounted twice?): not searched again");
            }
        } else if (fs::is_regular_file(target)) {
            if (named_txt) found_.push_back(path.string());
        } else if (named_txt) {
            skip(path, std::string(special_kind(target.type())) + ", not a document");
        }
    }

    InputList& list_;
    std::set<FolderId> visited_;
    std::vector<fs::path> linked_;  ///< symbolic links to folders, searched after the real tree
    std::vector<std::string> found_;
};

}  // namespace

InputList collect_inputs(const std::vector<std::string>& inputs) {
    InputList list;
    FolderSearch search(list);
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (input == "-") {
            list.paths.push_back(input);
        } else if (fs::is_directory(input, ec)) {
            search.search(input);
        } else if (fs::exists(input, ec)) {
            list.paths.push_back(input);  // a file named on the command line is read, whatever its kind
        } else {
            list.missing.push_back(input + ": no such file or folder");
        }
    }
    std::sort(list.skipped.begin(), list.skipped.end());
    return list;
}

}  // namespace pressgraph::cli
