#include "pressgraph/query/neighbourhood.hpp"

#include <algorithm>
#include <tuple>

namespace pressgraph {

std::vector<Neighbour> neighbourhood(const QueryView& view, NodeId centre, std::size_t depth) {
    std::vector<Neighbour> found;
    constexpr std::size_t kUnseen = static_cast<std::size_t>(-1);
    constexpr std::size_t kCentre = kUnseen - 1;
    std::vector<std::size_t> index_of(view.node_count(), kUnseen);  // position in `found`
    index_of[centre] = kCentre;
    std::vector<NodeId> frontier{centre}, next;
    for (std::size_t distance = 1; distance <= depth && !frontier.empty(); ++distance) {
        next.clear();
        for (NodeId u : frontier) {
            for (const Incidence& inc : view.incidences(u)) {
                const std::size_t at = index_of[inc.neighbour];
                if (at != kUnseen) {
                    // Another edge from the same parent: kept with the first one.
                    if (at != kCentre && found[at].parent == u && found[at].distance == distance)
                        found[at].links.push_back(inc);
                    continue;
                }
                index_of[inc.neighbour] = found.size();
                found.push_back(Neighbour{inc.neighbour, distance, u, {inc}});
                next.push_back(inc.neighbour);
            }
        }
        frontier.swap(next);
    }
    const KnowledgeGraph& g = view.graph();
    std::sort(found.begin(), found.end(), [&](const Neighbour& a, const Neighbour& b) {
        return std::tie(a.distance, g.node(a.node).label, g.node(a.node).iri) <
               std::tie(b.distance, g.node(b.node).label, g.node(b.node).iri);
    });
    return found;
}

}  // namespace pressgraph
