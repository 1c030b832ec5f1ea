// GEXF 1.3: well-formed, one element per node and edge, spells from the dates of events,
// qualifiers and documents, deterministic bytes, and the ontology check of the other writers.
#include "pressgraph/io/gexf_writer.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "io_test_fixtures.hpp"
#include "pressgraph/util/errors.hpp"

using namespace pressgraph;

namespace {

struct Parsed {
    pugi::xml_document doc;
    pugi::xml_node graph;
    std::map<std::string, pugi::xml_node> node_by_iri;
};

void parse(Parsed& parsed, const std::string& text) {
    const pugi::xml_parse_result result = parsed.doc.load_string(text.c_str());
    INFO(result.description());
    REQUIRE(result);
    const pugi::xml_node gexf = parsed.doc.child("gexf");
    REQUIRE(gexf);
    CHECK(std::string(gexf.attribute("xmlns").value()) == "http://gexf.net/1.3");
    CHECK(std::string(gexf.attribute("version").value()) == "1.3");
    parsed.graph = gexf.child("graph");
    REQUIRE(parsed.graph);
    for (pugi::xml_node node : parsed.graph.child("nodes").children("node")) {
        for (pugi::xml_node value : node.child("attvalues").children("attvalue")) {
            if (std::string(value.attribute("for").value()) == "iri") parsed.node_by_iri[value.attribute("value").value()] = node;
        }
    }
}

std::vector<std::pair<std::string, std::string>> spells(pugi::xml_node element) {
    std::vector<std::pair<std::string, std::string>> out;
    for (pugi::xml_node spell : element.child("spells").children("spell")) {
        out.emplace_back(spell.attribute("start").value(), spell.attribute("end").value());
    }
    return out;
}

const Ontology& project_ontology() {
    static const Ontology ontology = Ontology::load(std::string(PRESSGRAPH_SOURCE_DIR) + "/ontology/pressgraph.ttl");
    return ontology;
}

constexpr const char* kSummitIri = "https://w3id.org/pressgraph/id/event/summit";
constexpr const char* kTalksIri = "https://w3id.org/pressgraph/id/event/talks";

// The fixture graph plus two events: a summit over two days and talks known to the month.
KnowledgeGraph dated_graph() {
    KnowledgeGraph graph = test::small_graph();
    const NodeId summit = graph.upsert_node(kSummitIri, "pgo:Meeting", "Summit in Brussels");
    graph.node(summit).attributes = {{"pgo:endDate", {"2024-02-02", "date"}}, {"pgo:startDate", {"2024-02-01", "date"}}};
    const NodeId talks = graph.upsert_node(kTalksIri, "pgo:Meeting", "Talks <\"&\x01>");
    graph.node(talks).attributes = {{"pgo:startDate", {"2024-02", "gYearMonth"}}};
    EdgeProperties participant;
    participant.predicate = "pgo:participant";
    participant.provenance = Provenance{test::kDocIri, Span{0, 9}, "Summit.", "event_pattern"};
    graph.add_edge(summit, *graph.find(test::kMerkelIri), participant);
    EdgeProperties year;
    year.predicate = "pgo:participant";
    year.qualifiers = {{"pgo:date", {"2023", "gYear"}}};
    graph.add_edge(talks, *graph.find(test::kMacronIri), year);
    return graph;
}

}  // namespace

TEST_CASE("GEXF is a dynamic directed graph with one element per node and edge", "[io][gexf]") {
    const KnowledgeGraph graph = dated_graph();
    Parsed parsed;
    parse(parsed, serialize_gexf(graph, project_ontology()));
    CHECK(std::string(parsed.graph.attribute("mode").value()) == "dynamic");
    CHECK(std::string(parsed.graph.attribute("defaultedgetype").value()) == "directed");
    CHECK(std::string(parsed.graph.attribute("timeformat").value()) == "date");

    const pugi::xml_node attributes = parsed.graph.child("attributes");
    CHECK(std::string(attributes.attribute("class").value()) == "node");
    std::vector<std::string> titles;
    for (pugi::xml_node a : attributes.children("attribute")) titles.emplace_back(a.attribute("title").value());
    CHECK(titles == std::vector<std::string>{"type", "iri"});

    const auto nodes = parsed.graph.child("nodes").children("node");
    const auto edges = parsed.graph.child("edges").children("edge");
    CHECK(static_cast<std::size_t>(std::distance(nodes.begin(), nodes.end())) == graph.node_count());
    CHECK(static_cast<std::size_t>(std::distance(edges.begin(), edges.end())) == graph.edge_count());
    CHECK(parsed.node_by_iri.size() == graph.node_count());

    std::set<std::string> node_ids;
    for (pugi::xml_node node : nodes) CHECK(node_ids.insert(node.attribute("id").value()).second);
    std::set<std::string> edge_labels;
    for (pugi::xml_node edge : edges) {
        CHECK(node_ids.contains(edge.attribute("source").value()));
        CHECK(node_ids.contains(edge.attribute("target").value()));
        edge_labels.insert(edge.attribute("label").value());
    }
    CHECK(edge_labels == std::set<std::string>{"mentionedIn", "metWith", "participant"});

    const pugi::xml_node merkel = parsed.node_by_iri.at(test::kMerkelIri);
    CHECK(std::string(merkel.attribute("id").value()) == "n3");  // IRI order: document, 2 events, then persons
    CHECK(std::string(merkel.attribute("label").value()) == "Angela Merkel");
    CHECK(std::string(merkel.child("attvalues").first_child().attribute("value").value()) == "Person");
    // Control characters are dropped; markup is escaped and reads back.
    CHECK(std::string(parsed.node_by_iri.at(kTalksIri).attribute("label").value()) == "Talks <\"&>");
}

TEST_CASE("GEXF spells come from event, document and fact dates", "[io][gexf]") {
    Parsed parsed;
    parse(parsed, serialize_gexf(dated_graph(), project_ontology()));
    using Spells = std::vector<std::pair<std::string, std::string>>;
    CHECK(spells(parsed.node_by_iri.at(kSummitIri)) == Spells{{"2024-02-01", "2024-02-02"}});
    CHECK(spells(parsed.node_by_iri.at(kTalksIri)) == Spells{{"2024-02-01", "2024-02-29"}});  // a leap year
    CHECK(spells(parsed.node_by_iri.at(test::kDocIri)) == Spells{{"2024-06-24", "2024-06-24"}});
    CHECK(spells(parsed.node_by_iri.at(test::kMerkelIri)).empty());
    CHECK_FALSE(parsed.node_by_iri.at(test::kMerkelIri).child("spells"));

    std::map<std::string, Spells> by_edge;  // "label source" -> spells
    for (pugi::xml_node edge : parsed.graph.child("edges").children("edge")) {
        by_edge[std::string(edge.attribute("label").value()) + " " + edge.attribute("source").value()] = spells(edge);
    }
    const std::string merkel = parsed.node_by_iri.at(test::kMerkelIri).attribute("id").value();
    const std::string summit = parsed.node_by_iri.at(kSummitIri).attribute("id").value();
    const std::string talks = parsed.node_by_iri.at(kTalksIri).attribute("id").value();
    CHECK(by_edge.at("metWith " + merkel) == Spells{{"2024-06-01", "2024-06-30"}});       // its pgo:date
    CHECK(by_edge.at("participant " + summit) == Spells{{"2024-06-24", "2024-06-24"}});  // its document
    CHECK(by_edge.at("participant " + talks) == Spells{{"2023-01-01", "2023-12-31"}});
    CHECK(by_edge.at("mentionedIn " + merkel).empty());  // no date, no provenance
}

TEST_CASE("GEXF bytes are deterministic and weights keep their precision", "[io][gexf]") {
    const std::string first = serialize_gexf(dated_graph(), project_ontology());
    CHECK(serialize_gexf(dated_graph(), project_ontology()) == first);
    CHECK_THAT(first, Catch::Contains("weight=\"0.30000000000000004\""));
}

TEST_CASE("GEXF refuses terms the ontology does not define", "[io][gexf]") {
    KnowledgeGraph graph = test::small_graph();
    graph.upsert_node("https://w3id.org/pressgraph/id/x/1", "pgo:Spaceship", "Enterprise");
    CHECK_THROWS_AS(serialize_gexf(graph, test::fixture_ontology()), ExportError);

    KnowledgeGraph bad_predicate = test::small_graph();
    EdgeProperties edge;
    edge.predicate = "pgo:orbits";
    bad_predicate.add_edge(0, 1, edge);
    CHECK_THROWS_WITH(serialize_gexf(bad_predicate, test::fixture_ontology()), Catch::Contains("pgo:orbits"));
}
