#include "pressgraph/io/graphml_writer.hpp"

#include <catch2/catch.hpp>
#include <limits>
#include <map>
#include <pugixml.hpp>
#include <set>

#include "io_test_fixtures.hpp"
#include "pressgraph/util/errors.hpp"

using namespace pressgraph;

namespace {

struct Parsed {
    pugi::xml_document doc;
    pugi::xml_node graphml;
    std::map<std::string, std::string> key_by_name;  ///< "node:label" -> "d0"
};

void parse(Parsed& parsed, const std::string& text) {
    const pugi::xml_parse_result result = parsed.doc.load_string(text.c_str());
    REQUIRE(result);
    parsed.graphml = parsed.doc.child("graphml");
    REQUIRE(parsed.graphml);
    for (pugi::xml_node key : parsed.graphml.children("key")) {
        parsed.key_by_name[std::string(key.attribute("for").value()) + ":" + key.attribute("attr.name").value()] =
            key.attribute("id").value();
    }
}

std::string data(pugi::xml_node element, const std::string& key) {
    for (pugi::xml_node d : element.children("data")) {
        if (key == d.attribute("key").value()) return d.text().get();
    }
    return {};
}

}  // namespace

TEST_CASE("GraphML keys are declared per domain with types and unique ids", "[io][graphml]") {
    Parsed parsed;
    parse(parsed, serialize_graphml(test::small_graph(), test::fixture_ontology()));
    CHECK(std::string(parsed.graphml.attribute("xmlns").value()) == "http://graphml.graphdrawing.org/xmlns");
    std::set<std::string> ids;
    std::vector<std::string> names;
    for (pugi::xml_node key : parsed.graphml.children("key")) {
        CHECK(ids.insert(key.attribute("id").value()).second);
        const std::string domain = key.attribute("for").value();
        CHECK((domain == "node" || domain == "edge"));
        CHECK(std::string(key.attribute("attr.type").value()) != "");
        names.push_back(domain + ":" + key.attribute("attr.name").value());
    }
    CHECK(names == std::vector<std::string>{"node:label", "node:type", "node:iri", "node:aliases", "node:start",
                                            "node:end", "node:published", "edge:label", "edge:weight", "edge:evidence",
                                            "edge:document", "edge:rule", "edge:start", "edge:end", "edge:date"});
    for (pugi::xml_node key : parsed.graphml.children("key")) {
        const std::string name = key.attribute("attr.name").value();
        CHECK(std::string(key.attribute("attr.type").value()) == (name == "weight" ? "double" : "string"));
    }
    const pugi::xml_node graph = parsed.graphml.child("graph");
    CHECK(std::string(graph.attribute("edgedefault").value()) == "directed");
    CHECK_FALSE(graph.child("data"));
}

TEST_CASE("GraphML nodes and edges carry labels, types, IRIs and evidence", "[io][graphml]") {
    Parsed parsed;
    parse(parsed, serialize_graphml(test::small_graph(), test::fixture_ontology()));
    const pugi::xml_node graph = parsed.graphml.child("graph");
    std::map<std::string, pugi::xml_node> node_by_iri;
    std::set<std::string> ids;
    for (pugi::xml_node node : graph.children("node")) {
        CHECK(ids.insert(node.attribute("id").value()).second);
        node_by_iri[data(node, parsed.key_by_name["node:iri"])] = node;
    }
    REQUIRE(node_by_iri.size() == 3);
    const pugi::xml_node merkel = node_by_iri[test::kMerkelIri];
    CHECK(data(merkel, parsed.key_by_name["node:label"]) == "Angela Merkel");
    CHECK(data(merkel, parsed.key_by_name["node:type"]) == "Person");
    CHECK(data(merkel, parsed.key_by_name["node:aliases"]) == "Chancellor Merkel|Merkel");
    CHECK(data(node_by_iri[test::kDocIri], parsed.key_by_name["node:published"]) == "2024-06-24");
    CHECK(data(node_by_iri[test::kMacronIri], parsed.key_by_name["node:aliases"]).empty());  // omitted
    CHECK(data(node_by_iri[test::kDocIri], parsed.key_by_name["node:start"]) == "2024-06-24");
    CHECK(data(node_by_iri[test::kDocIri], parsed.key_by_name["node:end"]) == "2024-06-24");
    CHECK(data(merkel, parsed.key_by_name["node:start"]).empty());  // a person has no dates of its own

    int edges = 0;
    for (pugi::xml_node edge : graph.children("edge")) {
        ++edges;
        CHECK(ids.insert(edge.attribute("id").value()).second);
        CHECK(std::string(edge.attribute("source").value()) == merkel.attribute("id").value());
        if (data(edge, parsed.key_by_name["edge:label"]) == "metWith") {
            CHECK(data(edge, parsed.key_by_name["edge:weight"]) == "0.30000000000000004");
            CHECK(data(edge, parsed.key_by_name["edge:evidence"]) == "Merkel met Macron in Paris.");
            CHECK(data(edge, parsed.key_by_name["edge:document"]) == test::kDocIri);
            CHECK(data(edge, parsed.key_by_name["edge:rule"]) == "meeting_pattern");
            CHECK(data(edge, parsed.key_by_name["edge:date"]) == "2024-06");
            CHECK(data(edge, parsed.key_by_name["edge:start"]) == "2024-06-01");  // the whole month
            CHECK(data(edge, parsed.key_by_name["edge:end"]) == "2024-06-30");
        } else {
            CHECK(data(edge, parsed.key_by_name["edge:label"]) == "mentionedIn");
            CHECK(data(edge, parsed.key_by_name["edge:weight"]) == "1");
            CHECK(data(edge, parsed.key_by_name["edge:start"]).empty());  // no date, no provenance
        }
    }
    CHECK(edges == 2);
}

TEST_CASE("GraphML drops characters XML cannot hold and keeps parallel edges", "[io][graphml]") {
    KnowledgeGraph graph = test::small_graph("bell\x07 and \x01 gone, tab\tkept, <&> \xFF");
    graph.node(0).label = "Angela\x0B Merkel\xEF\xBF\xBF";
    EdgeProperties again;
    again.predicate = "pgo:metWith";
    graph.add_edge(0, 1, again);
    const std::string text = serialize_graphml(graph, test::fixture_ontology());
    CHECK(text.find('\x07') == std::string::npos);
    CHECK(text.find('\x01') == std::string::npos);
    CHECK(text.find('\x0B') == std::string::npos);
    CHECK(text.find("&#") == std::string::npos);  // no character references to illegal characters

    Parsed parsed;
    parse(parsed, text);
    const pugi::xml_node g = parsed.graphml.child("graph");
    int met = 0;
    std::string evidence;
    for (pugi::xml_node edge : g.children("edge")) {
        if (data(edge, parsed.key_by_name["edge:label"]) == "metWith") {
            ++met;
            if (evidence.empty()) evidence = data(edge, parsed.key_by_name["edge:evidence"]);
        }
    }
    CHECK(met == 2);
    CHECK(evidence == "bell and  gone, tab\tkept, <&> \xEF\xBF\xBD");
    std::string label;
    for (pugi::xml_node node : g.children("node")) {
        if (data(node, parsed.key_by_name["node:iri"]) == test::kMerkelIri) label = data(node, parsed.key_by_name["node:label"]);
    }
    CHECK(label == "Angela Merkel");
}

TEST_CASE("GraphML output is deterministic", "[io][graphml]") {
    CHECK(serialize_graphml(test::small_graph(), test::fixture_ontology()) ==
          serialize_graphml(test::small_graph(), test::fixture_ontology()));
}

TEST_CASE("GraphML refuses classes and predicates the ontology does not define", "[io][graphml]") {
    KnowledgeGraph graph = test::small_graph();
    SECTION("node type") {
        graph.upsert_node("https://w3id.org/pressgraph/id/x", "pgo:Spaceship", "USS Enterprise");
        CHECK_THROWS_AS(serialize_graphml(graph, test::fixture_ontology()), ExportError);
        CHECK_THROWS_WITH(serialize_graphml(graph, test::fixture_ontology()), Catch::Contains("pgo:Spaceship"));
    }
    SECTION("edge predicate") {
        EdgeProperties edge;
        edge.predicate = "pgo:teleportedTo";
        graph.add_edge(0, 1, edge);
        CHECK_THROWS_WITH(serialize_graphml(graph, test::fixture_ontology()), Catch::Contains("pgo:teleportedTo"));
    }
    SECTION("non-finite weight") {
        EdgeProperties edge;
        edge.predicate = "pgo:metWith";
        edge.weight = std::numeric_limits<double>::quiet_NaN();
        graph.add_edge(0, 1, edge);
        CHECK_THROWS_AS(serialize_graphml(graph, test::fixture_ontology()), ExportError);
    }
}

TEST_CASE("GraphML attribute keys with clashing local names stay apart", "[io][graphml]") {
    KnowledgeGraph graph;
    const NodeId n = graph.upsert_node(test::kMerkelIri, "pgo:Person", "Angela Merkel");
    graph.node(n).attributes = {{"foaf:name", {"Angie", "string"}}, {"schema:name", {"A. Merkel", "string"}},
                                {"dcterms:type", {"person", "string"}}, {"schema:color", {"red", "string"}}};
    Parsed parsed;
    parse(parsed, serialize_graphml(graph, test::fixture_ontology()));
    CHECK(parsed.key_by_name.contains("node:foaf_name"));
    CHECK(parsed.key_by_name.contains("node:schema_name"));
    CHECK(parsed.key_by_name.contains("node:dcterms_type"));
    CHECK(parsed.key_by_name.contains("node:schema_color"));  // "color" would become Gephi's node colour
    CHECK(data(parsed.graphml.child("graph").child("node"), parsed.key_by_name["node:type"]) == "Person");
}

TEST_CASE("GraphML start/end: an event's dates and a fact dated by its document", "[io][graphml]") {
    static const Ontology ontology = Ontology::load(std::string(PRESSGRAPH_SOURCE_DIR) + "/ontology/pressgraph.ttl");
    KnowledgeGraph graph = test::small_graph();
    const std::string summit_iri = "https://w3id.org/pressgraph/id/event/summit";
    const NodeId summit = graph.upsert_node(summit_iri, "pgo:Meeting", "Summit in Brussels");
    graph.node(summit).attributes = {{"pgo:startDate", {"2024-02-01", "date"}}, {"pgo:endDate", {"2024-02-02", "date"}}};
    EdgeProperties participant;
    participant.predicate = "pgo:participant";
    participant.provenance = Provenance{test::kDocIri, Span{0, 7}, "Summit.", "event_pattern"};
    graph.add_edge(summit, *graph.find(test::kMerkelIri), participant);

    Parsed parsed;
    parse(parsed, serialize_graphml(graph, ontology));
    const pugi::xml_node g = parsed.graphml.child("graph");
    pugi::xml_node event;
    for (pugi::xml_node node : g.children("node"))
        if (data(node, parsed.key_by_name["node:iri"]) == summit_iri) event = node;
    REQUIRE(event);
    CHECK(data(event, parsed.key_by_name["node:start"]) == "2024-02-01");
    CHECK(data(event, parsed.key_by_name["node:end"]) == "2024-02-02");
    int participations = 0;
    for (pugi::xml_node edge : g.children("edge")) {
        if (data(edge, parsed.key_by_name["edge:label"]) != "participant") continue;
        ++participations;
        CHECK(std::string(edge.attribute("source").value()) == event.attribute("id").value());
        CHECK(data(edge, parsed.key_by_name["edge:start"]) == "2024-06-24");  // its document's day
        CHECK(data(edge, parsed.key_by_name["edge:end"]) == "2024-06-24");
    }
    CHECK(participations == 1);
}

// The writer skips values eight bytes at a time until one holds a byte to escape or drop:
// such a byte at any offset, in the first, a middle or the last partial word, must be caught.
TEST_CASE("GraphML escapes markup and drops control characters at every offset of a value", "[io][graphml]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"&", "&"}, {"<", "<"}, {">", ">"}, {"\"", "\""}, {"\x01", ""}, {"\xC3\xA9", "\xC3\xA9"}};
    for (std::size_t offset = 0; offset <= 19; ++offset) {
        for (const auto& [inserted, kept] : cases) {
            const std::string before(offset, 'a');
            const std::string after(offset % 5 + 1, 'b');
            KnowledgeGraph graph = test::small_graph(before + inserted + after);
            graph.node(0).label = after + inserted + before;
            const std::string text = serialize_graphml(graph, test::fixture_ontology());
            Parsed parsed;
            parse(parsed, text);
            std::string evidence;
            std::string label;
            for (pugi::xml_node edge : parsed.graphml.child("graph").children("edge")) {
                if (evidence.empty()) evidence = data(edge, parsed.key_by_name["edge:evidence"]);
            }
            for (pugi::xml_node node : parsed.graphml.child("graph").children("node")) {
                if (data(node, parsed.key_by_name["node:iri"]) == test::kMerkelIri) {
                    label = data(node, parsed.key_by_name["node:label"]);
                }
            }
            INFO("offset " << offset << ", byte " << static_cast<int>(static_cast<unsigned char>(inserted[0])));
            CHECK(evidence == before + kept + after);
            CHECK(label == after + kept + before);
        }
    }
}

TEST_CASE("GraphML writes weights as printf's %.17g does", "[io][graphml]") {
    for (const double weight : {1.0, 3.0, 0.0, -0.0, -2.0, 0.5, 0.1 + 0.2, 1e15, 123456789012345.0, 1e20, 2.5e-7}) {
        KnowledgeGraph graph = test::small_graph();
        for (const EdgeId e : graph.edges_in_order()) graph.edge(e).weight = weight;
        Parsed parsed;
        parse(parsed, serialize_graphml(graph, test::fixture_ontology()));
        char expected[64];
        std::snprintf(expected, sizeof expected, "%.17g", weight);
        for (pugi::xml_node edge : parsed.graphml.child("graph").children("edge")) {
            INFO("weight " << expected);
            CHECK(data(edge, parsed.key_by_name["edge:weight"]) == expected);
        }
    }
}
