#include "dates/date_patterns.hpp"

#include <array>
#include <cctype>

// Tests on single tokens for the date patterns (date_patterns.cpp). The words they test are
// the lexicon's: word classes (prepositions, ordinal endings) and its calendar words
// (months, weekdays, quarter ordinals: calendar_words.tsv).

namespace pressgraph::detail::dates {

bool Words::part_is(std::string_view part, std::size_t cls) const {
    const rules::WordTable& table = sentence.table();
    return table.classes(table.find(part)).test(cls);
}

int Words::month_of(std::size_t i) const { return d.calendar_number(sentence.id(i), DateWords::Calendar::Month); }

int Words::month_of_part(std::string_view part) const {
    return d.calendar_number(sentence.table().find(part), DateWords::Calendar::Month);
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

bool text_is(const Tokens& t, std::size_t i, std::string_view word) { return i < t.size() && iequals(t[i].text, word); }

bool ends_with_any(std::string_view word, const std::vector<std::string>& endings) {
    for (const std::string& e : endings)
        if (word.ends_with(e)) return true;
    return false;
}

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
std::optional<int> day_of(const Words& words, std::string_view w) {
    // Only digits make a day: other words need no lookup of their ending.
    if (w.empty() || w[0] < '0' || w[0] > '9') return std::nullopt;
    if (w.size() > 2 && words.part_is(w.substr(w.size() - 2), words.c.day_ordinal_suffix)) w.remove_suffix(2);
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

std::optional<int> day_at(const Tokens& t, const Words& w, std::size_t i) {
    return i < t.size() ? day_of(w, t[i].text) : std::nullopt;
}
std::optional<int> year_at(const Tokens& t, std::size_t i) { return i < t.size() ? year_of(t[i].text) : std::nullopt; }

// A capitalised month name ("June", "Dec"); lower case "may" and "march" are verbs.
std::optional<int> month_at(const Tokens& t, const Words& w, std::size_t i) {
    if (i >= t.size() || !t[i].capitalized()) return std::nullopt;
    if (const int m = w.month_of(i)) return m;
    return std::nullopt;
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

int weekday_number(const Words& w, std::size_t i) {
    return w.d.calendar_number(w.sentence.id(i), DateWords::Calendar::Weekday);
}

bool is_weekday(const Tokens& t, const Words& w, std::size_t i) {
    return i < t.size() && t[i].capitalized() && weekday_number(w, i) != 0;
}

// Words after which a month name alone is a date: "in June", "since March", "by May".
bool month_preposition(const Words& w, std::size_t i) { return i > 0 && w.is_lower(i - 1, w.c.month_preposition); }

std::optional<int> quarter_ordinal(const Words& w, std::size_t i) {
    if (const int q = w.d.calendar_number(w.sentence.id(i), DateWords::Calendar::Quarter)) return q;
    return std::nullopt;
}

// A number that is an amount, not a year: "$2024", "2000 %", "2000 percent".
bool amount_context(const Tokens& t, const Words& w, std::size_t i) {
    if (i > 0 && (t[i - 1].text == "$" || t[i - 1].text == "\xE2\x82\xAC" || t[i - 1].text == "\xC2\xA3")) return true;
    return text_is(t, i + 1, "%") || w.is(i + 1, w.c.percent_word);
}

}  // namespace pressgraph::detail::dates
