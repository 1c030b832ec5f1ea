#pragma once
// The second half of the Turtle loader: a Sord model of a pressgraph export turned into
// the knowledge graph. Private to src/io (turtle_loader.cpp reads the file).
#include <sord/sord.h>

#include <string>

#include "pressgraph/graph/knowledge_graph.hpp"

namespace pressgraph {

/// Typed resources become nodes, rdf:Statement resources edges with provenance and
/// qualifiers, direct object triples no statement describes plain edges. Throws
/// InputError naming `path` when no resource has a pgo: class or an offset is not a number.
[[nodiscard]] KnowledgeGraph build_graph_from_model(SordWorld* world, SordModel* model, const std::string& path);

}  // namespace pressgraph
