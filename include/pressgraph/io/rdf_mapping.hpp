#pragma once
// Maps the knowledge graph to RDF triples in the project ontology. Each node becomes a
// typed, labelled resource; each edge a triple plus, where it has provenance or
// qualifiers, a reified statement node (rdf:Statement with prov:wasDerivedFrom ...).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/io/ontology.hpp"
#include "pressgraph/io/rdf_term.hpp"

namespace pressgraph {

/// The triples of a graph in sorted order (subject, predicate, object; RdfTerm order)
/// without duplicates, produced one subject at a time: only one subject's triples are in
/// memory at once, never the whole list. The constructor checks every class, property,
/// IRI and typed value (throwing ExportError, as graph_to_triples does, before a single
/// triple is produced) and orders the subjects: the graph's nodes and one statement node
/// per edge with provenance or qualifiers. The graph must outlive the stream.
class TripleStream {
public:
    TripleStream(const KnowledgeGraph& graph, const Ontology& ontology);
    ~TripleStream();
    TripleStream(const TripleStream&) = delete;
    TripleStream& operator=(const TripleStream&) = delete;

    /// Calls `sink` with every triple, in order; returns how many. May be called again
    /// (each call produces the same sequence); an exception from `sink` stops it.
    std::size_t for_each(const std::function<void(const Triple&)>& sink) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

/// All triples of the graph, sorted and without duplicates (TripleStream collected). Throws
/// ExportError when a class or property is not in the ontology, or an IRI/literal would
/// not parse back.
[[nodiscard]] std::vector<Triple> graph_to_triples(const KnowledgeGraph& graph, const Ontology& ontology);

}  // namespace pressgraph
