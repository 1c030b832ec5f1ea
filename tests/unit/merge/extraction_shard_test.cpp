// The shard file of `build --shard`: every field of an extraction survives the round trip
// (the merge of read-back extractions is the merge of the originals, triple for triple),
// the split into N shards puts each document in exactly one, and a damaged file is an
// InputError naming its line.
#include "pressgraph/merge/extraction_shard.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sstream>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/io/ontology.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "pressgraph/util/errors.hpp"

using namespace pressgraph;

namespace {

const Lexicon& project_lexicon() {
    static const auto lexicon = Lexicon::load(std::string(PRESSGRAPH_SOURCE_DIR) + "/ontology/lexicon");
    return lexicon;
}

std::vector<DocumentExtraction> bundled_extractions() {
    const std::string source = PRESSGRAPH_SOURCE_DIR;
    const Extractor extractor(project_lexicon());
    std::vector<DocumentExtraction> out;
    for (const std::string folder : {source + "/corpus", source + "/tests/data/shards"})
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.path().extension() == ".txt") out.push_back(extractor.extract(read_document_file(entry.path().string(), project_lexicon().header_words())));
    return out;
}

std::string shard_text(const std::vector<DocumentExtraction>& extractions, std::vector<std::string> rejected = {}) {
    std::string text;
    StringSink sink(text);
    write_shard(sink, ShardSpec{1, 1}, "test", extractions, rejected);
    return text;
}

ShardContents read_text(const std::string& text) {
    std::istringstream in(text);
    return read_shard(in, "s.jsonl");
}

}  // namespace

TEST_CASE("extractions round-trip through a shard file, field for field", "[merge][shard]") {
    const std::vector<DocumentExtraction> original = bundled_extractions();
    REQUIRE(original.size() >= 30);
    const ShardContents back = read_text(shard_text(original, {"a.txt: empty file, nothing to read"}));
    REQUIRE(back.extractions.size() == original.size());
    CHECK(back.rejected == std::vector<std::string>{"a.txt: empty file, nothing to read"});
    CHECK(back.pressgraph_version == "test");
    std::multiset<std::string> lines_before, lines_after;
    std::size_t facts = 0, events = 0;
    for (const auto& d : original) {
        lines_before.insert(shard_document_line(d));
        facts += d.facts.size();
        events += d.events.size();
    }
    for (const auto& d : back.extractions) lines_after.insert(shard_document_line(d));
    CHECK(lines_before == lines_after);
    CHECK(facts > 0);
    CHECK(events > 0);

    const auto ontology = Ontology::load(std::string(PRESSGRAPH_SOURCE_DIR) + "/ontology/pressgraph.ttl");
    const auto merged_original = merge_extractions(original, project_lexicon());
    const auto merged_back = merge_extractions(back.extractions, project_lexicon());
    CHECK(graph_to_triples(merged_original, ontology) == graph_to_triples(merged_back, ontology));
}

TEST_CASE("N shards hold every document exactly once", "[merge][shard]") {
    for (std::size_t n : {1, 2, 4, 7}) {
        std::size_t held = 0;
        for (int d = 0; d < 200; ++d) {
            const std::string id = "doc" + std::to_string(d);
            for (std::size_t i = 1; i <= n; ++i) held += ShardSpec{i, n}.holds_document(id) ? 1 : 0;
        }
        CHECK(held == 200);
    }
    CHECK(ShardSpec::parse("3/8").index == 3);
    CHECK(ShardSpec::parse("3/8").count == 8);
    CHECK(ShardSpec::parse("3/8").file_name() == "pressgraph-shard-3-of-8.jsonl");
    for (const char* bad : {"0/4", "5/4", "x", "1/0", "1/", "/4", "1/4/2", "-1/4", "1/2000000"})
        CHECK_THROWS_AS(ShardSpec::parse(bad), std::invalid_argument);
}

TEST_CASE("a damaged shard file is an InputError naming the line", "[merge][shard]") {
    const std::string header = R"({"format":"pressgraph-extractions","version":1,"shard":[1,2],"pressgraph":"x"})";
    const std::string end = R"({"end":{"documents":0,"rejected":0}})";
    CHECK(read_text(header + "\n" + end + "\n").spec.count == 2);
    CHECK_THROWS_WITH(read_text(""), Catch::Contains("empty file"));
    CHECK_THROWS_WITH(read_text("{\"a\":1}\n"), Catch::Contains("not a pressgraph shard file"));
    CHECK_THROWS_WITH(read_text(R"({"format":"pressgraph-extractions","version":9,"shard":[1,2]})"),
                      Catch::Contains("version 9"));
    CHECK_THROWS_WITH(read_text(header + "\n"), Catch::Contains("cut short"));
    CHECK_THROWS_WITH(read_text(header + "\n{\"document\":{}}\n" + end + "\n"), Catch::Contains(":2") && Catch::Contains("malformed"));
    CHECK_THROWS_WITH(read_text(header + "\n" + R"({"end":{"documents":3,"rejected":0}})" + "\n"),
                      Catch::Contains("counts do not match"));
    CHECK_THROWS_WITH(read_text(header + "\n" + end + "\n" + end + "\n"), Catch::Contains("after the end line"));
    // An index out of range would make the merge read past a vector.
    const std::string bad_fact =
        R"({"document":{"id":"x","name":"x","title":"","bytes":1,"entities":[],"events":[],"facts":[{"s":0,"p":"pgo:metWith","o":1,"sentence":[0,1],"rule":"r"}],"offices_without_holder":[],"sentences":[]}})";
    CHECK_THROWS_WITH(read_text(header + "\n" + bad_fact + "\n" + R"({"end":{"documents":1,"rejected":0}})" + "\n"),
                      Catch::Contains("out of range"));
}
