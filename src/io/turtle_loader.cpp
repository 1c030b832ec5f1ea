// Reads a pressgraph Turtle export back into the knowledge graph: Sord parses the file
// strictly into a model (every reader message is an error naming file and line), then
// turtle_graph_builder.cpp turns the model into nodes and edges.
#include "pressgraph/io/turtle_loader.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include <cerrno>
#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>

#include "pressgraph/util/errors.hpp"
#include "serd_error_sink.hpp"
#include "turtle_graph_builder.hpp"

namespace pressgraph {
namespace {

const uint8_t* bytes(const char* s) { return reinterpret_cast<const uint8_t*>(s); }

using detail::ReadErrors;
using detail::record_error;

struct WorldDeleter { void operator()(SordWorld* w) const { sord_world_free(w); } };
struct ModelDeleter { void operator()(SordModel* m) const { sord_free(m); } };
struct EnvDeleter { void operator()(SerdEnv* e) const { serd_env_free(e); } };
struct ReaderDeleter { void operator()(SerdReader* r) const { serd_reader_free(r); } };

void read_into(SordModel* model, const std::string& path) {
    SerdNode base = serd_node_new_file_uri(bytes(path.c_str()), nullptr, nullptr, true);
    std::unique_ptr<SerdEnv, EnvDeleter> env(serd_env_new(&base));
    serd_node_free(&base);
    ReadErrors errors;
    SerdStatus status = SERD_SUCCESS;
    {
        std::unique_ptr<SerdReader, ReaderDeleter> reader(sord_new_reader(model, env.get(), SERD_TURTLE, nullptr));
        if (!reader) throw InputError(path, "cannot create a Turtle reader");
        serd_reader_set_error_sink(reader.get(), record_error, &errors);
        status = serd_reader_read_file(reader.get(), bytes(path.c_str()));
    }
    if (errors.any) throw InputError(path, "not valid Turtle: " + errors.message, errors.line, errors.column);
    // SERD_FAILURE without a message is an empty document: no pgo: resources, reported later.
    if (status != SERD_SUCCESS && status != SERD_FAILURE) {
        throw InputError(path, std::string("cannot read Turtle: ") + reinterpret_cast<const char*>(serd_strerror(status)));
    }
}

}  // namespace

KnowledgeGraph load_turtle_graph(const std::string& path, TurtleLoadStatistics* statistics) {
    const auto started = std::chrono::steady_clock::now();
    // Serd prints its own "failed to open" line to stderr; a missing file is reported here.
    if (std::FILE* probe = std::fopen(path.c_str(), "rb")) {
        std::fclose(probe);
    } else {
        throw InputError(path, std::string("cannot open: ") + std::strerror(errno));
    }
    std::unique_ptr<SordWorld, WorldDeleter> world(sord_world_new());
    std::unique_ptr<SordModel, ModelDeleter> model(sord_new(world.get(), SORD_SPO, false));
    read_into(model.get(), path);

    KnowledgeGraph graph = build_graph_from_model(world.get(), model.get(), path);

    if (statistics != nullptr) {
        statistics->triples = sord_num_quads(model.get());
        statistics->nodes = graph.node_count();
        statistics->edges = graph.edge_count();
        statistics->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }
    return graph;
}

}  // namespace pressgraph
