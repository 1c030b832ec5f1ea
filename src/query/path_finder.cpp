#include "pressgraph/query/path_finder.hpp"

#include <algorithm>
#include <limits>

#include "pressgraph/util/errors.hpp"

namespace pressgraph {

namespace {

constexpr std::uint32_t kNoIncidence = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kUnreached = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint8_t kInPeriod = 1;
constexpr std::uint8_t kParticipation = 2;

bool contains(const std::vector<NodeId>& nodes, NodeId n) { return std::find(nodes.begin(), nodes.end(), n) != nodes.end(); }

// Shorter first; among equals, by the IRIs of their nodes, never by node ids.
bool shorter(const QueryView& view, const Path& a, const Path& b) {
    if (a.length() != b.length()) return a.length() < b.length();
    return std::lexicographical_compare(a.nodes.begin(), a.nodes.end(), b.nodes.begin(), b.nodes.end(),
                                        [&](NodeId x, NodeId y) { return view.graph().node(x).iri < view.graph().node(y).iri; });
}

}  // namespace

std::shared_ptr<const PathFinder> QueryView::path_finder(const PathOptions& options) const {
    const std::lock_guard lock(path_finder_mutex_);
    if (!path_finder_ || !path_finder_->serves(options.via, options.period))
        path_finder_ = std::make_shared<const PathFinder>(*this, options.via, options.period);
    return path_finder_;
}

PathFinder::PathFinder(const QueryView& view, PathVia via, DatePeriod period)
    : view_(view), via_(via), period_(std::move(period)) {
    const KnowledgeGraph& graph = view.graph();
    const auto incidences = view.all_incidences();
    PG_CHECK(incidences.size() < kNoIncidence && view.node_count() < kUnreached);

    // What each incidence allows, decided once: the date filter reads the fact's dates.
    incidence_flags_.resize(incidences.size());
    for (std::size_t i = 0; i < incidences.size(); ++i) {
        const EdgeId e = incidences[i].edge;
        std::uint8_t flags = 0;
        if (period_.unbounded() || period_.contains(view.fact_dates(e))) flags |= kInPeriod;
        if (is_participation(graph.edge(e).predicate)) flags |= kParticipation;
        incidence_flags_[i] = flags;
    }

    // The steps between inner nodes of a path: via people only persons are passed through
    // (a path's two ends, whatever their kind, get their steps per query).
    const std::size_t n = view.node_count();
    offsets_.assign(n + 1, 0);
    auto inner = [&](NodeId v) { return via_ == PathVia::People ? view.kind(v) == NodeKind::Person : view.included(v); };
    for (NodeId u = 0; u < n; ++u) {
        offsets_[u] = static_cast<std::uint32_t>(steps_.size());
        if (!inner(u)) continue;
        for_each_rule_step(u, inner, [&](const Step& step) { steps_.push_back(step); });
        PG_CHECK(steps_.size() < kUnreached / 2);
    }
    offsets_[n] = static_cast<std::uint32_t>(steps_.size());
    steps_.shrink_to_fit();

    banned_.assign(n, 0);
    for (Side* side : {&forward_, &backward_}) {
        side->seen.assign(n, 0);
        side->depth.resize(n);
        side->previous.resize(n);
        side->step.resize(n);
    }
}

// The hops allowed from `u` under the rules, in the view's incidence order. A step of a
// shared event (via people) needs both participations in the period, so every step here
// can be walked both ways: the backward search relies on it.
template <class MayStop, class Visit>
void PathFinder::for_each_rule_step(NodeId u, MayStop&& may_stop_at, Visit&& visit) const {
    const auto incidences = view_.all_incidences();
    const std::size_t end = view_.incidence_offset(u + 1);
    for (std::size_t i = view_.incidence_offset(u); i < end; ++i) {
        const std::uint8_t flags = incidence_flags_[i];
        if ((flags & kInPeriod) == 0) continue;
        const NodeId neighbour = incidences[i].neighbour;
        const auto first = static_cast<std::uint32_t>(i);
        switch (via_) {
        case PathVia::All:
            visit(Step{static_cast<std::uint32_t>(neighbour), first, kNoIncidence});
            break;
        case PathVia::Events:
            if ((flags & kParticipation) != 0) visit(Step{static_cast<std::uint32_t>(neighbour), first, kNoIncidence});
            break;
        case PathVia::People:
            if (may_stop_at(neighbour)) visit(Step{static_cast<std::uint32_t>(neighbour), first, kNoIncidence});
            if (view_.kind(neighbour) != NodeKind::Event || (flags & kParticipation) == 0) break;
            for (std::size_t j = view_.incidence_offset(neighbour), last = view_.incidence_offset(neighbour + 1); j < last; ++j) {
                const NodeId other = incidences[j].neighbour;
                if (other == u || incidence_flags_[j] != (kInPeriod | kParticipation) || !may_stop_at(other)) continue;
                visit(Step{static_cast<std::uint32_t>(other), first, static_cast<std::uint32_t>(j)});
            }
            break;
        }
    }
}

void PathFinder::next_generation() const {
    if (++generation_ != 0) return;
    // After 2^32 searches the stamps wrap: clear them once and start again.
    std::fill(banned_.begin(), banned_.end(), 0);
    for (Side* side : {&forward_, &backward_}) std::fill(side->seen.begin(), side->seen.end(), 0);
    generation_ = 1;
}

const PathFinder::Step& PathFinder::step_at(std::uint32_t code) const {
    return code < steps_.size() ? steps_[code] : endpoint_steps_[code - steps_.size()];
}

PathLink PathFinder::forward_link(NodeId from, const Step& step) const {
    const auto incidences = view_.all_incidences();
    const Incidence& first = incidences[step.first];
    PathLink link{from, step.to, first.edge, first.outgoing, {}, {}};
    if (step.second != kNoIncidence) {
        link.event = first.neighbour;
        link.second_edge = incidences[step.second].edge;
    }
    return link;
}

// `step` leads from `to` to `from`; the link walks it the other way.
PathLink PathFinder::backward_link(NodeId from, NodeId to, const Step& step) const {
    const auto incidences = view_.all_incidences();
    const Incidence& first = incidences[step.first];
    if (step.second == kNoIncidence) return PathLink{from, to, first.edge, !first.outgoing, {}, {}};
    const Incidence& second = incidences[step.second];  // the event's side of from's participation
    return PathLink{from, to, second.edge, !second.outgoing, first.neighbour, first.edge};
}

// Bidirectional breadth-first search: whole levels, on the side with the smaller frontier,
// until the two meet; the shortest meeting of that level wins (the first found among equals).
std::optional<Path> PathFinder::search(NodeId from, NodeId to, const std::vector<NodeId>& banned,
                                       const std::vector<NodeId>& banned_first, std::size_t max_hops) const {
    if (from == to) return Path{{from}, {}};
    next_generation();
    const std::uint32_t generation = generation_;
    for (NodeId n : banned) banned_[n] = generation;
    endpoint_steps_.clear();

    std::uint32_t best = kUnreached;
    std::uint32_t meet = kUnreached;
    std::uint32_t levels[2] = {0, 0};  // depth of the forward and backward frontiers
    Side* sides[2] = {&forward_, &backward_};
    for (int s = 0; s < 2; ++s) {
        const auto start = static_cast<std::uint32_t>(s == 0 ? from : to);
        sides[s]->seen[start] = generation;
        sides[s]->depth[start] = 0;
        sides[s]->frontier.assign(1, start);
    }

    auto expand = [&](int s) {
        Side& side = *sides[s];
        const Side& other = *sides[1 - s];
        const bool forward = s == 0;
        const NodeId endpoint = forward ? from : to;
        const std::uint32_t depth = levels[s] + 1;
        side.next.clear();
        for (const std::uint32_t u : side.frontier) {
            auto consider = [&](std::uint32_t code, std::uint32_t v) {
                if (banned_[v] == generation || side.seen[v] == generation) return;
                // Yen: the spur (`from`) must not leave by a first hop an accepted path took.
                if (!banned_first.empty() && (forward ? u == from && contains(banned_first, v)
                                                      : v == from && contains(banned_first, u)))
                    return;
                side.seen[v] = generation;
                side.depth[v] = depth;
                side.previous[v] = u;
                side.step[v] = code;
                if (other.seen[v] == generation && depth + other.depth[v] < best) {
                    best = depth + other.depth[v];
                    meet = v;
                }
                side.next.push_back(v);
            };
            if (u == endpoint) {
                // The ends of a path need not be inner nodes (via people: any kind may start or end one).
                const NodeId far_end = forward ? to : from;
                auto may_stop_at = [&](NodeId n) { return n == far_end || view_.kind(n) == NodeKind::Person; };
                for_each_rule_step(u, may_stop_at, [&](const Step& step) {
                    endpoint_steps_.push_back(step);
                    consider(static_cast<std::uint32_t>(steps_.size() + endpoint_steps_.size() - 1), step.to);
                });
            } else {
                for (std::uint32_t k = offsets_[u], end = offsets_[u + 1]; k < end; ++k) consider(k, steps_[k].to);
            }
        }
        side.frontier.swap(side.next);
        levels[s] = depth;
    };

    while (!forward_.frontier.empty() && !backward_.frontier.empty() && best == kUnreached) {
        if (max_hops != 0 && levels[0] + levels[1] + 1 > max_hops) break;
        // Both ends first: the hops into an end that is no inner node (via people) are
        // known only from its own side, so only then does an empty frontier mean no path.
        if (levels[0] == 0) expand(0);
        else if (levels[1] == 0) expand(1);
        else expand(forward_.frontier.size() <= backward_.frontier.size() ? 0 : 1);
    }
    if (best == kUnreached) return std::nullopt;

    Path path;
    for (NodeId at = meet; at != from;) {
        const NodeId previous = forward_.previous[at];
        path.links.push_back(forward_link(previous, step_at(forward_.step[at])));
        at = previous;
    }
    std::reverse(path.links.begin(), path.links.end());
    for (NodeId at = meet; at != to;) {
        const NodeId next = backward_.previous[at];
        path.links.push_back(backward_link(at, next, step_at(backward_.step[at])));
        at = next;
    }
    path.nodes.push_back(from);
    for (const PathLink& link : path.links) path.nodes.push_back(link.to);
    return path;
}

std::vector<Path> PathFinder::find(NodeId from, NodeId to, std::size_t k, std::size_t max_hops) const {
    const std::lock_guard lock(mutex_);
    std::vector<Path> accepted;
    auto first = search(from, to, {}, {}, max_hops);
    if (!first) return accepted;
    accepted.push_back(std::move(*first));

    // Yen's algorithm: each next path leaves an accepted one at some spur node, taking a
    // first hop no accepted path with the same root takes there, and never revisits the root.
    std::vector<Path> candidates;
    auto known = [&](const Path& p) {
        auto same = [&](const Path& q) { return q.nodes == p.nodes; };
        return std::any_of(accepted.begin(), accepted.end(), same) || std::any_of(candidates.begin(), candidates.end(), same);
    };
    std::vector<NodeId> root, banned_first;
    while (accepted.size() < k) {
        const Path last = accepted.back();
        for (std::size_t i = 0; i < last.length(); ++i) {
            if (max_hops != 0 && i >= max_hops) break;
            const NodeId spur = last.nodes[i];
            root.assign(last.nodes.begin(), last.nodes.begin() + static_cast<std::ptrdiff_t>(i));
            banned_first.clear();
            for (const Path& p : accepted)
                if (p.length() > i && std::equal(root.begin(), root.end(), p.nodes.begin()) && p.nodes[i] == spur)
                    banned_first.push_back(p.nodes[i + 1]);
            const std::size_t budget = max_hops == 0 ? 0 : max_hops - i;
            auto spur_path = search(spur, to, root, banned_first, budget);
            if (!spur_path) continue;
            Path total;
            total.nodes = root;
            total.nodes.insert(total.nodes.end(), spur_path->nodes.begin(), spur_path->nodes.end());
            total.links.assign(last.links.begin(), last.links.begin() + static_cast<std::ptrdiff_t>(i));
            total.links.insert(total.links.end(), spur_path->links.begin(), spur_path->links.end());
            if (!known(total)) candidates.push_back(std::move(total));
        }
        if (candidates.empty()) break;
        auto best = std::min_element(candidates.begin(), candidates.end(),
                                     [&](const Path& a, const Path& b) { return shorter(view_, a, b); });
        accepted.push_back(std::move(*best));
        candidates.erase(best);
    }
    std::stable_sort(accepted.begin(), accepted.end(), [&](const Path& a, const Path& b) { return shorter(view_, a, b); });
    return accepted;
}

}  // namespace pressgraph
