#include "dates/date_patterns.hpp"

#include <array>
#include <cctype>

#include "pressgraph/util/month_names.hpp"

// Tests on single tokens for the date patterns (date_patterns.cpp). The word lists are
// closed grammatical classes (weekdays, ordinals, prepositions), not domain knowledge, so
// they live here rather than in ontology/.

namespace pressgraph::detail::dates {

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

bool text_is(const Tokens& t, std::size_t i, std::string_view word) { return i < t.size() && iequals(t[i].text, word); }

// Digits only, 1 to `max_digits` of them.
std::optional<int> number(std::string_view w, std::size_t max_digits) {
    if (w.empty() || w.size() > max_digits) return std::nullopt;
    int v = 0;
    for (char c : w) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

// A day of the month: "24", "3", "24th", "1st".
std::optional<int> day_of(std::string_view w) {
    if (w.size() > 2) {
        const std::string_view suffix = w.substr(w.size() - 2);
        if (iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") || iequals(suffix, "th"))
            w.remove_suffix(2);
    }
    const auto d = number(w, 2);
    if (!d || *d < 1 || *d > 31) return std::nullopt;
    return d;
}

// A year as the text writes it: four digits within 1900-2100.
std::optional<int> year_of(std::string_view w) {
    if (w.size() != 4) return std::nullopt;
    const auto y = number(w, 4);
    if (!y || *y < 1900 || *y > 2100) return std::nullopt;
    return y;
}

std::optional<int> day_at(const Tokens& t, std::size_t i) { return i < t.size() ? day_of(t[i].text) : std::nullopt; }
std::optional<int> year_at(const Tokens& t, std::size_t i) { return i < t.size() ? year_of(t[i].text) : std::nullopt; }

// A capitalised month name ("June", "Dec"); lower case "may" and "march" are verbs.
std::optional<int> month_at(const Tokens& t, std::size_t i) {
    if (i >= t.size() || !t[i].capitalized()) return std::nullopt;
    return month_from_name(t[i].text);
}

bool dash_at(const Tokens& t, std::size_t i) { return i < t.size() && t[i].text == "-"; }

// Splits "24-25" or "2024-11-22" at hyphens into at most 4 parts; returns the count.
std::size_t split_hyphens(std::string_view w, std::array<std::string_view, 4>& parts) {
    std::size_t n = 0;
    while (true) {
        const std::size_t at = w.find('-');
        if (n == parts.size()) return n + 1;  // too many parts: the caller rejects it
        parts[n++] = w.substr(0, at);
        if (at == std::string_view::npos) return n;
        w.remove_prefix(at + 1);
    }
}

int weekday_number(std::string_view w) {
    static constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                              "friday", "saturday", "sunday"};
    for (std::size_t d = 0; d < kDays.size(); ++d)
        if (iequals(w, kDays[d])) return static_cast<int>(d + 1);
    return 0;
}

bool is_weekday(const Token& tok) { return tok.capitalized() && weekday_number(tok.text) != 0; }

int season_of(std::string_view w) {
    static constexpr std::array<std::string_view, 5> kSeasons = {"spring", "summer", "autumn", "winter", "fall"};
    for (std::size_t k = 0; k < kSeasons.size(); ++k)
        if (iequals(w, kSeasons[k])) return k == 4 ? 3 : static_cast<int>(k + 1);
    return 0;
}

// Words after which a month name alone is a date: "in June", "since March", "by May".
bool month_preposition(const Tokens& t, std::size_t i) {
    static constexpr std::array<std::string_view, 13> kWords = {"in", "since", "until", "till", "by", "from", "during",
                                                               "of", "through", "before", "after", "throughout", "to"};
    if (i == 0) return false;
    for (std::string_view w : kWords)
        if (t[i - 1].text == w) return true;
    return false;
}

std::optional<int> quarter_ordinal(std::string_view w) {
    static constexpr std::array<std::string_view, 4> kWords = {"first", "second", "third", "fourth"};
    static constexpr std::array<std::string_view, 4> kShort = {"1st", "2nd", "3rd", "4th"};
    for (std::size_t q = 0; q < 4; ++q)
        if (iequals(w, kWords[q]) || iequals(w, kShort[q])) return static_cast<int>(q + 1);
    return std::nullopt;
}

// A number that is an amount, not a year: "$2024", "2000 %", "2000 percent".
bool amount_context(const Tokens& t, std::size_t i) {
    if (i > 0 && (t[i - 1].text == "$" || t[i - 1].text == "\xE2\x82\xAC" || t[i - 1].text == "\xC2\xA3")) return true;
    return text_is(t, i + 1, "%") || text_is(t, i + 1, "percent") || text_is(t, i + 1, "per");
}

}  // namespace pressgraph::detail::dates
