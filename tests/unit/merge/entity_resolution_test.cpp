#include "pressgraph/merge/entity_resolution.hpp"
#include "support/lexicon_fixture.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace pressgraph;

namespace {

ExtractedEntity entity(EntityType type, std::string key, std::string rule = "pattern:organization-head") {
    ExtractedEntity e;
    e.type = type;
    e.canonical_name = key;
    e.resolution_key = std::move(key);
    e.mentions.push_back(Mention{Span{0, 5}, Span{0, 40}, e.canonical_name, std::move(rule)});
    return e;
}

ExtractedFact holds(std::size_t person, std::size_t holder, const std::string& title) {
    ExtractedFact f;
    f.subject = person;
    f.predicate = "pgo:holdsPosition";
    f.object = holder;
    f.qualifiers = {{"pgo:title", {title, "string"}}};
    return f;
}

DocumentExtraction document(std::string id, int year, std::vector<ExtractedEntity> entities,
                            std::vector<ExtractedFact> facts = {}) {
    DocumentExtraction d;
    d.document_id = d.name = std::move(id);
    d.published = DateValue{year, 5, 1};
    d.entities = std::move(entities);
    d.facts = std::move(facts);
    return d;
}

std::string key_of(const std::vector<DocumentExtraction>& xs, const std::string& doc, std::size_t entity) {
    for (const auto& d : xs)
        if (d.document_id == doc) return d.entities[entity].resolution_key;
    FAIL("no document " << doc);
    return {};
}

}  // namespace

TEST_CASE("names of one body across documents meet on one key", "[merge][entity_resolution]") {
    std::vector<DocumentExtraction> xs = {
        document("a", 2024, {entity(EntityType::Organization, "norlandic state chamber")}),
        document("b", 2024, {entity(EntityType::Organization, "state chamber")}),
        document("c", 2024, {entity(EntityType::Agreement, "treaty establishing the alliance"),
                             entity(EntityType::Organization, "council of the state chamber")}),
        document("d", 2024, {entity(EntityType::Agreement, "treaty on the creation of the alliance")})};
    resolve_across_documents(xs, test::fixture_lexicon());
    CHECK(key_of(xs, "a", 0) == key_of(xs, "b", 0));
    CHECK(key_of(xs, "c", 0) == key_of(xs, "d", 0));
    CHECK(key_of(xs, "c", 1) == "council of the state chamber");  // a part of the chamber, not the chamber
}

TEST_CASE("one office holder spelt two ways is one person, namesakes in other offices are not",
          "[merge][entity_resolution]") {
    auto person = [](const char* key) { return entity(EntityType::Person, key, "pattern:title-person"); };
    auto country = [] { return entity(EntityType::Country, "norland", "lexicon:country"); };
    std::vector<DocumentExtraction> xs = {
        document("a", 2024, {person("ivan petrov"), country()}, {holds(0, 1, "Deputy Prime Minister")}),
        document("b", 2024, {person("ion petrov"), country()}, {holds(0, 1, "Deputy Prime Minister")}),
        document("c", 2025, {person("ivan petrov"), country()}, {holds(0, 1, "Deputy Prime Minister")}),
        document("d", 2024, {person("anna petrov"), country()}, {holds(0, 1, "Ambassador")}),
        document("e", 2015, {person("igor petrov"), country()}, {holds(0, 1, "Deputy Prime Minister")})};
    resolve_across_documents(xs, test::fixture_lexicon());
    CHECK(key_of(xs, "b", 0) == "ivan petrov");   // the spelling used most wins
    CHECK(key_of(xs, "d", 0) == "anna petrov");   // another office
    CHECK(key_of(xs, "e", 0) == "igor petrov");   // ten years apart
}

TEST_CASE("cross-document resolution does not depend on document order", "[merge][entity_resolution]") {
    std::vector<DocumentExtraction> xs = {
        document("a", 2024, {entity(EntityType::Organization, "norlandic state chamber"),
                             entity(EntityType::Person, "petrov", "pattern:title-person")}),
        document("b", 2024, {entity(EntityType::Organization, "state chamber"),
                             entity(EntityType::Person, "ivan petrov", "pattern:given-name-surname")}),
        document("c", 2024, {entity(EntityType::Place, "gomel fortress", "pattern:landmark-head"),
                             entity(EntityType::Place, "gomel hero fortress", "pattern:landmark-head")})};
    auto forward = xs;
    resolve_across_documents(forward, test::fixture_lexicon());
    std::reverse(xs.begin(), xs.end());
    resolve_across_documents(xs, test::fixture_lexicon());
    for (const std::string doc : {"a", "b", "c"})
        for (std::size_t e = 0; e < 2; ++e) CHECK(key_of(forward, doc, e) == key_of(xs, doc, e));
    CHECK(key_of(forward, "a", 1) == "ivan petrov");
    CHECK(key_of(forward, "c", 0) == key_of(forward, "c", 1));
}

TEST_CASE("an office named without its holder is the holder the corpus attests nearest in time", "[merge][entity_resolution]") {
    auto office = [] {
        ExtractedEntity e = entity(EntityType::Person, "office president of moldova", "coreference:office");
        e.office = OfficeReference{"President", "Moldova", "moldova"};
        return e;
    };
    auto person = [](const char* key) { return entity(EntityType::Person, key, "pattern:title-person"); };
    auto moldova = [] { return entity(EntityType::Country, "moldova", "lexicon:country"); };
    std::vector<DocumentExtraction> xs = {
        document("old", 2012, {person("ion rusu"), moldova()}, {holds(0, 1, "President")}),
        document("new", 2024, {person("anna popa"), moldova()}, {holds(0, 1, "President")}),
        document("a", 2023, {office(), moldova()}),
        document("b", 2013, {office(), moldova()}),
        document("c", 2024, {entity(EntityType::Person, "office president of norland", "coreference:office")})};
    xs[4].entities[0].office = OfficeReference{"President", "Norland", "norland"};
    resolve_across_documents(xs, test::fixture_lexicon());
    CHECK(key_of(xs, "a", 0) == "anna popa");
    CHECK(key_of(xs, "b", 0) == "ion rusu");
    CHECK(key_of(xs, "c", 0) == "office president of norland");  // nobody attested: the office stays
}

TEST_CASE("a national office without its country takes the one the corpus names", "[merge][entity_resolution]") {
    auto person = [] { return entity(EntityType::Person, "ivan petrov", "pattern:title-person"); };
    auto country = [](const char* key) { return entity(EntityType::Country, key, "lexicon:country"); };
    std::vector<DocumentExtraction> xs = {
        document("a", 2024, {person(), country("norland")}, {holds(0, 1, "Foreign Minister")}),
        document("b", 2024, {person(), country("moldova"), country("norland")}),
        document("c", 2024, {person(), country("moldova")})};
    xs[1].offices_without_holder.push_back({0, "Foreign Minister", Span{0, 10}, std::nullopt});
    xs[2].offices_without_holder.push_back({0, "Foreign Minister", Span{0, 10}, std::nullopt});
    resolve_across_documents(xs, test::fixture_lexicon());
    REQUIRE(xs[1].facts.size() == 1);
    CHECK(xs[1].facts[0].object == 2);
    CHECK(xs[1].facts[0].rule == "corpus:office-country");
    CHECK(xs[2].facts.empty());  // the document does not mention Norland
}

TEST_CASE("a lone surname among namesakes is the one who holds the office it holds", "[merge][entity_resolution]") {
    auto person = [](const char* key) { return entity(EntityType::Person, key, "pattern:title-person"); };
    auto country = [](const char* key) { return entity(EntityType::Country, key, "lexicon:country"); };
    std::vector<DocumentExtraction> xs = {
        document("a", 2024, {person("marta ilves"), country("norland")}, {holds(0, 1, "President")}),
        document("b", 2024, {person("jaan ilves"), country("norland")}, {holds(0, 1, "Ambassador")}),
        document("c", 2024, {person("ilves"), country("norland")}, {holds(0, 1, "president")}),
        // Two full names in the office the surname holds: nothing tells which.
        document("d", 2024, {person("ana ruiz"), country("norland")}, {holds(0, 1, "Foreign Minister")}),
        document("e", 2019, {person("pablo ruiz"), country("norland")}, {holds(0, 1, "Foreign Minister")}),
        document("f", 2024, {person("ruiz"), country("norland")}, {holds(0, 1, "Foreign Minister")}),
        // Namesakes, and the surname holds no office: nothing tells which either.
        document("g", 2024, {person("eva lind"), person("olof lind"), person("lind")})};
    resolve_across_documents(xs, test::fixture_lexicon());
    CHECK(key_of(xs, "c", 0) == "marta ilves");
    CHECK(key_of(xs, "f", 0) == "ruiz");
    CHECK(key_of(xs, "g", 2) == "lind");
    // The order of the documents does not matter.
    std::reverse(xs.begin(), xs.end());
    for (auto& d : xs)
        for (auto& e : d.entities) e.resolution_key = e.canonical_name;
    resolve_across_documents(xs, test::fixture_lexicon());
    CHECK(key_of(xs, "c", 0) == "marta ilves");
}
