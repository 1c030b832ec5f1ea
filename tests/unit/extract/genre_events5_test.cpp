// Ways the genre dates and places its events, read after the blind batches g31-g50 and the held-out
// set: each on invented text (invented persons, real countries, cities and bodies).
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

bool has_event(const DocumentExtraction& x, const std::string& type, const std::string& start) {
    const auto all = events_of(x, type);
    return std::any_of(all.begin(), all.end(), [&](const ExtractedEvent* e) { return e->start && e->start->iso() == start; });
}

}  // namespace

TEST_CASE("a date right after a meeting's words dates it, whatever other dates the sentence gives", "[extract][events]") {
    const auto x = extract_release("Courtesy call\n2026-05-06\n\nDeputy Prime Minister Ivan Petrov also paid a courtesy call on "
                                   "President Ana Lopes at the Belem Palace on 5 May 2026, during which they discussed the "
                                   "summit that Portugal will host in 2027.\n");
    CHECK(has_event(x, "Meeting", "2026-05-05"));
    CHECK_FALSE(has_event(x, "Meeting", "2027"));
}

TEST_CASE("a meeting is not the summit its sentence only mentions", "[extract][events]") {
    // The upcoming summit of the same year is another event than the courtesy call.
    const auto x = extract_release("Courtesy call\n2026-05-06\n\nDeputy Prime Minister Ivan Petrov also paid a courtesy call on "
                                   "President Ana Lopes at the Belem Palace on 5 May 2026, during which they discussed the "
                                   "upcoming ASEAN Summit, which Portugal will host in 2026.\n");
    CHECK(has_event(x, "Meeting", "2026-05-05"));
    // "held a summit meeting with X": the summit the match names is still the rule's meeting.
    const auto y = extract_release("Summit\n2026-05-06\n\nPresident Ivan Petrov held a summit meeting with President Ana Lopes "
                                   "of Chile in Lisbon on 5 May 2026.\n");
    CHECK(events_of(y, "Meeting").empty());
    CHECK(has_event(y, "Summit", "2026-05-05"));
}

TEST_CASE("'This morning' dates a sentence on the release's day", "[extract][events][dates]") {
    const auto x = extract_release("Audience\n2026-03-13\n\nThe Minister's week\n\nThis morning, in Lisbon, Prime Minister Ivan "
                                   "Petrov received President Ana Lopes of Chile.\n");
    CHECK(has_event(x, "Meeting", "2026-03-13"));
    // Not "to this day".
    const auto y = extract_release("Statement\n2026-03-13\n\nThe ministers recalled that the border has stayed open to this "
                                   "day.\n");
    CHECK(y.events.empty());
}

TEST_CASE("a programme sentence opened by a city places its meetings there", "[extract][events]") {
    const auto x = extract_release(
        "Official Visit to Chile and Peru\n3 May 2026\n\nForeign Minister Ivan Petrov will make an Official Visit to Chile from "
        "4 to 6 May 2026, followed by an Official Visit to Peru from 6 to 8 May 2026.\n\n"
        "In Santiago, Minister Petrov will hold a bilateral meeting with Foreign Minister Ana Lopes.\n\n"
        "In Lima, Minister Petrov will meet Foreign Minister Rui Costa.\n");
    const std::size_t santiago = entity(x, EntityType::Place, "Santiago");
    const std::size_t lima = entity(x, EntityType::Place, "Lima");
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Lopes");
    const std::size_t costa = entity(x, EntityType::Person, "Rui Costa");
    bool in_santiago = false, in_lima = false;
    for (const ExtractedEvent* e : events_of(x, "Meeting")) {
        const auto& p = e->participants;
        if (std::find(p.begin(), p.end(), lopes) != p.end()) in_santiago = e->place == santiago;
        if (std::find(p.begin(), p.end(), costa) != p.end()) in_lima = e->place == lima;
    }
    CHECK(in_santiago);
    CHECK(in_lima);
    // The Lima meeting is in the days of the visit to Peru.
    for (const ExtractedEvent* e : events_of(x, "Meeting"))
        if (e->place == lima) CHECK((e->start && e->start->iso() == "2026-05-06"));
}

TEST_CASE("a call on the President in a city of the visited country is a meeting of the visit, apart from the day's other", "[extract][events]") {
    const auto x = extract_release(
        "Official Visit to Chile\n3 May 2026\n\nForeign Minister Ivan Petrov will make an Official Visit to Chile from "
        "4 to 6 May 2026.\n\nIn Santiago, Minister Petrov will call on President of Chile Ana Lopes and hold a bilateral "
        "meeting with Foreign Minister Rui Costa.\n");
    const std::size_t santiago = entity(x, EntityType::Place, "Santiago");
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Lopes");
    const std::size_t costa = entity(x, EntityType::Person, "Rui Costa");
    std::size_t with_lopes = 0, with_costa = 0, both = 0;
    for (const ExtractedEvent* e : events_of(x, "Meeting")) {
        if (e->place != santiago || !e->start || e->start->iso() != "2026-05-04") continue;
        const auto& p = e->participants;
        const bool l = std::find(p.begin(), p.end(), lopes) != p.end(), c = std::find(p.begin(), p.end(), costa) != p.end();
        with_lopes += l;
        with_costa += c;
        both += l && c;
    }
    CHECK(with_lopes == 1);
    CHECK(with_costa == 1);
    CHECK(both == 0);
}

TEST_CASE("'calls with A and B' are a call with each, 'a call with A and B' is one", "[extract][events]") {
    const auto x = extract_release("Statement\n2026-08-22\n\nThe meeting will build on President Ivan Petrov's calls this week with "
                                   "Prime Minister Ana Lopes of Portugal, Chancellor Eva Silva of Austria and President Rui Costa "
                                   "of Chile.\n");
    CHECK(events_of(x, "PhoneCall").size() == 3);
    const auto y = extract_release("Statement\n2026-08-22\n\nThe meeting will build on President Ivan Petrov's video call this "
                                   "week with Prime Minister Ana Lopes of Portugal and Chancellor Eva Silva of Austria.\n");
    CHECK(events_of(y, "PhoneCall").size() == 1);
}

TEST_CASE("a day after 'agreed to' is ahead, whatever the verb's tense", "[extract][events][dates]") {
    // Friday 4 June 2021: "on Monday" is the Monday after.
    const auto x = extract_release("Statement\n2021-06-04\n\nPresident Ivan Petrov spoke with Senator Ana Lopes today. "
                                   "They agreed to speak again on Monday.\n");
    CHECK(has_event(x, "PhoneCall", "2021-06-07"));
    CHECK_FALSE(has_event(x, "PhoneCall", "2021-05-31"));
}

TEST_CASE("an undated meeting in the place of the actor's dated trip took place on the trip", "[extract][events]") {
    const auto x = extract_release("Readout\n2023-12-06\n\nAfter her talks in Lima on December 2, the President directed her "
                                   "adviser, Dr. Ivan Petrov, to travel to Chile December 4-5 to update Chilean officials.\n\n"
                                   "In Chile, Dr. Petrov met with President Ana Lopes.\n");
    const std::size_t chile = entity(x, EntityType::Country, "Chile");
    bool found = false;
    for (const ExtractedEvent* e : events_of(x, "Meeting"))
        found |= e->start && e->start->iso() == "2023-12-04" && e->place == chile;
    CHECK(found);
    CHECK(has_event(x, "Visit", "2023-12-04"));
}

TEST_CASE("a visit to a country is not placed in a building the document puts in no city", "[extract][events]") {
    const auto x = extract_release("Talks\n2025-06-05\n\nForeign Minister Ivan Petrov received at the Itamaraty Palace today "
                                   "Foreign Minister Ana Lopes of Chile, who is on an official visit to Brazil.\n");
    const ExtractedEvent* visit = first_event(x, "Visit");
    REQUIRE(visit);
    REQUIRE(visit->place);
    CHECK(*visit->place == entity(x, EntityType::Country, "Brazil"));
    // The meeting stays in the palace.
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(meeting);
    REQUIRE(meeting->place);
    CHECK(*meeting->place == entity(x, EntityType::Place, "Itamaraty Palace"));
}

TEST_CASE("in one capitalised name the last event word names the event", "[extract][events]") {
    const auto x = extract_release("Travel\n2026-06-04\n\nThe visit concludes in Suva, where Foreign Minister Ana Lopes will "
                                   "attend the Pacific Islands Forum Foreign Ministers Meeting on 11 and 12 June.\n");
    CHECK(has_event(x, "Meeting", "2026-06-11"));
    CHECK(events_of(x, "Forum").empty());
    // A forum named alone is still a forum.
    const auto y = extract_release("Forum\n2026-06-04\n\nForeign Minister Ana Lopes will attend the Pacific Islands Forum "
                                   "in Suva on 11 June.\n");
    CHECK(has_event(y, "Forum", "2026-06-11"));
}

TEST_CASE("a call word after 'via' is the way another event is held", "[extract][events]") {
    const auto x = extract_release("Programme\n2026-11-03\n\nOn November 4, the President will take part, via videoconference, "
                                   "in a meeting of the Security Council of Chile.\n");
    CHECK(has_event(x, "Meeting", "2026-11-04"));
    CHECK(events_of(x, "PhoneCall").empty());
    // A videoconference on its own is still a call.
    const auto y = extract_release("Programme\n2026-11-03\n\nOn November 2, President Ivan Petrov held a videoconference with "
                                   "President Ana Lopes of Chile.\n");
    CHECK(has_event(y, "PhoneCall", "2026-11-02"));
}

TEST_CASE("'also ... meetings with A and B' are a meeting with each, on the actor's dated occasion", "[extract][events]") {
    const auto x = extract_release("Announcement\n2026-11-23\n\nOn November 26, 2026, Ivan Petrov, Ana Lopes and Rui Costa will meet "
                                   "in Lisbon.\n\nThe talks are timed to coincide with an anniversary.\n\nSpecial emphasis will "
                                   "be placed on trade.\n\nIvan Petrov is also expected to have bilateral meetings with Ana Lopes "
                                   "and Rui Costa.\n");
    const std::size_t lisbon = entity(x, EntityType::Place, "Lisbon");
    std::size_t in_lisbon = 0;
    for (const ExtractedEvent* e : events_of(x, "Meeting"))
        if (e->start && e->start->iso() == "2026-11-26" && e->place == lisbon) ++in_lisbon;
    CHECK(in_lisbon == 3);
}

TEST_CASE("a date in a named document's participle clause dates its signing, not the sentence's talks", "[extract][events]") {
    const auto x = extract_release("Visit\n2026-02-17\n\nDiscussions focused on the implementation of the Memorandum of "
                                   "Understanding between the Government of Chile and the OSCE Secretariat, signed in 2023, as "
                                   "well as on water management.\n");
    CHECK_FALSE(has_event(x, "Meeting", "2023"));
    CHECK(has_event(x, "Ceremony", "2023"));
}

TEST_CASE("a date after a name and its founding is no date of the sentence's meeting", "[extract][events]") {
    const auto x = extract_release("Dialogue\n2026-07-02\n\nThe Meeting reviewed the progress in the Chile-Peru Comprehensive "
                                   "Strategic Partnership established in 2024.\n");
    CHECK_FALSE(has_event(x, "Meeting", "2024"));
}

TEST_CASE("'while in Lima for the G20 Leaders' Summit' places the summit the release dates elsewhere", "[extract][events]") {
    const auto x = extract_release("Readout\n2023-09-09\n\nTackling the crisis requires global action, and while in Lima, Peru, for "
                                   "the G20 Leaders' Summit, President Ivan Petrov has built partnerships.\n\nToday, on the margins "
                                   "of the G20 Leaders' Summit, President Ivan Petrov met Prime Minister Ana Lopes of Chile.\n");
    const std::size_t lima = entity(x, EntityType::Place, "Lima");
    bool placed = false;
    for (const ExtractedEvent* e : events_of(x, "Summit")) placed |= e->start && e->start->iso() == "2023-09-09" && e->place == lima;
    CHECK(placed);
}

// Branch events6 (after the blind batch g51-g56).

TEST_CASE("a dateline run into the first sentence dates the release: announced days fall in its year", "[extract][events][dates]") {
    const auto x = extract_release("Foreign Minister Petrov begins official tour of Chile and Peru\n\nLisbon, 21 April 2026. "
                                   "Foreign Minister Ivan Petrov will make an official tour of Chile and Peru from 22 to 27 "
                                   "April. In Santiago, the Foreign Minister will meet his Chilean counterpart, Ana Lopes, on "
                                   "23 April.\n");
    CHECK(has_event(x, "Visit", "2026-04-22"));
    CHECK_FALSE(has_event(x, "Visit", "2027-04-22"));
    CHECK(has_event(x, "Meeting", "2026-04-23"));
}
