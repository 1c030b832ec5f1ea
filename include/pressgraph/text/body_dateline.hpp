#pragma once
// Reads the dateline that news agencies and many ministries open a body with:
// "LIMA, Nov. 13 (Xinhua) -- ...", "NEW DELHI, 12 May 2023 — ...", "Astana, 5 June 2024 – ...",
// "WASHINGTON — ...". The text layer knows no places: it reads the shape, and the extractor
// decides what the place words name.
#include <optional>
#include <string_view>

#include "pressgraph/util/calendar_names.hpp"
#include "pressgraph/util/span.hpp"

namespace pressgraph {

/// The date of a dateline: a month and a day, and the year where it states one ("Nov. 13").
struct DatelineDate {
    int month = 0;
    int day = 0;
    std::optional<int> year;
    friend bool operator==(const DatelineDate&, const DatelineDate&) = default;
};

/// A dateline at the start of a line. Spans are byte offsets into that line.
struct BodyDateline {
    Span place;                        ///< "LIMA", "WASHINGTON, D.C.", "SAN JOSE, Costa Rica"
    std::optional<DatelineDate> date;  ///< none in "WASHINGTON — ..."
    std::optional<Span> agency;        ///< "Xinhua" of "(Xinhua)", without the parentheses
    std::size_t body = 0;              ///< where the prose after the dash begins (the line's size if none follows)
};

/// The dateline `line` opens with, or nullopt: a place of 1-4 capitalised or upper-case words,
/// particles of `words` between them ("Rio de Janeiro"; optionally ", " and 1-4 more: a state
/// or country), then ", " and a date (month name or
/// abbreviation, day, optional year; or day, month, optional year), an optional agency in
/// parentheses, and a dash (--, -, –, —) followed by a capital or a quote. Without a date the
/// city must be written in capitals ("WASHINGTON —"), which prose never is. A weekday or month is
/// never the place. `words` are the lexicon's (Lexicon::header_words). Reads at most the first few hundred
/// bytes, each once.
[[nodiscard]] std::optional<BodyDateline> read_body_dateline(std::string_view line, const HeaderWords& words);

/// A dateline that is the whole line, the body on the lines after it: place, date, optional
/// agency and optional dash, then nothing ("LIMA, Nov. 13 (Xinhua) --", "CHISINAU, 2 April").
/// A date is required. `body` is the line's size. A weekday or month opening either kind of
/// dateline ("Monday, March 5 —") is the date's: the place is then empty.
[[nodiscard]] std::optional<BodyDateline> read_dateline_line(std::string_view line, const HeaderWords& words);

}  // namespace pressgraph
