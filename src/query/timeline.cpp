#include "pressgraph/query/timeline.hpp"

#include <algorithm>
#include <tuple>

namespace pressgraph {

std::vector<TimelineEntry> timeline(const QueryView& view, NodeId entity) {
    const KnowledgeGraph& g = view.graph();
    std::vector<TimelineEntry> entries;
    for (const Incidence& inc : view.incidences(entity)) {
        if (view.kind(inc.neighbour) != NodeKind::Event || inc.neighbour == entity) continue;
        const EdgeProperties& edge = g.edge(inc.edge);
        const std::string role(local_part(edge.predicate));
        auto existing = std::find_if(entries.begin(), entries.end(),
                                     [&](const TimelineEntry& e) { return e.event == inc.neighbour; });
        if (existing != entries.end()) {
            if (std::find(existing->roles.begin(), existing->roles.end(), role) == existing->roles.end())
                existing->roles.push_back(role);
            continue;
        }
        TimelineEntry entry;
        entry.event = inc.neighbour;
        entry.roles.push_back(role);
        entry.dates = view.node_dates(inc.neighbour);
        entry.places = view.places_of(inc.neighbour);
        for (const Incidence& other : view.incidences(inc.neighbour)) {
            if (other.neighbour == entity || !is_participation(g.edge(other.edge).predicate)) continue;
            if (std::find(entry.counterparts.begin(), entry.counterparts.end(), other.neighbour) == entry.counterparts.end())
                entry.counterparts.push_back(other.neighbour);
        }
        std::sort(entry.counterparts.begin(), entry.counterparts.end(), [&](NodeId a, NodeId b) {
            return std::tie(g.node(a).label, g.node(a).iri) < std::tie(g.node(b).label, g.node(b).iri);
        });
        if (edge.provenance) {
            entry.document = edge.provenance->document_iri;
            entry.sentence = edge.provenance->sentence_text;
        }
        entries.push_back(std::move(entry));
    }
    // Undated events sort last; dates of different precision compare as ISO strings.
    std::sort(entries.begin(), entries.end(), [&](const TimelineEntry& a, const TimelineEntry& b) {
        return std::tuple(!a.dates.known(), a.dates.start, g.node(a.event).label, g.node(a.event).iri) <
               std::tuple(!b.dates.known(), b.dates.start, g.node(b.event).label, g.node(b.event).iri);
    });
    return entries;
}

}  // namespace pressgraph
