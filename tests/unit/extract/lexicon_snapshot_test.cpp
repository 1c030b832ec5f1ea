// The lexicon's snapshot (lexicon_snapshot.hpp): a lexicon read back extracts exactly what the
// parsed one does, and a stale, truncated or damaged file is never read.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/extract/lexicon_snapshot.hpp"
#include "pressgraph/merge/extraction_shard.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "pressgraph/util/flat_string_map.hpp"
#include "pressgraph/util/snapshot_file.hpp"
#include "support/real_lexicon.hpp"
#include "support/temp_folder.hpp"

namespace {

namespace fs = std::filesystem;
using pressgraph::Lexicon;

const std::string kSource = PRESSGRAPH_SOURCE_DIR;

std::string bytes_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The releases of the bundled corpus, dev2 and the genre set: every stage's rules and tables
// have work to do on them.
std::vector<fs::path> releases() {
    std::vector<fs::path> files;
    for (const char* dir : {"/corpus", "/tests/data/dev2/docs", "/tests/data/genre"})
        for (const auto& entry : fs::directory_iterator(kSource + dir))
            if (entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Everything the extractor makes of each release, as the shard file writes it.
std::string extraction_of(const Lexicon& lexicon, const std::vector<fs::path>& files) {
    const pressgraph::Extractor extractor(lexicon);
    std::string out;
    for (const fs::path& file : files) {
        const std::string name = file.filename().string();
        out += pressgraph::shard_document_line(
            extractor.extract(pressgraph::analyse_document(bytes_of(file), name, name, lexicon.header_words())));
        out += '\n';
    }
    return out;
}

}  // namespace

TEST_CASE("A lexicon read back from its snapshot extracts what the parsed lexicon does", "[extract][lexicon][snapshot]") {
    const pressgraph::test::TempFolder folder;
    const std::string path = (folder.path() / "lexicon.snapshot").string();
    const Lexicon& parsed = pressgraph::test::real_lexicon();
    pressgraph::write_lexicon_snapshot(parsed, 42, path);
    std::optional<Lexicon> kept = pressgraph::read_lexicon_snapshot(path, 42);
    REQUIRE(kept.has_value());
    CHECK(kept->entry_count() == parsed.entry_count());
    CHECK(kept->names().size() == parsed.names().size());
    REQUIRE(kept->rules().rules().size() == parsed.rules().rules().size());
    // The lists by verb are made again: they point into the copy's own rules.
    const auto& rules = kept->rules().rules();
    for (const auto* rule : kept->rules().with_verb("event")) {
        CHECK(rule >= rules.data());
        CHECK(rule < rules.data() + rules.size());
    }
    CHECK_FALSE(kept->rules().with_verb("event").empty());

    const auto files = releases();
    REQUIRE(files.size() > 50);
    const std::string from_parsed = extraction_of(parsed, files);
    CHECK(from_parsed.size() > 100'000);
    CHECK(extraction_of(*kept, files) == from_parsed);
}

TEST_CASE("A snapshot under another key, absent, truncated or with a changed byte is not read", "[extract][lexicon][snapshot]") {
    const pressgraph::test::TempFolder folder;
    const fs::path path = folder.path() / "lexicon.snapshot";
    pressgraph::write_lexicon_snapshot(pressgraph::test::real_lexicon(), 7, path.string());
    const std::string good = bytes_of(path);
    REQUIRE(good.size() > 1000);
    REQUIRE(pressgraph::read_lexicon_snapshot(path.string(), 7).has_value());
    CHECK_FALSE(pressgraph::read_lexicon_snapshot(path.string(), 8).has_value());
    CHECK_FALSE(pressgraph::read_lexicon_snapshot((folder.path() / "absent").string(), 7).has_value());
    // No temporary file is left beside it.
    CHECK(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()) == 1);

    write_bytes(path, good.substr(0, good.size() / 2));
    CHECK_FALSE(pressgraph::read_lexicon_snapshot(path.string(), 7).has_value());
    write_bytes(path, good.substr(0, 20));
    CHECK_FALSE(pressgraph::read_lexicon_snapshot(path.string(), 7).has_value());
    write_bytes(path, "");
    CHECK_FALSE(pressgraph::read_lexicon_snapshot(path.string(), 7).has_value());
    std::string changed = good;
    changed[changed.size() - 100] = static_cast<char>(changed[changed.size() - 100] ^ 1);
    write_bytes(path, changed);
    CHECK_FALSE(pressgraph::read_lexicon_snapshot(path.string(), 7).has_value());
}

TEST_CASE("A snapshot's lengths are checked as its tables are read, even under a right checksum", "[extract][lexicon][snapshot]") {
    const pressgraph::test::TempFolder folder;
    const fs::path path = folder.path() / "lexicon.snapshot";
    pressgraph::write_lexicon_snapshot(pressgraph::test::real_lexicon(), 7, path.string());
    std::string bytes = bytes_of(path);
    // The header: 8 bytes of magic, the key, the payload's size and its hash; the payload opens
    // with the length of the word table's slots. A huge length, with the hash made to match,
    // must be refused, not allocated or read past the end.
    constexpr std::size_t kHeader = pressgraph::kSnapshotHeaderBytes;
    const std::uint64_t huge = std::uint64_t{1} << 60;
    std::memcpy(bytes.data() + kHeader, &huge, sizeof huge);
    const std::uint64_t hash = pressgraph::fast_string_hash(std::string_view(bytes).substr(kHeader));
    std::memcpy(bytes.data() + 24, &hash, sizeof hash);
    write_bytes(path, bytes);
    CHECK_FALSE(pressgraph::read_lexicon_snapshot(path.string(), 7).has_value());
}

TEST_CASE("The cached load writes the snapshot, reads it after, and an edit of the data makes a new one", "[extract][lexicon][snapshot]") {
    const pressgraph::test::TempFolder folder;
    const fs::path lexicon_dir = folder.path() / "ontology" / "lexicon";
    fs::create_directories(lexicon_dir.parent_path());
    fs::copy(kSource + "/ontology/lexicon", lexicon_dir, fs::copy_options::recursive);
    fs::copy(kSource + "/ontology/rules", folder.path() / "ontology" / "rules", fs::copy_options::recursive);
    const fs::path cache = folder.path() / "cache";
    const std::string snapshot = (cache / "lexicon.snapshot").string();

    const std::uint64_t before = pressgraph::lexicon_source_key(lexicon_dir.string());
    CHECK(pressgraph::lexicon_source_key(lexicon_dir.string()) == before);
    const Lexicon first = pressgraph::load_lexicon_cached(lexicon_dir.string(), snapshot);
    CHECK(std::distance(fs::directory_iterator(cache), fs::directory_iterator()) == 1);
    CHECK(pressgraph::read_lexicon_snapshot(snapshot, before).has_value());
    CHECK(first.names().find("Zembla Falls") == nullptr);

    // A place added to the lexicon: a new key, the place known, the snapshot replaced.
    {
        std::ofstream places(lexicon_dir / "places.tsv", std::ios::app);
        places << "Zembla Falls\tCL\tcity\t\n";
    }
    const std::uint64_t after = pressgraph::lexicon_source_key(lexicon_dir.string());
    CHECK(after != before);
    const Lexicon second = pressgraph::load_lexicon_cached(lexicon_dir.string(), snapshot);
    CHECK(second.names().find("Zembla Falls") != nullptr);
    CHECK(std::distance(fs::directory_iterator(cache), fs::directory_iterator()) == 1);
    CHECK_FALSE(pressgraph::read_lexicon_snapshot(snapshot, before).has_value());
    const std::optional<Lexicon> third = pressgraph::read_lexicon_snapshot(snapshot, after);
    REQUIRE(third.has_value());
    CHECK(third->names().find("Zembla Falls") != nullptr);

    // A rule file edited (a comment added): a new key too.
    {
        std::ofstream rules(folder.path() / "ontology" / "rules" / "events.rules", std::ios::app);
        rules << "# an edit\n";
    }
    CHECK(pressgraph::lexicon_source_key(lexicon_dir.string()) != after);
}

TEST_CASE("A snapshot that cannot be written leaves the parsed lexicon in use", "[extract][lexicon][snapshot]") {
    const pressgraph::test::TempFolder folder;
    // A file where the cache folder should be: nothing can be written under it.
    const std::string blocked = folder.write("not-a-folder", "x");
    const Lexicon lexicon = pressgraph::load_lexicon_cached(kSource + "/ontology/lexicon", blocked + "/cache/lexicon.snapshot");
    CHECK(lexicon.entry_count() == pressgraph::test::real_lexicon().entry_count());
}
