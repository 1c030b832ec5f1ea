#include "pressgraph/query/centrality.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <tuple>

#include "simple_graph.hpp"

namespace pressgraph {

namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Bidirectional = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

std::vector<double> degree_scores(const detail::SimpleGraph& simple) {
    std::vector<double> scores(simple.nodes.size(), 0.0);
    for (const auto& [a, b] : simple.edges) {
        scores[a] += 1.0;
        scores[b] += 1.0;
    }
    return scores;
}

std::vector<double> betweenness_scores(const detail::SimpleGraph& simple) {
    const Undirected g(simple.edges.begin(), simple.edges.end(), simple.nodes.size());
    std::vector<double> scores(simple.nodes.size(), 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, g))));
    for (double& s : scores) s /= 2.0;
    return scores;
}

std::vector<double> pagerank_scores(const detail::SimpleGraph& simple) {
    Bidirectional g(simple.nodes.size());
    for (const auto& [a, b] : simple.edges) {
        boost::add_edge(a, b, g);
        boost::add_edge(b, a, g);
    }
    std::vector<double> scores(simple.nodes.size(), 0.0);
    if (scores.empty()) return scores;
    boost::graph::page_rank(g, boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, g)),
                            boost::graph::n_iterations(50));
    return scores;
}

}  // namespace

bool has_type(const NodeProperties& node, const std::string& type) {
    return node.type == type || local_part(node.type) == type;
}

std::vector<RankedNode> rank_nodes(const QueryView& view, const RankOptions& options) {
    const detail::SimpleGraph simple = detail::simple_graph(view);
    std::vector<double> scores;
    switch (options.measure) {
    case CentralityMeasure::Degree: scores = degree_scores(simple); break;
    case CentralityMeasure::Betweenness: scores = betweenness_scores(simple); break;
    case CentralityMeasure::PageRank: scores = pagerank_scores(simple); break;
    }
    const KnowledgeGraph& g = view.graph();
    std::vector<RankedNode> ranked;
    for (std::size_t i = 0; i < simple.nodes.size(); ++i)
        if (options.type.empty() || has_type(g.node(simple.nodes[i]), options.type))
            ranked.push_back({simple.nodes[i], scores[i]});
    std::sort(ranked.begin(), ranked.end(), [&](const RankedNode& a, const RankedNode& b) {
        return std::tie(b.score, g.node(a.node).label, g.node(a.node).iri) <
               std::tie(a.score, g.node(b.node).label, g.node(b.node).iri);
    });
    if (options.top != 0 && ranked.size() > options.top) ranked.resize(options.top);
    return ranked;
}

}  // namespace pressgraph
