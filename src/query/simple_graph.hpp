#pragma once
// The query view as a simple undirected graph over its nodes renumbered 0..m-1 (parallel
// edges and self-loops dropped): the input of the Boost algorithms. Internal to src/query.
#include <cstddef>
#include <utility>
#include <vector>

#include "pressgraph/query/query_view.hpp"

namespace pressgraph::detail {

struct SimpleGraph {
    std::vector<NodeId> nodes;                                ///< compact index -> node, in IRI order
    std::vector<std::pair<std::size_t, std::size_t>> edges;  ///< compact pairs, first < second, sorted, unique
};

[[nodiscard]] SimpleGraph simple_graph(const QueryView& view);

}  // namespace pressgraph::detail
