// TripleStream gives the triples in the order the exports need (sorted by subject,
// predicate, object; no repeats) one subject at a time, checks everything before the first
// triple, and can be replayed.
#include <catch2/catch.hpp>

#include "io_test_fixtures.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"

using namespace pressgraph;

namespace {

std::vector<Triple> streamed(const KnowledgeGraph& graph) {
    std::vector<Triple> out;
    const TripleStream stream(graph, test::fixture_ontology());
    const std::size_t count = stream.for_each([&](const Triple& t) { out.push_back(t); });
    CHECK(count == out.size());
    return out;
}

bool strictly_increasing(const std::vector<Triple>& triples) {
    for (std::size_t i = 1; i < triples.size(); ++i)
        if (!(triples[i - 1] < triples[i])) return false;
    return true;
}

}  // namespace

TEST_CASE("the stream is sorted, without repeats, and replays the same", "[io][rdf_mapping]") {
    KnowledgeGraph graph = test::small_graph();
    // The same fact twice (one statement IRI, its triples once), and a node whose IRI sorts
    // among the statement IRIs.
    const NodeId merkel = *graph.find(test::kMerkelIri);
    const NodeId macron = *graph.find(test::kMacronIri);
    const EdgeProperties met = graph.edge(*boost::out_edges(merkel, graph.storage()).first);
    graph.add_edge(merkel, macron, met);
    const std::string statements = std::string(vocab::kResourceBase) + "statement/";
    const NodeId odd = graph.upsert_node(statements + "8", "pgo:Person", "Odd");
    graph.add_edge(odd, macron, met);
    const auto triples = streamed(graph);
    CHECK(strictly_increasing(triples));
    CHECK(triples == streamed(graph));
    CHECK(triples == graph_to_triples(graph, test::fixture_ontology()));
    std::size_t odd_subject = 0;
    for (const Triple& t : triples) odd_subject += t.subject.value == statements + "8" ? 1 : 0;
    CHECK(odd_subject == 3);  // type, label, metWith
}

TEST_CASE("the stream checks the whole graph before the first triple", "[io][rdf_mapping]") {
    KnowledgeGraph graph = test::small_graph();
    const NodeId last = graph.upsert_node("https://w3id.org/pressgraph/id/zzz", "pgo:Spaceship", "Z");
    (void)last;
    CHECK_THROWS_WITH(TripleStream(graph, test::fixture_ontology()), Catch::Contains("pgo:Spaceship"));
}
