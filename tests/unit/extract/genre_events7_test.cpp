// Ways the genre writes the meetings held within the gathering a release is about (branch events7):
// each on invented text (invented persons, real countries, cities and bodies).
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;


TEST_CASE("a body's numbered sitting 'was held today at' a venue is a session of that day", "[extract][events]") {
    const auto x = extract_release("Andean ministers meet\n2026-10-05\n\nThe 12th Extraordinary Session of the Council of Ministers of "
                                   "the Andean Community was held today at the Belem Palace in Lisbon.\n");
    const auto sessions = events_of(x, "Session");
    REQUIRE(sessions.size() == 1);
    CHECK(sessions.front()->start->iso() == "2026-10-05");
    // Not a meeting that is only announced for a later day by the same words.
    const auto y = extract_release("Andean ministers\n2026-10-05\n\nThe ministers discussed the agenda of the Council of Ministers "
                                   "of the Andean Community.\n");
    CHECK(events_of(y, "Session").empty());
}

TEST_CASE("a meeting on the margins of the release's own meeting is a meeting of its own on that day, in that city",
          "[extract][events]") {
    const auto x = extract_release("Iberian ministers meet in Porto\n2026-06-03\n\nOn 2 June, Minister of Foreign Affairs Ivan Petrov "
                                   "hosted his Spanish and French counterparts, Ana Lopes and Rui Costa, in Porto for a meeting of the "
                                   "three ministers.\n\nThe talks focused on trade.\n\nOn the margins of the meeting, Minister Petrov "
                                   "held a bilateral conversation with Minister Costa on fisheries.\n");
    const auto meetings = events_of(x, "Meeting");
    REQUIRE(meetings.size() == 2);
    const auto margins = std::find_if(meetings.begin(), meetings.end(), [&](const ExtractedEvent* e) { return e->part_of.has_value(); });
    REQUIRE(margins != meetings.end());
    CHECK((*margins)->start->iso() == "2026-06-02");
    CHECK(name_of(x, (*margins)->place) == "Porto");
    CHECK(takes_part(x, **margins, "Costa"));
    CHECK_FALSE(takes_part(x, **margins, "Lopes"));
    // A "conversation" there was held in person: no call.
    CHECK(events_of(x, "PhoneCall").empty());
}

TEST_CASE("a meeting on the sidelines of a session takes the session's day and its venue's city", "[extract][events]") {
    const auto x = extract_release("Lisbon, 5 October 2026 - The 12th Extraordinary Session of the Council of Ministers of the Andean "
                                   "Community was held today at the Belem Palace in Lisbon.\n\nOn the sidelines of the Session, "
                                   "Minister Ivan Petrov held bilateral discussions with Mr. Rui Costa, Minister of Foreign Affairs of "
                                   "Peru, on port services.\n");
    const auto meetings = events_of(x, "Meeting");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.front()->start->iso() == "2026-10-05");
    CHECK(name_of(x, meetings.front()->place) == "Lisbon");
    REQUIRE(meetings.front()->part_of.has_value());
    CHECK(x.events[*meetings.front()->part_of].type == "Session");
}

TEST_CASE("the margins of a gathering named by its name are not the release's own", "[extract][events]") {
    // "On the sidelines of the G20 Summit in Rome" names another gathering: its meeting is not dated by the release's.
    const auto x = extract_release("Meetings\n2026-06-03\n\nOn 2 June, Minister Ivan Petrov hosted Minister Ana Lopes of Chile in "
                                   "Porto for a meeting.\n\nOn the sidelines of the G20 Summit in Rome, Minister Petrov held a "
                                   "bilateral meeting with Minister Rui Costa of Peru.\n");
    for (const ExtractedEvent* e : events_of(x, "Meeting"))
        CHECK_FALSE((e->part_of.has_value() && takes_part(x, *e, "Costa") && e->start && e->start->iso() == "2026-06-02"));
}

TEST_CASE("a call on the sidelines said to be by telephone stays a call", "[extract][events]") {
    const auto x = extract_release("Iberian ministers meet in Porto\n2026-06-03\n\nOn 2 June, Minister of Foreign Affairs Ivan Petrov "
                                   "hosted his Spanish counterpart, Ana Lopes, in Porto for a meeting.\n\nOn the margins of the meeting, "
                                   "Minister Petrov held a telephone conversation with Minister Rui Costa of Peru.\n");
    for (const ExtractedEvent* e : events_of(x, "Meeting")) CHECK_FALSE(takes_part(x, *e, "Costa"));
}

TEST_CASE("a programme sentence opened by a city without a comma before its pronoun places its meetings there", "[extract][events]") {
    const auto x = extract_release("Travel\n2026-04-10\n\nForeign Minister Ivan Petrov will travel to Chile and Peru from 15 to 17 April "
                                   "2026.\n\nIn Lima he will hold talks with the Minister of Foreign Affairs of Peru, Ana Lopes, and "
                                   "will be received by President Rui Costa.\n");
    bool costa_in_lima = false;
    for (const ExtractedEvent* e : events_of(x, "Meeting"))
        if (takes_part(x, *e, "Costa")) costa_in_lima = name_of(x, e->place) == "Lima";
    CHECK(costa_in_lima);
}

TEST_CASE("who welcomes a guest to a city is at home there: the guest visited it, the host did not", "[extract][events]") {
    // No office ties the host to the city's country: only the verb says who came.
    const auto x = extract_release("Visit\n2026-05-06\n\nPresident Ivan Petrov welcomed President Ana Lopes of Chile to Washington "
                                   "today.\n");
    CHECK(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:visited", EntityType::Place, "Washington"));
    CHECK_FALSE(has_fact(x, EntityType::Person, "Ivan Petrov", "pgo:visited", EntityType::Place, "Washington"));
    CHECK(has_fact(x, EntityType::Person, "Ivan Petrov", "pgo:metWith", EntityType::Person, "Ana Lopes"));
}

TEST_CASE("'made a phone call to X' is a call of the two", "[extract][events]") {
    const auto x = extract_release("Call\n2026-05-06\n\nForeign Minister Ivan Petrov of Portugal made a phone call to Foreign Minister "
                                   "Ana Lopes of Chile today.\n");
    const auto calls = events_of(x, "PhoneCall");
    REQUIRE(calls.size() == 1);
    CHECK(calls.front()->start->iso() == "2026-05-06");
    CHECK(takes_part(x, *calls.front(), "Lopes"));
}

TEST_CASE("two counterparts met on the sidelines, each after the other's topic, are two meetings of the session", "[extract][events]") {
    const auto x = extract_release("Lisbon, 5 October 2026 - The 12th Extraordinary Session of the Council of Ministers of the Andean "
                                   "Community was held today at the Belem Palace in Lisbon.\n\nOn the sidelines of the Session, "
                                   "Minister Ivan Petrov held bilateral discussions with Mr. Rui Costa, Minister of Foreign Affairs of "
                                   "Peru, on port services, and with Mrs. Ana Lopes, Minister of Foreign Affairs of Chile, on trade.\n");
    const auto meetings = events_of(x, "Meeting");
    REQUIRE(meetings.size() == 2);
    for (const ExtractedEvent* e : meetings) {
        CHECK(e->start->iso() == "2026-10-05");
        CHECK(e->part_of.has_value());
        CHECK(takes_part(x, *e, "Costa") != takes_part(x, *e, "Lopes"));
    }
}

TEST_CASE("a counterpart received, named after the office in its long formal form, is met at the venue", "[extract][events]") {
    const auto x = extract_release("Visit\n2026-06-10\n\nForeign Minister Ivan Petrov received today at the Belem Palace his Chilean "
                                   "counterpart, the Minister of Foreign Relations of the Republic of Chile, Ana Lopes.\n");
    const auto meetings = events_of(x, "Meeting");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.front()->start->iso() == "2026-06-10");
    CHECK(takes_part(x, *meetings.front(), "Lopes"));
    CHECK(has_fact(x, EntityType::Person, "Ivan Petrov", "pgo:metWith", EntityType::Person, "Ana Lopes"));
}
