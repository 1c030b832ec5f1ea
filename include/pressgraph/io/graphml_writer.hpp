#pragma once
// GraphML for Gephi, written with pugixml: keys declared per domain with attr.type,
// node attributes label/type/iri, edge attributes label (the relation) and weight, ids
// n0../e0.., parallel edges kept, no graph-level attributes, XML-safe text. Dated nodes
// and edges carry start/end (YYYY-MM-DD), the interval of their GEXF spells.
#include <string>

#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/io/byte_sink.hpp"
#include "pressgraph/io/ontology.hpp"

namespace pressgraph {

/// Writes the GraphML document to `sink` as it goes (pieces of about 1 MiB). Throws
/// ExportError for a node type or edge predicate the ontology does not define.
void write_graphml(const KnowledgeGraph& graph, const Ontology& ontology, ByteSink& sink);

/// The GraphML document text (write_graphml into a string).
[[nodiscard]] std::string serialize_graphml(const KnowledgeGraph& graph, const Ontology& ontology);

}  // namespace pressgraph
