// Fuzz target (d): the Turtle loader behind `--graph` (src/io/turtle_loader), on a file
// holding the input. Syntax errors and files that are not pressgraph graphs are InputErrors.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "../fuzz_entries.hpp"
#include "pressgraph/io/turtle_loader.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph::fuzz {

namespace {

// One file per process, rewritten for each input and removed at exit. The name lives in a
// plain array so that the exit handler never sees a destroyed string.
char scratch[4096];

const char* scratch_path() {
    static const bool made = [] {
        const std::string p = (std::filesystem::temp_directory_path() / "pressgraph-fuzz-XXXXXX.ttl").string();
        if (p.size() >= sizeof scratch) throw std::runtime_error("temporary folder name too long");
        p.copy(scratch, p.size());
        const int fd = mkstemps(scratch, 4);
        if (fd < 0) throw std::runtime_error(std::string("cannot create a temporary file ") + scratch);
        close(fd);
        std::atexit([] { std::remove(scratch); });
        return true;
    }();
    (void)made;
    return scratch;
}

}  // namespace

void turtle_loader(std::string_view bytes) {
    const std::string path = scratch_path();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) throw std::runtime_error("cannot write " + path);
    }
    try {
        TurtleLoadStatistics statistics;
        const KnowledgeGraph graph = load_turtle_graph(path, &statistics);
        (void)graph;
    } catch (const InputError&) {
        // a syntax error, or not a pressgraph graph: reported to the user, not a bug
    }
}

}  // namespace pressgraph::fuzz
