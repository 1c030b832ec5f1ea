#pragma once
// Node rankings on the query view taken as a simple undirected graph (parallel edges
// merged): degree, Brandes betweenness and PageRank, both from Boost.Graph.
#include <cstddef>
#include <string>
#include <vector>

#include "pressgraph/query/query_view.hpp"

namespace pressgraph {

enum class CentralityMeasure { Degree, Betweenness, PageRank };

struct RankOptions {
    CentralityMeasure measure = CentralityMeasure::Degree;
    std::string type;     ///< keep only nodes of this class ("Person" or "pgo:Person"); empty: all
    std::size_t top = 10; ///< 0: all
};

struct RankedNode {
    NodeId node{};
    double score = 0.0;
};

/// Degree: distinct neighbours. Betweenness: Boost's brandes_betweenness_centrality halved
/// (it counts each unordered pair twice on undirected graphs). PageRank: Boost's page_rank
/// (damping 0.85, 50 iterations) on the graph with each edge in both directions.
/// Sorted by score descending, then label, then IRI.
[[nodiscard]] std::vector<RankedNode> rank_nodes(const QueryView& view, const RankOptions& options);

/// True when the node's class is `type` given as a CURIE or a local name.
[[nodiscard]] bool has_type(const NodeProperties& node, const std::string& type);

}  // namespace pressgraph
