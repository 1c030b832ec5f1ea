// Ways of the genre read after the thirteenth blind batch of the genre set (tests/data/genre g87-g92),
// each on invented text: invented persons, real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;


TEST_CASE("a wire page's date line, the publisher's name before a dash, dates the release", "[extract][dates]") {
    const auto x = extract_release("Chile, Peru agree to expand trade\n\nMERIDIAN NEWS - Dec 30, 2026 - 18:25 | World, All\n\n"
                                   "LIMA - Chilean Foreign Minister Ana Lopes met her Peruvian counterpart Rui Costa on Wednesday.\n");
    REQUIRE(x.published);
    CHECK(x.published->iso() == "2026-12-30");
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(meeting);
    REQUIRE(meeting->start);
    CHECK(meeting->start->iso() == "2026-12-30");
    // A headline of lower-case words before the dash is no publisher's name.
    const auto y = extract_release("Chile, Peru agree to expand trade\n\nTrade talks held - Dec 30, 2026 - 18:25 | World, All\n\n"
                                   "LIMA - Chilean Foreign Minister Ana Lopes met her Peruvian counterpart Rui Costa on Wednesday.\n");
    CHECK_FALSE((y.published && y.published->iso() == "2026-12-30"));
}

TEST_CASE("'held phone talks' is a call, not a meeting as well", "[extract][events]") {
    // (Told after the lead: in the lead, "talks with X" is also read as the release's own meeting.)
    const auto x = extract_release("Leaders talk\n\n30 December 2026\n\nThe Ministry released its annual report.\n\nSeparately, "
                                   "Prime Minister Ana Lopes held phone talks with Chilean President Rui Costa on Wednesday.\n");
    CHECK(first_event(x, "PhoneCall"));
    CHECK_FALSE(first_event(x, "Meeting"));
    // Talks without the phone are a meeting.
    const auto y = extract_release("Leaders talk\n\n30 December 2026\n\nPrime Minister Ana Lopes held talks with Chilean "
                                   "President Rui Costa in Lisbon on Wednesday.\n");
    CHECK(first_event(y, "Meeting"));
    CHECK_FALSE(first_event(y, "PhoneCall"));
}

TEST_CASE("'and agreed to hold a summit in X in late January' is a clause of its own, with its own place and time",
          "[extract][events]") {
    const auto x = extract_release("Leaders meet\n\n30 December 2026\n\nPrime Minister Ana Lopes met Chilean President Rui Costa "
                                   "on Wednesday and agreed to hold a summit in Lisbon in late January.\n");
    const ExtractedEvent* summit = first_event(x, "Summit");
    REQUIRE(summit);
    REQUIRE(summit->start);
    CHECK(summit->start->iso() == "2027-01");
    CHECK(name_of(x, summit->place) == "Lisbon");
    const auto meetings = events_of(x, "Meeting");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.front()->start->iso() == "2026-12-30");
    CHECK_FALSE(meetings.front()->place);
    // A place told in the meeting's own clause stays the meeting's.
    const auto y = extract_release("Leaders meet\n\n30 December 2026\n\nPrime Minister Ana Lopes met Chilean President Rui Costa "
                                   "in Lisbon on Wednesday.\n");
    REQUIRE(first_event(y, "Meeting"));
    CHECK(name_of(y, first_event(y, "Meeting")->place) == "Lisbon");
}

TEST_CASE("an office with a second portfolio joined by 'and', its state and the name without commas name a person",
          "[extract][entities]") {
    const auto x = extract_release("Talks held\n\n21 December 2026\n\nOn December 21, 2026 the Minister held talks in Lisbon with "
                                   "Minister of Foreign Affairs and International Trade of the Republic of Chile Farai Tomana.\n");
    REQUIRE(find_entity(x, EntityType::Person, "Farai Tomana"));
    CHECK(has_fact(x, EntityType::Person, "Farai Tomana", "pgo:holdsPosition", EntityType::Country, "Chile"));
    // Lower-case words after "and" are no portfolio: no name is read after them.
    const auto y = extract_release("Talks held\n\n21 December 2026\n\nThe Minister of Foreign Affairs and members of the Republic "
                                   "of Chile Farai Tomana met.\n");
    CHECK_FALSE(has_fact(y, EntityType::Person, "Farai Tomana", "pgo:holdsPosition", EntityType::Country, "Chile"));
}

TEST_CASE("'Vice-Minister', hyphenated, is an office of a state", "[extract][relations]") {
    const auto x = extract_release("Consultations held\n\n28 December 2026\n\nThe Deputy Minister held political consultations with the "
                                   "Vice-Minister of Foreign Affairs of the Republic of Chile, Ana Lopes, in Lisbon.\n");
    CHECK(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:holdsPosition", EntityType::Country, "Chile"));
    // A vice-chair of a body is no office of the state named after the body.
    const auto y = extract_release("Consultations held\n\n28 December 2026\n\nThe Deputy Minister met the Vice-Chair of the "
                                   "Lisbon Heritage Institute, Ana Lopes, in Lisbon.\n");
    CHECK_FALSE(has_fact(y, EntityType::Person, "Ana Lopes", "pgo:holdsPosition", EntityType::Country, "Portugal"));
}

TEST_CASE("a Vietnamese name of four words, a middle name before two given names, is read whole after an office",
          "[extract][entities]") {
    const auto x = extract_release("Talks held\n\n23 December 2026\n\nThe Minister will meet with Vice Chairwoman of the National "
                                   "Assembly Hà Thị Ngọc Lan and Deputy Minister Nguyễn Văn Minh Tuấn.\n");
    CHECK(find_entity(x, EntityType::Person, "Hà Thị Ngọc Lan"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Ngọc Lan"));
    CHECK(find_entity(x, EntityType::Person, "Nguyễn Văn Minh Tuấn"));
    // Without the middle name, three words stay the name: the fourth capitalised word is not taken.
    const auto y = extract_release("Talks held\n\n23 December 2026\n\nThe Minister met Deputy Minister Trần Đức Khải Lisbon Office.\n");
    CHECK_FALSE(find_entity(y, EntityType::Person, "Trần Đức Khải Lisbon"));
}

TEST_CASE("'X will meet Y and will visit Z on <date>': the date and the visit are the second clause's, X's", "[extract][events]") {
    const auto x = extract_release("Visit announced\n\n23 December 2026\n\nDuring her stay, Minister Ana Lopes will meet with Deputy "
                                   "Minister Rui Costa and will visit Porto on 24-25 December 2026.\n");
    CHECK(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:visited", EntityType::Place, "Porto"));
    CHECK_FALSE(has_fact(x, EntityType::Person, "Rui Costa", "pgo:visited", EntityType::Place, "Porto"));
    for (const ExtractedEvent* m : events_of(x, "Meeting")) CHECK_FALSE((m->start && m->start->iso() == "2026-12-24"));
    // A meeting told with the date in its own clause keeps it.
    const auto y = extract_release("Visit announced\n\n23 December 2026\n\nMinister Ana Lopes will meet with Deputy Minister Rui Costa "
                                   "in Porto on 24 December 2026.\n");
    REQUIRE(first_event(y, "Meeting"));
    REQUIRE(first_event(y, "Meeting")->start);
    CHECK(first_event(y, "Meeting")->start->iso() == "2026-12-24");
}

TEST_CASE("a monarch's regnal number after the name is part of it", "[extract][entities]") {
    const auto x = extract_release("Message delivered\n\n28 December 2026\n\nThe Minister delivered a message from His Majesty King "
                                   "Carlos XVI to the President.\n");
    CHECK(find_entity(x, EntityType::Person, "Carlos XVI"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Carlos"));
    // A numeral after a name without a monarch's title is not taken.
    const auto y = extract_release("Message delivered\n\n28 December 2026\n\nThe ministers met at the Carlos XVI Hotel in Lisbon.\n");
    CHECK_FALSE(find_entity(y, EntityType::Person, "Carlos XVI"));
}
