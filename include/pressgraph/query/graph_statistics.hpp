#pragma once
// Counts that describe a graph: nodes by class, edges by predicate, and the connectivity
// of the query view.
#include <cstddef>
#include <map>
#include <string>

#include "pressgraph/query/query_view.hpp"

namespace pressgraph {

struct GraphStatistics {
    std::size_t nodes = 0;                          ///< all nodes, documents included
    std::size_t edges = 0;                          ///< all facts, mentionedIn included; an exact repeat counts once
    std::map<std::string, std::size_t> nodes_by_type;  ///< class CURIE -> count
    std::map<std::string, std::size_t> edges_by_predicate;
    std::size_t view_nodes = 0;                     ///< nodes of the query view
    std::size_t view_edges = 0;                     ///< distinct undirected node pairs joined in the view
    std::size_t components = 0;                     ///< connected components of the view
    std::size_t largest_component = 0;              ///< nodes in the largest one
    std::size_t isolated_nodes = 0;
    double density = 0.0;                           ///< view_edges / (view_nodes * (view_nodes - 1) / 2)
};

[[nodiscard]] GraphStatistics graph_statistics(const QueryView& view);

}  // namespace pressgraph
