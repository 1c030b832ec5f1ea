// The whole pipeline on the bundled corpus, read back with Sord: the Turtle and the
// N-Triples parse without an error and hold exactly the triples that were written.
#include <sord/sord.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/io/ontology.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
#include "pressgraph/io/rdf_writer.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/text/document_reader.hpp"

namespace {

struct ReadBack {
    SerdStatus status = SERD_SUCCESS;
    std::size_t errors = 0;
    std::size_t quads = 0;
};

SerdStatus count_error(void* handle, const SerdError*) {
    ++*static_cast<std::size_t*>(handle);
    return SERD_SUCCESS;
}

ReadBack read_with_sord(const std::string& text, SerdSyntax syntax) {
    ReadBack result;
    SordWorld* world = sord_world_new();
    SordModel* model = sord_new(world, SORD_SPO, false);
    SerdEnv* env = serd_env_new(nullptr);
    SerdReader* reader = sord_new_reader(model, env, syntax, nullptr);
    serd_reader_set_error_sink(reader, count_error, &result.errors);
    result.status = serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(text.c_str()));
    serd_reader_free(reader);
    result.quads = sord_num_quads(model);
    serd_env_free(env);
    sord_free(model);
    sord_world_free(world);
    return result;
}

}  // namespace

TEST_CASE("the bundled corpus round-trips through Sord with the same triple count", "[pipeline][io]") {
    const std::string source = PRESSGRAPH_SOURCE_DIR;
    const auto lexicon = pressgraph::Lexicon::load(source + "/ontology/lexicon");
    const auto ontology = pressgraph::Ontology::load(source + "/ontology/pressgraph.ttl");
    const pressgraph::Extractor extractor(lexicon);
    std::vector<pressgraph::DocumentExtraction> extractions;
    for (const auto& entry : std::filesystem::directory_iterator(source + "/corpus"))
        if (entry.path().extension() == ".txt")
            extractions.push_back(extractor.extract(pressgraph::read_document_file(entry.path().string(), lexicon.header_words())));
    REQUIRE(extractions.size() == 5);

    const auto graph = pressgraph::merge_extractions(std::move(extractions), lexicon);
    const auto triples = pressgraph::graph_to_triples(graph, ontology);
    REQUIRE(triples.size() > 1000);

    const auto turtle = read_with_sord(pressgraph::serialize_rdf(triples, pressgraph::RdfSyntax::Turtle), SERD_TURTLE);
    CHECK(turtle.status == SERD_SUCCESS);
    CHECK(turtle.errors == 0);
    CHECK(turtle.quads == triples.size());

    const auto ntriples = read_with_sord(pressgraph::serialize_rdf(triples, pressgraph::RdfSyntax::NTriples), SERD_NTRIPLES);
    CHECK(ntriples.status == SERD_SUCCESS);
    CHECK(ntriples.errors == 0);
    CHECK(ntriples.quads == triples.size());
}
