#include "pressgraph/util/calendar_names.hpp"

#include <catch2/catch.hpp>

#include "support/lexicon_fixture.hpp"

using namespace pressgraph;

namespace {
// The project's calendar (ontology/lexicon/calendar_words.tsv), as the lexicon gives it.
const CalendarNames& months() { return test::fixture_lexicon().month_names(); }
}  // namespace

TEST_CASE("the calendar's month names are read in full and abbreviated, in any case", "[util][calendar_names]") {
    CHECK(months().number_of("January") == 1);
    CHECK(months().number_of("february") == 2);
    CHECK(months().number_of("MAY") == 5);
    CHECK(months().number_of("November") == 11);
    CHECK(months().number_of("December") == 12);
    CHECK(months().number_of("Jan") == 1);
    CHECK(months().number_of("Nov") == 11);
    CHECK(months().number_of("sep") == 9);
    CHECK(months().number_of("Sept") == 9);
    CHECK(months().number_of("September") == 9);
    CHECK(test::fixture_lexicon().weekday_names().number_of("Monday") == 1);
}

TEST_CASE("the calendar's month names refuse other words", "[util][calendar_names]") {
    for (const char* word : {"", "Ju", "Juni", "Novembre", "Mayday", "Monday", "Marc", "Septembers", "Nov.", "12"}) {
        INFO(word);
        CHECK_FALSE(months().number_of(word));
    }
}

TEST_CASE("calendar names added by hand", "[util][calendar_names]") {
    CalendarNames names;
    names.add("monday", 1);
    CHECK(names.number_of("MONDAY") == 1);
    CHECK_FALSE(names.number_of("mondays"));
    CHECK_FALSE(names.number_of(""));
}
