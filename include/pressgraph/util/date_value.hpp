#pragma once
// A calendar date with the precision the text gave it: a year, a month or a day.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace pressgraph {

enum class DatePrecision { Year, Month, Day };

struct DateValue {
    int year = 0;
    int month = 0;  // 1-12, 0 when precision is Year
    int day = 0;    // 1-31, 0 unless precision is Day

    [[nodiscard]] DatePrecision precision() const {
        return day ? DatePrecision::Day : month ? DatePrecision::Month : DatePrecision::Year;
    }
    /// ISO 8601 at the value's precision: "2024", "2024-06" or "2024-06-24".
    [[nodiscard]] std::string iso() const;
    /// The XML Schema datatype local name that fits the precision: gYear, gYearMonth or date.
    [[nodiscard]] std::string_view xsd_type() const;
    /// True for a real calendar date (month 1-12, day within the month, leap years honoured).
    [[nodiscard]] bool valid() const;
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt for anything else or an impossible date.
    static std::optional<DateValue> parse_iso(std::string_view iso);

    friend bool operator==(const DateValue&, const DateValue&) = default;
    friend auto operator<=>(const DateValue&, const DateValue&) = default;
};

[[nodiscard]] int days_in_month(int year, int month);

}  // namespace pressgraph
