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

    /// A run of consecutive subjects: positions in the node order and the statement order.
    struct Part {
        std::size_t first_node = 0, end_node = 0;
        std::size_t first_statement = 0, end_statement = 0;
    };
    /// The subjects cut, in order, into runs of at most `subjects_per_part` subjects (at
    /// least one run, empty when the graph is): their triples, run after run, are the
    /// whole stream. Writers serialise the runs side by side and join the text.
    [[nodiscard]] std::vector<Part> parts(std::size_t subjects_per_part) const;
    /// Every subject as one part.
    [[nodiscard]] Part whole() const;
    /// As for_each, for the triples of one part's subjects. Several threads may stream
    /// parts at once (the stream is only read once constructed).
    std::size_t for_each(const Part& part, const std::function<void(const Triple&)>& sink) const;
    /// As for_each, with triples that view the graph's strings (the writers' way: no copy of
    /// each term). A view is valid only during the call that receives it.
    std::size_t for_each_view(const Part& part, const std::function<void(const TripleView&)>& sink) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

/// All triples of the graph, sorted and without duplicates (TripleStream collected). Throws
/// ExportError when a class or property is not in the ontology, or an IRI/literal would
/// not parse back.
[[nodiscard]] std::vector<Triple> graph_to_triples(const KnowledgeGraph& graph, const Ontology& ontology);

}  // namespace pressgraph
