#include "pressgraph/eval/entity_scorer.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

using namespace pressgraph;

namespace {
ExtractedEntity predicted(EntityType type, std::string name, std::vector<std::string> surfaces = {}) {
    ExtractedEntity e;
    e.type = type;
    e.canonical_name = std::move(name);
    e.resolution_key = e.canonical_name;  // the node the entity lands on
    for (auto& s : surfaces) e.mentions.push_back(Mention{{}, {}, std::move(s), "test"});
    if (e.mentions.empty()) e.mentions.push_back(Mention{{}, {}, e.canonical_name, "test"});
    return e;
}

GoldEntity gold(std::string id, std::string type, std::string name, std::vector<std::string> aliases = {}) {
    return GoldEntity{std::move(id), std::move(type), std::move(name), std::move(aliases), ""};
}

DocumentExtraction extraction(std::string name, std::vector<ExtractedEntity> entities) {
    DocumentExtraction x;
    x.name = std::move(name);
    x.document_id = "id-" + x.name;
    x.entities = std::move(entities);
    return x;
}

GoldDocument gold_document(std::string name, std::vector<GoldEntity> entities) {
    GoldDocument g;
    g.doc = std::move(name);
    g.entities = std::move(entities);
    return g;
}
}  // namespace

TEST_CASE("comparison_form ignores case, spacing, a leading 'the' and a possessive", "[eval][entity_scorer]") {
    CHECK(comparison_form("The  Shanghai Cooperation\tOrganisation ") == "shanghai cooperation organisation");
    CHECK(comparison_form("Lavrov\xE2\x80\x99s") == "lavrov");
    CHECK(comparison_form("Moldova's") == "moldova");
    CHECK(comparison_form("SCO") == "sco");
    CHECK(comparison_form("Theodor Popescu") == "theodor popescu");  // "The" only as a word
    CHECK(comparison_form("the") == "the");
    CHECK(comparison_form("  ") == "");
    CHECK(comparison_form("Ion\xC2\xA0Popescu") == "ion popescu");
}

TEST_CASE("PrfCounts computes precision, recall and F1", "[eval][entity_scorer]") {
    const PrfCounts c{4, 5, 3};
    CHECK(c.precision() == Approx(0.6));
    CHECK(c.recall() == Approx(0.75));
    CHECK(c.f1() == Approx(2 * 0.6 * 0.75 / 1.35));
    const PrfCounts none{};
    CHECK(none.precision() == 0.0);
    CHECK(none.recall() == 0.0);
    CHECK(none.f1() == 0.0);
}

TEST_CASE("score_entities counts matches per type on a hand-made document", "[eval][entity_scorer]") {
    // Gold: 4 entities. Extraction: 5 entities, of which 3 match gold.
    //  Person  : gold 1, predicted 2 (one spurious), matched 1 -> P 1/2, R 1/1
    //  Country : gold 1, predicted 1, matched 1 (via a gold alias)
    //  Organization: gold 1, predicted 2 (Chisinau mistyped), matched 1 (via an acronym mention)
    //  Place   : gold 1, predicted 0 -> R 0
    const std::map<std::string, GoldDocument> golds = {
        {"a.txt", gold_document("a.txt", {gold("P:ion-popescu", "Person", "Ion Popescu", {"Popescu"}),
                                          gold("C:moldova", "Country", "Moldova", {"Republic of Moldova"}),
                                          gold("O:sca", "Organization", "Supreme Council of the Alliance", {"SCA"}),
                                          gold("L:chisinau", "Place", "Chisinau")})}};
    const std::vector<DocumentExtraction> xs = {extraction(
        "a.txt", {predicted(EntityType::Person, "Ion Popescu", {"Ion Popescu", "Popescu"}),
                  predicted(EntityType::Person, "Maria Ivanova"),
                  predicted(EntityType::Country, "Republic of Moldova"),
                  predicted(EntityType::Organization, "The Supreme Council", {"the Supreme Council", "SCA"}),
                  predicted(EntityType::Organization, "Chisinau")})};
    const EntityScores s = score_entities(xs, golds);
    CHECK(s.documents == 1);

    const PrfCounts& person = s.by_type.at("Person");
    CHECK(person.gold == 1);
    CHECK(person.predicted == 2);
    CHECK(person.matched == 1);
    CHECK(person.precision() == Approx(0.5));
    CHECK(person.recall() == Approx(1.0));
    CHECK(person.f1() == Approx(2.0 / 3.0));

    CHECK(s.by_type.at("Country").matched == 1);
    CHECK(s.by_type.at("Country").f1() == Approx(1.0));

    const PrfCounts& org = s.by_type.at("Organization");
    CHECK(org.gold == 1);
    CHECK(org.predicted == 2);
    CHECK(org.matched == 1);

    const PrfCounts& place = s.by_type.at("Place");
    CHECK(place.gold == 1);
    CHECK(place.predicted == 0);
    CHECK(place.recall() == 0.0);
    CHECK(place.f1() == 0.0);

    CHECK(s.overall.gold == 4);
    CHECK(s.overall.predicted == 5);
    CHECK(s.overall.matched == 3);
    CHECK(s.overall.precision() == Approx(3.0 / 5.0));
    CHECK(s.overall.recall() == Approx(3.0 / 4.0));
    CHECK(s.overall.f1() == Approx(2.0 / 3.0));  // 2 * 0.6 * 0.75 / 1.35

    // Two false positives and one false negative are listed for error analysis.
    const auto count = [&](bool missing) {
        return std::count_if(s.differences.begin(), s.differences.end(),
                             [&](const ScoringDifference& d) { return d.missing == missing; });
    };
    CHECK(count(false) == 2);
    CHECK(count(true) == 1);
    CHECK(std::any_of(s.differences.begin(), s.differences.end(), [](const ScoringDifference& d) {
        return d.missing && d.type == "Place" && d.text == "Chisinau" && d.document == "a.txt";
    }));
}

TEST_CASE("score_entities matches one to one, maximally", "[eval][entity_scorer]") {
    // Gold A has forms {ion popescu, popescu}; gold B only {popescu}. Predicted P1 is "Popescu",
    // P2 "Ion Popescu". A greedy A->P1 would leave B unmatched; the best matching pairs A-P2, B-P1.
    const std::map<std::string, GoldDocument> golds = {
        {"d.txt", gold_document("d.txt", {gold("P:ion-popescu", "Person", "Ion Popescu", {"Popescu"}),
                                          gold("P:popescu", "Person", "Popescu")})}};
    const std::vector<DocumentExtraction> xs = {
        extraction("d.txt", {predicted(EntityType::Person, "Popescu"), predicted(EntityType::Person, "Ion Popescu")})};
    const EntityScores s = score_entities(xs, golds);
    CHECK(s.overall.matched == 2);

    // One predicted entity never counts twice, even when it fits two gold entities.
    const std::vector<DocumentExtraction> one = {extraction("d.txt", {predicted(EntityType::Person, "Popescu")})};
    const EntityScores t = score_entities(one, golds);
    CHECK(t.overall.matched == 1);
    CHECK(t.overall.gold == 2);
    CHECK(t.overall.predicted == 1);
}

TEST_CASE("score_entities skips documents without gold and checks gold ids across documents", "[eval][entity_scorer]") {
    const std::map<std::string, GoldDocument> golds = {
        {"a.txt", gold_document("a.txt", {gold("P:ion-popescu", "Person", "Ion Popescu", {"Popescu"})})},
        {"b.txt", gold_document("b.txt", {gold("P:ion-popescu", "Person", "Ion Popescu", {"I. Popescu"}),
                                          gold("C:moldova", "Country", "Moldova")})}};
    SECTION("forms of one gold id landing on two nodes") {
        const std::vector<DocumentExtraction> xs = {
            extraction("a.txt", {predicted(EntityType::Person, "Ion Popescu")}),
            extraction("b.txt", {predicted(EntityType::Person, "I. Popescu"), predicted(EntityType::Country, "Moldova")}),
            extraction("no-gold.txt", {predicted(EntityType::Person, "Anna Rusu")})};
        const EntityScores s = score_entities(xs, golds);
        CHECK(s.documents == 2);
        CHECK(s.overall.predicted == 3);  // the document without gold is not counted
        CHECK(s.gold_ids_found == 2);
        CHECK(s.gold_ids_on_one_node == 1);
        REQUIRE(s.split_ids.size() == 1);
        CHECK(s.split_ids[0].rfind("P:ion-popescu -> ", 0) == 0);  // then the nodes it landed on
        CHECK(std::count(s.split_ids[0].begin(), s.split_ids[0].end(), ' ') == 3);
    }
    SECTION("all on one node") {
        const std::vector<DocumentExtraction> xs = {
            extraction("a.txt", {predicted(EntityType::Person, "Ion Popescu")}),
            extraction("b.txt", {predicted(EntityType::Person, "Ion Popescu", {"I. Popescu"})})};
        const EntityScores s = score_entities(xs, golds);
        CHECK(s.gold_ids_found == 1);
        CHECK(s.gold_ids_on_one_node == 1);
        CHECK(s.split_ids.empty());
        CHECK(s.by_type.at("Country").recall() == 0.0);
    }
}
