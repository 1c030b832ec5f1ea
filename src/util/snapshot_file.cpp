#include "pressgraph/util/snapshot_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>
#include <stdexcept>

#include "pressgraph/util/flat_string_map.hpp"

namespace pressgraph {

namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'p', 'g', 's', 'n', 'a', 'p', '0', '1'};

struct Header {
    char magic[8];
    std::uint64_t key = 0;
    std::uint64_t payload_size = 0;
    std::uint64_t payload_hash = 0;
};
static_assert(sizeof(Header) == kSnapshotHeaderBytes);

std::uint64_t mix(std::uint64_t h, std::uint64_t value) {
    h = (h ^ value) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
}

}  // namespace

std::optional<FileBytes> read_file_bytes(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    FileBytes out;
    struct stat st {};
    // istreambuf_iterator costs tens of instructions a byte, and zeroing a buffer first what
    // reading into it does: one read into an unfilled buffer.
    bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (ok) {
        out.size = static_cast<std::size_t>(st.st_size);
        out.data.reset(new (std::nothrow) char[out.size == 0 ? 1 : out.size]);  // NOLINT: left unfilled on purpose
        ok = out.data != nullptr;
        std::size_t done = 0;
        while (ok && done < out.size) {
            const ssize_t n = ::read(fd, out.data.get() + done, out.size - done);
            if (n < 0 && errno == EINTR) continue;
            ok = n > 0;
            if (ok) done += static_cast<std::size_t>(n);
        }
    }
    ::close(fd);
    if (!ok) return std::nullopt;
    return out;
}

std::uint64_t running_binary_identity() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return 0;
    const auto size = fs::file_size(self, ec);
    if (ec) return 0;
    const auto written = fs::last_write_time(self, ec);
    if (ec) return 0;
    return mix(size, static_cast<std::uint64_t>(written.time_since_epoch().count()));
}

void write_snapshot_file(const std::string& path, std::uint64_t key, std::string_view payload) {
    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.key = key;
    header.payload_size = payload.size();
    header.payload_hash = fast_string_hash(payload);
    const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        out.write(payload.data(), static_cast<std::streamsize>(payload.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw std::runtime_error(path + ": cannot be written");
        }
    }
    std::error_code ec;
    fs::rename(temporary, path, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw std::runtime_error(path + ": cannot be put in place: " + ec.message());
    }
}

std::optional<FileBytes> read_snapshot_file(const std::string& path, std::uint64_t key) {
    std::optional<FileBytes> bytes = read_file_bytes(path);
    if (!bytes || bytes->size < sizeof(Header)) return std::nullopt;
    Header header{};
    std::memcpy(&header, bytes->data.get(), sizeof header);
    const std::string_view payload = bytes->view().substr(sizeof header);
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.key != key || header.payload_size != payload.size() ||
        header.payload_hash != fast_string_hash(payload))
        return std::nullopt;
    return bytes;
}

}  // namespace pressgraph
