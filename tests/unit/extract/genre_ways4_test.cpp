// Ways of the genre read after the fourth blind batch of the genre set (tests/data/genre g37-g44),
// each on invented text: invented persons, real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("a date line with a weekday and an ordinal day dates the release", "[extract][dates]") {
    // East African and British ministries: "Mombasa, Tuesday 3rd November 2026"; "today" is that day.
    const auto x = extract_release("MINISTRY OF FOREIGN AFFAIRS\nPRESS RELEASE\n\nKenya and Chile hold talks\n\n"
                                   "Mombasa, Tuesday 3rd November 2026\n\n"
                                   "Minister Samuel Otieno met Minister Ana Lopes of Chile today in Mombasa.\n");
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(meeting);
    REQUIRE(meeting->start);
    CHECK(meeting->start->iso() == "2026-11-03");
}

TEST_CASE("a wire page's 'Published:' line with a clock time and its zone dates the release", "[extract][dates]") {
    // "on Thursday" counts from the page's day, not from another date of the text.
    const auto x = extract_release("Chile, Peru leaders meet at border summit\n\n"
                                   "Published: Thursday, October 8, 2026 - 18:40 GMT\n\n"
                                   "Tacna, Peru (AFP) - The presidents of Chile and Peru on Thursday held a summit in Tacna, "
                                   "where they recalled a treaty of 1929.\n");
    const ExtractedEvent* summit = first_event(x, "Summit");
    REQUIRE(summit);
    REQUIRE(summit->start);
    CHECK(summit->start->iso() == "2026-10-08");
}

TEST_CASE("a middle initial belongs to the name, with a title or without", "[extract][entities]") {
    const auto x = extract_release("Delegation\n2026-05-04\n\nUndersecretary for Policy Ramon Luis P. Bautista met Ambassador "
                                   "Corazon D. Villanueva in Manila. The delegation also included Teresita M. Ocampo.\n");
    CHECK(find_entity(x, EntityType::Person, "Corazon D. Villanueva"));
    CHECK(find_entity(x, EntityType::Person, "Teresita M. Ocampo"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Teresita M"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Luis P"));
}

TEST_CASE("'Amb.' and the Amharic 'Ato' are forms of address before a name", "[extract][entities]") {
    const auto x = extract_release("Senior officials meet\n2026-03-05\n\nThe meeting was led by Amb. Wanjiru Kamau "
                                   "and her Ethiopian counterpart, State Minister Ato Lemma Tadesse.\n");
    CHECK(find_entity(x, EntityType::Person, "Lemma Tadesse"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Ato Lemma Tadesse"));
}

TEST_CASE("a minister's portfolios listed after a comma are one title", "[extract][entities]") {
    const auto x = extract_release("Call\n2026-04-12\n\nDr. Samir Fawzy, Minister of Foreign Affairs, Emigration and "
                                   "Egyptian Expatriates, received a phone call today from Mr. Ivan Petrov, Minister of "
                                   "Foreign Affairs of Chile.\n");
    CHECK(find_entity(x, EntityType::Person, "Samir Fawzy"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Expatriates"));
    REQUIRE(first_event(x, "PhoneCall"));
    const auto fawzy = entity(x, EntityType::Person, "Samir Fawzy");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    CHECK((fact(x, fawzy, "pgo:metWith", petrov) || fact(x, petrov, "pgo:metWith", fawzy)));
}
