#pragma once
// Finds a press release's header: the headline, the publication date in the forms the
// genre uses ("1184-24-06-2024", "13 November 201711:32", "2024-11-22 / ..."), and the
// web-page debris lines around it (clock times, language switchers, foreign-script footers).
#include <optional>
#include <string_view>
#include <vector>

#include "pressgraph/text/body_dateline.hpp"
#include "pressgraph/util/calendar_names.hpp"
#include "pressgraph/util/date_value.hpp"
#include "pressgraph/util/span.hpp"

namespace pressgraph {

struct HeaderInfo {
    std::optional<Span> title;
    std::optional<DateValue> published;
    /// The place the date line gives ("2021-11-26, Sochi", "Astana, 12 September 2024",
    /// "2022-02-07, The Kremlin, Moscow"): the words beside the date, without it.
    std::optional<Span> dateline;
    /// The agency a body's dateline names in parentheses ("Xinhua" of "LIMA, Nov. 13 (Xinhua) --").
    std::optional<Span> dateline_agency;
    /// The month and day of a body's dateline that leaves out its year, when no header date
    /// gives the year (a dateline with its year, or completed by the header's, is `published`).
    std::optional<DatelineDate> dateline_day;
    std::vector<Span> debris;  ///< lines to ignore, in text order
    std::vector<Span> body;    ///< the remaining lines or runs of lines, in text order
};

/// A publication date written alone on a header line, or nullopt; `months` are the names of
/// months it may spell (the lexicon's calendar: Lexicon::month_names).
[[nodiscard]] std::optional<DateValue> parse_header_date(std::string_view line, const CalendarNames& months);

/// True for a line that is page furniture rather than prose.
[[nodiscard]] bool is_debris_line(std::string_view line);

/// The header, and the dateline the first line of prose may open with ("LIMA, Nov. 13 (Xinhua)
/// -- ...", body_dateline.hpp): its place is the date line's place unless the header gave one,
/// its date the publication date unless the header's is as precise, and the body starts after it.
[[nodiscard]] HeaderInfo parse_header(std::string_view text, const HeaderWords& words);

}  // namespace pressgraph
