#include "dates/date_patterns.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

// Hand-written scanners over tokens (no std::regex: this runs on every sentence). Each
// pattern starts at one token and either returns the whole expression or nothing; the
// first pattern that matches wins and scanning resumes after it. Single-token tests are in
// date_tokens.cpp; the words they read are the lexicon's (Words).

namespace pressgraph::detail {

namespace {

using namespace dates;

std::string lower_ascii(std::string_view w) {
    std::string out(w);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Days after a month or before one: "24", "24-25" (one token), "24 - 25".
struct Days {
    int first = 0;
    int second = 0;  // 0 for a single day
    std::size_t next = 0;
};

std::optional<Days> days_at(const Tokens& t, const Words& w, std::size_t i) {
    if (i >= t.size()) return std::nullopt;
    std::array<std::string_view, 4> parts;
    if (split_hyphens(t[i].text, parts) == 2) {
        const auto a = day_of(w, parts[0]), b = day_of(w, parts[1]);
        if (a && b && *a < *b) return Days{*a, *b, i + 1};
        return std::nullopt;
    }
    const auto a = day_at(t, w, i);
    if (!a) return std::nullopt;
    if (dash_at(t, i + 1)) {
        const auto b = day_at(t, w, i + 2);
        if (b && *a < *b) return Days{*a, *b, i + 3};
    }
    return Days{*a, 0, i + 1};
}

// A stated year after a date: "2024" or ", 2024".
std::optional<int> trailing_year(const Tokens& t, std::size_t& k) {
    if (auto y = year_at(t, k)) { ++k; return y; }
    if (text_is(t, k, ",")) {
        if (auto y = year_at(t, k + 1)) { k += 2; return y; }
    }
    return std::nullopt;
}

// Builds the range for a day date with `m1/d1` .. `m2/d2` (m2 0 for a single day) and an
// optional stated year, which belongs to the end ("December 30 - January 2, 2025").
RawDate day_date(std::size_t first, std::size_t last, int m1, int d1, int m2, int d2, std::optional<int> year) {
    RawDate r;
    r.first = first;
    r.last = last;
    r.source = year ? YearSource::Stated : YearSource::Anchor;
    const int y = year.value_or(0);
    r.start = {y, m1, d1};
    if (d2) {
        if (!m2) m2 = m1;
        r.end = DateValue{y, m2, d2};
        if (year && m2 < m1) r.start.year = y - 1;
    }
    return r;
}

// Whether "from" opens the date at `i`, directly or before its weekday ("from Monday, 14th December").
bool from_before(const Tokens& t, const Words& w, std::size_t i) {
    if (i > 0 && text_is(t, i - 1, "from")) return true;
    std::size_t k = i;
    if (k > 0 && text_is(t, k - 1, ",")) --k;
    return k >= 2 && is_weekday(t, w, k - 1) && text_is(t, k - 2, "from");
}

// The first token of a range's second day after its range word at `k`, past a weekday and its
// comma ("to Wednesday, 16th December").
std::size_t past_weekday(const Tokens& t, const Words& w, std::size_t k) {
    if (!is_weekday(t, w, k)) return k;
    return text_is(t, k + 1, ",") ? k + 2 : k + 1;
}

// "June 24", "June 24-25, 2024", "June 30 - July 2", "October in 23-24", "June 2024", "in June".
std::optional<RawDate> month_first(const Tokens& t, const Words& w, std::size_t first, std::size_t i, int month,
                                   bool qualified) {
    std::size_t k = i + 1;
    if (!qualified) {
        // "January 31-February 1": the dash joins the first day and the second month into one token.
        std::array<std::string_view, 4> parts;
        if (k < t.size() && split_hyphens(t[k].text, parts) == 2) {
            const auto d1 = day_of(w, parts[0]);
            const int m2 = w.month_of_part(parts[1]);
            const auto d2 = day_at(t, w, k + 1);
            if (d1 && m2 && d2 && m2 != month && !parts[1].empty() && std::isupper(static_cast<unsigned char>(parts[1][0]))) {
                std::size_t end = k + 2;
                const auto year = trailing_year(t, end);
                return day_date(first, end, month, *d1, m2, *d2, year);
            }
        }
        std::optional<Days> days = days_at(t, w, k);
        if (!days && text_is(t, k, "in")) {  // "October in 23-24": only a range reads as days here
            days = days_at(t, w, k + 1);
            if (days && !days->second) days.reset();
        }
        if (days) {
            k = days->next;
            int m2 = 0, d2 = days->second;
            if (!d2 && dash_at(t, k)) {
                if (const auto m = month_at(t, w, k + 1)) {
                    if (const auto d = day_at(t, w, k + 2)) { m2 = *m; d2 = *d; k += 3; }
                }
            }
            // "July 2 and 3": two days running are one two-day span.
            if (!d2 && text_is(t, k, "and"))
                if (const auto d = day_at(t, w, k + 1); d && *d == days->first + 1 && !month_at(t, w, k + 2)) {
                    d2 = *d;
                    k += 2;
                }
            // "from March 6 to 8, 2024", "from March 30 to April 2", "from Monday, December 14 to
            // Wednesday, December 16, 2026".
            if (!d2 && from_before(t, w, first) && w.is(k, w.c.range_end_word)) {
                const std::size_t j = past_weekday(t, w, k + 1);
                if (const auto m = month_at(t, w, j)) {
                    if (const auto d = day_at(t, w, j + 1)) { m2 = *m; d2 = *d; k = j + 2; }
                } else if (const auto d = day_at(t, w, k + 1); d && *d > days->first) {
                    d2 = *d;
                    k += 2;
                }
            }
            const auto year = trailing_year(t, k);
            return day_date(first, k, month, days->first, m2, d2, year);
        }
    }
    RawDate r;
    r.first = first;
    r.start.month = month;
    if (const auto y = year_at(t, k)) {
        r.start.year = *y;
        r.last = k + 1;
        return r;
    }
    if (!qualified && !month_preposition(w, first)) return std::nullopt;
    r.source = YearSource::Anchor;
    r.last = k;
    return r;
}

// "24 June", "24-25 June 2024", "30 June - 2 July".
std::optional<RawDate> day_first(const Tokens& t, const Words& w, std::size_t i) {
    const auto days = days_at(t, w, i);
    if (!days) return std::nullopt;
    std::size_t k = days->next;
    const auto month = month_at(t, w, k);
    if (!month) {
        // "on 2 and 3 July": two days running under one month are one two-day span.
        if (!days->second && text_is(t, k, "and")) {
            const auto d2 = day_at(t, w, k + 1);
            const auto m = month_at(t, w, k + 2);
            if (d2 && m && *d2 == days->first + 1) {
                k += 3;
                const auto year = trailing_year(t, k);
                return day_date(i, k, *m, days->first, 0, *d2, year);
            }
        }
        // "from 5 to 7 June 2024": the month comes after the second day.
        if (days->second || i == 0 || !text_is(t, i - 1, "from") || !w.is(k, w.c.range_end_word)) return std::nullopt;
        const auto d2 = day_at(t, w, k + 1);
        const auto m = month_at(t, w, k + 2);
        if (!d2 || !m || *d2 <= days->first) return std::nullopt;
        k += 3;
        const auto year = trailing_year(t, k);
        return day_date(i, k, *m, days->first, 0, *d2, year);
    }
    ++k;
    int m2 = 0, d2 = days->second;
    if (!d2 && dash_at(t, k)) {
        if (const auto d = day_at(t, w, k + 1)) {
            if (const auto m = month_at(t, w, k + 2)) { m2 = *m; d2 = *d; k += 3; }
        }
    }
    // "from 14 December to 16 December 2026", "from Monday, 14th December to Wednesday, 16th
    // December, 2026": the second day with its month after the range word.
    if (!d2 && from_before(t, w, i) && w.is(k, w.c.range_end_word)) {
        const std::size_t j = past_weekday(t, w, k + 1);
        if (const auto d = day_at(t, w, j)) {
            if (const auto m = month_at(t, w, j + 1)) { m2 = *m; d2 = *d; k = j + 2; }
        }
    }
    const auto year = trailing_year(t, k);
    return day_date(i, k, *month, days->first, m2, d2, year);
}

// "22.11.2024", "22/11/2024": day, month, year with nothing between the parts.
std::optional<RawDate> numeric_date(const Tokens& t, std::size_t i) {
    if (i + 4 >= t.size()) return std::nullopt;
    const std::string_view sep = t[i + 1].text;
    if ((sep != "." && sep != "/") || t[i + 3].text != sep) return std::nullopt;
    for (std::size_t k = i; k < i + 4; ++k)
        if (t[k].span.end != t[k + 1].span.begin) return std::nullopt;
    const auto d = number(t[i].text, 2), m = number(t[i + 2].text, 2), y = year_at(t, i + 4);
    if (!d || !m || !y) return std::nullopt;
    RawDate r;
    r.first = i;
    r.last = i + 5;
    r.start = {*y, *m, *d};
    return r;
}

// One token with hyphens: "2024-11-22" (ISO date) or "2024-2026" (year range).
std::optional<RawDate> hyphenated(const Tokens& t, std::size_t i) {
    std::array<std::string_view, 4> parts;
    const std::size_t n = split_hyphens(t[i].text, parts);
    RawDate r;
    r.first = i;
    r.last = i + 1;
    if (n == 3 && parts[1].size() == 2 && parts[2].size() == 2) {
        const auto y = year_of(parts[0]), m = number(parts[1], 2), d = number(parts[2], 2);
        if (!y || !m || !d) return std::nullopt;
        r.start = {*y, *m, *d};
        return r;
    }
    if (n == 2) {
        const auto a = year_of(parts[0]), b = year_of(parts[1]);
        if (!a || !b || *a >= *b) return std::nullopt;
        r.start.year = *a;
        r.end = DateValue{*b, 0, 0};
        return r;
    }
    return std::nullopt;
}

// "2024", "2024 - 2026".
std::optional<RawDate> year_date(const Tokens& t, const Words& w, std::size_t i) {
    const auto y = year_at(t, i);
    if (!y || amount_context(t, w, i)) return std::nullopt;
    RawDate r;
    r.first = i;
    r.last = i + 1;
    r.start.year = *y;
    if (dash_at(t, i + 1)) {
        if (const auto b = year_at(t, i + 2); b && *b > *y && !amount_context(t, w, i + 2)) {
            r.end = DateValue{*b, 0, 0};
            r.last = i + 3;
        }
    }
    return r;
}

// The offset a word gives from the anchor's year or month: "this"/"current" 0, "next" 1, "last" -1.
std::optional<int> relative_offset(const Words& w, std::size_t k) {
    if (w.is(k, w.c.current_period_word)) return 0;
    if (w.is(k, w.c.next_period_word)) return 1;
    if (w.is(k, w.c.last_period_word)) return -1;
    return std::nullopt;
}

// The year that may follow a quarter: "of 2024", "2025", "of next year".
void quarter_year(const Tokens& t, const Words& w, RawDate& r) {
    std::size_t k = r.last;
    if (text_is(t, k, "of")) ++k;
    if (const auto y = year_at(t, k)) {
        r.start.year = *y;
        r.end->year = *y;
        r.last = k + 1;
        return;
    }
    const auto offset = relative_offset(w, k);
    if (offset && w.is(k + 1, w.c.year_noun)) {
        r.source = YearSource::Relative;
        r.year_offset = *offset;
        r.last = k + 2;
        return;
    }
    r.source = YearSource::Anchor;
}

RawDate quarter(std::size_t first, std::size_t last, int q) {
    RawDate r;
    r.first = first;
    r.last = last;
    r.start.month = 3 * q - 2;
    r.end = DateValue{0, 3 * q, 0};
    r.qualifier = "quarter:" + std::to_string(q);
    return r;
}

// "fourth quarter of 2024", "first quarter", "Q3 2025".
std::optional<RawDate> quarter_date(const Tokens& t, const Words& w, std::size_t i) {
    RawDate r;
    if (const auto q = quarter_ordinal(w, i); q && w.is(i + 1, w.c.quarter_noun)) {
        r = quarter(i, i + 2, *q);
    } else if (t[i].text.size() == 2 && (t[i].text[0] == 'Q' || t[i].text[0] == 'q') && t[i].text[1] >= '1' &&
               t[i].text[1] <= '4') {
        r = quarter(i, i + 1, t[i].text[1] - '0');
    } else {
        return std::nullopt;
    }
    quarter_year(t, w, r);
    return r;
}

// "this year", "next year", "last year", "the current year"; "next month", "last month", "this
// week", "next week": a month or week counted from the anchor dates the month it falls in ("a
// senior team will travel to Cairo next week", "met at the White House last month").
std::optional<RawDate> relative_period(const Words& w, std::size_t i) {
    const auto offset = relative_offset(w, i);
    if (!offset) return std::nullopt;
    RawDate r;
    r.first = i;
    r.last = i + 2;
    if (w.is(i + 1, w.c.year_noun)) {
        r.year_offset = *offset;
        r.source = YearSource::Relative;
        return r;
    }
    constexpr int kDaysInWeek = 7;
    if (w.is_lower(i + 1, w.c.month_noun)) r.month_offset = *offset;
    else if (w.is_lower(i + 1, w.c.week_noun)) r.day_offset = kDaysInWeek * *offset;
    else return std::nullopt;
    r.source = YearSource::RelativeMonth;
    return r;
}

// "early December 2024", "late January", "mid-March", "mid - March", "early 2025". The
// qualifier is the word of class date_qualifier, in lower case.
std::optional<RawDate> qualified(const Tokens& t, const Words& w, std::size_t i) {
    const std::string_view word = t[i].text;
    // A qualifier joined to its month by a hyphen: "mid-March".
    if (const std::size_t hyphen = word.find('-');
        hyphen != std::string_view::npos && hyphen > 0 && word.size() > hyphen + 1) {
        const std::string_view q = word.substr(0, hyphen);
        if (!w.part_is(q, w.c.date_qualifier)) return std::nullopt;
        const int m = w.month_of_part(word.substr(hyphen + 1));
        if (!m) return std::nullopt;
        auto r = month_first(t, w, i, i, m, true);
        if (r) r->qualifier = lower_ascii(q);
        return r;
    }
    if (!w.is(i, w.c.date_qualifier)) return std::nullopt;
    std::size_t k = i + 1;
    if (dash_at(t, k)) ++k;
    std::optional<RawDate> r;
    if (const auto m = month_at(t, w, k)) r = month_first(t, w, i, k, *m, true);
    else if (!dash_at(t, i + 1)) r = year_date(t, w, k);
    if (!r || r->end) return std::nullopt;
    r->first = i;
    r->qualifier = lower_ascii(word);
    return r;
}

// "the summer of 2023", "summer 2023": a season is as precise as its year (seasons straddle
// months, and winter straddles years), so it reads as the year.
std::optional<RawDate> season_date(const Tokens& t, const Words& w, std::size_t i) {
    if (!w.is(i, w.c.season_word)) return std::nullopt;
    std::size_t k = i + 1;
    if (text_is(t, k, "of")) ++k;
    const auto y = year_at(t, k);
    if (!y) {
        // "to be held in Lima in the spring": the season of the release's year, as precise as a year.
        if (i < 2 || t[i].capitalized() || !text_is(t, i - 1, "the") || !(text_is(t, i - 2, "in") || text_is(t, i - 2, "In")))
            return std::nullopt;
        RawDate r;
        r.first = i - 1;
        r.last = i + 1;
        r.source = YearSource::Relative;
        r.qualifier = "season:" + lower_ascii(t[i].text);
        return r;
    }
    RawDate r;
    r.first = i;
    r.last = k + 1;
    r.start.year = *y;
    r.qualifier = "season:" + lower_ascii(t[i].text);
    return r;
}

// "on Thursday", "on Thursday night": a weekday alone dates a day of the anchor's week
// (news reports: "where she arrived on Monday night"). Wire copy leaves the "on" out after its
// verb or noun ("met Tuesday in Rabat", "held talks Tuesday"): a weekday after a lower-case word
// is one too, unless that word bounds or shifts it ("until Tuesday", "last Tuesday").
std::optional<RawDate> weekday_date(const Tokens& t, const Words& w, std::size_t i) {
    if (i == 0) return std::nullopt;
    // "presided this Tuesday over ...": Latin American ministries translate "este martes" so; the
    // weekday of the anchor's week, as "on Tuesday".
    const bool this_week = w.is_lower(i - 1, w.c.current_period_word);
    const bool on = text_is(t, i - 1, "on") || this_week;
    if (!on) {
        const std::size_t k = i - 1;
        const std::string_view before = t[k].text;
        if (before.empty() || !(before.front() >= 'a' && before.front() <= 'z')) return std::nullopt;
        for (const auto c : {w.c.period_bound_word, w.c.month_preposition, w.c.time_demonstrative, w.c.current_period_word,
                             w.c.next_period_word, w.c.last_period_word})
            if (w.is_lower(k, c)) return std::nullopt;
    }
    RawDate r;
    r.first = i;
    r.last = i + 1;
    r.source = YearSource::Weekday;
    r.weekday = weekday_number(w, i);
    // "arrived on Thursday", "visited the fair on Monday": a past verb of the clause looks back
    // (a regular past form, or one of class weekday_past_verb), unless "will" or a verb of planning
    // ("agreed to meet on Monday") comes first.
    // (From the word before "on", or before the weekday when it has none: "met Thursday".)
    for (std::size_t k = on ? i - 1 : i; k-- > 0 && k + 6 > i;) {
        const std::string_view v = t[k].text;
        // "agreed to speak again on Monday": a verb of planning looks ahead, past as it is.
        if (v == "," || v == ";" || w.is_lower(k, w.c.future_auxiliary) || w.is_lower(k, w.c.plan_verb)) break;
        const bool regular = v.size() > 4 && ends_with_any(v, w.d.past_endings);
        if (regular || w.is_lower(k, w.c.weekday_past_verb)) {
            r.direction = -1;
            break;
        }
    }
    return r;
}

// "last November", "next March": the month's nearest occurrence before or after the anchor,
// whatever the tense of the sentence ("... to follow up on the summit last November").
std::optional<RawDate> month_of_last_or_next(const Tokens& t, const Words& w, std::size_t i) {
    const auto direction = relative_offset(w, i);
    if (!direction || *direction == 0) return std::nullopt;
    const auto m = month_at(t, w, i + 1);
    if (!m || day_at(t, w, i + 2) || year_at(t, i + 2)) return std::nullopt;
    RawDate r;
    r.first = i;
    r.last = i + 2;
    r.start.month = *m;
    r.source = YearSource::Anchor;
    r.direction = *direction;
    return r;
}

std::optional<RawDate> date_at(const Tokens& t, const Words& w, std::size_t i) {
    if (is_weekday(t, w, i)) {  // "Thursday, June 5", "Wednesday (13 March)": the weekday joins a date that follows
        const bool bracket = text_is(t, i + 1, "(");
        const std::size_t k = text_is(t, i + 1, ",") || bracket ? i + 2 : i + 1;
        if (k < t.size()) {
            auto r = date_at(t, w, k);
            if (r && r->start.day && r->first == k && (!bracket || text_is(t, r->last, ")"))) {
                r->first = i;
                if (bracket) r->last += 1;
            }
            if (r && r->first == i) return r;
        }
        return weekday_date(t, w, i);
    }
    if (auto r = season_date(t, w, i)) return r;
    if (auto r = qualified(t, w, i)) return r;
    if (const auto m = month_at(t, w, i)) return month_first(t, w, i, i, *m, false);
    if (auto r = day_first(t, w, i)) return r;
    if (auto r = numeric_date(t, i)) return r;
    if (auto r = quarter_date(t, w, i)) return r;
    if (auto r = relative_period(w, i)) return r;
    if (auto r = month_of_last_or_next(t, w, i)) return r;
    if (auto r = hyphenated(t, i)) return r;
    return year_date(t, w, i);
}

}  // namespace

namespace {

// Whether any pattern of date_at can open at token `i`: each one's first token is a number, a
// hyphenated word ("mid-March", "2024-2026"), "Q1" to "Q4", a calendar word (month, weekday,
// quarter ordinal) or a word of a date class ("early", "summer", "next"). Most tokens are none
// of these, and this one look spares them the ten patterns.
bool may_open_date(const Tokens& t, const Words& w, std::size_t i) {
    const std::string_view text = t[i].text;
    if (text.empty()) return false;
    if ((text[0] >= '0' && text[0] <= '9') || text.find('-') != std::string_view::npos) return true;
    if (text.size() == 2 && (text[0] == 'Q' || text[0] == 'q')) return true;
    const rules::WordId id = w.sentence.id(i);
    if (id < w.d.calendar.size() && w.d.calendar[id].kind != DateWords::Calendar::None) return true;
    return w.is(i, w.c.season_word) || w.is(i, w.c.date_qualifier) || w.is(i, w.c.current_period_word) ||
           w.is(i, w.c.next_period_word) || w.is(i, w.c.last_period_word);
}

}  // namespace

std::vector<RawDate> scan_dates(const TokenizedSentence& s, const SentenceWords& words) {
    std::vector<RawDate> out;
    const Tokens& t = s.tokens;
    const Words w(words);
    for (std::size_t i = 0; i < t.size();) {
        if (t[i].word && may_open_date(t, w, i)) {
            if (auto r = date_at(t, w, i)) {
                i = r->last;
                out.push_back(std::move(*r));
                continue;
            }
        }
        ++i;
    }
    return out;
}

}  // namespace pressgraph::detail
