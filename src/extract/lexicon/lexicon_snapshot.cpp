#include "pressgraph/extract/lexicon_snapshot.hpp"

#include <algorithm>
#include <filesystem>
#include <new>
#include <stdexcept>
#include <vector>

#include "pressgraph/util/binary_archive.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/flat_string_map.hpp"
#include "pressgraph/util/snapshot_file.hpp"

namespace pressgraph {

namespace {

namespace fs = std::filesystem;

// Raised whenever the tables' layout changes in a way the binary's identity would not show.
constexpr std::uint64_t kFormat = 1;

std::uint64_t mix(std::uint64_t h, std::uint64_t value) {
    h = (h ^ value) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 29);
}

// The files a load reads: every regular file of the folder, by name.
std::vector<fs::path> files_of(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file(ec)) files.push_back(entry.path());
    if (ec) throw InputError(dir.string(), "cannot be listed: " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

std::uint64_t lexicon_source_key(const std::string& lexicon_dir) {
    std::uint64_t key = mix(kFormat, running_binary_identity());
    const fs::path lexicon(lexicon_dir);
    for (const fs::path& dir : {lexicon, lexicon.parent_path() / "rules"}) {
        for (const fs::path& file : files_of(dir)) {
            const std::optional<FileBytes> bytes = read_file_bytes(file.string());
            if (!bytes) throw InputError(file.string(), "cannot be read");
            key = mix(key, fast_string_hash(file.filename().string()));
            key = mix(key, fast_string_hash(bytes->view()));
        }
        key = mix(key, 0x2F);  // the folders' boundary: no file can move between them unseen
    }
    return key;
}

void write_lexicon_snapshot(const Lexicon& lexicon, std::uint64_t key, const std::string& path) {
    ArchiveWriter writer;
    writer(lexicon);
    write_snapshot_file(path, key, writer.bytes());
}

std::optional<Lexicon> read_lexicon_snapshot(const std::string& path, std::uint64_t key) {
    const std::optional<FileBytes> bytes = read_snapshot_file(path, key);
    if (!bytes) return std::nullopt;
    try {
        Lexicon lexicon;
        ArchiveReader reader(bytes->view().substr(kSnapshotHeaderBytes));
        reader(lexicon);
        if (!reader.at_end()) return std::nullopt;
        return lexicon;
    } catch (const ArchiveError&) {
        return std::nullopt;
    } catch (const std::length_error&) {
        return std::nullopt;
    } catch (const std::bad_alloc&) {
        return std::nullopt;
    }
}

Lexicon load_lexicon_cached(const std::string& lexicon_dir, const std::string& snapshot_path) {
    if (snapshot_path.empty()) return Lexicon::load(lexicon_dir);
    std::uint64_t key = 0;
    try {
        key = lexicon_source_key(lexicon_dir);
    } catch (const InputError&) {
        return Lexicon::load(lexicon_dir);  // which says what is missing or unreadable
    }
    if (auto kept = read_lexicon_snapshot(snapshot_path, key)) return std::move(*kept);
    Lexicon lexicon = Lexicon::load(lexicon_dir);
    try {
        std::error_code ec;
        fs::create_directories(fs::path(snapshot_path).parent_path(), ec);
        if (!ec) write_lexicon_snapshot(lexicon, key, snapshot_path);
    } catch (const std::exception&) {
        // A read-only or full cache folder: the next run parses again.
    }
    return lexicon;
}

}  // namespace pressgraph
