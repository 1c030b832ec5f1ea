#include "pressgraph/query/shortest_paths.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace pressgraph {

namespace {

constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kStart = kUnseen - 1;
constexpr std::uint32_t kBanned = kUnseen - 2;

/// The moves a path may make under one set of options: which edges count, which nodes
/// may be passed through, and (via people) the person-event-person shortcut.
class StepRules {
public:
    StepRules(const QueryView& view, NodeId target, const PathOptions& options)
        : view_(view), graph_(view.graph()), target_(target), options_(options) {}

    /// Calls `visit(link)` for every hop allowed from `u`.
    template <class Visit>
    void for_each_step(NodeId u, Visit&& visit) const {
        for (const Incidence& inc : view_.incidences(u)) {
            const std::string& predicate = graph_.edge(inc.edge).predicate;
            switch (options_.via) {
            case PathVia::All:
                if (in_period(inc.edge)) visit(PathLink{u, inc.neighbour, inc.edge, inc.outgoing, {}, {}});
                break;
            case PathVia::Events:
                if (is_participation(predicate) && in_period(inc.edge))
                    visit(PathLink{u, inc.neighbour, inc.edge, inc.outgoing, {}, {}});
                break;
            case PathVia::People:
                if (may_stop_at(inc.neighbour) && in_period(inc.edge))
                    visit(PathLink{u, inc.neighbour, inc.edge, inc.outgoing, {}, {}});
                if (view_.kind(inc.neighbour) == NodeKind::Event && is_participation(predicate) && in_period(inc.edge))
                    for_each_co_participant(u, inc, visit);
                break;
            }
        }
    }

private:
    bool may_stop_at(NodeId n) const { return n == target_ || view_.kind(n) == NodeKind::Person; }
    bool in_period(EdgeId e) const { return options_.period.unbounded() || options_.period.contains(view_.fact_dates(e)); }

    template <class Visit>
    void for_each_co_participant(NodeId u, const Incidence& to_event, Visit&& visit) const {
        const NodeId event = to_event.neighbour;
        for (const Incidence& inc : view_.incidences(event)) {
            if (inc.neighbour == u || !may_stop_at(inc.neighbour)) continue;
            if (!is_participation(graph_.edge(inc.edge).predicate)) continue;
            visit(PathLink{u, inc.neighbour, to_event.edge, to_event.outgoing, event, inc.edge});
        }
    }

    const QueryView& view_;
    const KnowledgeGraph& graph_;
    NodeId target_;
    const PathOptions& options_;
};

/// Breadth-first search from `from` to the rules' target, never entering `banned` nodes
/// and never taking a first hop to a node in `banned_first`; `max_hops` 0 is no limit.
std::optional<Path> breadth_first(const QueryView& view, const StepRules& rules, NodeId from, NodeId to,
                                  const std::vector<NodeId>& banned, const std::vector<NodeId>& banned_first,
                                  std::size_t max_hops) {
    if (from == to) return Path{{from}, {}};
    std::vector<std::uint32_t> reached_by(view.node_count(), kUnseen);
    for (NodeId n : banned) reached_by[n] = kBanned;
    reached_by[from] = kStart;
    std::vector<PathLink> links;
    std::vector<NodeId> frontier{from}, next;
    bool found = false;
    for (std::size_t depth = 0; !frontier.empty() && !found; ++depth) {
        if (max_hops != 0 && depth >= max_hops) break;
        next.clear();
        for (NodeId u : frontier) {
            rules.for_each_step(u, [&](const PathLink& link) {
                if (found || reached_by[link.to] != kUnseen) return;
                if (u == from && std::find(banned_first.begin(), banned_first.end(), link.to) != banned_first.end())
                    return;
                reached_by[link.to] = static_cast<std::uint32_t>(links.size());
                links.push_back(link);
                if (link.to == to) found = true;
                next.push_back(link.to);
            });
            if (found) break;
        }
        frontier.swap(next);
    }
    if (!found) return std::nullopt;
    Path path;
    for (NodeId at = to; at != from;) {
        const PathLink& link = links[reached_by[at]];
        path.links.push_back(link);
        at = link.from;
    }
    std::reverse(path.links.begin(), path.links.end());
    path.nodes.push_back(from);
    for (const PathLink& link : path.links) path.nodes.push_back(link.to);
    return path;
}

bool shorter(const Path& a, const Path& b) {
    return a.length() != b.length() ? a.length() < b.length() : a.nodes < b.nodes;
}

}  // namespace

std::vector<Path> find_paths(const QueryView& view, NodeId from, NodeId to, const PathOptions& options) {
    const StepRules rules(view, to, options);
    std::vector<Path> accepted;
    auto first = breadth_first(view, rules, from, to, {}, {}, options.max_hops);
    if (!first) return accepted;
    accepted.push_back(std::move(*first));

    // Yen's algorithm: each next path leaves an accepted one at some spur node, taking an
    // edge no accepted path with the same root takes there, and never revisits the root.
    std::vector<Path> candidates;
    auto known = [&](const Path& p) {
        auto same = [&](const Path& q) { return q.nodes == p.nodes; };
        return std::any_of(accepted.begin(), accepted.end(), same) || std::any_of(candidates.begin(), candidates.end(), same);
    };
    while (accepted.size() < options.k) {
        const Path last = accepted.back();
        for (std::size_t i = 0; i < last.length(); ++i) {
            if (options.max_hops != 0 && i >= options.max_hops) break;
            const NodeId spur = last.nodes[i];
            const std::vector<NodeId> root(last.nodes.begin(), last.nodes.begin() + static_cast<std::ptrdiff_t>(i));
            std::vector<NodeId> banned_first;
            for (const Path& p : accepted)
                if (p.length() > i && std::equal(root.begin(), root.end(), p.nodes.begin()) && p.nodes[i] == spur)
                    banned_first.push_back(p.nodes[i + 1]);
            const std::size_t budget = options.max_hops == 0 ? 0 : options.max_hops - i;
            auto spur_path = breadth_first(view, rules, spur, to, root, banned_first, budget);
            if (!spur_path) continue;
            Path total;
            total.nodes = root;
            total.nodes.insert(total.nodes.end(), spur_path->nodes.begin(), spur_path->nodes.end());
            total.links.assign(last.links.begin(), last.links.begin() + static_cast<std::ptrdiff_t>(i));
            total.links.insert(total.links.end(), spur_path->links.begin(), spur_path->links.end());
            if (!known(total)) candidates.push_back(std::move(total));
        }
        if (candidates.empty()) break;
        auto best = std::min_element(candidates.begin(), candidates.end(), shorter);
        accepted.push_back(std::move(*best));
        candidates.erase(best);
    }
    return accepted;
}

}  // namespace pressgraph
