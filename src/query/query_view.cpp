#include "pressgraph/query/query_view.hpp"

#include <algorithm>

#include "pressgraph/graph/iri_minting.hpp"

namespace pressgraph {

namespace {

constexpr std::string_view kMentionedIn = "pgo:mentionedIn";

NodeKind kind_of(const NodeProperties& node) {
    if (node.type == "pgo:Document") return NodeKind::Document;
    if (node.type == "pgo:Person") return NodeKind::Person;
    if (is_event_node(node)) return NodeKind::Event;
    return NodeKind::Other;
}

}  // namespace

const LiteralValue* find_attribute(const std::vector<Attribute>& attributes, std::string_view predicate) {
    for (const auto& a : attributes)
        if (a.predicate == predicate) return &a.value;
    return nullptr;
}

std::string_view local_part(std::string_view curie_or_iri) {
    const std::size_t cut = curie_or_iri.find_last_of(":#/");
    return cut == std::string_view::npos ? curie_or_iri : curie_or_iri.substr(cut + 1);
}

bool is_participation(std::string_view predicate) {
    return predicate == "pgo:participant" || predicate == "pgo:chair";
}

bool is_event_node(const NodeProperties& node) {
    // Events are minted under .../id/event/ whatever their subclass (Meeting, Visit, ...);
    // the query stage does not load the ontology, so the IRI scheme is the class hint.
    static const std::string event_prefix = [] {
        std::string iri = mint_iri("event", "x");
        iri.pop_back();
        return iri;
    }();
    return node.type == "pgo:Event" || node.iri.starts_with(event_prefix) ||
           find_attribute(node.attributes, "pgo:startDate") != nullptr;
}

QueryView::QueryView(const KnowledgeGraph& graph) : graph_(&graph) {
    const GraphStorage& g = graph.storage();
    const std::size_t n = graph.node_count();
    kinds_.resize(n);
    for (NodeId v = 0; v < n; ++v) {
        kinds_[v] = kind_of(g[v]);
        if (kinds_[v] != NodeKind::Document) ++included_nodes_;
    }
    auto in_view = [&](EdgeId e) {
        return g[e].predicate != kMentionedIn && included(boost::source(e, g)) && included(boost::target(e, g));
    };
    // Stable keys only: ids and storage order differ between a fresh and a reloaded graph.
    auto before = [&](const Incidence& a, const Incidence& b) {
        if (a.neighbour != b.neighbour) return g[a.neighbour].iri < g[b.neighbour].iri;
        const EdgeProperties& x = g[a.edge];
        const EdgeProperties& y = g[b.edge];
        if (x.predicate != y.predicate) return x.predicate < y.predicate;
        if (a.outgoing != b.outgoing) return a.outgoing;
        if (x.provenance != y.provenance) return x.provenance < y.provenance;
        return x.qualifiers < y.qualifiers;
    };
    auto same_fact = [&](const Incidence& a, const Incidence& b) {
        return a.neighbour == b.neighbour && a.outgoing == b.outgoing && g[a.edge].predicate == g[b.edge].predicate &&
               g[a.edge].provenance == g[b.edge].provenance;
    };
    offsets_.assign(n + 1, 0);
    std::size_t upper_bound = 0;  // before repeats are dropped: one allocation, no copy
    for (auto [it, end] = boost::edges(g); it != end; ++it) upper_bound += in_view(*it) ? 2 : 0;
    incidences_.reserve(upper_bound);
    std::vector<Incidence> mine;
    for (NodeId v = 0; v < n; ++v) {
        mine.clear();
        for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
            if (in_view(*it)) mine.push_back(Incidence{boost::target(*it, g), *it, true});
        for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
            if (in_view(*it)) mine.push_back(Incidence{boost::source(*it, g), *it, false});
        std::sort(mine.begin(), mine.end(), before);  // equal keys: interchangeable edges
        mine.erase(std::unique(mine.begin(), mine.end(), same_fact), mine.end());
        incidences_.insert(incidences_.end(), mine.begin(), mine.end());
        offsets_[v + 1] = incidences_.size();
    }
}

std::span<const Incidence> QueryView::incidences(NodeId n) const {
    return {incidences_.data() + offsets_[n], offsets_[n + 1] - offsets_[n]};
}

FactDates QueryView::node_dates(NodeId n) const {
    const auto& attributes = graph_->node(n).attributes;
    FactDates dates;
    if (const LiteralValue* start = find_attribute(attributes, "pgo:startDate")) dates.start = start->lexical;
    if (const LiteralValue* end = find_attribute(attributes, "pgo:endDate")) dates.end = end->lexical;
    if (dates.start.empty()) dates.start = dates.end;
    if (dates.end.empty()) dates.end = dates.start;
    return dates;
}

FactDates QueryView::fact_dates(EdgeId e) const {
    const EdgeProperties& edge = graph_->edge(e);
    if (const LiteralValue* date = find_attribute(edge.qualifiers, "pgo:date")) return {date->lexical, date->lexical};
    for (NodeId end : {graph_->source(e), graph_->target(e)}) {
        if (kinds_[end] != NodeKind::Event) continue;
        FactDates dates = node_dates(end);
        if (dates.known()) return dates;
    }
    if (edge.provenance) {
        if (auto doc = graph_->find(edge.provenance->document_iri)) {
            if (const LiteralValue* published = find_attribute(graph_->node(*doc).attributes, "pgo:published"))
                return {published->lexical, published->lexical};
        }
    }
    return {};
}

std::vector<NodeId> QueryView::places_of(NodeId event) const {
    std::vector<NodeId> places;
    for (const Incidence& inc : incidences(event))
        if (inc.outgoing && graph_->edge(inc.edge).predicate == "pgo:place" &&
            std::find(places.begin(), places.end(), inc.neighbour) == places.end())
            places.push_back(inc.neighbour);
    return places;
}

}  // namespace pressgraph
