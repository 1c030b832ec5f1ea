#pragma once
// The knowledge graph as queries see it: undirected, without Document nodes and without
// pgo:mentionedIn edges (every entity is mentioned in a document, so through documents
// everything would be two hops from everything). Built once per graph in
// O(V + E log d) (d: a node's degree); every query then walks its adjacency lists, which are stored
// contiguously (CSR).
//
// Same graph, same answers: a graph extracted afresh and the same graph loaded back from
// its Turtle export hold their nodes and edges in different orders (merge order, Sord's
// SPO order). So the view orders every node's incidences by stable keys (the neighbour's
// IRI, the predicate, the direction, the provenance, the qualifiers) and keeps an exact
// repeat of a fact (same ends, predicate and provenance: the Turtle export holds it once)
// once; queries break their own ties by IRI. No query answer depends on node or edge ids.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/graph/knowledge_graph.hpp"

namespace pressgraph {

class PathFinder;
struct PathOptions;

/// What a query needs to know about a node: persons and events have roles of their own
/// in path modes and timelines; documents are left out of the view.
enum class NodeKind : std::uint8_t { Other, Person, Event, Document };

/// One edge of the knowledge graph seen from one of its ends.
struct Incidence {
    NodeId neighbour;
    EdgeId edge;
    bool outgoing;  ///< true when the edge runs from this node to `neighbour`
};

/// The dates a fact applies to, as ISO strings at their own precision ("2024",
/// "2024-06", "2024-06-24"); both empty when the graph tells nothing.
struct FactDates {
    std::string start;
    std::string end;
    [[nodiscard]] bool known() const { return !start.empty(); }
};

class QueryView {
public:
    /// Indexes `graph`, which must outlive the view and not change while it is used.
    explicit QueryView(const KnowledgeGraph& graph);

    [[nodiscard]] const KnowledgeGraph& graph() const { return *graph_; }
    /// The edges of `n` in the view (both directions), ordered by the neighbour's IRI, then
    /// predicate, outgoing before incoming, provenance and qualifiers; an exact repeat of a
    /// fact (same neighbour, predicate, direction and provenance) appears once.
    [[nodiscard]] std::span<const Incidence> incidences(NodeId n) const;
    /// Every incidence, node after node: incidences(n) is the part from incidence_offset(n)
    /// on, so an index into this span names one incidence.
    [[nodiscard]] std::span<const Incidence> all_incidences() const { return incidences_; }
    [[nodiscard]] std::size_t incidence_offset(NodeId n) const { return offsets_[n]; }
    [[nodiscard]] NodeKind kind(NodeId n) const { return kinds_[n]; }
    /// False for Document nodes, which no query visits.
    [[nodiscard]] bool included(NodeId n) const { return kinds_[n] != NodeKind::Document; }
    [[nodiscard]] std::size_t node_count() const { return kinds_.size(); }
    [[nodiscard]] std::size_t included_node_count() const { return included_nodes_; }
    /// Edges of the knowledge graph that are in the view (each counted once).
    [[nodiscard]] std::size_t edge_count() const { return incidences_.size() / 2; }

    /// When `e` applies: its pgo:date qualifier; else the dates of the event at one of its
    /// ends (pgo:startDate, pgo:endDate); else the publication date of its source document.
    [[nodiscard]] FactDates fact_dates(EdgeId e) const;
    /// The pgo:startDate / pgo:endDate of a node (an event), empty when it has none.
    [[nodiscard]] FactDates node_dates(NodeId n) const;
    /// The nodes an event's pgo:place edges point to, in IRI order.
    [[nodiscard]] std::vector<NodeId> places_of(NodeId event) const;

    /// The path index for the step rules of `options` (--via, --from/--to), built on first
    /// use and kept while the queries ask for the same rules (defined in path_finder.cpp).
    [[nodiscard]] std::shared_ptr<const PathFinder> path_finder(const PathOptions& options) const;

private:
    const KnowledgeGraph* graph_;
    std::vector<NodeKind> kinds_;
    std::vector<std::size_t> offsets_;  ///< incidences of node n: [offsets_[n], offsets_[n + 1])
    std::vector<Incidence> incidences_;
    std::size_t included_nodes_ = 0;
    mutable std::mutex path_finder_mutex_;
    mutable std::shared_ptr<const PathFinder> path_finder_;
};

/// The value of the first attribute (or qualifier) with this predicate, or nullptr.
[[nodiscard]] const LiteralValue* find_attribute(const std::vector<Attribute>& attributes, std::string_view predicate);

/// "pgo:metWith" -> "metWith"; an IRI -> the part after its last '#' or '/'.
[[nodiscard]] std::string_view local_part(std::string_view curie_or_iri);

/// True for the predicates that tie an event to a person taking part (pgo:participant, pgo:chair).
[[nodiscard]] bool is_participation(std::string_view predicate);

/// True for an event node: typed pgo:Event or one of its subclasses (recognised by the
/// IRI minted for events), or carrying a pgo:startDate.
[[nodiscard]] bool is_event_node(const NodeProperties& node);

}  // namespace pressgraph
