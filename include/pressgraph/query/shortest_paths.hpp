#pragma once
// Shortest paths between two nodes of the query view, by breadth-first search (every hop
// counts one), and the k shortest loopless paths by Yen's algorithm on top of it. The
// search runs from both ends over an index of the allowed hops (PathFinder), which the
// view builds on the first query and keeps for the next ones with the same --via and dates.
#include <cstddef>
#include <optional>
#include <vector>

#include "pressgraph/query/date_period.hpp"
#include "pressgraph/query/query_view.hpp"

namespace pressgraph {

/// Which nodes a path may pass through.
enum class PathVia {
    All,     ///< any node of the view
    People,  ///< only persons in between; two persons are adjacent when joined by an edge or
             ///< when both take part in one event (pgo:participant, pgo:chair; with a date
             ///< filter, both participations must lie in the period)
    Events,  ///< person-event-person: only participation edges between persons and events
};

struct PathOptions {
    std::size_t k = 1;          ///< how many paths, shortest first
    PathVia via = PathVia::All;
    DatePeriod period;          ///< only edges whose dates lie in it (see QueryView::fact_dates)
    std::size_t max_hops = 0;   ///< 0: no limit
};

/// One hop of a path: one edge, or (via people) two persons meeting at one event.
struct PathLink {
    NodeId from{};
    NodeId to{};
    EdgeId edge{};                      ///< the edge between from and to; for a shared event, from's participation
    bool outgoing = true;               ///< `edge` runs from `from` (to the event, for a shared event)
    std::optional<NodeId> event;        ///< the event both take part in (PathVia::People)
    std::optional<EdgeId> second_edge;  ///< to's participation in `event`
};

struct Path {
    std::vector<NodeId> nodes;  ///< from ... to; links.size() + 1 nodes
    std::vector<PathLink> links;
    [[nodiscard]] std::size_t length() const { return links.size(); }
};

/// Up to `options.k` distinct loopless paths from `from` to `to`, shortest first (ties in
/// a deterministic order); empty when there is none. `from == to` gives one path of length 0.
/// The first call for a --via and period builds the view's path index (O(V + E)); later
/// calls with the same rules cost only what their search visits.
[[nodiscard]] std::vector<Path> find_paths(const QueryView& view, NodeId from, NodeId to, const PathOptions& options);

}  // namespace pressgraph
