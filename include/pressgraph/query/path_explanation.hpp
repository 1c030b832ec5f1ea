#pragma once
// What a hop of a path means, in words a reader can check: the relation and its
// direction, when and where it applies, and the document sentence it was read from.
#include <optional>
#include <string>

#include "pressgraph/query/shortest_paths.hpp"

namespace pressgraph {

/// The identity of a node as printed: IRI, label and class local name ("Person").
struct NodeSummary {
    std::string iri;
    std::string label;
    std::string type;
};

struct HopExplanation {
    NodeSummary from;
    NodeSummary to;
    std::string relation;             ///< predicate local name ("metWith"); "sharedEvent" via people
    bool forward = true;              ///< the edge runs from `from` to `to`
    std::optional<NodeSummary> event; ///< the event two persons share (PathVia::People)
    std::string date;                 ///< "2024-06-24", "2024-06-24/2024-06-25", or empty
    std::string place;                ///< label of the event's place, or empty
    std::string document;             ///< IRI of the source document, or empty
    std::string document_title;
    std::string sentence;             ///< the sentence the fact was read from, or empty
};

[[nodiscard]] NodeSummary summarize_node(const QueryView& view, NodeId n);

/// Date: the edge's pgo:date qualifier, else the dates of the event involved (an end of the
/// edge, or the shared event). Place: the edge's pgo:place qualifier, else the label of the
/// event's pgo:place node. Document and sentence: the edge's provenance.
[[nodiscard]] HopExplanation explain_hop(const QueryView& view, const PathLink& link);

/// One line: "Ana Lopes -[metWith]-> Ivan Petrov" ("<-[...]-" when reversed;
/// "-[sharedEvent: <event>]-" via people).
[[nodiscard]] std::string hop_headline(const HopExplanation& hop);

}  // namespace pressgraph
