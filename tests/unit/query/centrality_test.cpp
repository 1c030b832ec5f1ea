#include "pressgraph/query/centrality.hpp"

#include <catch2/catch.hpp>

#include "query_graph_fixture.hpp"

using namespace pressgraph;

TEST_CASE("degree counts distinct neighbours in the view", "[query][centrality]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    RankOptions options;
    options.type = "Person";
    options.top = 0;
    const auto ranked = rank_nodes(view, options);
    REQUIRE(ranked.size() == 5);
    // Four persons have two neighbours each; ties go by label.
    CHECK(ranked[0].node == f.ryzhenkov);
    CHECK(ranked[0].score == 2.0);
    CHECK(ranked[2].node == f.lavrov);
    CHECK(ranked[3].score == 2.0);
    CHECK(ranked.back().node == f.erin);
    CHECK(ranked.back().score == 0.0);
}

TEST_CASE("betweenness: nodes on the only routes score highest", "[query][centrality]") {
    test::QueryFixture f;
    const QueryView view(f.graph);
    RankOptions options;
    options.measure = CentralityMeasure::Betweenness;
    options.top = 1;
    options.type = "pgo:Person";
    const auto ranked = rank_nodes(view, options);
    REQUIRE(ranked.size() == 1);
    CHECK(ranked[0].score > 0.0);
    CHECK((ranked[0].node == f.lavrov || ranked[0].node == f.aleinik || ranked[0].node == f.ryzhenkov ||
           ranked[0].node == f.putin));
}

TEST_CASE("pagerank gives every node of the view a positive score", "[query][centrality]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    RankOptions options;
    options.measure = CentralityMeasure::PageRank;
    options.top = 0;
    const auto ranked = rank_nodes(view, options);
    CHECK(ranked.size() == view.included_node_count());
    for (const auto& r : ranked) CHECK(r.score > 0.0);
    CHECK(has_type(f.graph.node(f.lavrov), "Person"));
    CHECK_FALSE(has_type(f.graph.node(f.lavrov), "Place"));
}
