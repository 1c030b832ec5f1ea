#pragma once
// GEXF 1.3 for Gephi's timeline: nodes and edges carry the time intervals of the facts
// (spells), so Gephi can play the relations over the years.
#include <string>

#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/io/ontology.hpp"

namespace pressgraph {

/// The GEXF document text (mode="dynamic", timeformat="date"). Throws ExportError for a
/// type or predicate the ontology does not define.
[[nodiscard]] std::string serialize_gexf(const KnowledgeGraph& graph, const Ontology& ontology);

}  // namespace pressgraph
