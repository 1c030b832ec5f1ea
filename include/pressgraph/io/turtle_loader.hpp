#pragma once
// Loads a Turtle export of pressgraph back into the knowledge graph (through Sord), so
// queries run on a saved graph without extracting again.
#include <cstddef>
#include <string>

#include "pressgraph/graph/knowledge_graph.hpp"

namespace pressgraph {

struct TurtleLoadStatistics {
    std::size_t triples = 0;
    std::size_t nodes = 0;
    std::size_t edges = 0;
    double seconds = 0.0;
};

/// Reads `path` (Turtle written by pressgraph: resources typed with pgo: classes, labels,
/// aliases, data properties, object properties between resources, and rdf:Statement nodes
/// carrying provenance and qualifiers) into a KnowledgeGraph equal in nodes, edges,
/// attributes and provenance to the one that was exported. Throws InputError naming the
/// file on a syntax error, and when the file holds no pgo: resources ("not a pressgraph graph").
[[nodiscard]] KnowledgeGraph load_turtle_graph(const std::string& path, TurtleLoadStatistics* statistics = nullptr);

}  // namespace pressgraph
