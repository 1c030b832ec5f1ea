#pragma once
// Maps the knowledge graph to RDF triples in the project ontology. Each node becomes a
// typed, labelled resource; each edge a triple plus, where it has provenance or
// qualifiers, a reified statement node (rdf:Statement with prov:wasDerivedFrom ...).
#include <vector>

#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/io/ontology.hpp"
#include "pressgraph/io/rdf_term.hpp"

namespace pressgraph {

/// All triples of the graph, sorted and without duplicates. Throws ExportError when a
/// class or property is not in the ontology, or an IRI/literal would not parse back.
[[nodiscard]] std::vector<Triple> graph_to_triples(const KnowledgeGraph& graph, const Ontology& ontology);

}  // namespace pressgraph
