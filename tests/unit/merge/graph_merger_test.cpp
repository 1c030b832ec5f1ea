#include "pressgraph/merge/graph_merger.hpp"
#include "support/lexicon_fixture.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

using namespace pressgraph;

namespace {
constexpr const char* kIds = "https://w3id.org/pressgraph/id/";

Mention mention(std::uint32_t at, const std::string& surface, Span sentence, const std::string& rule) {
    return Mention{Span{at, at + static_cast<std::uint32_t>(surface.size())}, sentence, surface, rule};
}

ExtractedEntity entity(EntityType type, std::string name, std::vector<Mention> mentions, std::string subtype = "") {
    ExtractedEntity e;
    e.type = type;
    e.canonical_name = std::move(name);
    e.resolution_key = e.canonical_name;  // keys are the extractor's business; here: the name
    e.subtype = std::move(subtype);
    e.mentions = std::move(mentions);
    return e;
}

// Three invented documents; Ion Popescu and Moldova occur in more than one.
std::vector<DocumentExtraction> extractions() {
    DocumentExtraction a;
    a.document_id = "aaaa000000000001";
    a.name = "001_a.txt";
    a.title = "Talks in Chisinau";
    a.published = DateValue{2025, 3, 12};
    const Span a1{18, 60};
    a.sentence_texts = {{a1, "Ion Popescu met Maria Ivanova in Chisinau."}};
    a.entities = {entity(EntityType::Person, "Ion Popescu", {mention(18, "Ion Popescu", a1, "pattern:given-name-surname"),
                                                               mention(70, "Popescu", {62, 80}, "coreference:surname")}),
                  entity(EntityType::Person, "Maria Ivanova", {mention(34, "Maria Ivanova", a1, "pattern:given-name-surname")}),
                  entity(EntityType::Place, "Chisinau", {mention(51, "Chisinau", a1, "lexicon:place")})};

    DocumentExtraction b;
    b.document_id = "bbbb000000000002";
    b.name = "002_b.txt";
    const Span b1{0, 45};
    b.sentence_texts = {{b1, "Foreign Minister Popescu visited Moldova."}};
    b.entities = {entity(EntityType::Person, "Ion Popescu", {mention(17, "Popescu", b1, "pattern:title-person")}),
                  entity(EntityType::Country, "Moldova", {mention(33, "Moldova", b1, "lexicon:country")})};

    DocumentExtraction c;
    c.document_id = "cccc000000000003";
    c.name = "003_c.txt";
    c.title = "Moldova and Norland";
    const Span c1{20, 90};
    c.sentence_texts = {{c1, "The Supreme Council of the Alliance met in the Republic of Moldova."}};
    c.entities = {entity(EntityType::Country, "Moldova", {mention(75, "Republic of Moldova", c1, "lexicon:country")}),
                  entity(EntityType::Organization, "Supreme Council of the Alliance",
                         {mention(24, "Supreme Council of the Alliance", c1, "pattern:organization-head")}, "Other"),
                  entity(EntityType::Agreement, "Treaty on the Creation of the Alliance",
                         {mention(30, "Treaty on the Creation of the Alliance", c1, "pattern:agreement-head")}, "Treaty")};
    return {a, b, c};
}

using EdgeRow = std::tuple<std::string, std::string, std::string, std::string, std::string, double>;

std::vector<EdgeRow> edge_rows(const KnowledgeGraph& g) {
    std::vector<EdgeRow> out;
    for (EdgeId e : g.edges_in_order()) {
        const auto& p = g.edge(e);
        out.emplace_back(g.node(g.source(e)).iri, p.predicate, g.node(g.target(e)).iri,
                         p.provenance ? p.provenance->sentence_text : "", p.provenance ? p.provenance->rule : "", p.weight);
    }
    return out;
}

struct NodeRow {
    std::string iri, type, label;
    std::vector<std::string> aliases;
    std::vector<Attribute> attributes;
    friend bool operator==(const NodeRow&, const NodeRow&) = default;
};

std::vector<NodeRow> node_rows(const KnowledgeGraph& g) {
    std::vector<NodeRow> out;
    for (NodeId n : g.nodes_in_order()) {
        const auto& p = g.node(n);
        out.push_back({p.iri, p.type, p.label, p.aliases, p.attributes});
    }
    return out;
}
}  // namespace

TEST_CASE("entity and document IRIs", "[merge][graph_merger]") {
    CHECK(entity_iri(EntityType::Person, "Ion Popescu") == std::string(kIds) + "person/ion-popescu");
    CHECK(entity_iri(EntityType::Organization, "Supreme Council of the Alliance") ==
          std::string(kIds) + "organization/supreme-council-of-the-alliance");
    CHECK(entity_iri(EntityType::Place, "St. Petersburg") == std::string(kIds) + "place/st-petersburg");
    CHECK(document_iri("aaaa000000000001") == std::string(kIds) + "document/aaaa000000000001");
}

TEST_CASE("an alias written across a wrapped line has one space between its words", "[merge][graph_merger]") {
    // The surface is the text as written (its offsets point at it); the alias is a name.
    DocumentExtraction d;
    d.document_id = "dddd000000000004";
    d.name = "004_d.txt";
    const Span s1{0, 80};
    d.sentence_texts = {{s1, "The budget funds the Clean Energy\n     Supply Chain Plan and the Plan."}};
    d.entities = {entity(EntityType::Agreement, "Clean Energy Supply Chain Plan",
                         {mention(21, "Clean Energy\n     Supply Chain Plan", s1, "pattern:agreement-head"),
                          mention(60, "Clean  Energy Plan", s1, "coreference:short-form")},
                         "Plan")};
    const KnowledgeGraph g = merge_extractions({d}, test::fixture_lexicon());
    const auto plan = g.find(std::string(kIds) + "agreement/clean-energy-supply-chain-plan");
    REQUIRE(plan);
    // The wrapped surface is the label once its spaces are collapsed: no alias of its own.
    CHECK(g.node(*plan).aliases == std::vector<std::string>{"Clean Energy Plan"});
}

TEST_CASE("merge_extractions resolves entities across documents", "[merge][graph_merger]") {
    MergeStatistics stats;
    const KnowledgeGraph g = merge_extractions(extractions(), test::fixture_lexicon(), &stats);
    CHECK(stats.documents == 3);
    // Ion Popescu, Maria Ivanova, Chisinau, Moldova, the council and the treaty.
    CHECK(stats.entities == 6);
    CHECK(g.node_count() == 9);
    // One mentionedIn edge per (entity, document).
    CHECK(g.edge_count() == 8);

    const auto popescu = g.find(std::string(kIds) + "person/ion-popescu");
    REQUIRE(popescu);
    CHECK(g.node(*popescu).type == "pgo:Person");
    CHECK(g.node(*popescu).label == "Ion Popescu");
    CHECK(g.node(*popescu).aliases == std::vector<std::string>{"Popescu"});  // sorted, unique, without the label

    const auto moldova = g.find(std::string(kIds) + "country/moldova");
    REQUIRE(moldova);
    CHECK(g.node(*moldova).aliases == std::vector<std::string>{"Republic of Moldova"});

    const auto treaty = g.find(std::string(kIds) + "agreement/treaty-on-the-creation-of-the-alliance");
    REQUIRE(treaty);
    CHECK(g.node(*treaty).type == "pgo:Treaty");  // agreement subtypes are classes

    const auto council = g.find(std::string(kIds) + "organization/supreme-council-of-the-alliance");
    REQUIRE(council);
    CHECK(g.node(*council).type == "pgo:Organization");
    CHECK(g.node(*council).attributes == std::vector<Attribute>{{"pgo:subtype", {"Other", "string"}}});

    const auto doc = g.find(document_iri("aaaa000000000001"));
    REQUIRE(doc);
    CHECK(g.node(*doc).type == "pgo:Document");
    CHECK(g.node(*doc).label == "Talks in Chisinau");
    const auto& attrs = g.node(*doc).attributes;
    CHECK(std::is_sorted(attrs.begin(), attrs.end()));
    CHECK(std::find(attrs.begin(), attrs.end(), Attribute{"pgo:published", {"2025-03-12", "date"}}) != attrs.end());
    CHECK(std::find(attrs.begin(), attrs.end(), Attribute{"pgo:fileName", {"001_a.txt", "string"}}) != attrs.end());
    // A document without a title is labelled with its file name.
    CHECK(g.node(*g.find(document_iri("bbbb000000000002"))).label == "002_b.txt");
}

TEST_CASE("mentionedIn edges carry provenance of the first mention", "[merge][graph_merger]") {
    const KnowledgeGraph g = merge_extractions(extractions(), test::fixture_lexicon());
    const NodeId popescu = *g.find(std::string(kIds) + "person/ion-popescu");
    const NodeId doc_a = *g.find(document_iri("aaaa000000000001"));
    bool seen = false;
    for (EdgeId e : g.edges_in_order()) {
        const auto& p = g.edge(e);
        CHECK(p.predicate == "pgo:mentionedIn");
        REQUIRE(p.provenance);
        CHECK(p.provenance->document_iri == g.node(g.target(e)).iri);
        CHECK_FALSE(p.provenance->sentence_text.empty());
        if (g.source(e) == popescu && g.target(e) == doc_a) {
            seen = true;
            CHECK(p.provenance->sentence == Span{18, 60});
            CHECK(p.provenance->sentence_text == "Ion Popescu met Maria Ivanova in Chisinau.");
            CHECK(p.provenance->rule == "pattern:given-name-surname");
            CHECK(p.weight == 2.0);  // two mentions in the document
        }
    }
    CHECK(seen);
}

TEST_CASE("merge_extractions does not depend on the input order", "[merge][graph_merger]") {
    auto input = extractions();
    std::sort(input.begin(), input.end(), [](const auto& a, const auto& b) { return a.document_id < b.document_id; });
    const KnowledgeGraph reference = merge_extractions(input, test::fixture_lexicon());
    const auto nodes = node_rows(reference);
    const auto edges = edge_rows(reference);
    int orders = 0;
    do {
        ++orders;
        const KnowledgeGraph g = merge_extractions(input, test::fixture_lexicon());
        INFO("order " << orders);
        CHECK(node_rows(g) == nodes);
        CHECK(edge_rows(g) == edges);
    } while (std::next_permutation(input.begin(), input.end(),
                                   [](const auto& a, const auto& b) { return a.document_id < b.document_id; }));
    CHECK(orders == 6);
}

TEST_CASE("a surname alone takes the one full name of the corpus with that surname", "[merge][graph_merger]") {
    auto input = extractions();
    DocumentExtraction d;
    d.document_id = "dddd000000000004";
    d.name = "004_d.txt";
    const Span d1{0, 20};
    d.sentence_texts = {{d1, "Popescu left Moldova."}};
    d.entities = {entity(EntityType::Person, "Popescu", {mention(0, "Popescu", d1, "pattern:title-person")})};
    input.push_back(d);
    const KnowledgeGraph g = merge_extractions(input, test::fixture_lexicon());
    CHECK_FALSE(g.find(entity_iri(EntityType::Person, "Popescu")));
    const auto popescu = g.find(entity_iri(EntityType::Person, "Ion Popescu"));
    REQUIRE(popescu);
    CHECK(g.node(*popescu).label == "Ion Popescu");  // the name used most
    CHECK(boost::in_degree(*g.find(document_iri("dddd000000000004")), g.storage()) == 1);
}

TEST_CASE("a person is labelled by a full name even where the surname alone is used more", "[merge][graph_merger]") {
    auto input = extractions();
    for (const char* id : {"dddd000000000004", "eeee000000000005", "ffff000000000006"}) {
        DocumentExtraction d;
        d.document_id = id;
        d.name = std::string(id) + ".txt";
        const Span d1{0, 20};
        d.sentence_texts = {{d1, "Popescu left Moldova."}};
        d.entities = {entity(EntityType::Person, "Popescu", {mention(0, "Popescu", d1, "pattern:title-person")})};
        input.push_back(d);
    }
    const KnowledgeGraph g = merge_extractions(input, test::fixture_lexicon());
    const auto popescu = g.find(entity_iri(EntityType::Person, "Ion Popescu"));
    REQUIRE(popescu);
    CHECK(g.node(*popescu).label == "Ion Popescu");  // two documents against three, but a full name
}

TEST_CASE("the same document given twice is one document", "[merge][graph_merger]") {
    auto input = extractions();
    DocumentExtraction copy = input[0];
    copy.name = "copy_of_a.txt";
    input.push_back(copy);
    input.push_back(input[1]);
    MergeStatistics stats;
    const KnowledgeGraph g = merge_extractions(input, test::fixture_lexicon(), &stats);
    CHECK(stats.documents == 3);
    CHECK(g.edge_count() == 8);
    CHECK(node_rows(g) == node_rows(merge_extractions(extractions(), test::fixture_lexicon())));
    // The copy with the smaller file name is the one kept, whatever the order.
    std::reverse(input.begin(), input.end());
    const KnowledgeGraph reversed = merge_extractions(input, test::fixture_lexicon());
    CHECK(node_rows(reversed) == node_rows(g));
}

TEST_CASE("an office named without a name that no document resolves to a person is no node, and has no facts",
          "[merge][graph_merger]") {
    DocumentExtraction d;
    d.document_id = "dddd000000000004";
    d.name = "004_d.txt";
    d.published = DateValue{2025, 3, 12};
    const Span s1{0, 60};
    d.sentence_texts = {{s1, "Ion Popescu met the President of Norland in Chisinau."}};
    ExtractedEntity office = entity(EntityType::Person, "President of Norland", {mention(20, "President of Norland", s1, "coreference:office")});
    office.resolution_key = "office president of norland";
    office.office = OfficeReference{"President", "Norland", "norland"};
    d.entities = {entity(EntityType::Person, "Ion Popescu", {mention(0, "Ion Popescu", s1, "pattern:given-name-surname")}), office,
                  entity(EntityType::Country, "Norland", {mention(37, "Norland", s1, "lexicon:country")})};
    d.facts.push_back({0, "pgo:metWith", 1, {}, std::nullopt, false, s1, "rule:meeting.met-with"});
    d.facts.push_back({1, "pgo:holdsPosition", 2, {{"pgo:title", {"President", "string"}}}, std::nullopt, false, s1, "pattern:office"});
    MergeStatistics stats;
    const KnowledgeGraph g = merge_extractions({d}, test::fixture_lexicon(), &stats);
    CHECK(stats.entities == 2);  // Ion Popescu and Norland
    CHECK_FALSE(g.find(std::string(kIds) + "person/office-president-of-norland"));
    REQUIRE(g.find(std::string(kIds) + "person/ion-popescu"));
    for (const auto e : g.edges_in_order()) {
        CHECK(g.edge(e).predicate != "pgo:metWith");
        CHECK(g.edge(e).predicate != "pgo:holdsPosition");
    }
}
