// Ways the genre writes the calls of a visit and the meetings it announces (branch events9): a courtesy call
// told in a sentence opened by "During the visit," (the visit named back, no visit of its own), on "the Rt.
// Hon." Prime Minister, by a guest set off by a clause ("X, who arrived on Tuesday, is set to pay a courtesy
// call on Y on Thursday", "... tomorrow"), on the margins of the release's own session; the next round, session
// or meeting announced for a part of a year; "In the afternoon," going on with the day told. Each on invented text (invented persons, real countries and cities).
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;


TEST_CASE("'the Rt. Hon. Prime Minister' does not end the sentence: the courtesy call on him is read", "[extract][events]") {
    const auto x = extract_release("Foreign Minister of Chile visits Portugal\n\nLisbon, 5 May 2026\n\nForeign Minister Ana Lopes of "
                                   "Chile arrived in Lisbon on 4 May 2026 on an official visit to Portugal. During the visit, she paid "
                                   "a courtesy call on the Rt. Hon. Prime Minister Mr. Rui Costa at the Necessidades Palace this "
                                   "morning.\n");
    const ExtractedEvent* call = event_with(x, "Meeting", "Costa");
    REQUIRE(call != nullptr);
    CHECK(call->start->iso() == "2026-05-05");
    CHECK(name_of(x, call->place) == "Necessidades Palace");
}

TEST_CASE("'During the visit, X called on Y on <day>' names the visit told before: no visit of that day", "[extract][events]") {
    const auto x = extract_release("Foreign Minister of Chile visits Portugal\n\nLisbon, 6 May 2026\n\nForeign Minister Ana Lopes of "
                                   "Chile paid an official visit to Portugal from 4 to 6 May 2026.\n\nDuring the visit, Minister Lopes "
                                   "called on His Excellency the President at the Necessidades Palace on 5 May 2026.\n");
    const auto visits = events_of(x, "Visit");
    REQUIRE(visits.size() == 1);
    CHECK(visits.front()->start->iso() == "2026-05-04");
    // Control: a visit named with its own place and day ("During her visit to Porto on 6 May, ...") is still read.
    const auto y = extract_release("Foreign Minister of Chile visits Portugal\n\nLisbon, 7 May 2026\n\nForeign Minister Ana Lopes of "
                                   "Chile held talks with Foreign Minister Ivan Petrov in Lisbon on 5 May 2026.\n\nDuring her visit to "
                                   "Porto on 6 May 2026, Minister Lopes toured the port.\n");
    const auto porto = events_of(y, "Visit");
    CHECK(std::any_of(porto.begin(), porto.end(), [](const ExtractedEvent* e) { return e->start->iso() == "2026-05-06"; }));
}

TEST_CASE("'X, who arrived on Tuesday ..., is set to pay a courtesy call on Y on Thursday' is the Thursday's meeting", "[extract][events]") {
    const auto x = extract_release("Chile, Portugal foreign ministers hold talks\n\nLISBON, May 6, 2026\n\nForeign Minister Ivan Petrov "
                                   "held talks with his Chilean counterpart, Ana Lopes, in Lisbon on Wednesday.\n\nLopes, who arrived "
                                   "in Lisbon on Tuesday for a three-day official visit, is set to pay a courtesy call on Prime "
                                   "Minister Rui Costa on Thursday.\n");
    const ExtractedEvent* call = event_with(x, "Meeting", "Costa");
    REQUIRE(call != nullptr);
    CHECK(call->start->iso() == "2026-05-07");
    CHECK(call->planned);
}

TEST_CASE("'X, who is on a visit to C, is scheduled to pay a courtesy call on Y tomorrow': the visit today, the call tomorrow", "[extract][events]") {
    const auto x = extract_release("Chile, Portugal foreign ministers hold talks\n\nLISBON, May 5, 2026\n\nForeign Minister Ivan Petrov "
                                   "held talks with his Chilean counterpart, Ana Lopes, in Lisbon today.\n\nLopes, who is on a two-day "
                                   "official visit to Portugal, is scheduled to pay a courtesy call on Prime Minister Rui Costa "
                                   "tomorrow.\n");
    const ExtractedEvent* call = event_with(x, "Meeting", "Costa");
    REQUIRE(call != nullptr);
    CHECK(call->start->iso() == "2026-05-06");
    // "who is on a two-day official visit to Portugal": the visit, told in the present, is under way on the release's day.
    const ExtractedEvent* visit = event_with(x, "Visit", "Lopes");
    REQUIRE(visit != nullptr);
    CHECK(visit->start->iso() == "2026-05-05");
    CHECK(name_of(x, visit->place) == "Portugal");
    // Control: a visit told in the past is not the release's day's.
    const auto y = extract_release("Chile, Portugal foreign ministers hold talks\n\nLISBON, May 5, 2026\n\nForeign Minister Ivan Petrov "
                                   "held talks with his Chilean counterpart, Ana Lopes, in Lisbon today.\n\nLopes, who was on an "
                                   "official visit to Portugal, thanked Minister Petrov.\n");
    const auto visits = events_of(y, "Visit");
    CHECK(std::none_of(visits.begin(), visits.end(), [](const ExtractedEvent* e) { return e->start->iso() == "2026-05-05"; }));
}

TEST_CASE("a courtesy call 'on the margins of the Session' is a meeting, not the session", "[extract][events]") {
    const auto x = extract_release("Chile and Portugal hold the 3rd Session of their Joint Commission\n\nLisbon, 6 May 2026\n\nThe 3rd "
                                   "Session of the Chile-Portugal Joint Commission was held in Lisbon from 4 to 6 May 2026.\n\nOn the "
                                   "margins of the Session, Minister Ana Lopes of Chile paid a courtesy call on President Rui Costa at "
                                   "the Necessidades Palace on Tuesday, 5 May 2026.\n");
    const ExtractedEvent* call = event_with(x, "Meeting", "Costa");
    REQUIRE(call != nullptr);
    CHECK(call->start->iso() == "2026-05-05");
    CHECK(name_of(x, call->place) == "Necessidades Palace");
    // Control: the session itself stays, and no session is read at the palace.
    const auto sessions = events_of(x, "Session");
    CHECK(std::any_of(sessions.begin(), sessions.end(), [](const ExtractedEvent* e) { return e->start->iso() == "2026-05-04"; }));
    CHECK(std::none_of(sessions.begin(), sessions.end(), [](const ExtractedEvent* e) { return e->start->iso() == "2026-05-05"; }));
}

TEST_CASE("the next round, session or meeting announced 'in the first half of' or 'early' in a year", "[extract][events]") {
    const auto x = extract_release("Foreign ministers of Chile and Portugal meet\n\nLisbon, 5 May 2026\n\nForeign Minister Ivan Petrov "
                                   "held talks with Foreign Minister of Chile Ana Lopes in Lisbon on 5 May 2026.\n\nThe two sides agreed "
                                   "to hold the fifth round of their strategic dialogue in Santiago in the first half of next year.\n\n"
                                   "They also agreed to convene the next session of the Chile-Portugal Commission on Trade in Porto in "
                                   "the first half of 2028.\n");
    const auto meetings = events_of(x, "Meeting");
    CHECK(std::any_of(meetings.begin(), meetings.end(), [&](const ExtractedEvent* e) {
        return e->start->iso() == "2027" && name_of(x, e->place) == "Santiago" && e->planned;
    }));
    const auto sessions = events_of(x, "Session");
    CHECK(std::any_of(sessions.begin(), sessions.end(), [&](const ExtractedEvent* e) {
        return e->start->iso() == "2028" && name_of(x, e->place) == "Porto";
    }));
    // Control: a round told without its place or time is no event.
    const auto y = extract_release("Foreign ministers of Chile and Portugal meet\n\nLisbon, 5 May 2026\n\nForeign Minister Ivan Petrov "
                                   "held talks with Foreign Minister of Chile Ana Lopes in Lisbon on 5 May 2026.\n\nThe two sides agreed "
                                   "to hold the fifth round of their strategic dialogue soon.\n");
    CHECK(events_of(y, "Meeting").size() == 1);
}

TEST_CASE("'In the afternoon, ... at Villa X' goes on with the day just told, at the villa", "[extract][events]") {
    const auto x = extract_release("Foreign Minister receives Chilean counterpart\n\nLisbon, 7 May 2026\n\nForeign Minister Ivan Petrov "
                                   "received Foreign Minister Ana Lopes of Chile in Lisbon on 5 May 2026.\n\nThe ministers discussed trade.\n\n"
                                   "In the afternoon, the two "
                                   "ministers opened the Chile-Portugal Business Forum at Villa Aurelia.\n");
    const auto forums = events_of(x, "Forum");
    REQUIRE(forums.size() == 1);
    CHECK(forums.front()->start->iso() == "2026-05-05");
    // An Italian villa named with its head first is a venue (word class venue_head_first).
    CHECK(name_of(x, forums.front()->place) == "Villa Aurelia");
    // Control: a part of a day with a day of its own keeps it.
    const auto y = extract_release("Foreign Minister receives Chilean counterpart\n\nLisbon, 7 May 2026\n\nForeign Minister Ivan Petrov "
                                   "received Foreign Minister Ana Lopes of Chile in Lisbon on 5 May 2026.\n\nThe ministers discussed trade.\n\n"
                                   "In the afternoon of 6 May, "
                                   "the two ministers opened the Chile-Portugal Business Forum at the Necessidades Palace.\n");
    const auto later = events_of(y, "Forum");
    REQUIRE(later.size() == 1);
    CHECK(later.front()->start->iso() == "2026-05-06");
}

TEST_CASE("'During the visit, X paid a courtesy call on Y at a venue' is a meeting in the days of the visit, at the venue", "[extract][events]") {
    const auto x = extract_release("Foreign Minister of Chile visits Portugal\n\nLisbon, 7 May 2026\n\nForeign Minister Ana Lopes of "
                                   "Chile paid an official visit to Portugal from 4 to 6 May 2026.\n\nThe ministers discussed trade.\n\n"
                                   "During the visit, Minister Lopes paid a courtesy call on the Prime Minister of Portugal Rui Costa "
                                   "at Kilbrook House.\n");
    const ExtractedEvent* call = event_with(x, "Meeting", "Costa");
    REQUIRE(call != nullptr);
    CHECK(call->start->iso() == "2026-05-04");
    CHECK(name_of(x, call->place) == "Kilbrook House");
    // Control: the same call, not told as part of the visit, is not dated by it.
    const auto y = extract_release("Foreign Minister of Chile visits Portugal\n\nLisbon, 7 May 2026\n\nForeign Minister Ana Lopes of "
                                   "Chile paid an official visit to Portugal from 4 to 6 May 2026.\n\nThe ministers discussed trade.\n\n"
                                   "Minister Lopes paid a courtesy call on the Prime Minister of Portugal Rui Costa at Kilbrook House.\n");
    CHECK(event_with(y, "Meeting", "Costa") == nullptr);
}

TEST_CASE("'X was later received by Y at a venue' is a meeting on the day just told", "[extract][events]") {
    const auto x = extract_release("Foreign ministers of Portugal and Chile meet\n\nLISBON, May 6, 2026\n\nForeign Minister Ivan Petrov "
                                   "hosted his Chilean counterpart Ana Lopes in Lisbon on Tuesday.\n\nThe ministers discussed trade.\n\n"
                                   "Lopes thanked Portugal for its support.\n\nThe Chilean minister was later received by President "
                                   "Rui Costa at the Necessidades Palace.\n");
    const ExtractedEvent* call = event_with(x, "Meeting", "Costa");
    REQUIRE(call != nullptr);
    CHECK(call->start->iso() == "2026-05-05");
    CHECK(name_of(x, call->place) == "Necessidades Palace");
    // Control: without "later", nothing orders the reception within that day.
    const auto y = extract_release("Foreign ministers of Portugal and Chile meet\n\nLISBON, May 6, 2026\n\nForeign Minister Ivan Petrov "
                                   "hosted his Chilean counterpart Ana Lopes in Lisbon on Tuesday.\n\nThe ministers discussed trade.\n\n"
                                   "Lopes thanked Portugal for its support.\n\nThe Chilean minister was received by President "
                                   "Rui Costa at the Necessidades Palace.\n");
    CHECK(event_with(y, "Meeting", "Costa") == nullptr);
}
