// Loading a Turtle export back: the corpus graph returns with the same nodes, edges and
// provenance (re-exported byte for byte), and files that are not pressgraph Turtle fail
// with an InputError naming the file.
#include "pressgraph/io/turtle_loader.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "io_test_fixtures.hpp"
#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/io/ontology.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
#include "pressgraph/io/rdf_writer.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "pressgraph/util/errors.hpp"

using namespace pressgraph;

namespace {

// A file under the system temp folder, removed when the test ends.
class TempFile {
public:
    TempFile(const std::string& name, const std::string& content)
        : path_((std::filesystem::temp_directory_path() / ("pressgraph-loader-" + name)).string()) {
        std::ofstream(path_, std::ios::binary) << content;
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() { std::filesystem::remove(path_); }
    [[nodiscard]] const std::string& path() const { return path_; }

private:
    std::string path_;
};

std::string source_dir() { return PRESSGRAPH_SOURCE_DIR; }

const Ontology& project_ontology() {
    static const Ontology ontology = Ontology::load(source_dir() + "/ontology/pressgraph.ttl");
    return ontology;
}

KnowledgeGraph corpus_graph() {
    const auto lexicon = Lexicon::load(source_dir() + "/ontology/lexicon");
    const Extractor extractor(lexicon);
    std::vector<DocumentExtraction> extractions;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() + "/corpus")) {
        if (entry.path().extension() == ".txt") {
            extractions.push_back(extractor.extract(read_document_file(entry.path().string())));
        }
    }
    return merge_extractions(std::move(extractions));
}

std::string turtle_of(const KnowledgeGraph& graph, const Ontology& ontology) {
    return serialize_rdf(graph_to_triples(graph, ontology), RdfSyntax::Turtle);
}

std::string load_error(const std::string& path) {
    try {
        (void)load_turtle_graph(path);
    } catch (const InputError& e) {
        CHECK(e.file() == path);
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("the corpus graph comes back from its Turtle export unchanged", "[io][turtle_loader]") {
    const KnowledgeGraph original = corpus_graph();
    const std::string turtle = turtle_of(original, project_ontology());
    const TempFile file("corpus.ttl", turtle);

    TurtleLoadStatistics stats;
    const KnowledgeGraph loaded = load_turtle_graph(file.path(), &stats);
    CHECK(stats.triples == graph_to_triples(original, project_ontology()).size());
    CHECK(stats.nodes == loaded.node_count());
    CHECK(stats.edges == loaded.edge_count());
    CHECK(stats.seconds > 0.0);
    WARN("loaded " << stats.triples << " triples in " << stats.seconds << " s ("
                   << static_cast<double>(stats.triples) / stats.seconds << " triples/s)");

    REQUIRE(loaded.node_count() == original.node_count());
    // The export keeps every edge except exact repeats: the same fact read twice from one
    // sentence by one rule shares its statement IRI, so Turtle holds it once.
    std::set<std::tuple<std::string, std::string, std::string, std::optional<Provenance>>> exported_edges;
    for (const EdgeId e : original.edges_in_order()) {
        exported_edges.emplace(original.node(original.source(e)).iri, original.edge(e).predicate,
                               original.node(original.target(e)).iri, original.edge(e).provenance);
    }
    CHECK(loaded.edge_count() == exported_edges.size());
    for (const NodeId n : original.nodes_in_order()) {
        const NodeProperties& expected = original.node(n);
        const auto found = loaded.find(expected.iri);
        REQUIRE(found.has_value());
        const NodeProperties& actual = loaded.node(*found);
        INFO(expected.iri);
        CHECK(actual.type == expected.type);
        CHECK(actual.label == expected.label);
        CHECK(actual.aliases == expected.aliases);
        CHECK(actual.attributes == expected.attributes);
    }
    CHECK(turtle_of(loaded, project_ontology()) == turtle);
}

TEST_CASE("edges keep provenance and qualifiers; plain and parallel edges come back", "[io][turtle_loader]") {
    KnowledgeGraph graph = test::small_graph();
    // A second meeting of the same two people, read from another sentence: a parallel edge.
    EdgeProperties again;
    again.predicate = "pgo:metWith";
    again.provenance = Provenance{test::kDocIri, Span{40, 60}, "They met again.", "meeting_pattern"};
    graph.add_edge(*graph.find(test::kMerkelIri), *graph.find(test::kMacronIri), again);
    const std::string turtle = turtle_of(graph, test::fixture_ontology());
    const TempFile file("small.ttl", turtle);

    const KnowledgeGraph loaded = load_turtle_graph(file.path());
    REQUIRE(loaded.node_count() == 3);
    REQUIRE(loaded.edge_count() == 3);
    std::multimap<std::string, const EdgeProperties*> by_predicate;
    for (const EdgeId e : loaded.edges_in_order()) {
        CHECK(loaded.node(loaded.source(e)).iri == test::kMerkelIri);
        by_predicate.emplace(loaded.edge(e).predicate, &loaded.edge(e));
    }
    REQUIRE(by_predicate.count("pgo:metWith") == 2);
    const auto mentioned = by_predicate.find("pgo:mentionedIn");
    REQUIRE(mentioned != by_predicate.end());
    CHECK_FALSE(mentioned->second->provenance.has_value());
    CHECK(mentioned->second->weight == 1.0);

    const EdgeProperties& first = *by_predicate.find("pgo:metWith")->second;  // span 10..37 sorts first
    REQUIRE(first.provenance.has_value());
    CHECK(*first.provenance == Provenance{test::kDocIri, Span{10, 37}, "Merkel met Macron in Paris.", "meeting_pattern"});
    CHECK(first.qualifiers == std::vector<Attribute>{{"pgo:date", {"2024-06", "gYearMonth"}}});
    CHECK(loaded.node(*loaded.find(test::kDocIri)).attributes ==
          std::vector<Attribute>{{"pgo:published", {"2024-06-24", "date"}}});
    CHECK(loaded.node(*loaded.find(test::kMerkelIri)).aliases == std::vector<std::string>{"Chancellor Merkel", "Merkel"});
    CHECK(turtle_of(loaded, test::fixture_ontology()) == turtle);
}

TEST_CASE("a file that is not Turtle is an InputError with file and line", "[io][turtle_loader]") {
    const TempFile file("broken.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n");
    const std::string message = load_error(file.path());
    CHECK_THAT(message, Catch::Contains(file.path()));
    try {
        (void)load_turtle_graph(file.path());
    } catch (const InputError& e) {
        CHECK(e.line() >= 3);
    }
}

TEST_CASE("Turtle without pgo: resources is not a pressgraph graph", "[io][turtle_loader]") {
    const TempFile file("foreign.ttl",
                        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
                        "<http://example.org/alice> a foaf:Person ; foaf:name \"Alice\" .\n");
    CHECK_THAT(load_error(file.path()), Catch::Contains("not a pressgraph graph"));
    const TempFile empty("empty.ttl", "");
    CHECK_THAT(load_error(empty.path()), Catch::Contains("not a pressgraph graph"));
}

TEST_CASE("a missing file is an InputError naming it", "[io][turtle_loader]") {
    CHECK_THAT(load_error("/nonexistent/pressgraph.ttl"), Catch::Contains("cannot open"));
}
