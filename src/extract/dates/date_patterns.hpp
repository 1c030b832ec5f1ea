#pragma once
// The token patterns of the date normaliser (date_patterns.cpp): they find date expressions
// and read what the text states, leaving the year open where the text gives none. The
// normaliser (date_normalizer.cpp) then fixes open years from the anchor and the tense.
// The calendar's words (months, weekdays, "quarter", "early") are the lexicon's word classes
// (ontology/rules/word_classes.tsv, section "Dates").
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/extract/word_classes.hpp"
#include "pressgraph/text/tokenizer.hpp"
#include "pressgraph/util/date_value.hpp"

namespace pressgraph::detail {

/// Where a found date takes its year from.
enum class YearSource {
    Stated,    ///< the text gives it ("June 24, 2024")
    Anchor,    ///< none given ("June 24"): the anchor's year, corrected by tense
    Relative,  ///< "this/next/last year": the anchor's year plus `year_offset`
    Weekday,   ///< "on Thursday": the day of that weekday nearest the anchor, on the tense's side
    RelativeMonth,  ///< "next month", "last week": the month of the anchor moved by `day_offset` days, then `month_offset` months
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
    int month_offset = 0;
    int day_offset = 0;
    int weekday = 0;  ///< 1 (Monday) to 7 (Sunday) for YearSource::Weekday
    /// -1 looks back from the anchor, 1 ahead, 0 as the tense says: for a weekday whose verb is
    /// past ("arrived on Thursday"), and a month after "last" or "next"
    int direction = 0;
};

/// Every date expression in the sentence, in text order, without overlaps. `words` are the
/// sentence's tokens looked up in the lexicon's word classes.
[[nodiscard]] std::vector<RawDate> scan_dates(const TokenizedSentence& s, const SentenceWords& words);

}  // namespace pressgraph::detail

// Single-token tests shared by the patterns (date_tokens.cpp).
namespace pressgraph::detail::dates {

using Tokens = TokenList;

/// The words of a sentence as the patterns test them: a token by index, in any case or as
/// written in lower case, and a part of a token ("mid" in "mid-March", "th" in "24th").
struct Words {
    const SentenceWords& sentence;
    const WordClasses& c;
    const DateWords& d;

    explicit Words(const SentenceWords& s) : sentence(s), c(s.classes()), d(s.dates()) {}
    /// Token `i`, in any case, is a word of class `cls`.
    [[nodiscard]] bool is(std::size_t i, std::size_t cls) const { return sentence.is(i, cls); }
    /// Token `i`, written in lower case, is a word of class `cls`.
    [[nodiscard]] bool is_lower(std::size_t i, std::size_t cls) const { return sentence.is_lower(i, cls); }
    /// `part` of a token, in any case, is a word of class `cls`.
    [[nodiscard]] bool part_is(std::string_view part, std::size_t cls) const;
    /// 1-12 for a month's name or short name at token `i` (any case), 0 otherwise.
    [[nodiscard]] int month_of(std::size_t i) const;
    /// 1-12 for a month's name or short name that `part` of a token is (any case), 0 otherwise.
    [[nodiscard]] int month_of_part(std::string_view part) const;
};

/// ASCII case-insensitive equality.
bool iequals(std::string_view a, std::string_view b);
/// Token `i` exists and is `word`, any case.
bool text_is(const Tokens& t, std::size_t i, std::string_view word);
/// The value of 1 to `max_digits` digits, nothing else.
std::optional<int> number(std::string_view w, std::size_t max_digits);
/// A day of the month 1-31: "24", "3", "24th", "1st" (an ending of class day_ordinal_suffix).
std::optional<int> day_of(const Words& w, std::string_view word);
/// A year as the text writes it: four digits within 1900-2100.
std::optional<int> year_of(std::string_view w);
std::optional<int> day_at(const Tokens& t, const Words& w, std::size_t i);
std::optional<int> year_at(const Tokens& t, std::size_t i);
/// A capitalised month name ("June", "Dec"); lower-case "may" and "march" are verbs.
std::optional<int> month_at(const Tokens& t, const Words& w, std::size_t i);
/// Token `i` is a dash (any Unicode dash is '-' after normalisation).
bool dash_at(const Tokens& t, std::size_t i);
/// Splits "24-25" or "2024-11-22" at hyphens into `parts`; returns the part count, which
/// exceeds parts.size() for a word with more parts ("1184-24-06-2024-1").
std::size_t split_hyphens(std::string_view w, std::array<std::string_view, 4>& parts);
/// A capitalised weekday name ("Thursday").
bool is_weekday(const Tokens& t, const Words& w, std::size_t i);
/// 1 (Monday) to 7 (Sunday) for a weekday name at token `i`, any case; 0 otherwise.
int weekday_number(const Words& w, std::size_t i);
/// Token `i - 1` is a preposition after which a month alone is a date ("in June", "by May").
bool month_preposition(const Words& w, std::size_t i);
/// 1-4 for "first" .. "fourth" and "1st" .. "4th" at token `i`.
std::optional<int> quarter_ordinal(const Words& w, std::size_t i);
/// The number at `i` is an amount, not a year: "$2024", "2000 %", "2000 percent".
bool amount_context(const Tokens& t, const Words& w, std::size_t i);
/// `word` ends with one of `endings` ("adopted": "ed").
bool ends_with_any(std::string_view word, const std::vector<std::string>& endings);

}  // namespace pressgraph::detail::dates
