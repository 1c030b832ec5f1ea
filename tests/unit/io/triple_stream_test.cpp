// TripleStream gives the triples in the order the exports need (sorted by subject,
// predicate, object; no repeats) one subject at a time, checks everything before the first
// triple, and can be replayed.
#include <catch2/catch.hpp>

#include "io_test_fixtures.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
#include "pressgraph/io/rdf_writer.hpp"
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

TEST_CASE("parts of the stream, written side by side and joined, are the document one writer makes", "[io][rdf_mapping]") {
    KnowledgeGraph graph = test::small_graph();
    // More subjects: people, each met by Merkel (a statement subject per meeting), and a
    // node whose IRI sorts among the statement IRIs.
    const NodeId merkel = *graph.find(test::kMerkelIri);
    const EdgeProperties met = graph.edge(*boost::out_edges(merkel, graph.storage()).first);
    for (int i = 0; i < 7; ++i) {
        const NodeId other = graph.upsert_node("https://w3id.org/pressgraph/id/person/p" + std::to_string(i), "pgo:Person",
                                               "Person \"" + std::to_string(i) + "\"");
        EdgeProperties edge = met;
        edge.provenance->sentence = Span{static_cast<std::uint32_t>(10 * i), static_cast<std::uint32_t>(10 * i + 9)};
        graph.add_edge(merkel, other, edge);
    }
    graph.upsert_node(std::string(vocab::kResourceBase) + "statement/8", "pgo:Person", "Odd");
    const TripleStream stream(graph, test::fixture_ontology());

    for (const RdfSyntax syntax : {RdfSyntax::Turtle, RdfSyntax::NTriples}) {
        std::string whole;
        {
            StringSink sink(whole);
            RdfWriter writer(syntax, sink);
            stream.for_each([&](const Triple& t) { writer.write(t); });
            writer.finish();
        }
        for (const std::size_t subjects : {1, 2, 3, 5, 1000}) {
            const auto parts = stream.parts(subjects);
            CHECK(parts.size() == (subjects == 1000 ? 1 : parts.size()));
            std::string joined;
            std::size_t triples = 0;
            for (std::size_t i = 0; i < parts.size(); ++i) {
                std::string text;
                StringSink sink(text);
                RdfWriter writer(syntax, sink, i == 0 ? RdfPart::Whole : RdfPart::Continuation);
                triples += stream.for_each(parts[i], [&](const Triple& t) { writer.write(t); });
                writer.finish();
                joined += text;
            }
            INFO("subjects per part: " << subjects);
            CHECK(triples == stream.for_each([](const Triple&) {}));
            CHECK(joined == whole);
            if (subjects == 1) CHECK(parts.size() > 15);  // every subject a part of its own
        }
    }
    // An empty graph is one empty part: the document is the prefix lines alone.
    const KnowledgeGraph empty;
    const TripleStream none(empty, test::fixture_ontology());
    REQUIRE(none.parts(4).size() == 1);
    CHECK(none.for_each(none.parts(4).front(), [](const Triple&) { FAIL("no triple expected"); }) == 0);
}
