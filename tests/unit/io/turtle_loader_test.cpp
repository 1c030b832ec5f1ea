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
            extractions.push_back(extractor.extract(read_document_file(entry.path().string(), lexicon.header_words())));
        }
    }
    return merge_extractions(std::move(extractions), lexicon);
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

TEST_CASE("edges keep provenance and qualifiers, plain and parallel edges come back", "[io][turtle_loader]") {
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

namespace {

const std::string kHead =
    "@prefix pgo: <https://w3id.org/pressgraph/ontology#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n";
const std::string kPerson = "<https://w3id.org/pressgraph/id/person/a> a pgo:Person ; rdfs:label \"A\" ";

// A person whose pgo:x value is `depth` blank nodes (or collections) nested in each other.
std::string nested(std::size_t depth, bool collections) {
    std::string text = kHead + kPerson + "; pgo:x ";
    for (std::size_t i = 0; i < depth; ++i) text += collections ? "( " : "[ pgo:y ";
    text += collections ? "1 " : "1 ";
    for (std::size_t i = 0; i < depth; ++i) text += collections ? ") " : "] ";
    return text + ".\n";
}

InputError load_failure(const std::string& path, TurtleLoadLimits limits = {}) {
    try {
        (void)load_turtle_graph(path, nullptr, limits);
    } catch (const InputError& e) {
        return e;
    }
    FAIL("no InputError for " << path);
    return InputError(path, "none");
}

}  // namespace

TEST_CASE("Turtle nested deeper than the limit fails naming file and line, before Serd recurses",
          "[io][turtle_loader]") {
    // The reproducers: 20,000 nested blank nodes, 100,000 nested collections (Serd alone overflows the stack).
    for (const bool collections : {false, true}) {
        INFO((collections ? "collections" : "blank nodes"));
        const TempFile file(collections ? "deep-collections.ttl" : "deep-blanks.ttl", nested(collections ? 100000 : 20000, collections));
        const InputError e = load_failure(file.path());
        CHECK(e.file() == file.path());
        CHECK(e.line() == 3);
        CHECK_THAT(e.what(), Catch::Contains(file.path() + ":3:") && Catch::Contains("nested more than 256 deep"));
    }
    // At the limit it loads; one more level fails.
    const TempFile at_limit("at-limit.ttl", nested(8, false));
    TurtleLoadLimits limits;
    limits.max_nesting = 8;
    CHECK(load_turtle_graph(at_limit.path(), nullptr, limits).node_count() == 1);
    const TempFile over_limit("over-limit.ttl", nested(9, true));
    CHECK_THAT(load_failure(over_limit.path(), limits).what(), Catch::Contains("nested more than 8 deep"));
    const TempFile default_limit("default-limit.ttl", nested(256, false));
    CHECK(load_turtle_graph(default_limit.path()).node_count() == 1);
}

TEST_CASE("brackets in strings, IRIs, comments and escapes are not nesting", "[io][turtle_loader]") {
    const std::string many(5000, '[');
    const std::string parens(5000, '(');
    const std::string text = kHead +
                             "@prefix ex: <http://example.org/a[(b/> .\n"
                             "# a comment [[[[ (((( " + many + "\n" + kPerson +
                             "; pgo:note \"" + many + "\\\" " + parens + "\" ; pgo:note '" + parens + "' ;\n"
                             "  pgo:note \"\"\"long " + many + "\n \"quoted\" \"\" " + parens + "\"\"\" ;\n"
                             "  pgo:note '''" + many + "''' ; pgo:note \"\" ; pgo:note '' ;\n"
                             "  pgo:see <http://example.org/" + std::string(300, '(') + "> ; pgo:see ex:x\\(\\(y .\n";
    const TempFile file("brackets-in-text.ttl", text);
    TurtleLoadLimits limits;
    limits.max_nesting = 2;
    const KnowledgeGraph graph = load_turtle_graph(file.path(), nullptr, limits);
    REQUIRE(graph.node_count() == 1);
    CHECK(graph.node(0).attributes.size() == 5);  // "" and '' are one literal
}

TEST_CASE("more prefix declarations than the limit fail at once, naming the line", "[io][turtle_loader]") {
    // The reproducer's shape: 200,000 declarations (Serd's prefix list made it take minutes).
    std::string text;
    for (int i = 0; i < 200000; ++i) text += "@prefix p" + std::to_string(i) + ": <http://e/" + std::to_string(i) + "/> .\n";
    const TempFile file("many-prefixes.ttl", text + kHead + kPerson + ".\n");
    const InputError e = load_failure(file.path());
    CHECK(e.line() == 1025);
    CHECK_THAT(e.what(), Catch::Contains(file.path() + ":1025:") && Catch::Contains("more than 1024 prefix declarations"));

    // SPARQL-style PREFIX counts too; up to the limit the file loads.
    std::string sparql;
    for (int i = 0; i < 3; ++i) sparql += "PREFIX q" + std::to_string(i) + ": <http://e/" + std::to_string(i) + "/>\n";
    TurtleLoadLimits limits;
    limits.max_prefixes = 5;
    const TempFile five("five-prefixes.ttl", sparql + kHead + kPerson + ".\n");
    CHECK(load_turtle_graph(five.path(), nullptr, limits).node_count() == 1);
    const TempFile six("six-prefixes.ttl", sparql + "prefix q9: <http://e/9/>\n" + kHead + kPerson + ".\n");
    CHECK_THAT(load_failure(six.path(), limits).what(), Catch::Contains("more than 5 prefix declarations"));
}
