#include "simple_graph.hpp"

#include <algorithm>

namespace pressgraph::detail {

SimpleGraph simple_graph(const QueryView& view) {
    SimpleGraph simple;
    std::vector<std::size_t> index(view.node_count(), 0);
    // Compact indices in IRI order: the Boost algorithms then sum and visit in the same
    // order on a fresh graph and on the same graph reloaded, and give the same scores.
    for (const NodeId n : view.graph().nodes_in_order()) {
        if (!view.included(n)) continue;
        index[n] = simple.nodes.size();
        simple.nodes.push_back(n);
    }
    for (NodeId n : simple.nodes) {
        for (const Incidence& inc : view.incidences(n)) {
            const std::size_t a = index[n], b = index[inc.neighbour];
            if (a < b) simple.edges.emplace_back(a, b);
        }
    }
    std::sort(simple.edges.begin(), simple.edges.end());
    simple.edges.erase(std::unique(simple.edges.begin(), simple.edges.end()), simple.edges.end());
    return simple;
}

}  // namespace pressgraph::detail
