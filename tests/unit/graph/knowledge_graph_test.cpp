#include "pressgraph/graph/knowledge_graph.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "pressgraph/util/errors.hpp"

using namespace pressgraph;

namespace {
constexpr const char* kBase = "https://w3id.org/pressgraph/id/";

std::string iri(const std::string& local) { return kBase + local; }

using EdgeRow = std::tuple<std::string, std::string, std::string, std::string>;

std::vector<std::string> node_iris(const KnowledgeGraph& g) {
    std::vector<std::string> out;
    for (NodeId n : g.nodes_in_order()) out.push_back(g.node(n).iri);
    return out;
}

std::vector<EdgeRow> edge_rows(const KnowledgeGraph& g) {
    std::vector<EdgeRow> out;
    for (EdgeId e : g.edges_in_order()) {
        const auto& p = g.edge(e);
        out.emplace_back(g.node(g.source(e)).iri, p.predicate, g.node(g.target(e)).iri,
                         p.provenance ? p.provenance->sentence_text.str() : std::string());
    }
    return out;
}

EdgeProperties edge(const std::string& predicate, const std::string& evidence = "", std::uint32_t at = 0) {
    EdgeProperties p;
    p.predicate = predicate;
    if (!evidence.empty()) p.provenance = Provenance{iri("document/d1"), Span{at, at + 10}, evidence, "test"};
    return p;
}

// The same facts, added in the order given by `order` (a permutation of 0..4).
KnowledgeGraph build(const std::vector<int>& order) {
    KnowledgeGraph g;
    auto person = [&](const char* slug, const char* label) { return g.upsert_node(iri(slug), "pgo:Person", label); };
    for (int step : order) {
        switch (step) {
            case 0: g.add_edge(person("person/ion-popescu", "Ion Popescu"), person("person/maria-ivanova", "Maria Ivanova"),
                               edge("pgo:metWith", "They met in May.", 40)); break;
            case 1: g.add_edge(person("person/ion-popescu", "Ion Popescu"), person("person/maria-ivanova", "Maria Ivanova"),
                               edge("pgo:metWith", "Another meeting.", 10)); break;
            case 2: g.add_edge(person("person/maria-ivanova", "Maria Ivanova"),
                               g.upsert_node(iri("document/d1"), "pgo:Document", "d1"), edge("pgo:mentionedIn")); break;
            case 3: g.add_edge(person("person/anna-rusu", "Anna Rusu"),
                               g.upsert_node(iri("country/moldova"), "pgo:Country", "Moldova"), edge("pgo:holdsPosition")); break;
            case 4: g.add_edge(person("person/ion-popescu", "Ion Popescu"),
                               g.upsert_node(iri("document/d1"), "pgo:Document", "d1"), edge("pgo:mentionedIn")); break;
        }
    }
    return g;
}
}  // namespace

TEST_CASE("upsert_node creates a node once per IRI and keeps its first type and label", "[graph][knowledge_graph]") {
    KnowledgeGraph g;
    const NodeId a = g.upsert_node(iri("person/ion-popescu"), "pgo:Person", "Ion Popescu");
    const NodeId b = g.upsert_node(iri("person/ion-popescu"), "pgo:Agent", "Popescu");
    CHECK(a == b);
    CHECK(g.node_count() == 1);
    CHECK(g.node(a).type == "pgo:Person");
    CHECK(g.node(a).label == "Ion Popescu");
    const NodeId c = g.upsert_node(iri("country/moldova"), "pgo:Country", "Moldova");
    CHECK(c != a);
    CHECK(g.node_count() == 2);
}

TEST_CASE("find looks nodes up by IRI", "[graph][knowledge_graph]") {
    KnowledgeGraph g;
    const NodeId a = g.upsert_node(iri("person/ion-popescu"), "pgo:Person", "Ion Popescu");
    CHECK(g.find(iri("person/ion-popescu")) == a);
    CHECK_FALSE(g.find(iri("person/maria-ivanova")));
    CHECK_FALSE(g.find(""));
}

TEST_CASE("add_edge connects existing nodes and refuses unknown ones", "[graph][knowledge_graph]") {
    KnowledgeGraph g;
    const NodeId a = g.upsert_node(iri("person/a"), "pgo:Person", "A");
    const NodeId b = g.upsert_node(iri("person/b"), "pgo:Person", "B");
    const EdgeId e = g.add_edge(a, b, edge("pgo:metWith", "A met B."));
    CHECK(g.edge_count() == 1);
    CHECK(g.source(e) == a);
    CHECK(g.target(e) == b);
    CHECK(g.edge(e).predicate == "pgo:metWith");
    REQUIRE(g.edge(e).provenance);
    CHECK(g.edge(e).provenance->sentence_text == "A met B.");
    CHECK_THROWS_AS(g.add_edge(a, 7, edge("pgo:metWith")), InvariantError);
}

TEST_CASE("nodes_in_order sorts by IRI whatever the insertion order", "[graph][knowledge_graph]") {
    const KnowledgeGraph g = build({3, 2, 1, 0, 4});
    const auto iris = node_iris(g);
    CHECK(std::is_sorted(iris.begin(), iris.end()));
    CHECK(iris == std::vector<std::string>{iri("country/moldova"), iri("document/d1"), iri("person/anna-rusu"),
                                           iri("person/ion-popescu"), iri("person/maria-ivanova")});
}

TEST_CASE("edges_in_order is the same for every insertion order", "[graph][knowledge_graph]") {
    std::vector<int> order{0, 1, 2, 3, 4};
    const auto expected = edge_rows(build(order));
    // Sorted by source IRI, predicate, target IRI, then provenance (document, span, ...).
    CHECK(expected == std::vector<EdgeRow>{
                          {iri("person/anna-rusu"), "pgo:holdsPosition", iri("country/moldova"), ""},
                          {iri("person/ion-popescu"), "pgo:mentionedIn", iri("document/d1"), ""},
                          {iri("person/ion-popescu"), "pgo:metWith", iri("person/maria-ivanova"), "Another meeting."},
                          {iri("person/ion-popescu"), "pgo:metWith", iri("person/maria-ivanova"), "They met in May."},
                          {iri("person/maria-ivanova"), "pgo:mentionedIn", iri("document/d1"), ""},
                      });
    int permutations = 0;
    while (std::next_permutation(order.begin(), order.end())) {
        ++permutations;
        const KnowledgeGraph g = build(order);
        INFO("permutation " << permutations);
        CHECK(edge_rows(g) == expected);
        CHECK(node_iris(g) == node_iris(build({0, 1, 2, 3, 4})));
    }
    CHECK(permutations == 119);
}

TEST_CASE("moving a graph hands over its storage instead of copying every node and edge", "[graph]") {
    KnowledgeGraph g;
    const NodeId a = g.upsert_node(iri("person/a"), "pgo:Person", "A");
    const NodeId b = g.upsert_node(iri("person/b"), "pgo:Person", "B");
    g.add_edge(a, b, edge("pgo:metWith", "A met B.", 0));
    const GraphStorage* storage = &g.storage();

    KnowledgeGraph moved(std::move(g));
    CHECK(&moved.storage() == storage);  // the same nodes and edges, not a copy of them
    CHECK(node_iris(moved) == std::vector<std::string>{iri("person/a"), iri("person/b")});
    CHECK(moved.find(iri("person/b")) == b);

    KnowledgeGraph assigned;
    assigned = std::move(moved);
    CHECK(&assigned.storage() == storage);
    CHECK(assigned.edge_count() == 1);

    // A copy is a graph of its own: changing it leaves the original as it was.
    KnowledgeGraph copy(assigned);
    CHECK(&copy.storage() != storage);
    copy.upsert_node(iri("person/c"), "pgo:Person", "C");
    CHECK(copy.node_count() == 3);
    CHECK(assigned.node_count() == 2);
    CHECK(edge_rows(copy) == edge_rows(assigned));
}
