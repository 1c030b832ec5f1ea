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
