// Events and relations on invented press releases of the genre (nothing from corpus/):
// dates, places and participants of events, enumerations, visit programmes, offices held,
// meetings and visits, places inside places, approvals.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/lexicon_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

std::size_t entity(const DocumentExtraction& x, EntityType type, const std::string& name) {
    for (std::size_t i = 0; i < x.entities.size(); ++i)
        if (x.entities[i].type == type && x.entities[i].canonical_name == name) return i;
    FAIL("no entity " << name);
    return 0;
}

bool has_fact(const DocumentExtraction& x, std::size_t s, const std::string& p, std::size_t o) {
    return std::any_of(x.facts.begin(), x.facts.end(), [&](const ExtractedFact& f) {
        return !f.object_is_event && f.predicate == p &&
               ((f.subject == s && f.object == o) || (p == "pgo:metWith" && f.subject == o && f.object == s));
    });
}

const ExtractedEvent* event_on(const DocumentExtraction& x, const std::string& type, const std::string& start) {
    for (const auto& e : x.events)
        if (e.type == type && e.start && e.start->iso() == start) return &e;
    return nullptr;
}

DocumentExtraction extract(const std::string& text) {
    const Extractor extractor(fixture_lexicon());
    return extractor.extract(analyse_document(text, "test.txt", "test.txt", test::fixture_lexicon().header_words()));
}

}  // namespace

TEST_CASE("a dated sentence with a trigger gives an event with its place and participants", "[extract][events]") {
    const auto x = extract(
        "Norland and Moldova\n"
        "2025-03-12\n"
        "On March 3, Foreign Minister of the Republic of Moldova Ion Popescu met President of Belarus Ivan Petrov "
        "in St Petersburg.\n");
    const ExtractedEvent* e = event_on(x, "Meeting", "2025-03-03");
    REQUIRE(e != nullptr);
    REQUIRE(e->place);
    CHECK(x.entities[*e->place].canonical_name == "St Petersburg");
    const auto popescu = entity(x, EntityType::Person, "Ion Popescu");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    CHECK(std::count(e->participants.begin(), e->participants.end(), popescu) == 1);
    CHECK(std::count(e->participants.begin(), e->participants.end(), petrov) == 1);
    CHECK_FALSE(e->planned);
    CHECK(has_fact(x, popescu, "pgo:metWith", petrov));
    // Offices held, each pointing to the country named with the title.
    CHECK(has_fact(x, popescu, "pgo:holdsPosition", entity(x, EntityType::Country, "Moldova")));
    CHECK(has_fact(x, petrov, "pgo:holdsPosition", entity(x, EntityType::Country, "Belarus")));
}

TEST_CASE("an enumeration of dates gives one event per date, each with its own place", "[extract][events]") {
    const auto x = extract(
        "Contacts\n"
        "2025-12-01\n"
        "In 2025, Ion Popescu and Ivan Petrov met on April 11 in Chisinau and on May 8 in Gomel.\n");
    const ExtractedEvent* april = event_on(x, "Meeting", "2025-04-11");
    const ExtractedEvent* may = event_on(x, "Meeting", "2025-05-08");
    REQUIRE(april != nullptr);
    REQUIRE(may != nullptr);
    REQUIRE(april->place);
    REQUIRE(may->place);
    CHECK(x.entities[*april->place].canonical_name == "Chisinau");
    CHECK(x.entities[*may->place].canonical_name == "Gomel");
}

TEST_CASE("a future sentence gives a planned event in the right year", "[extract][events]") {
    const auto x = extract(
        "Announcement\n"
        "2025-11-20\n"
        "Ion Popescu and Ivan Petrov will hold talks on January 15 in Chisinau.\n");
    const ExtractedEvent* e = event_on(x, "Meeting", "2026-01-15");
    REQUIRE(e != nullptr);
    CHECK(e->planned);
}

TEST_CASE("a place followed by its country in brackets or after a comma is located in it", "[extract][relations]") {
    const auto x = extract(
        "Note\n"
        "2025-01-10\n"
        "The delegation arrived in Gomel, Republic of Belarus, and later in Chisinau (Moldova).\n");
    CHECK(has_fact(x, entity(x, EntityType::Place, "Gomel"), "pgo:locatedIn", entity(x, EntityType::Country, "Belarus")));
    CHECK(has_fact(x, entity(x, EntityType::Place, "Chisinau"), "pgo:locatedIn", entity(x, EntityType::Country, "Moldova")));
}

TEST_CASE("an agreement approved by a body, in the passive and the active voice", "[extract][relations]") {
    const auto x = extract(
        "Note\n"
        "2025-01-10\n"
        "The Treaty on the Creation of the Alliance was approved by the Supreme Council of the Alliance.\n"
        "The Supreme Council of the Alliance is planning to approve the Declaration on Regional Security.\n");
    const auto council = entity(x, EntityType::Organization, "Supreme Council of the Alliance");
    CHECK(has_fact(x, entity(x, EntityType::Agreement, "Treaty on the Creation of the Alliance"), "pgo:approvedBy", council));
    CHECK(has_fact(x, entity(x, EntityType::Agreement, "Declaration on Regional Security"), "pgo:approvedBy", council));
}

TEST_CASE("a sentence without a trigger or a date gives no event", "[extract][events]") {
    const auto x = extract(
        "Note\n"
        "2025-01-10\n"
        "Ion Popescu praised the friendship between Moldova and Belarus.\n");
    CHECK(x.events.empty());
}
