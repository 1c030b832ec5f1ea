#include "pressgraph/query/date_period.hpp"

#include "pressgraph/util/date_value.hpp"

namespace pressgraph {

// ISO dates at any precision compare as strings; a date stands for the whole year or
// month it names, so its upper end is itself followed by '~' (above every digit and '-'):
// "2024-06" <= "2024-06-24" <= "2024-06~".
namespace {
std::string upper_end(const std::string& iso) { return iso + "~"; }
}  // namespace

std::optional<DatePeriod> DatePeriod::parse(std::string_view from, std::string_view to) {
    DatePeriod period;
    if (!from.empty()) {
        if (!DateValue::parse_iso(from)) return std::nullopt;
        period.from_ = std::string(from);
    }
    if (!to.empty()) {
        if (!DateValue::parse_iso(to)) return std::nullopt;
        period.to_ = std::string(to);
    }
    if (!period.from_.empty() && !period.to_.empty() && period.from_ > upper_end(period.to_)) return std::nullopt;
    return period;
}

bool DatePeriod::contains(const FactDates& dates) const {
    if (unbounded()) return true;
    if (!dates.known()) return false;
    const std::string& end = dates.end.empty() ? dates.start : dates.end;
    if (!from_.empty() && upper_end(end) < from_) return false;
    if (!to_.empty() && dates.start > upper_end(to_)) return false;
    return true;
}

}  // namespace pressgraph
