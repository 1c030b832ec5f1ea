#include "pressgraph/merge/office_conflicts.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "merged_facts.hpp"
#include "pressgraph/graph/iri_minting.hpp"

namespace pressgraph {

namespace {

// The first and last day of an ISO date of any precision ("2024-06" -> June 1 and 30).
std::optional<std::pair<DateValue, DateValue>> days_of(std::string_view iso) {
    const auto d = DateValue::parse_iso(iso);
    if (!d) return std::nullopt;
    switch (d->precision()) {
        case DatePrecision::Year: return std::pair{DateValue{d->year, 1, 1}, DateValue{d->year, 12, 31}};
        case DatePrecision::Month:
            return std::pair{DateValue{d->year, d->month, 1}, DateValue{d->year, d->month, days_in_month(d->year, d->month)}};
        case DatePrecision::Day: return std::pair{*d, *d};
    }
    return std::nullopt;
}

struct Holding {
    NodeId person = 0;
    const EdgeProperties* occupies = nullptr;  // the person's pgo:occupies edge (marked before any edge is added)
    std::optional<Provenance> provenance;      // of the occupies edge
    DateValue from, to;
    std::vector<Attribute> dates;  // pgo:date (publication), pgo:since, pgo:until as read
    OfficeHolding report;
};

std::string tail(const std::string& iri) { return iri.substr(iri.rfind('/') + 1); }

// The holdsPosition edges by what ties an occupies edge to the one it was made from: same
// person, the position's country or body, same title, same sentence (document, span, rule).
// Built once: a person of a large archive has tens of thousands of edges, and scanning them
// for each of their thousands of occupies edges grew with the square of the archive.
class HoldsPositionIndex {
public:
    explicit HoldsPositionIndex(const KnowledgeGraph& graph) {
        // Person by person, each one's edges in order: a key's list is in the person's edge order.
        for (NodeId person = 0; person < graph.node_count(); ++person)
            for (auto [it, end] = boost::out_edges(person, graph.storage()); it != end; ++it) {
                const EdgeProperties& edge = graph.edge(*it);
                if (edge.predicate != "pgo:holdsPosition") continue;
                const LiteralValue* title = merged::find(edge.qualifiers, "pgo:title");
                if (title == nullptr) continue;
                candidates_[key(person, graph.target(*it), title->lexical, edge.provenance)].push_back(&edge);
            }
    }
    // The first of the person's holdsPosition edges that `occupies` was made from.
    [[nodiscard]] const EdgeProperties* find(NodeId person, NodeId holder, const std::string& title,
                                             const EdgeProperties& occupies) const {
        const auto it = candidates_.find(key(person, holder, title, occupies.provenance));
        if (it == candidates_.end()) return nullptr;
        for (const EdgeProperties* edge : it->second)
            if (edge->provenance == occupies.provenance) return edge;  // the same text too
        return nullptr;
    }

private:
    using Key = std::tuple<NodeId, NodeId, std::string, std::string, std::uint32_t, std::uint32_t, std::string>;
    static Key key(NodeId person, NodeId holder, const std::string& title, const std::optional<Provenance>& provenance) {
        if (!provenance) return {person, holder, title, {}, 0, 0, {}};
        return {person, holder, title, provenance->document_iri.str(), provenance->sentence.begin, provenance->sentence.end,
                provenance->rule.str()};
    }
    std::map<Key, std::vector<const EdgeProperties*>> candidates_;
};

// A holding attested by one occupies edge: from `since` (or the publication date) to
// `until` (or the publication date). Imprecise dates are read narrowly, so that only days
// the text surely covers count: the last day of a since, the first day of an until.
std::optional<Holding> holding_of(const KnowledgeGraph& graph, const HoldsPositionIndex& holds, NodeId person,
                                  NodeId holder, const std::string& title, const EdgeProperties& occupies) {
    Holding h;
    h.person = person;
    h.occupies = &occupies;
    h.provenance = occupies.provenance;
    std::optional<DateValue> from, to;
    if (const auto published = merged::publication_of(graph, occupies)) {
        if (const auto days = days_of(published->lexical)) {
            from = days->first;
            to = days->second;
            h.report.as_of = published->lexical;
            h.dates.push_back({"pgo:date", *published});
        }
    }
    if (const EdgeProperties* held = holds.find(person, holder, title, occupies)) {
        if (const LiteralValue* since = merged::find(held->qualifiers, "pgo:since"))
            if (const auto days = days_of(since->lexical)) {
                from = days->second;
                if (!to) to = from;
                h.report.since = since->lexical;
                h.dates.push_back({"pgo:since", *since});
            }
        if (const LiteralValue* until = merged::find(held->qualifiers, "pgo:until"))
            if (const auto days = days_of(until->lexical)) {
                to = days->first;
                if (!from) from = to;
                h.report.until = until->lexical;
                h.dates.push_back({"pgo:until", *until});
            }
    }
    if (!from || !to) return std::nullopt;
    h.from = std::min(*from, *to);
    h.to = std::max(*from, *to);
    h.report.person_iri = graph.node(person).iri;
    h.report.person_label = graph.node(person).label;
    h.report.from = h.from.iso();
    h.report.to = h.to.iso();
    if (occupies.provenance) {
        h.report.document_iri = occupies.provenance->document_iri;
        h.report.evidence = occupies.provenance->sentence_text;
        if (const auto document = graph.find(occupies.provenance->document_iri.view()))
            if (const LiteralValue* name = merged::find(graph.node(*document).attributes, "pgo:fileName"))
                h.report.document_name = name->lexical;
    }
    return h;
}

void add_once(std::vector<Attribute>& attributes, Attribute a) {
    if (std::find(attributes.begin(), attributes.end(), a) != attributes.end()) return;
    attributes.push_back(std::move(a));
    std::sort(attributes.begin(), attributes.end());
}

std::string holding_text(const OfficeHolding& h) {
    std::string details;
    auto part = [&](const std::string& label, const std::string& value) {
        if (value.empty()) return;
        if (!details.empty()) details += ", ";
        details += label + value;
    };
    part("since ", h.since);
    part("until ", h.until);
    part("as of ", h.as_of);
    part("", h.document_name.empty() ? h.document_iri : h.document_name);
    return h.person_label + " (" + details + ")";
}

// Holdings sorted by (from, to, ...), each from <= to. Two of them, i < j, overlap exactly
// when holdings[j].from <= holdings[i].to: the ones that overlap i and come after it are a
// run, up to the first that starts after i ends. Everything below is a sweep over that
// order, never a comparison of every pair (a much-reported office has thousands of holdings).

// Where each holding's run ends: the first j with from > holdings[i].to.
std::vector<std::size_t> run_ends(const std::vector<Holding>& holdings) {
    std::vector<std::size_t> ends(holdings.size());
    for (std::size_t i = 0; i < holdings.size(); ++i)
        ends[i] = static_cast<std::size_t>(
            std::upper_bound(holdings.begin() + static_cast<std::ptrdiff_t>(i) + 1, holdings.end(), holdings[i].to,
                             [](const DateValue& to, const Holding& h) { return to < h.from; }) -
            holdings.begin());
    return ends;
}

// The holdings that overlap a holding of another person.
std::vector<std::size_t> overlapping_holdings(const std::vector<Holding>& holdings, const std::vector<std::size_t>& ends) {
    const std::size_t n = holdings.size();
    // The next holding of another person after i.
    std::vector<std::size_t> next_other(n + 1, n);
    for (std::size_t i = n; i-- > 1;)
        next_other[i - 1] = holdings[i].person != holdings[i - 1].person ? i : next_other[i];
    // Going forward, the latest end among the earlier holdings, for two different people:
    // the one that ends last, and the one that ends last among the others.
    struct Latest {
        std::optional<DateValue> to;
        NodeId person = 0;
    } first, second;
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < n; ++i) {
        const Holding& h = holdings[i];
        const Latest& earlier_other = first.to && first.person != h.person ? first : second;
        const bool before = earlier_other.to && h.from <= *earlier_other.to;  // an earlier one still running
        const bool after = next_other[i] < ends[i];                          // a later one starting in time
        if (before || after) out.push_back(i);
        if (!first.to || *first.to < h.to) {
            if (first.person != h.person || !first.to) second = first.person != h.person ? first : second;
            first = {h.to, h.person};
        } else if (h.person != first.person && (!second.to || *second.to < h.to)) {
            second = {h.to, h.person};
        }
    }
    return out;
}

// For each pair of people whose holdings overlap, the first overlapping pair (i, j), i < j,
// in the order i, then j: the holdings the conflict is reported with.
std::vector<std::pair<std::size_t, std::size_t>> first_overlap_of_each_pair(const std::vector<Holding>& holdings,
                                                                           const std::vector<std::size_t>& ends) {
    const std::size_t n = holdings.size();
    std::map<NodeId, std::vector<std::size_t>> of_person;  // each person's holdings, in order
    for (std::size_t i = 0; i < n; ++i) of_person[holdings[i].person].push_back(i);
    std::set<std::pair<NodeId, NodeId>> seen;
    std::vector<std::pair<std::size_t, std::size_t>> out;
    auto consider = [&](std::size_t i, std::size_t j) {
        const NodeId a = holdings[i].person, b = holdings[j].person;
        if (seen.emplace(std::min(a, b), std::max(a, b)).second) out.emplace_back(i, j);
    };
    for (std::size_t i = 0; i < n; ++i) {
        const NodeId person = holdings[i].person;
        if (ends[i] - i - 1 <= of_person.size()) {
            // A short run: the first holding of each other person in it.
            std::set<NodeId> met;
            for (std::size_t j = i + 1; j < ends[i]; ++j)
                if (holdings[j].person != person && met.insert(holdings[j].person).second) consider(i, j);
        } else {
            // A long run: each other person's first holding after i, if it is in the run.
            std::vector<std::size_t> firsts;
            for (const auto& [other, indices] : of_person) {
                if (other == person) continue;
                const auto j = std::upper_bound(indices.begin(), indices.end(), i);
                if (j != indices.end() && *j < ends[i]) firsts.push_back(*j);
            }
            std::sort(firsts.begin(), firsts.end());
            for (const std::size_t j : firsts) consider(i, j);
        }
    }
    return out;
}

}  // namespace

std::vector<OfficeConflict> record_office_conflicts(KnowledgeGraph& graph) {
    const HoldsPositionIndex holds(graph);
    // Exclusive titles: any holdsPosition statement with the title says so.
    std::set<std::string> exclusive_titles;
    for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it) {
        const EdgeProperties& edge = graph.edge(*it);
        if (edge.predicate != "pgo:holdsPosition" || !merged::is_true(edge.qualifiers, "pgo:exclusiveOffice")) continue;
        if (const LiteralValue* title = merged::find(edge.qualifiers, "pgo:title")) exclusive_titles.insert(title->lexical);
    }

    std::vector<OfficeConflict> conflicts;
    std::set<const EdgeProperties*> conflicting;
    std::vector<std::pair<OfficeConflict, std::pair<Holding, Holding>>> found;
    // The positions in IRI order (sorting only them: the graph has a hundred times more nodes).
    std::vector<NodeId> positions;
    for (NodeId n = 0; n < graph.node_count(); ++n)
        if (graph.node(n).type == "pgo:Position") positions.push_back(n);
    std::sort(positions.begin(), positions.end(), [&](NodeId a, NodeId b) { return graph.node(a).iri < graph.node(b).iri; });
    for (const NodeId position : positions) {
        NodeProperties& node = graph.node(position);
        const LiteralValue* title = merged::find(node.attributes, "pgo:title");
        if (!title || !exclusive_titles.count(title->lexical)) continue;
        const std::string position_title = title->lexical;
        add_once(node.attributes, {"pgo:exclusiveOffice", {"true", "boolean"}});
        std::optional<NodeId> holder;
        for (auto [it, end] = boost::out_edges(position, graph.storage()); it != end; ++it)
            if (graph.edge(*it).predicate == "pgo:positionIn") holder = graph.target(*it);
        if (!holder) continue;

        std::vector<Holding> holdings;
        for (auto [it, end] = boost::in_edges(position, graph.storage()); it != end; ++it)
            if (graph.edge(*it).predicate == "pgo:occupies")
                if (auto h = holding_of(graph, holds, graph.source(*it), *holder, position_title, graph.edge(*it)))
                    holdings.push_back(std::move(*h));
        std::sort(holdings.begin(), holdings.end(), [](const Holding& a, const Holding& b) {
            return std::tie(a.from, a.to, a.report.person_iri, a.report.document_iri, a.report.evidence) <
                   std::tie(b.from, b.to, b.report.person_iri, b.report.document_iri, b.report.evidence);
        });
        const std::vector<std::size_t> ends = run_ends(holdings);
        for (const std::size_t i : overlapping_holdings(holdings, ends)) conflicting.insert(holdings[i].occupies);
        for (const auto& [i, j] : first_overlap_of_each_pair(holdings, ends)) {
            const Holding* a = &holdings[i];
            const Holding* b = &holdings[j];
            if (b->report.person_iri < a->report.person_iri) std::swap(a, b);
            OfficeConflict c{node.iri, node.label, a->report, b->report, std::max(a->from, b->from).iso(),
                             std::min(a->to, b->to).iso()};
            found.push_back({std::move(c), {*a, *b}});
        }
    }
    // Edges are marked before any node or edge is added.
    for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it)
        if (conflicting.count(&graph.edge(*it)))
            add_once(graph.edge(*it).qualifiers, {"pgo:conflict", {"true", "boolean"}});

    std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) {
        return std::tie(x.first.position_iri, x.first.first.person_iri, x.first.second.person_iri) <
               std::tie(y.first.position_iri, y.first.first.person_iri, y.first.second.person_iri);
    });
    for (auto& [conflict, holdings] : found) {
        const NodeId position = *graph.find(conflict.position_iri);
        const NodeId node = graph.upsert_node(
            mint_iri("conflict", tail(conflict.position_iri) + " " + tail(conflict.first.person_iri) + " " +
                                     tail(conflict.second.person_iri)),
            "pgo:OfficeConflict",
            conflict.position_label + ": " + conflict.first.person_label + " and " + conflict.second.person_label);
        add_once(graph.node(node).attributes, {"pgo:date", {conflict.from, "date"}});
        EdgeProperties over;
        over.predicate = "pgo:conflictOver";
        graph.add_edge(node, position, std::move(over));
        for (const Holding* h : {&holdings.first, &holdings.second}) {
            EdgeProperties holder;
            holder.predicate = "pgo:conflictingHolder";
            holder.provenance = h->provenance;
            holder.qualifiers = h->dates;
            std::sort(holder.qualifiers.begin(), holder.qualifiers.end());
            graph.add_edge(node, h->person, std::move(holder));
        }
        conflicts.push_back(std::move(conflict));
    }
    return conflicts;
}

std::string describe(const OfficeConflict& c) {
    const std::string when = c.from == c.to ? "on " + c.from : "from " + c.from + " to " + c.to;
    return "two holders of the exclusive office " + c.position_label + " " + when + ": " + holding_text(c.first) +
           " and " + holding_text(c.second);
}

}  // namespace pressgraph
