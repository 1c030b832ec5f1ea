// Reads a pressgraph Turtle export back into the knowledge graph: the text streams through
// a guard (turtle_guard.hpp: nesting and prefix limits) to Sord, which parses it
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
#include "turtle_guard.hpp"

namespace pressgraph {
namespace {

const uint8_t* bytes(const char* s) { return reinterpret_cast<const uint8_t*>(s); }

constexpr std::size_t kPageSize = 4096;  // what serd_reader_read_file uses (SERD_PAGE_SIZE)

using detail::ReadErrors;
using detail::record_error;

struct WorldDeleter { void operator()(SordWorld* w) const { sord_world_free(w); } };
struct ModelDeleter { void operator()(SordModel* m) const { sord_free(m); } };
struct EnvDeleter { void operator()(SerdEnv* e) const { serd_env_free(e); } };
struct ReaderDeleter { void operator()(SerdReader* r) const { serd_reader_free(r); } };

// The file as Serd's byte source, through the guard: Serd never receives the text past a
// limit, so its recursion and its prefix list stay bounded.
struct GuardedFile {
    std::FILE* file;
    detail::TurtleGuard guard;
    const TurtleLoadProgress* progress = nullptr;
    std::size_t bytes_read = 0;
    std::size_t file_bytes = 0;
};

std::size_t read_guarded(void* buffer, std::size_t size, std::size_t count, void* stream) {
    auto* source = static_cast<GuardedFile*>(stream);
    if (source->guard.stopped()) return 0;
    const std::size_t got = std::fread(buffer, size, count, source->file);
    if (source->progress != nullptr && source->progress->read) {
        source->bytes_read += got * size;
        source->progress->read(source->bytes_read, source->file_bytes);
    }
    return source->guard.scan(std::string_view(static_cast<const char*>(buffer), got * size));
}

int guarded_error(void* stream) {
    const auto* source = static_cast<const GuardedFile*>(stream);
    return source->guard.stopped() || std::ferror(source->file) != 0;
}

struct FileCloser { void operator()(std::FILE* f) const { std::fclose(f); } };

void read_into(SordModel* model, const std::string& path, const TurtleLoadLimits& limits,
               const TurtleLoadProgress* progress) {
    // Serd prints its own "failed to open" line to stderr; a missing file is reported here.
    const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw InputError(path, std::string("cannot open: ") + std::strerror(errno));
    SerdNode base = serd_node_new_file_uri(bytes(path.c_str()), nullptr, nullptr, true);
    std::unique_ptr<SerdEnv, EnvDeleter> env(serd_env_new(&base));
    serd_node_free(&base);
    ReadErrors errors;
    GuardedFile source{file.get(), detail::TurtleGuard(limits), progress};
    if (progress != nullptr && std::fseek(file.get(), 0, SEEK_END) == 0) {
        const long end = std::ftell(file.get());
        source.file_bytes = end > 0 ? static_cast<std::size_t>(end) : 0;
        std::rewind(file.get());
    }
    SerdStatus status = SERD_SUCCESS;
    {
        std::unique_ptr<SerdReader, ReaderDeleter> reader(sord_new_reader(model, env.get(), SERD_TURTLE, nullptr));
        if (!reader) throw InputError(path, "cannot create a Turtle reader");
        serd_reader_set_error_sink(reader.get(), record_error, &errors);
        status = serd_reader_read_source(reader.get(), read_guarded, guarded_error, &source, bytes(path.c_str()),
                                         kPageSize);
    }
    if (source.guard.stopped())
        throw InputError(path, source.guard.problem() + "; not loaded", source.guard.line(), source.guard.column());
    if (errors.any) throw InputError(path, "not valid Turtle: " + errors.message, errors.line, errors.column);
    if (std::ferror(file.get()) != 0) throw InputError(path, "cannot read: " + std::string(std::strerror(errno)));
    // SERD_FAILURE without a message is an empty document: no pgo: resources, reported later.
    if (status != SERD_SUCCESS && status != SERD_FAILURE) {
        throw InputError(path, std::string("cannot read Turtle: ") + reinterpret_cast<const char*>(serd_strerror(status)));
    }
}

}  // namespace

KnowledgeGraph load_turtle_graph(const std::string& path, TurtleLoadStatistics* statistics, TurtleLoadLimits limits,
                                 const TurtleLoadProgress* progress) {
    const auto started = std::chrono::steady_clock::now();
    std::unique_ptr<SordWorld, WorldDeleter> world(sord_world_new());
    std::unique_ptr<SordModel, ModelDeleter> model(sord_new(world.get(), SORD_SPO, false));
    read_into(model.get(), path, limits, progress);
    if (progress != nullptr && progress->step)
        progress->step("building the graph from " + std::to_string(sord_num_quads(model.get())) + " triples");

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
