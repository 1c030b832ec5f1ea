#include "pressgraph/io/rdf_mapping.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "io_test_fixtures.hpp"
#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"

using namespace pressgraph;

namespace {

RdfTerm iri(std::string_view curie) { return RdfTerm::iri(*vocab::expand(curie)); }

bool has(const std::vector<Triple>& triples, const RdfTerm& s, const RdfTerm& p, const RdfTerm& o) {
    return std::find(triples.begin(), triples.end(), Triple{s, p, o}) != triples.end();
}

std::vector<Triple> with_subject(const std::vector<Triple>& triples, const std::string& prefix) {
    std::vector<Triple> out;
    for (const Triple& t : triples) {
        if (t.subject.value.starts_with(prefix)) out.push_back(t);
    }
    return out;
}

}  // namespace

TEST_CASE("nodes become typed, labelled resources with typed attributes", "[io][rdf_mapping]") {
    const auto triples = graph_to_triples(test::small_graph(), test::fixture_ontology());
    const RdfTerm merkel = RdfTerm::iri(test::kMerkelIri);
    const RdfTerm doc = RdfTerm::iri(test::kDocIri);
    CHECK(has(triples, merkel, iri("rdf:type"), iri("pgo:Person")));
    CHECK(has(triples, merkel, iri("rdfs:label"), RdfTerm::literal("Angela Merkel")));
    CHECK(has(triples, merkel, iri("skos:altLabel"), RdfTerm::literal("Chancellor Merkel")));
    CHECK(has(triples, merkel, iri("skos:altLabel"), RdfTerm::literal("Merkel")));
    CHECK(has(triples, doc, iri("pgo:published"), RdfTerm::literal("2024-06-24", vocab::xsd("date"))));
    CHECK(has(triples, merkel, iri("pgo:metWith"), RdfTerm::iri(test::kMacronIri)));
    CHECK(has(triples, merkel, iri("pgo:mentionedIn"), doc));
}

TEST_CASE("an edge with provenance gets one reified statement node", "[io][rdf_mapping]") {
    const auto triples = graph_to_triples(test::small_graph(), test::fixture_ontology());
    const auto statement = with_subject(triples, std::string(vocab::kResourceBase) + "statement/");
    REQUIRE(statement.size() == 10);  // type, s, p, o, source, evidence, start, end, rule, date qualifier
    const RdfTerm node = statement.front().subject;
    CHECK(node.value.size() == std::string(vocab::kResourceBase).size() + 10 + 16);
    CHECK(has(triples, node, iri("rdf:type"), iri("rdf:Statement")));
    CHECK(has(triples, node, iri("rdf:subject"), RdfTerm::iri(test::kMerkelIri)));
    CHECK(has(triples, node, iri("rdf:predicate"), iri("pgo:metWith")));
    CHECK(has(triples, node, iri("rdf:object"), RdfTerm::iri(test::kMacronIri)));
    CHECK(has(triples, node, iri("prov:wasDerivedFrom"), RdfTerm::iri(test::kDocIri)));
    CHECK(has(triples, node, iri("pgo:evidence"), RdfTerm::literal("Merkel met Macron in Paris.")));
    CHECK(has(triples, node, iri("pgo:evidenceStart"), RdfTerm::literal("10", vocab::xsd("integer"))));
    CHECK(has(triples, node, iri("pgo:evidenceEnd"), RdfTerm::literal("37", vocab::xsd("integer"))));
    CHECK(has(triples, node, iri("pgo:extractedBy"), RdfTerm::literal("meeting_pattern")));
    CHECK(has(triples, node, iri("pgo:date"), RdfTerm::literal("2024-06", vocab::xsd("gYearMonth"))));
    // The statement IRI is a pure function of the fact: a second run gives the same one.
    CHECK(graph_to_triples(test::small_graph(), test::fixture_ontology()) == triples);
}

TEST_CASE("triples come out sorted and without duplicates", "[io][rdf_mapping]") {
    KnowledgeGraph graph = test::small_graph();
    const NodeId merkel = *graph.find(test::kMerkelIri);
    const NodeId doc = *graph.find(test::kDocIri);
    EdgeProperties again;
    again.predicate = "pgo:mentionedIn";
    graph.add_edge(merkel, doc, again);  // a parallel edge with the same triple
    const auto triples = graph_to_triples(graph, test::fixture_ontology());
    CHECK(std::is_sorted(triples.begin(), triples.end()));
    CHECK(std::adjacent_find(triples.begin(), triples.end()) == triples.end());
    CHECK(triples.size() == graph_to_triples(test::small_graph(), test::fixture_ontology()).size());
}

TEST_CASE("invalid UTF-8 in text becomes U+FFFD and NUL is dropped", "[io][rdf_mapping]") {
    KnowledgeGraph graph;
    graph.upsert_node(test::kMerkelIri, "pgo:Person", std::string("Mer\xFFkel\0!", 9));
    const auto triples = graph_to_triples(graph, test::fixture_ontology());
    CHECK(has(triples, RdfTerm::iri(test::kMerkelIri), iri("rdfs:label"), RdfTerm::literal("Mer\xEF\xBF\xBDkel!")));
}

TEST_CASE("a class or property the ontology does not define fails the mapping", "[io][rdf_mapping]") {
    KnowledgeGraph graph = test::small_graph();
    SECTION("node type") {
        graph.upsert_node("https://w3id.org/pressgraph/id/x", "pgo:Spaceship", "USS Enterprise");
        CHECK_THROWS_AS(graph_to_triples(graph, test::fixture_ontology()), ExportError);
        CHECK_THROWS_WITH(graph_to_triples(graph, test::fixture_ontology()), Catch::Contains("pgo:Spaceship"));
    }
    SECTION("edge predicate") {
        EdgeProperties edge;
        edge.predicate = "pgo:teleportedTo";
        graph.add_edge(0, 1, edge);
        CHECK_THROWS_WITH(graph_to_triples(graph, test::fixture_ontology()), Catch::Contains("pgo:teleportedTo"));
    }
    SECTION("attribute predicate") {
        graph.node(0).attributes.push_back({"pgo:shoeSize", {"42", "integer"}});
        CHECK_THROWS_WITH(graph_to_triples(graph, test::fixture_ontology()), Catch::Contains("pgo:shoeSize"));
    }
    SECTION("unknown prefix") {
        graph.upsert_node("https://w3id.org/pressgraph/id/y", "ex:Thing", "thing");
        CHECK_THROWS_WITH(graph_to_triples(graph, test::fixture_ontology()), Catch::Contains("ex:Thing"));
    }
}

TEST_CASE("other vocabularies' terms pass without the ontology", "[io][rdf_mapping]") {
    KnowledgeGraph graph;
    graph.upsert_node("https://w3id.org/pressgraph/id/org/un", "schema:Organization", "United Nations");
    CHECK(graph_to_triples(graph, test::fixture_ontology()).size() == 2);
}

TEST_CASE("invalid IRIs and lexical forms fail the mapping", "[io][rdf_mapping]") {
    KnowledgeGraph graph;
    SECTION("node IRI") {
        graph.upsert_node("https://w3id.org/pressgraph/id/a b", "pgo:Person", "A B");
        CHECK_THROWS_WITH(graph_to_triples(graph, test::fixture_ontology()), Catch::Contains("/id/a b"));
    }
    SECTION("impossible date") {
        const NodeId n = graph.upsert_node(test::kDocIri, "pgo:Document", "doc");
        graph.node(n).attributes = {{"pgo:published", {"2024-02-30", "date"}}};
        CHECK_THROWS_WITH(graph_to_triples(graph, test::fixture_ontology()), Catch::Contains("2024-02-30"));
    }
}
