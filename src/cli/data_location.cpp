#include "data_location.hpp"

#include <cstdlib>
#include <filesystem>

#include "pressgraph/util/flat_string_map.hpp"

namespace pressgraph::cli {

std::string data_directory(const std::string& from_option) {
    if (!from_option.empty()) return from_option;
    if (const char* env = std::getenv("PRESSGRAPH_DATA"); env && *env) return env;
    return PRESSGRAPH_DATA_DIR;
}

std::string bundled_corpus_directory() { return PRESSGRAPH_CORPUS_DIR; }

std::string lexicon_snapshot_path(const std::string& lexicon_dir) {
    namespace fs = std::filesystem;
    fs::path cache;
    if (const char* dir = std::getenv("PRESSGRAPH_CACHE_DIR")) cache = dir;
    else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) cache = fs::path(xdg) / "pressgraph";
    else if (const char* home = std::getenv("HOME"); home && *home) cache = fs::path(home) / ".cache" / "pressgraph";
    if (cache.empty()) return {};
    // Named by the lexicon folder: a new key replaces that folder's snapshot instead of adding one.
    std::error_code ec;
    fs::path where = fs::weakly_canonical(lexicon_dir, ec);
    if (ec) where = fs::absolute(lexicon_dir, ec);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string name = "lexicon-";
    const std::uint64_t h = fast_string_hash(where.string());
    for (int shift = 60; shift >= 0; shift -= 4) name += kHex[(h >> shift) & 0xF];
    return (cache / (name + ".snapshot")).string();
}

}  // namespace pressgraph::cli
