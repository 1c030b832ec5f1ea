// Ways the genre writes several events of one day (branch events8): a sentence opened by "Earlier" or
// "Later" tells an event of its own, on the day just told; a head of government's seat is named by the
// office it serves. Each on invented text (invented persons, real countries and cities).
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;


TEST_CASE("'Later in the day, X called on Y at the Prime Minister's Office' is a meeting of its own there", "[extract][events]") {
    const auto x = extract_release("Foreign Minister holds talks with Chilean counterpart\n\nLisbon, 5 May 2026\n\nForeign Minister "
                                   "Ivan Petrov held delegation-level talks today with the Minister of Foreign Affairs of Chile, "
                                   "Ms. Ana Lopes, at the Ministry of Foreign Affairs, Lisbon.\n\nThe two ministers discussed "
                                   "trade.\n\nLater in the day, Minister Lopes called on Prime Minister Rui Costa at the Prime "
                                   "Minister's Office.\n");
    const auto meetings = events_of(x, "Meeting");
    REQUIRE(meetings.size() == 2);
    const auto call = std::find_if(meetings.begin(), meetings.end(), [&](const ExtractedEvent* e) { return takes_part(x, *e, "Costa"); });
    REQUIRE(call != meetings.end());
    CHECK(name_of(x, (*call)->place) == "Prime Minister's Office");
    CHECK((*call)->start->iso() == "2026-05-05");
    CHECK_FALSE(takes_part(x, **call, "Petrov"));
}

TEST_CASE("'Earlier, A held a bilateral meeting with B' beside the day's meeting of A, B and C is another meeting", "[extract][events]") {
    const auto x = extract_release("Trilateral meeting of foreign ministers\n\nLisbon, 5 May 2026\n\nForeign Minister Ivan Petrov, "
                                   "Foreign Minister Ana Lopes of Chile and Foreign Minister Rui Costa of Peru met today in Lisbon "
                                   "for a trilateral meeting.\n\nThe ministers discussed trade.\n\nEarlier, Minister Petrov held a "
                                   "bilateral meeting with Minister Lopes.\n");
    const auto meetings = events_of(x, "Meeting");
    REQUIRE(meetings.size() == 2);
    for (const ExtractedEvent* e : meetings) CHECK(e->start->iso() == "2026-05-05");
    const auto bilateral = std::count_if(meetings.begin(), meetings.end(),
                                         [&](const ExtractedEvent* e) { return !takes_part(x, *e, "Costa") && takes_part(x, *e, "Lopes"); });
    CHECK(bilateral == 1);
}

TEST_CASE("a sentence opened by 'Earlier' that names a day of its own keeps it", "[extract][events]") {
    const auto x = extract_release("Foreign ministers meet\n\nLisbon, 5 May 2026\n\nForeign Minister Ivan Petrov met Foreign Minister "
                                   "Ana Lopes of Chile today in Lisbon.\n\nEarlier, on 2 March 2026, Minister Petrov held talks with "
                                   "Minister Rui Costa of Peru in Lima.\n");
    const auto meetings = events_of(x, "Meeting");
    CHECK(std::any_of(meetings.begin(), meetings.end(), [](const ExtractedEvent* e) { return e->start->iso() == "2026-03-02"; }));
    CHECK(std::none_of(meetings.begin(), meetings.end(),
                       [&](const ExtractedEvent* e) { return e->start->iso() == "2026-05-05" && takes_part(x, *e, "Costa"); }));
}

TEST_CASE("'Later in the day' after a sentence announcing a later day is the release's day", "[extract][events]") {
    const auto x = extract_release("Minister in telephone conversation with Chilean counterpart\n\nLisbon, Tuesday, 9 June 2026\n\n"
                                   "Minister of Foreign Affairs Ivan Petrov had a telephone conversation today with Minister of "
                                   "Foreign Affairs of Chile Ana Lopes, during which they discussed the session of the Joint Council, "
                                   "to be held in Porto on 2 July.\n\nLater in the day, Minister Petrov received at the Belem Palace "
                                   "the outgoing Ambassador of Peru to Portugal, Rui Costa.\n");
    const auto meetings = events_of(x, "Meeting");
    const auto received = std::find_if(meetings.begin(), meetings.end(), [&](const ExtractedEvent* e) { return takes_part(x, *e, "Costa"); });
    REQUIRE(received != meetings.end());
    CHECK((*received)->start->iso() == "2026-06-09");
}

TEST_CASE("a meeting placed in a city by the headline and at a venue in that city by the lead is at the venue", "[extract][events]") {
    const auto x = extract_release("Press Releases | 5 May 2026\n\nChile and Peru hold the 5th Meeting of the Chile-Peru Joint "
                                   "Commission on Trade in Lisbon\n\nOn 4 May 2026, Foreign Minister Ana Lopes of Chile and Foreign "
                                   "Minister Rui Costa of Peru co-chaired the 5th Meeting of the Chile-Peru Joint Commission on Trade "
                                   "(JC) at the Lisbon Congress Centre in Lisbon.\n\nThe ministers discussed trade.\n");
    const auto meetings = events_of(x, "Meeting");
    REQUIRE(meetings.size() == 1);
    CHECK(name_of(x, meetings.front()->place) == "Lisbon Congress Centre");
    CHECK(meetings.front()->start->iso() == "2026-05-04");
}
