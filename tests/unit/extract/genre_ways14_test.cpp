// Ways of the genre read after the fourteenth blind batch of the genre set (tests/data/genre g93-g98),
// each on invented text: invented persons, real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;


TEST_CASE("'held an official session of talks today with' is a meeting of the day", "[extract][events]") {
    const auto x = extract_release("Talks held\n\n13 January 2027\n\nLisbon, 13 January – Ivan Petrov, Minister of Foreign Affairs, "
                                   "held an official session of talks today with Ana Lopes, Minister of Foreign Affairs of Chile.\n");
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(meeting);
    REQUIRE(meeting->start);
    CHECK(meeting->start->iso() == "2027-01-13");
    // A session of a body is no meeting of two persons.
    const auto y = extract_release("Council meets\n\n13 January 2027\n\nLisbon, 13 January – Ivan Petrov, Minister of Foreign "
                                   "Affairs, attended a session of the Council of Ministers.\n");
    CHECK_FALSE(first_event(y, "Meeting"));
}

TEST_CASE("the given name 'Said' inside a personal name", "[extract][entities]") {
    const auto x = extract_release("Session held\n\n15 January 2027\n\nThe Session was co-chaired by Hon. Amb. Zuhura Said Mselem (MP), "
                                   "Minister for Foreign Affairs of the United Republic of Tanzania, and the Minister of Chile.\n");
    CHECK(find_entity(x, EntityType::Person, "Zuhura Said Mselem"));
    // A title-case headline goes on after the verb: no name runs through it.
    const auto y = extract_release("Ivan Petrov Said Lisbon Talks Went Well\n\n15 January 2027\n\nThe talks were held in Lisbon.\n");
    CHECK_FALSE(find_entity(y, EntityType::Person, "Ivan Petrov Said Lisbon"));
}

TEST_CASE("the Baltic parliaments by their own names, and the Vienna International Centre is a venue", "[extract][entities]") {
    const auto x = extract_release("Minister meets Speaker\n\n12 January 2027\n\nThe Minister also met with Speaker of the Seimas Ana "
                                   "Lopes and with the Director General of UNIDO, Rui Costa, at the Vienna International Centre.\n");
    CHECK(find_entity(x, EntityType::Organization, "Seimas"));
    CHECK(find_entity(x, EntityType::Place, "Vienna International Centre"));
    CHECK_FALSE(find_entity(x, EntityType::Organization, "Vienna International Centre"));
}
