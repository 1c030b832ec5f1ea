#pragma once
// The index behind path queries: for one set of step rules (--via, --from/--to) every hop a
// path may take, flattened once into a compact adjacency (CSR: per node an offset into
// one array of steps), and a bidirectional breadth-first search over it whose visited
// marks are generation stamps, so a query costs what it visits, not the size of the graph.
// Yen's k-shortest paths run their spur searches on the same index, with the removed
// root nodes as a stamped mask.
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <vector>

#include "pressgraph/query/shortest_paths.hpp"

namespace pressgraph {

class PathFinder {
public:
    /// Indexes the steps of `view` allowed under `via` and `period` (O(V + E), plus, via
    /// people, one step per pair of participants of each event). `view` must outlive it.
    PathFinder(const QueryView& view, PathVia via, DatePeriod period);

    /// True when this index was built for these step rules.
    [[nodiscard]] bool serves(PathVia via, const DatePeriod& period) const { return via == via_ && period == period_; }

    /// Up to `k` distinct loopless paths from `from` to `to`, shortest first, none longer
    /// than `max_hops` (0: no limit); see find_paths. Calls are serialised by a mutex:
    /// the search marks live in the finder and are reused from query to query.
    [[nodiscard]] std::vector<Path> find(NodeId from, NodeId to, std::size_t k, std::size_t max_hops) const;

    /// Steps in the index (for benchmarks and tests).
    [[nodiscard]] std::size_t step_count() const { return steps_.size(); }

private:
    /// One hop: to `to` through the view's incidence `first` (an index into
    /// QueryView::all_incidences) and, for two persons meeting at an event, on through the
    /// event's incidence `second` (else kNoIncidence).
    struct Step {
        std::uint32_t to;
        std::uint32_t first;
        std::uint32_t second;
    };

    /// The marks of one direction of the search, valid where `seen == generation_`.
    struct Side {
        std::vector<std::uint32_t> seen;
        std::vector<std::uint32_t> depth;
        std::vector<std::uint32_t> previous;  ///< the node the step came from
        std::vector<std::uint32_t> step;      ///< index into steps_, or steps_.size() + index into endpoint_steps_
        std::vector<std::uint32_t> frontier, next;
    };

    template <class MayStop, class Visit>
    void for_each_rule_step(NodeId u, MayStop&& may_stop_at, Visit&& visit) const;
    std::optional<Path> search(NodeId from, NodeId to, const std::vector<NodeId>& banned,
                               const std::vector<NodeId>& banned_first, std::size_t max_hops) const;
    void next_generation() const;
    [[nodiscard]] const Step& step_at(std::uint32_t code) const;
    [[nodiscard]] PathLink forward_link(NodeId from, const Step& step) const;
    [[nodiscard]] PathLink backward_link(NodeId from, NodeId to, const Step& step) const;

    const QueryView& view_;
    PathVia via_;
    DatePeriod period_;
    std::vector<std::uint8_t> incidence_flags_;  ///< per view incidence: kInPeriod | kParticipation
    std::vector<std::uint32_t> offsets_;         ///< steps of node n: [offsets_[n], offsets_[n + 1])
    std::vector<Step> steps_;

    mutable std::mutex mutex_;  ///< guards everything below
    mutable std::uint32_t generation_ = 0;
    mutable std::vector<std::uint32_t> banned_;  ///< == generation_: a removed node
    mutable Side forward_, backward_;
    mutable std::vector<Step> endpoint_steps_;  ///< steps out of the two endpoints, found per query
};

}  // namespace pressgraph
