#include "pressgraph/util/month_names.hpp"

#include <catch2/catch.hpp>

using namespace pressgraph;

TEST_CASE("month_from_name reads full and abbreviated English month names in any case", "[util][month_names]") {
    CHECK(month_from_name("January") == 1);
    CHECK(month_from_name("february") == 2);
    CHECK(month_from_name("MAY") == 5);
    CHECK(month_from_name("November") == 11);
    CHECK(month_from_name("December") == 12);
    CHECK(month_from_name("Jan") == 1);
    CHECK(month_from_name("Nov") == 11);
    CHECK(month_from_name("sep") == 9);
    CHECK(month_from_name("Sept") == 9);
    CHECK(month_from_name("September") == 9);
}

TEST_CASE("month_from_name refuses other words", "[util][month_names]") {
    for (const char* word : {"", "Ju", "Juni", "Novembre", "Mayday", "Monday", "Marc", "Septembers", "Nov.", "12"}) {
        INFO(word);
        CHECK_FALSE(month_from_name(word));
    }
}
