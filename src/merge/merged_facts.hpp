#pragma once
// Reading facts back from the merged graph: the passes that run after the merge
// (agreement_lifecycle.cpp, office_conflicts.cpp) see qualifiers, attributes and the
// document a fact came from only through the graph.
#include <optional>
#include <string_view>
#include <vector>

#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/util/date_value.hpp"

namespace pressgraph::merged {

/// The value of the first attribute or qualifier with this predicate, or null.
inline const LiteralValue* find(const std::vector<Attribute>& attributes, std::string_view predicate) {
    for (const Attribute& a : attributes)
        if (a.predicate == predicate) return &a.value;
    return nullptr;
}

/// True when the attribute is present and its boolean lexical form is true.
inline bool is_true(const std::vector<Attribute>& attributes, std::string_view predicate) {
    const LiteralValue* v = find(attributes, predicate);
    return v && (v->lexical == "true" || v->lexical == "1");
}

/// The pgo:published literal of the document an edge was read from, if it states one.
inline std::optional<LiteralValue> publication_of(const KnowledgeGraph& graph, const EdgeProperties& edge) {
    if (!edge.provenance) return std::nullopt;
    const auto document = graph.find(edge.provenance->document_iri.view());
    if (!document) return std::nullopt;
    if (const LiteralValue* published = find(graph.node(*document).attributes, "pgo:published")) return *published;
    return std::nullopt;
}

/// Chronological order of ISO date literals of mixed precision ("2024" < "2024-06" <
/// "2024-06-01"); a literal that does not parse sorts after every date, then by text.
inline bool earlier(const LiteralValue& a, const LiteralValue& b) {
    const auto da = DateValue::parse_iso(a.lexical);
    const auto db = DateValue::parse_iso(b.lexical);
    if (da && db) return *da < *db || (*da == *db && a < b);
    if (da || db) return da.has_value();
    return a < b;
}

}  // namespace pressgraph::merged
