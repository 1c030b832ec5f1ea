// Ways of the genre read after the tenth blind batch of the genre set (tests/data/genre g81-g86),
// each on invented text: invented persons, real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("a demonym of two words before an office names the office's state", "[extract][relations]") {
    const auto x = extract_release("Talks held\n2026-12-09\n\nSri Lankan Foreign Minister Nimal Gunasekara met New Zealand Trade "
                                   "Minister Aroha Tane in Lima on Wednesday.\n");
    CHECK(has_fact(x, EntityType::Person, "Nimal Gunasekara", "pgo:holdsPosition", EntityType::Country, "Sri Lanka"));
    CHECK(has_fact(x, EntityType::Person, "Aroha Tane", "pgo:holdsPosition", EntityType::Country, "New Zealand"));
}

TEST_CASE("a Korean name, family name first and a hyphenated given name, keeps the office written before it",
          "[extract][entities]") {
    const auto x = extract_release("Talks held\n2026-12-09\n\nSouth Korean Foreign Minister Kim Do-hyun held talks with Chilean "
                                   "Foreign Minister Ana Rojas in Seoul on Wednesday.\n");
    REQUIRE(find_entity(x, EntityType::Person, "Kim Do-hyun"));
    CHECK(has_fact(x, EntityType::Person, "Kim Do-hyun", "pgo:holdsPosition", EntityType::Country, "South Korea"));
    CHECK_FALSE(has_fact(x, EntityType::Person, "Kim Do-hyun", "pgo:holdsPosition", EntityType::Country, "Chile"));
}

TEST_CASE("a range from one weekday and day to another, each with its month, is one span", "[extract][dates]") {
    const auto x = extract_release("PRESS STATEMENT\n\nCHILE AND PERU HOLD COMMISSION\n\nThe 4th Session of the Chile-Peru Joint "
                                   "Commission was held in Lima from Monday, 14th December to Wednesday, 16th December, 2026.\n");
    const ExtractedEvent* session = first_event(x, "Session");
    REQUIRE(session);
    REQUIRE(session->start);
    CHECK(session->start->iso() == "2026-12-14");
    REQUIRE(session->end);
    CHECK(session->end->iso() == "2026-12-16");
}

TEST_CASE("an event word that names a body, before a body's head or an office, or after an office's 'of', is no event",
          "[extract][events]") {
    const auto x = extract_release("Ministers meet\n\n18 December 2026\n\nThe Secretary General of the Pacific Islands Forum, "
                                   "Ana Lopes, said the plan was endorsed in 2022. She met Eva Silva at the Forum Secretariat on "
                                   "Wednesday 16 December 2026.\n");
    CHECK_FALSE(first_event(x, "Forum"));
    const auto y = extract_release("Ministers meet\n\n18 December 2026\n\nForum Foreign Ministers met in Suva on Thursday 17 "
                                   "December 2026. Ana Lopes opened the Pacific Islands Forum in Suva on 16 December 2026.\n");
    CHECK(first_event(y, "Forum"));
    REQUIRE(events_of(y, "Forum").size() == 1);
    REQUIRE(events_of(y, "Forum").front()->start);
    CHECK(events_of(y, "Forum").front()->start->iso() == "2026-12-16");
}

TEST_CASE("a body's members listed after 'comprises' go on past a territory among the states", "[extract][relations]") {
    const auto x = extract_release("Forum meets\n\n18 December 2026\n\nThe Pacific Islands Forum comprises Australia, the Cook "
                                   "Islands, Fiji, French Polynesia and Samoa.\n");
    CHECK(has_fact(x, EntityType::Country, "Australia", "pgo:memberOf", EntityType::Organization, "Pacific Islands Forum"));
    CHECK(has_fact(x, EntityType::Country, "Samoa", "pgo:memberOf", EntityType::Organization, "Pacific Islands Forum"));
    CHECK(has_fact(x, EntityType::Country, "Fiji", "pgo:memberOf", EntityType::Organization, "Pacific Islands Forum"));
}
