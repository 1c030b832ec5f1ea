#pragma once
// A period given on the command line (--from / --to), compared with the dates facts carry.
// Dates keep their precision: "2024-06" is the whole of June, so a fact dated "2024-06"
// lies in a period ending "2024-06-10" (they overlap) and one dated "2024" in any 2024 period.
#include <optional>
#include <string>
#include <string_view>

#include "pressgraph/query/query_view.hpp"

namespace pressgraph {

class DatePeriod {
public:
    /// The unbounded period: every fact, dated or not, lies in it.
    DatePeriod() = default;
    /// Either bound may be empty (open). Returns nullopt when a bound is not "YYYY",
    /// "YYYY-MM" or "YYYY-MM-DD", or when `from` comes after `to`.
    [[nodiscard]] static std::optional<DatePeriod> parse(std::string_view from, std::string_view to);

    [[nodiscard]] bool unbounded() const { return from_.empty() && to_.empty(); }
    /// True when the unbounded period, or when `dates` are known and overlap the period.
    [[nodiscard]] bool contains(const FactDates& dates) const;

    friend bool operator==(const DatePeriod&, const DatePeriod&) = default;

private:
    std::string from_;
    std::string to_;
};

}  // namespace pressgraph
