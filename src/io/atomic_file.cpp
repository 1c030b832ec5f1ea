#include "pressgraph/io/atomic_file.hpp"

#include <filesystem>

#include "pressgraph/io/export_set.hpp"

namespace pressgraph {

void write_file_atomically(const std::string& path, std::string_view content) {
    const std::filesystem::path target(path);
    const std::string folder = target.has_parent_path() ? target.parent_path().string() : ".";
    try {
        ExportSet set(folder);
        set.stage(target.filename().string(), content);
        set.commit();
    } catch (const ExportWriteError& e) {
        throw ExportWriteError("cannot write " + path + ": " + e.what(), e.earlier_set_intact());
    }
}

}  // namespace pressgraph
