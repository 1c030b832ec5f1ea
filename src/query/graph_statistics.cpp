#include "pressgraph/query/graph_statistics.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include "simple_graph.hpp"

namespace pressgraph {

GraphStatistics graph_statistics(const QueryView& view) {
    const KnowledgeGraph& g = view.graph();
    GraphStatistics stats;
    stats.nodes = g.node_count();
    for (NodeId n = 0; n < g.node_count(); ++n) ++stats.nodes_by_type[g.node(n).type];
    // An exact repeat of a fact (same ends, predicate and provenance) counts once, as the
    // Turtle export holds it once: a reloaded graph gives the same counts.
    const std::vector<EdgeId> edges = g.edges_in_order();
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const EdgeProperties& edge = g.edge(edges[i]);
        if (i > 0) {
            const EdgeId previous = edges[i - 1];
            if (g.source(previous) == g.source(edges[i]) && g.target(previous) == g.target(edges[i]) &&
                g.edge(previous).predicate == edge.predicate && g.edge(previous).provenance == edge.provenance)
                continue;
        }
        ++stats.edges;
        ++stats.edges_by_predicate[edge.predicate];
    }

    const detail::SimpleGraph simple = detail::simple_graph(view);
    stats.view_nodes = simple.nodes.size();
    stats.view_edges = simple.edges.size();
    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    const Undirected u(simple.edges.begin(), simple.edges.end(), simple.nodes.size());
    std::vector<std::size_t> component(simple.nodes.size(), 0);
    if (!component.empty()) {
        stats.components = static_cast<std::size_t>(boost::connected_components(
            u, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, u))));
        std::vector<std::size_t> sizes(stats.components, 0);
        for (std::size_t c : component) ++sizes[c];
        stats.largest_component = *std::max_element(sizes.begin(), sizes.end());
        stats.isolated_nodes = static_cast<std::size_t>(std::count(sizes.begin(), sizes.end(), std::size_t{1}));
    }
    if (stats.view_nodes > 1) {
        const double n = static_cast<double>(stats.view_nodes);
        stats.density = static_cast<double>(stats.view_edges) / (n * (n - 1.0) / 2.0);
    }
    return stats;
}

}  // namespace pressgraph
