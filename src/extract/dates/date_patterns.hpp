#pragma once
// The token patterns of the date normaliser (date_patterns.cpp): they find date expressions
// and read what the text states, leaving the year open where the text gives none. The
// normaliser (date_normalizer.cpp) then fixes open years from the anchor and the tense.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/text/tokenizer.hpp"
#include "pressgraph/util/date_value.hpp"

namespace pressgraph::detail {

/// Where a found date takes its year from.
enum class YearSource {
    Stated,    ///< the text gives it ("June 24, 2024")
    Anchor,    ///< none given ("June 24"): the anchor's year, corrected by tense
    Relative,  ///< "this/next/last year": the anchor's year plus `year_offset`
    Weekday,   ///< "on Thursday": the day of that weekday nearest the anchor, on the tense's side
};

/// One date expression as written. Years are 0 unless the source is Stated.
struct RawDate {
    std::size_t first = 0;  ///< first token
    std::size_t last = 0;   ///< one past the last token
    DateValue start;
    std::optional<DateValue> end;
    std::string qualifier;
    YearSource source = YearSource::Stated;
    int year_offset = 0;
    int weekday = 0;  ///< 1 (Monday) to 7 (Sunday) for YearSource::Weekday
    /// -1 looks back from the anchor, 1 ahead, 0 as the tense says: for a weekday whose verb is
    /// past ("arrived on Thursday"), and a month after "last" or "next"
    int direction = 0;
};

/// Every date expression in the sentence, in text order, without overlaps.
[[nodiscard]] std::vector<RawDate> scan_dates(const TokenizedSentence& s);

}  // namespace pressgraph::detail

// Single-token tests shared by the patterns (date_tokens.cpp).
namespace pressgraph::detail::dates {

using Tokens = TokenList;

/// ASCII case-insensitive equality.
bool iequals(std::string_view a, std::string_view b);
/// Token `i` exists and is `word`, any case.
bool text_is(const Tokens& t, std::size_t i, std::string_view word);
/// The value of 1 to `max_digits` digits, nothing else.
std::optional<int> number(std::string_view w, std::size_t max_digits);
/// A day of the month 1-31: "24", "3", "24th", "1st".
std::optional<int> day_of(std::string_view w);
/// A year as the text writes it: four digits within 1900-2100.
std::optional<int> year_of(std::string_view w);
std::optional<int> day_at(const Tokens& t, std::size_t i);
std::optional<int> year_at(const Tokens& t, std::size_t i);
/// A capitalised month name ("June", "Dec"); lower-case "may" and "march" are verbs.
std::optional<int> month_at(const Tokens& t, std::size_t i);
/// Token `i` is a dash (any Unicode dash is '-' after normalisation).
bool dash_at(const Tokens& t, std::size_t i);
/// Splits "24-25" or "2024-11-22" at hyphens into `parts`; returns the part count, which
/// exceeds parts.size() for a word with more parts ("1184-24-06-2024-1").
std::size_t split_hyphens(std::string_view w, std::array<std::string_view, 4>& parts);
/// A capitalised weekday name ("Thursday").
bool is_weekday(const Token& tok);
/// 1 (Monday) to 7 (Sunday) for a weekday name, any case; 0 otherwise.
int weekday_number(std::string_view w);
/// 1-4 for "spring", "summer", "autumn"/"fall", "winter", any case; 0 otherwise.
int season_of(std::string_view w);
/// Token `i - 1` is a preposition after which a month alone is a date ("in June", "by May").
bool month_preposition(const Tokens& t, std::size_t i);
/// 1-4 for "first" .. "fourth" and "1st" .. "4th".
std::optional<int> quarter_ordinal(std::string_view w);
/// The number at `i` is an amount, not a year: "$2024", "2000 %", "2000 percent".
bool amount_context(const Tokens& t, std::size_t i);

}  // namespace pressgraph::detail::dates
