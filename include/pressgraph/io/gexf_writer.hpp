#pragma once
// GEXF 1.3 for Gephi's timeline: nodes and edges carry the time intervals of the facts
// (spells), so Gephi can play the relations over the years.
#include <string>

#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/io/byte_sink.hpp"
#include "pressgraph/io/ontology.hpp"

namespace pressgraph {

/// Writes the GEXF document (mode="dynamic", timeformat="date") to `sink`: the element
/// tree is built in memory, its text is not. Throws ExportError for a type or predicate
/// the ontology does not define.
void write_gexf(const KnowledgeGraph& graph, const Ontology& ontology, ByteSink& sink);

/// The GEXF document text (write_gexf into a string).
[[nodiscard]] std::string serialize_gexf(const KnowledgeGraph& graph, const Ontology& ontology);

}  // namespace pressgraph
