#include "pressgraph/graph/knowledge_graph.hpp"

#include <algorithm>
#include <tuple>

#include "pressgraph/util/errors.hpp"

namespace pressgraph {

NodeId KnowledgeGraph::upsert_node(const std::string& iri, const std::string& type, const std::string& label) {
    if (auto it = by_iri_.find(iri); it != by_iri_.end()) return it->second;
    const NodeId n = boost::add_vertex(storage_);
    storage_[n].iri = iri;
    storage_[n].type = type;
    storage_[n].label = label;
    by_iri_.emplace(iri, n);
    return n;
}

std::optional<NodeId> KnowledgeGraph::find(std::string_view iri) const {
    if (auto it = by_iri_.find(std::string(iri)); it != by_iri_.end()) return it->second;
    return std::nullopt;
}

EdgeId KnowledgeGraph::add_edge(NodeId source, NodeId target, EdgeProperties properties) {
    PG_CHECK(source < node_count() && target < node_count());
    return boost::add_edge(source, target, std::move(properties), storage_).first;
}

std::vector<NodeId> KnowledgeGraph::nodes_in_order() const {
    std::vector<NodeId> nodes(node_count());
    for (NodeId n = 0; n < nodes.size(); ++n) nodes[n] = n;
    std::sort(nodes.begin(), nodes.end(),
              [this](NodeId a, NodeId b) { return storage_[a].iri < storage_[b].iri; });
    return nodes;
}

std::vector<EdgeId> KnowledgeGraph::edges_in_order() const {
    std::vector<EdgeId> edges;
    edges.reserve(edge_count());
    for (auto [it, end] = boost::edges(storage_); it != end; ++it) edges.push_back(*it);
    auto key = [this](EdgeId e) {
        const auto& p = storage_[e];
        return std::tie(storage_[boost::source(e, storage_)].iri, p.predicate,
                        storage_[boost::target(e, storage_)].iri, p.provenance, p.qualifiers);
    };
    std::stable_sort(edges.begin(), edges.end(), [&](EdgeId a, EdgeId b) { return key(a) < key(b); });
    return edges;
}

}  // namespace pressgraph
