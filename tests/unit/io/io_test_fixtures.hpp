#pragma once
// Shared fixtures of the io tests: the fixture ontology and a small hand-built graph.
#include <string>

#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/io/ontology.hpp"

namespace pressgraph::test {

inline std::string fixture_ontology_path() { return std::string(PRESSGRAPH_SOURCE_DIR) + "/tests/unit/io/fixture_ontology.ttl"; }

inline const Ontology& fixture_ontology() {
    static const Ontology ontology = Ontology::load(fixture_ontology_path());
    return ontology;
}

inline constexpr const char* kDocIri = "https://w3id.org/pressgraph/id/document/0001";
inline constexpr const char* kMerkelIri = "https://w3id.org/pressgraph/id/person/angela-merkel";
inline constexpr const char* kMacronIri = "https://w3id.org/pressgraph/id/person/emmanuel-macron";

/// Two people who met (with provenance and a date qualifier) and a document.
inline KnowledgeGraph small_graph(std::string evidence = "Merkel met Macron in Paris.") {
    KnowledgeGraph graph;
    const NodeId merkel = graph.upsert_node(kMerkelIri, "pgo:Person", "Angela Merkel");
    graph.node(merkel).aliases = {"Chancellor Merkel", "Merkel"};
    const NodeId macron = graph.upsert_node(kMacronIri, "pgo:Person", "Emmanuel Macron");
    const NodeId doc = graph.upsert_node(kDocIri, "pgo:Document", "Joint statement");
    graph.node(doc).attributes = {{"pgo:published", {"2024-06-24", "date"}}};

    EdgeProperties met;
    met.predicate = "pgo:metWith";
    met.qualifiers = {{"pgo:date", {"2024-06", "gYearMonth"}}};
    met.provenance = Provenance{kDocIri, Span{10, 37}, std::move(evidence), "meeting_pattern"};
    met.weight = 0.1 + 0.2;
    graph.add_edge(merkel, macron, met);

    EdgeProperties mentioned;
    mentioned.predicate = "pgo:mentionedIn";
    graph.add_edge(merkel, doc, mentioned);
    return graph;
}

}  // namespace pressgraph::test
