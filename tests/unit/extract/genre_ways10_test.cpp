// Ways of the genre read after the tenth blind batch of the genre set (tests/data/genre g75-g80),
// each on invented text: invented persons, real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("'the minister' refers back to the minister already named, not to a minister named only later", "[extract][coreference]") {
    const auto x = extract_release(
        "Talks held\n2026-09-22\n\nMinister of Foreign Affairs and Trade Ivan Petrov announced new projects in Lisbon on Tuesday.\n\n"
        "The minister also said that he will travel to Santiago in November.\n\n"
        "Earlier in the day, the Chilean guest was received by Minister of National Economy Rui Costa.\n");
    CHECK(has_fact(x, EntityType::Person, "Ivan Petrov", "pgo:visited", EntityType::Place, "Santiago"));
    CHECK_FALSE(has_fact(x, EntityType::Person, "Rui Costa", "pgo:visited", EntityType::Place, "Santiago"));
}

TEST_CASE("'the President' may still point forward when no president is named before it", "[extract][coreference]") {
    const auto x = extract_release("Working meeting with the Minister\n2026-01-13\n\nThe President had a working meeting with Defence "
                                   "Minister Rui Costa.\n\nPresident of Chile Ivan Petrov: Mr Costa, please report.\n");
    CHECK(has_fact(x, EntityType::Person, "Ivan Petrov", "pgo:metWith", EntityType::Person, "Rui Costa"));
}
