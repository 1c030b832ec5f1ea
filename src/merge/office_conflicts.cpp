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

// The holdsPosition edge that the occupies edge `occupies` (person -> position) was made
// from: same person, the position's country or body, same title, same sentence.
const EdgeProperties* holds_position_edge(const KnowledgeGraph& graph, NodeId person, NodeId holder,
                                          const std::string& title, const EdgeProperties& occupies) {
    for (auto [it, end] = boost::out_edges(person, graph.storage()); it != end; ++it) {
        const EdgeProperties& edge = graph.edge(*it);
        if (edge.predicate != "pgo:holdsPosition" || graph.target(*it) != holder) continue;
        const LiteralValue* t = merged::find(edge.qualifiers, "pgo:title");
        if (t && t->lexical == title && edge.provenance == occupies.provenance) return &edge;
    }
    return nullptr;
}

// A holding attested by one occupies edge: from `since` (or the publication date) to
// `until` (or the publication date). Imprecise dates are read narrowly, so that only days
// the text surely covers count: the last day of a since, the first day of an until.
std::optional<Holding> holding_of(const KnowledgeGraph& graph, NodeId person, NodeId holder, const std::string& title,
                                  const EdgeProperties& occupies) {
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
    if (const EdgeProperties* held = holds_position_edge(graph, person, holder, title, occupies)) {
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

}  // namespace

std::vector<OfficeConflict> record_office_conflicts(KnowledgeGraph& graph) {
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
    for (const NodeId position : graph.nodes_in_order()) {
        NodeProperties& node = graph.node(position);
        if (node.type != "pgo:Position") continue;
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
                if (auto h = holding_of(graph, graph.source(*it), *holder, position_title, graph.edge(*it)))
                    holdings.push_back(std::move(*h));
        std::sort(holdings.begin(), holdings.end(), [](const Holding& a, const Holding& b) {
            return std::tie(a.from, a.to, a.report.person_iri, a.report.document_iri, a.report.evidence) <
                   std::tie(b.from, b.to, b.report.person_iri, b.report.document_iri, b.report.evidence);
        });
        std::set<std::pair<std::string, std::string>> pairs_seen;
        for (std::size_t i = 0; i < holdings.size(); ++i)
            for (std::size_t j = i + 1; j < holdings.size(); ++j) {
                const Holding* a = &holdings[i];
                const Holding* b = &holdings[j];
                if (a->person == b->person || std::max(a->from, b->from) > std::min(a->to, b->to)) continue;
                conflicting.insert(a->occupies);
                conflicting.insert(b->occupies);
                if (b->report.person_iri < a->report.person_iri) std::swap(a, b);
                if (!pairs_seen.emplace(a->report.person_iri, b->report.person_iri).second) continue;
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
