#pragma once
// When the facts of the graph hold, as closed intervals of days, shared by the exporters
// that carry time: GEXF (<spells> for Gephi's timeline) and GraphML (start/end columns).
// An event spans pgo:startDate..pgo:endDate, a document its pgo:published day, an edge its
// pgo:date qualifiers or else the publication date of the document it was read from.
// Month and year precision dates cover their whole month or year.
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/io/ontology.hpp"

namespace pressgraph {

/// A closed interval of days, "YYYY-MM-DD" at both ends (such dates compare as text).
struct Spell {
    std::string start;
    std::string end;
    friend bool operator==(const Spell&, const Spell&) = default;
    friend auto operator<=>(const Spell&, const Spell&) = default;
};

/// The days a date literal covers: "2024-06-24" that day, "2024-06" all of June, "2024"
/// the whole year. A time or time zone after the day is ignored; anything else gives nullopt.
[[nodiscard]] std::optional<Spell> days_of(std::string_view lexical);

/// Sorted, with overlapping intervals joined.
[[nodiscard]] std::vector<Spell> merged(std::vector<Spell> spells);

/// The spells of nodes and edges of one graph. Resolves the dating predicates through the
/// ontology (they need not be defined in it: a graph without events has none).
class SpellFinder {
public:
    explicit SpellFinder(const Ontology& ontology);

    /// An event's start..end and a document's publication day; empty for other nodes.
    [[nodiscard]] std::vector<Spell> of_node(const NodeProperties& node) const;
    /// The edge's pgo:date qualifiers, else the publication day of its source document.
    [[nodiscard]] std::vector<Spell> of_edge(const KnowledgeGraph& graph, const EdgeProperties& edge) const;

    /// The smallest interval holding all of `spells` (nullopt for none): one start/end pair.
    [[nodiscard]] static std::optional<Spell> hull(const std::vector<Spell>& spells);

private:
    const std::string& iri(const std::string& curie) const;

    std::string start_date_;
    std::string end_date_;
    std::string published_;
    std::string date_;
    const Ontology& ontology_;
    mutable std::unordered_map<std::string, std::string> iris_;  ///< predicate CURIE -> IRI
    /// A document node's publication days, as of_edge gives them to the edges read from it.
    mutable std::unordered_map<NodeId, std::vector<Spell>> document_days_;
};

}  // namespace pressgraph
