#include "pressgraph/query/path_explanation.hpp"

namespace pressgraph {

namespace {

std::string date_text(const FactDates& dates) {
    if (!dates.known()) return {};
    return dates.end.empty() || dates.end == dates.start ? dates.start : dates.start + "/" + dates.end;
}

/// The event a hop is about: the shared event, or an end of the edge that is an event.
std::optional<NodeId> event_of(const QueryView& view, const PathLink& link) {
    if (link.event) return link.event;
    if (view.kind(link.from) == NodeKind::Event) return link.from;
    if (view.kind(link.to) == NodeKind::Event) return link.to;
    return std::nullopt;
}

}  // namespace

NodeSummary summarize_node(const QueryView& view, NodeId n) {
    const NodeProperties& node = view.graph().node(n);
    return {node.iri, node.label, std::string(local_part(node.type))};
}

HopExplanation explain_hop(const QueryView& view, const PathLink& link) {
    const KnowledgeGraph& g = view.graph();
    const EdgeProperties& edge = g.edge(link.edge);
    HopExplanation hop;
    hop.from = summarize_node(view, link.from);
    hop.to = summarize_node(view, link.to);
    hop.forward = link.outgoing;
    if (link.event) {
        hop.relation = "sharedEvent";
        hop.event = summarize_node(view, *link.event);
    } else {
        hop.relation = std::string(local_part(edge.predicate));
    }

    const std::optional<NodeId> event = event_of(view, link);
    if (const LiteralValue* date = find_attribute(edge.qualifiers, "pgo:date")) hop.date = date->lexical;
    else if (event) hop.date = date_text(view.node_dates(*event));
    if (const LiteralValue* place = find_attribute(edge.qualifiers, "pgo:place")) hop.place = place->lexical;
    else if (event) {
        const auto places = view.places_of(*event);
        if (!places.empty()) hop.place = g.node(places.front()).label;
    }

    const std::optional<Provenance>* provenance = &edge.provenance;
    if (!*provenance && link.second_edge) provenance = &g.edge(*link.second_edge).provenance;
    if (*provenance) {
        hop.document = (*provenance)->document_iri;
        hop.sentence = (*provenance)->sentence_text;
        if (auto doc = g.find(hop.document)) hop.document_title = g.node(*doc).label;
    }
    return hop;
}

std::string hop_headline(const HopExplanation& hop) {
    std::string relation = hop.relation;
    if (hop.event) relation += ": " + hop.event->label + " (" + hop.event->type + ")";
    const std::string arrow = hop.forward || hop.event ? " -[" + relation + "]-> " : " <-[" + relation + "]- ";
    return hop.from.label + " (" + hop.from.type + ")" + arrow + hop.to.label + " (" + hop.to.type + ")";
}

}  // namespace pressgraph
