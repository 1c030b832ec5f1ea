#pragma once
// Loads a Turtle export of pressgraph back into the knowledge graph (through Sord), so
// queries run on a saved graph without extracting again.
#include <cstddef>
#include <functional>
#include <string>

#include "pressgraph/graph/knowledge_graph.hpp"

namespace pressgraph {

struct TurtleLoadStatistics {
    std::size_t triples = 0;
    std::size_t nodes = 0;
    std::size_t edges = 0;
    double seconds = 0.0;
};

/// Bounds on what a Turtle file may ask of the parser. Serd recurses once per level of
/// `[ ... ]` or `( ... )` (20,000 levels overflow the stack) and searches its prefix list
/// linearly (200,000 declarations take minutes); pressgraph's own exports nest nothing
/// and declare about ten prefixes.
struct TurtleLoadLimits {
    std::size_t max_nesting = 256;
    std::size_t max_prefixes = 1024;
};

/// What a long load reports as it goes (for a progress line): the bytes of the file read
/// so far, and each later step by name.
struct TurtleLoadProgress {
    std::function<void(std::size_t bytes_read, std::size_t file_bytes)> read;
    std::function<void(const std::string& step)> step;
};

/// Reads `path` (Turtle written by pressgraph: resources typed with pgo: classes, labels,
/// aliases, data properties, object properties between resources, and rdf:Statement nodes
/// carrying provenance and qualifiers) into a KnowledgeGraph equal in nodes, edges,
/// attributes and provenance to the one that was exported. Throws InputError naming the
/// file (and line, column) on a syntax error, when the file passes `limits` (found by a
/// scan of the text before Serd reads it, so in bounded time and stack), and when the file
/// holds no pgo: resources ("not a pressgraph graph").
[[nodiscard]] KnowledgeGraph load_turtle_graph(const std::string& path, TurtleLoadStatistics* statistics = nullptr,
                                               TurtleLoadLimits limits = {}, const TurtleLoadProgress* progress = nullptr);

}  // namespace pressgraph
