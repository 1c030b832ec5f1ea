#pragma once
// A file that keeps bytes built by an earlier run (a cache), under a key that says what they were
// built from: a header (magic, key, size, checksum of the bytes), then the bytes. A reader gets
// them back only when the key is its own and the size and checksum hold; written through a
// temporary file renamed into place, so no reader sees half of one.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace pressgraph {

/// A whole file read in one go, in a buffer nothing fills first.
struct FileBytes {
    std::unique_ptr<char[]> data;
    std::size_t size = 0;
    [[nodiscard]] std::string_view view() const { return {data.get(), size}; }
};

/// The file at `path`, or nothing when it cannot be opened or read or is no regular file.
[[nodiscard]] std::optional<FileBytes> read_file_bytes(const std::string& path);

/// This program's binary, by size and time of writing (0 when the system does not say): a new
/// build lays out its tables anew, so its snapshots need another key.
[[nodiscard]] std::uint64_t running_binary_identity();

/// Writes `payload` under `key` to `path` (a temporary file beside it, then renamed); throws
/// std::runtime_error when it cannot.
void write_snapshot_file(const std::string& path, std::uint64_t key, std::string_view payload);

/// Bytes before the payload: magic (8), key, payload size and payload checksum (8 each).
inline constexpr std::size_t kSnapshotHeaderBytes = 32;

/// The file at `path` when it holds `key` and its payload's size and checksum hold (the payload
/// is view().substr(kSnapshotHeaderBytes)); nothing when it is absent or does not hold.
[[nodiscard]] std::optional<FileBytes> read_snapshot_file(const std::string& path, std::uint64_t key);

}  // namespace pressgraph
