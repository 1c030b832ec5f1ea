#pragma once
// A small hand-built graph for the query tests:
//
//   Sergey Lavrov --metWith(2023-01-05)--> Vladimir Putin --memberOf--> Union State <--memberOf-- Maxim Ryzhenkov
//   meeting-1 (2024-03-01, Paris): participants Sergey Lavrov, Sergey Aleinik
//   meeting-2 (2024-06-10, Minsk): participants Sergey Aleinik, Maxim Ryzhenkov
//   Erin Lonely: mentioned in the document only.
// Every entity is pgo:mentionedIn the one document (published 2024-06-12), which must not
// join them. memberOf edges carry no date: they take the document's.
#include <cstdint>
#include <string>

#include "pressgraph/graph/knowledge_graph.hpp"

namespace pressgraph::test {

inline std::string fixture_iri(const std::string& local) { return "https://w3id.org/pressgraph/id/" + local; }

struct QueryFixture {
    KnowledgeGraph graph;
    NodeId lavrov{}, aleinik{}, ryzhenkov{}, putin{}, erin{}, union_state{}, meeting1{}, meeting2{}, paris{}, minsk{}, doc{};

    QueryFixture() {
        doc = graph.upsert_node(fixture_iri("document/d1"), "pgo:Document", "Press release");
        graph.node(doc).attributes.push_back({"pgo:published", {"2024-06-12", "date"}});
        lavrov = person("sergey-lavrov", "Sergey Lavrov");
        graph.node(lavrov).aliases = {"Lavrov"};
        aleinik = person("sergey-aleinik", "Sergey Aleinik");
        ryzhenkov = person("maxim-ryzhenkov", "Maxim Ryzhenkov");
        putin = person("vladimir-putin", "Vladimir Putin");
        erin = person("erin-lonely", "Erin Lonely");
        union_state = graph.upsert_node(fixture_iri("organization/union-state"), "pgo:Organization", "Union State");
        paris = graph.upsert_node(fixture_iri("place/paris"), "pgo:Place", "Paris");
        minsk = graph.upsert_node(fixture_iri("place/minsk"), "pgo:Place", "Minsk");
        meeting1 = event("meeting-1", "2024-03-01", paris);
        meeting2 = event("meeting-2", "2024-06-10", minsk);
        fact(meeting1, "pgo:participant", lavrov, "Lavrov met Aleinik in Paris.");
        fact(meeting1, "pgo:participant", aleinik, "Lavrov met Aleinik in Paris.");
        fact(meeting2, "pgo:participant", aleinik, "Aleinik and Ryzhenkov met in Minsk.");
        fact(meeting2, "pgo:participant", ryzhenkov, "Aleinik and Ryzhenkov met in Minsk.");
        EdgeProperties met = edge("pgo:metWith", "Lavrov met Putin.");
        met.qualifiers.push_back({"pgo:date", {"2023-01-05", "date"}});
        graph.add_edge(lavrov, putin, met);
        fact(putin, "pgo:memberOf", union_state, "Putin is in the Union State.");
        fact(ryzhenkov, "pgo:memberOf", union_state, "Ryzhenkov is in the Union State.");
        for (NodeId n = 0; n < graph.node_count(); ++n)
            if (n != doc) graph.add_edge(n, doc, edge("pgo:mentionedIn", "mention"));
    }

private:
    NodeId person(const std::string& slug, const std::string& label) {
        return graph.upsert_node(fixture_iri("person/" + slug), "pgo:Person", label);
    }
    NodeId event(const std::string& slug, const std::string& date, NodeId place) {
        const NodeId n = graph.upsert_node(fixture_iri("event/" + slug), "pgo:Meeting", slug);
        graph.node(n).attributes.push_back({"pgo:startDate", {date, "date"}});
        fact(n, "pgo:place", place, "held at");
        return n;
    }
    EdgeProperties edge(const std::string& predicate, const std::string& sentence) {
        EdgeProperties e;
        e.predicate = predicate;
        e.provenance = Provenance{graph.node(doc).iri, Span{0, static_cast<std::uint32_t>(sentence.size())}, sentence, "test"};
        return e;
    }
    void fact(NodeId s, const std::string& predicate, NodeId o, const std::string& sentence) {
        graph.add_edge(s, o, edge(predicate, sentence));
    }
};

}  // namespace pressgraph::test
