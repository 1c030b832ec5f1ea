// Ways of the genre read after the ninth blind batch of the genre set (tests/data/genre g69-g74),
// each on invented text: invented persons, real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("a Mongolian name, an initial joined to the given name by a point, follows an office and its state",
          "[extract][entities]") {
    const auto x = extract_release("Talks held\n2026-08-18\n\nOn August 18, 2026, the Prime Minister of Mongolia D.Ganbold received "
                                   "the Minister of Foreign Affairs of Japan Kenji Arata.\n");
    CHECK(find_entity(x, EntityType::Person, "D.Ganbold"));
    CHECK(has_fact(x, EntityType::Person, "D.Ganbold", "pgo:holdsPosition", EntityType::Country, "Mongolia"));
}

TEST_CASE("a word with a point inside that is no initial and name is not a person after an office", "[extract][entities]") {
    const auto x = extract_release("Talks held\n2026-08-18\n\nOn August 18, 2026, the Governor of Leningrad Region St.Petersburg "
                                   "received the Minister of Foreign Affairs of Japan Kenji Arata.\n");
    CHECK_FALSE(find_entity(x, EntityType::Person, "St.Petersburg"));
}

TEST_CASE("the last portfolio of an office may be two words before the comma and the name", "[extract][entities]") {
    const auto x = extract_release("Talks held\n2026-04-15\n\nThe Minister today received the Chilean Minister of Foreign Affairs, "
                                   "Migration and Chileans Abroad, Ana Lopes, in Lisbon.\n");
    CHECK(find_entity(x, EntityType::Person, "Ana Lopes"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Abroad"));
    CHECK(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:holdsPosition", EntityType::Country, "Chile"));
}

TEST_CASE("two ministers who presided this Tuesday over a meeting held at a venue met there on the Tuesday of the release's week", "[extract][events]") {
    const auto x = extract_release("Consultations held\n2026-05-21\n\nThe Foreign Minister of Chile, Ana Lopes, and the Minister of Foreign "
                                   "Affairs of Peru, Rui Costa, presided this Tuesday over the V Meeting of the Mechanism of Political "
                                   "Consultations between the two countries, held at the Moneda Palace.\n");
    const auto* m = first_event(x, "Meeting");
    REQUIRE(m);
    REQUIRE(m->start);
    CHECK(m->start->iso() == "2026-05-19");
    CHECK(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:metWith", EntityType::Person, "Rui Costa"));
}

TEST_CASE("to put one's signature to documents after talks is to sign them at the talks", "[extract][events]") {
    const auto x = extract_release("Talks held\n2026-05-04\n\nForeign Minister Ivan Petrov held talks with Foreign Minister of Chile Ana Lopes "
                                   "in Lisbon today. After the talks, the two Foreign Ministers put their signatures to a Memorandum of "
                                   "Understanding on Tourism and an Agreement on Trade.\n");
    const auto tourism = find_entity(x, EntityType::Agreement, "Memorandum of Understanding on Tourism");
    const auto trade = find_entity(x, EntityType::Agreement, "Agreement on Trade");
    REQUIRE(tourism);
    REQUIRE(trade);
    bool signed_tourism = false, signed_trade = false;
    for (const auto& f : x.facts) {
        if (f.predicate != "pgo:signedAt") continue;
        signed_tourism |= f.subject == *tourism;
        signed_trade |= f.subject == *trade;
    }
    CHECK(signed_tourism);
    CHECK(signed_trade);
}

TEST_CASE("a ministry's portfolios listed after its name with commas and 'and' are the name's, not states listed after it", "[extract][entities]") {
    const auto x = extract_release(
        "Talks held\n2026-03-03\n\nThe Ministry of Foreign Affairs, Foreign Employment and Tourism hosted the talks. "
        "Officials of the Ministry of Foreign Affairs, International Trade and Worship of Argentina attended.\n");
    CHECK(find_entity(x, EntityType::Organization, "Ministry of Foreign Affairs, Foreign Employment and Tourism"));
    CHECK(find_entity(x, EntityType::Organization, "Ministry of Foreign Affairs, International Trade and Worship of Argentina"));
    const auto y = extract_release("Minutes signed\n2026-03-03\n\nThe Ministry of Foreign Affairs, Chile and Peru signed the minutes.\n");
    CHECK_FALSE(find_entity(y, EntityType::Organization, "Ministry of Foreign Affairs, Chile and Peru"));
    CHECK(find_entity(y, EntityType::Country, "Chile"));
}
