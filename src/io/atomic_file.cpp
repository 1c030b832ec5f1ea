// Write-then-rename: readers of the target see the old file or the new one, never half.
#include "pressgraph/io/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace pressgraph {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& temp, const char* step, int error) {
    std::remove(temp.c_str());
    throw std::runtime_error("cannot write " + path + " (" + step + "): " + std::strerror(error));
}

// Makes the rename itself durable. Best effort: the data is already safely in place.
void sync_parent_folder(const std::string& path) {
    const auto slash = path.find_last_of('/');
    const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
    // Same folder as the target, so rename() never crosses a file system.
    const std::string temp = path + ".tmp." + std::to_string(::getpid());
    std::FILE* file = std::fopen(temp.c_str(), "wb");
    if (file == nullptr) fail(path, temp, "create temporary file", errno);

    if (!content.empty() && std::fwrite(content.data(), 1, content.size(), file) != content.size()) {
        const int error = errno;
        std::fclose(file);
        fail(path, temp, "write", error);
    }
    if (std::fflush(file) != 0 || ::fsync(::fileno(file)) != 0) {
        const int error = errno;
        std::fclose(file);
        fail(path, temp, "flush", error);
    }
    if (std::fclose(file) != 0) fail(path, temp, "close", errno);
    if (std::rename(temp.c_str(), path.c_str()) != 0) fail(path, temp, "rename", errno);
    sync_parent_folder(path);
}

}  // namespace pressgraph
