#include "pressgraph/util/date_value.hpp"

#include <catch2/catch.hpp>

using namespace pressgraph;

TEST_CASE("DateValue writes ISO 8601 at its own precision", "[util][date_value]") {
    CHECK(DateValue{2024, 0, 0}.iso() == "2024");
    CHECK(DateValue{2024, 6, 0}.iso() == "2024-06");
    CHECK(DateValue{2024, 6, 24}.iso() == "2024-06-24");
    CHECK(DateValue{987, 1, 2}.iso() == "0987-01-02");  // zero-padded to four digits
    CHECK(DateValue{5, 12, 31}.iso() == "0005-12-31");
    CHECK(DateValue{9999, 10, 0}.iso() == "9999-10");
    CHECK(DateValue{12345, 0, 0}.iso() == "12345");  // past four digits, as printf writes it
}

TEST_CASE("DateValue names the xsd datatype that fits its precision", "[util][date_value]") {
    CHECK(DateValue{2024, 0, 0}.precision() == DatePrecision::Year);
    CHECK(DateValue{2024, 0, 0}.xsd_type() == "gYear");
    CHECK(DateValue{2024, 11, 0}.precision() == DatePrecision::Month);
    CHECK(DateValue{2024, 11, 0}.xsd_type() == "gYearMonth");
    CHECK(DateValue{2024, 11, 22}.precision() == DatePrecision::Day);
    CHECK(DateValue{2024, 11, 22}.xsd_type() == "date");
}

TEST_CASE("DateValue::valid honours month lengths and leap years", "[util][date_value]") {
    CHECK(DateValue{2024, 2, 29}.valid());        // divisible by 4
    CHECK_FALSE(DateValue{2023, 2, 29}.valid());
    CHECK_FALSE(DateValue{1900, 2, 29}.valid());  // divisible by 100, not by 400
    CHECK(DateValue{2000, 2, 29}.valid());        // divisible by 400
    CHECK_FALSE(DateValue{2024, 2, 30}.valid());
    CHECK(DateValue{2024, 4, 30}.valid());
    CHECK_FALSE(DateValue{2024, 4, 31}.valid());
    CHECK(DateValue{2024, 12, 31}.valid());
    CHECK_FALSE(DateValue{2024, 13, 0}.valid());
    CHECK_FALSE(DateValue{2024, 0, 5}.valid());   // a day without a month
    CHECK_FALSE(DateValue{0, 0, 0}.valid());
    CHECK(DateValue{2024, 0, 0}.valid());
    CHECK(DateValue{2024, 7, 0}.valid());
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2100, 2) == 28);
    CHECK(days_in_month(2024, 9) == 30);
    CHECK(days_in_month(2024, 13) == 0);
}

TEST_CASE("DateValue::parse_iso reads the three precisions", "[util][date_value]") {
    CHECK(DateValue::parse_iso("2024") == DateValue{2024, 0, 0});
    CHECK(DateValue::parse_iso("2024-06") == DateValue{2024, 6, 0});
    CHECK(DateValue::parse_iso("2024-06-24") == DateValue{2024, 6, 24});
    CHECK(DateValue::parse_iso("2024-02-29") == DateValue{2024, 2, 29});
    // Round trip through iso().
    for (const char* text : {"1999", "2001-12", "2016-02-29"}) {
        const auto d = DateValue::parse_iso(text);
        REQUIRE(d);
        CHECK(d->iso() == text);
    }
}

TEST_CASE("DateValue::parse_iso refuses malformed and impossible dates", "[util][date_value]") {
    for (const char* bad : {"", "24", "202", "20245", "2024-6", "2024-06-4", "2024/06/24", "2024-06-24T10:00",
                            "2024-13", "2024-00", "2024-06-00", "2023-02-29", "2024-04-31", "0000", "abcd",
                            "2024-0a", " 2024", "2024-06-24 "}) {
        INFO(bad);
        CHECK_FALSE(DateValue::parse_iso(bad));
    }
}

TEST_CASE("DateValue orders chronologically", "[util][date_value]") {
    CHECK(DateValue{2023, 12, 31} < DateValue{2024, 1, 1});
    CHECK(DateValue{2024, 1, 1} < DateValue{2024, 1, 2});
    CHECK(DateValue{2024, 3, 0} == DateValue{2024, 3, 0});
}
