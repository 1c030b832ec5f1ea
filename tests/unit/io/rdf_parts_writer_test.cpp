// Several threads writing one Turtle or N-Triples file part by part give the bytes one
// writer gives, whatever the part size, the window and the thread that is fast; a sink
// that fails stops every thread and the failure comes back from finish().
#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "io_test_fixtures.hpp"
#include "pressgraph/io/rdf_parts_writer.hpp"

using namespace pressgraph;

namespace {

// The small graph and forty people Merkel met, each meeting cited by its own sentence: about
// a hundred subjects (people and statements).
KnowledgeGraph many_subjects() {
    KnowledgeGraph graph = test::small_graph();
    const NodeId merkel = *graph.find(test::kMerkelIri);
    const EdgeProperties met = graph.edge(*boost::out_edges(merkel, graph.storage()).first);
    for (std::uint32_t i = 0; i < 40; ++i) {
        const NodeId other = graph.upsert_node("https://w3id.org/pressgraph/id/person/p" + std::to_string(i),
                                               "pgo:Person", "Person " + std::to_string(i));
        EdgeProperties edge = met;
        edge.provenance->sentence = Span{10 * i, 10 * i + 9};
        graph.add_edge(merkel, other, edge);
    }
    return graph;
}

std::string one_writer(const TripleStream& stream, RdfSyntax syntax) {
    std::string text;
    StringSink sink(text);
    RdfWriter writer(syntax, sink);
    stream.for_each([&](const Triple& t) { writer.write(t); });
    writer.finish();
    return text;
}

// Threads take the parts from a shared counter, as the exports do.
void write_on_threads(RdfPartsWriter& parts, unsigned threads) {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < parts.part_count();) parts.write_part(i);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    for (std::thread& t : pool) t.join();
}

class FailingSink final : public ByteSink {
public:
    explicit FailingSink(std::size_t writes_allowed) : allowed_(writes_allowed) {}
    void write(std::string_view bytes) override {
        if (writes_ == allowed_) throw std::runtime_error("disk full");
        ++writes_;
        text += bytes;
    }
    std::string text;

private:
    std::size_t allowed_;
    std::size_t writes_ = 0;
};

}  // namespace

TEST_CASE("an RDF file written part by part on several threads is the file one writer makes", "[io][rdf_parts]") {
    const KnowledgeGraph graph = many_subjects();
    const TripleStream stream(graph, test::fixture_ontology());
    for (const RdfSyntax syntax : {RdfSyntax::Turtle, RdfSyntax::NTriples}) {
        const std::string expected = one_writer(stream, syntax);
        for (const std::size_t subjects : {1, 3, 64, 100000}) {
            for (const std::size_t window : {1, 2, 8}) {
                for (const unsigned threads : {1U, 2U, 4U}) {
                    std::string text;
                    StringSink sink(text);
                    RdfPartsWriter parts(stream, syntax, sink, subjects, window);
                    write_on_threads(parts, threads);
                    parts.finish();
                    INFO("subjects " << subjects << ", window " << window << ", threads " << threads);
                    CHECK(text == expected);
                    CHECK(parts.triples() == stream.for_each([](const Triple&) {}));
                    if (subjects == 1) CHECK(parts.part_count() > 80);
                }
            }
        }
    }
}

TEST_CASE("a sink that fails while parts are written stops every thread and finish() reports it", "[io][rdf_parts]") {
    const KnowledgeGraph graph = many_subjects();
    const TripleStream stream(graph, test::fixture_ontology());
    for (const std::size_t allowed : {0, 5}) {
        FailingSink sink(allowed);
        RdfPartsWriter parts(stream, RdfSyntax::Turtle, sink, 1, 2);
        write_on_threads(parts, 3);  // returns: no thread waits for a part that will never be written
        CHECK_THROWS_WITH(parts.finish(), "disk full");
        CHECK(sink.text.size() < one_writer(stream, RdfSyntax::Turtle).size());
    }
}
