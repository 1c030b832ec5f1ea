#pragma once
// The nodes within a few hops of one node, in the query view.
#include <cstddef>
#include <vector>

#include "pressgraph/query/query_view.hpp"

namespace pressgraph {

struct Neighbour {
    NodeId node{};
    std::size_t distance = 0;          ///< hops from the centre (>= 1)
    NodeId parent{};                   ///< the node at distance - 1 it was reached from
    std::vector<Incidence> links;      ///< every edge between parent and node, seen from parent
};

/// Every node at distance 1..depth from `centre`, ordered by distance, then label, then IRI.
[[nodiscard]] std::vector<Neighbour> neighbourhood(const QueryView& view, NodeId centre, std::size_t depth);

}  // namespace pressgraph
