#include "simple_graph.hpp"

#include <algorithm>

namespace pressgraph::detail {

SimpleGraph simple_graph(const QueryView& view) {
    SimpleGraph simple;
    std::vector<std::size_t> index(view.node_count(), 0);
    for (NodeId n = 0; n < view.node_count(); ++n) {
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
