#pragma once
// The events a node takes part in (or that take place at it), in date order.
#include <string>
#include <vector>

#include "pressgraph/query/query_view.hpp"

namespace pressgraph {

struct TimelineEntry {
    NodeId event{};
    std::vector<std::string> roles;     ///< predicate local names tying the event to the node ("participant", "chair", "place")
    FactDates dates;                    ///< the event's pgo:startDate / pgo:endDate
    std::vector<NodeId> places;         ///< the event's pgo:place nodes
    std::vector<NodeId> counterparts;   ///< the event's other participants and chairs, by label
    std::string document;               ///< source document of the first edge to the event
    std::string sentence;
};

/// Events joined to `entity` by an edge, earliest first; undated events last; ties by label, IRI.
[[nodiscard]] std::vector<TimelineEntry> timeline(const QueryView& view, NodeId entity);

}  // namespace pressgraph
