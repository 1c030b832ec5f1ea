#include "pressgraph/graph/knowledge_graph.hpp"

#include <algorithm>
#include <tuple>

#include "pressgraph/util/errors.hpp"

namespace pressgraph {

NodeId KnowledgeGraph::upsert_node(const std::string& iri, const std::string& type, const std::string& label) {
    if (auto it = by_iri_.find(iri); it != by_iri_.end()) return it->second;
    const NodeId n = boost::add_vertex(*storage_);
    (*storage_)[n].iri = iri;
    (*storage_)[n].type = type;
    (*storage_)[n].label = label;
    by_iri_.emplace(iri, n);
    return n;
}

std::optional<NodeId> KnowledgeGraph::find(std::string_view iri) const {
    if (auto it = by_iri_.find(iri); it != by_iri_.end()) return it->second;
    return std::nullopt;
}

EdgeId KnowledgeGraph::add_edge(NodeId source, NodeId target, EdgeProperties properties) {
    PG_CHECK(source < node_count() && target < node_count());
    // Boost copies a property given to add_edge (twice); a default one moved into is cheaper.
    const EdgeId e = boost::add_edge(source, target, *storage_).first;
    (*storage_)[e] = std::move(properties);
    return e;
}

std::size_t KnowledgeGraph::remove_edges_if(const std::function<bool(EdgeId)>& remove) {
    const std::size_t before = edge_count();
    boost::remove_edge_if([&](EdgeId e) { return remove(e); }, *storage_);
    return before - edge_count();
}

std::vector<NodeId> KnowledgeGraph::nodes_in_order() const {
    std::vector<NodeId> nodes(node_count());
    for (NodeId n = 0; n < nodes.size(); ++n) nodes[n] = n;
    std::sort(nodes.begin(), nodes.end(),
              [this](NodeId a, NodeId b) { return (*storage_)[a].iri < (*storage_)[b].iri; });
    return nodes;
}

std::vector<EdgeId> KnowledgeGraph::edges_in_order() const {
    // Node IRIs compare through their rank in IRI order (equal IRIs share a rank), so the
    // sort compares two integers where it compared two IRIs; the order is the same.
    const std::vector<NodeId> nodes = nodes_in_order();
    std::vector<std::size_t> rank(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        rank[nodes[i]] = i > 0 && (*storage_)[nodes[i - 1]].iri == (*storage_)[nodes[i]].iri ? rank[nodes[i - 1]] : i;
    }
    std::vector<EdgeId> edges;
    edges.reserve(edge_count());
    for (auto [it, end] = boost::edges(*storage_); it != end; ++it) edges.push_back(*it);
    auto key = [&](EdgeId e) {
        const auto& p = (*storage_)[e];
        return std::tie(rank[boost::source(e, *storage_)], p.predicate, rank[boost::target(e, *storage_)], p.provenance,
                        p.qualifiers);
    };
    std::stable_sort(edges.begin(), edges.end(), [&](EdgeId a, EdgeId b) { return key(a) < key(b); });
    return edges;
}

}  // namespace pressgraph
