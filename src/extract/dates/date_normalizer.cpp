#include "pressgraph/extract/date_normalizer.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "dates/date_patterns.hpp"

// Turns what date_patterns.cpp found into calendar values: open years come from the anchor
// and the sentence's tense; impossible dates are dropped here, in one place.

namespace pressgraph {

namespace {

using detail::RawDate;
using detail::YearSource;

// Sign of `d` against `anchor`, compared only as far as both are precise: a month-precision
// date in the anchor's month compares equal to any day of it.
int compare_to_anchor(const DateValue& d, const DateValue& anchor) {
    if (d.year != anchor.year) return d.year < anchor.year ? -1 : 1;
    if (!d.month || !anchor.month) return 0;
    if (d.month != anchor.month) return d.month < anchor.month ? -1 : 1;
    if (!d.day || !anchor.day) return 0;
    return d.day < anchor.day ? -1 : d.day > anchor.day ? 1 : 0;
}

void shift_years(DateRange& r, int by) {
    r.start.year += by;
    if (r.end) r.end->year += by;
}

// Fills in the years of a range whose text gives none. A range that runs past December
// ("December 30 - January 2") ends in the following year.
void infer_year(DateRange& r, const DateValue& anchor, Tense tense) {
    r.start.year = anchor.year;
    if (r.end) r.end->year = anchor.year + (r.end->month < r.start.month ? 1 : 0);
    if (tense == Tense::Future && compare_to_anchor(r.end.value_or(r.start), anchor) < 0) shift_years(r, 1);
    if (tense == Tense::Past && compare_to_anchor(r.start, anchor) > 0) shift_years(r, -1);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

DateValue civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

// The month of `anchor` moved by `days` days, then by `months` months ("next week" from June 28 is
// July). Days need a day-precision anchor, months a month; nullopt without one.
std::optional<DateValue> month_counted_from(const DateValue& anchor, int days, int months) {
    constexpr int kMonthsInYear = 12;
    if (anchor.precision() == DatePrecision::Year || (days != 0 && anchor.precision() != DatePrecision::Day)) return std::nullopt;
    const DateValue moved = days != 0 ? civil_from_days(days_from_civil(anchor.year, anchor.month, anchor.day) + days) : anchor;
    const int index = moved.year * kMonthsInYear + (moved.month - 1) + months;
    return DateValue{index / kMonthsInYear, index % kMonthsInYear + 1, 0};
}

// The day of `weekday` (1 Monday .. 7 Sunday) next to a day-precision anchor: the anchor
// itself when it is that weekday (a news item dated Tuesday says "met here on Tuesday"), else
// the one before it when `direction` is -1 ("arrived on Thursday") or the tense is past, after
// it for future tense, else the nearer one (a tie looks back). Nullopt when the anchor is not a day.
std::optional<DateValue> weekday_near(const DateValue& anchor, int weekday, int direction, Tense tense) {
    if (anchor.precision() != DatePrecision::Day || weekday < 1 || weekday > 7) return std::nullopt;
    const long a = days_from_civil(anchor.year, anchor.month, anchor.day);
    const long anchor_weekday = ((a % 7) + 7 + 3) % 7 + 1;  // 1970-01-01 was a Thursday (4)
    long back = (anchor_weekday - weekday + 7) % 7;
    if (back == 0) return anchor;
    const long forward = 7 - back == 0 ? 7 : 7 - back;
    const bool go_forward = direction < 0 || tense == Tense::Past ? false
                            : tense == Tense::Future                ? true
                                                                    : forward < back;
    return civil_from_days(go_forward ? a + forward : a - back);
}

bool valid_range(const DateRange& r) {
    if (!r.start.valid()) return false;
    return !r.end || (r.end->valid() && r.start < *r.end);
}

std::string lower(std::string_view w) {
    std::string out(w);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A regular past form ("adopted", "discussed") counts only among the first words, where
// the main verb of a press-release sentence usually is; later ones are often participles.
constexpr std::size_t kPastVerbWindow = 12;
// An adverb's ending (adverb_ending) counts on words of this many letters or more ("currently", not "fly").
constexpr std::size_t kShortestAdverb = 5;

// A lower-case word of 5 letters or more with a regular past ending ("adopted"), not one
// that only looks like one ("proceed").
bool regular_past(std::string_view w, const DateWords& d) {
    if (w.size() < 5 || !detail::dates::ends_with_any(w, d.past_endings) ||
        detail::dates::ends_with_any(w, d.not_past_endings))
        return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "(the summit,) to be held in Vientiane in August": "to be" in the words before the date, up
// to another date or a semicolon, makes the date look forward whatever the sentence's tense;
// so does a noun of what lies ahead ("preparations for the summit in July"), and a verb of planning
// with its infinitive ("They agreed to speak again on Monday").
bool after_to_be(const TokenizedSentence& s, const SentenceWords& words, std::size_t date_first, std::size_t since) {
    constexpr std::size_t kReach = 10;
    const auto& t = s.tokens;
    const std::size_t from = date_first > kReach ? date_first - kReach : 0;
    for (std::size_t k = date_first; k-- > std::max(from, since);) {
        if (t[k].text == ";") return false;
        if (k > 0 && words.is_lower(k, words.classes().infinitive_be) && t[k - 1].text == "to") return true;
        // "preparations for the summit in July", "the agenda for the trip on May 5"
        if (words.is_lower(k, words.classes().forward_noun)) return true;
        if (words.is_lower(k, words.classes().plan_verb) && k + 1 < date_first && t[k + 1].text == "to") return true;
    }
    return false;
}

}  // namespace

std::vector<DateMention> find_dates(const TokenizedSentence& s, const SentenceWords& words, std::optional<DateValue> anchor,
                                    Tense tense) {
    std::vector<DateMention> out;
    for (const RawDate& raw : detail::scan_dates(s, words)) {
        DateMention m;
        m.first_token = raw.first;
        m.last_token = raw.last;
        m.span = {s.tokens[raw.first].span.begin, s.tokens[raw.last - 1].span.end};
        m.range = {raw.start, raw.end, raw.qualifier};
        if (raw.source != YearSource::Stated) {
            if (!anchor || !anchor->valid()) continue;
            const std::size_t since = out.empty() ? 0 : out.back().last_token;
            if (raw.source == YearSource::Weekday) {
                const bool ahead = raw.direction == 0 && after_to_be(s, words, raw.first, since);
                const auto day = weekday_near(*anchor, raw.weekday, raw.direction, ahead ? Tense::Future : tense);
                if (!day) continue;
                m.range.start = *day;
                m.year_inferred = true;
            } else if (raw.source == YearSource::Relative) {
                shift_years(m.range, anchor->year + raw.year_offset);
            } else if (raw.source == YearSource::RelativeMonth) {
                const auto month = month_counted_from(*anchor, raw.day_offset, raw.month_offset);
                if (!month) continue;
                m.range.start = *month;
            } else {
                // "the June 14 summit": a date that modifies a noun is no time of the sentence's verb,
                // so the verb's tense does not move it ("met today to discuss the June 14 summit").
                // So is one after a possessive ("Herzog's July 19 address").
                const bool attributive = raw.start.day && raw.first > 0 &&
                                         (s.tokens[raw.first - 1].text == "the" || s.tokens[raw.first - 1].text == "The" ||
                                          words.is(raw.first - 1, words.classes().possessive_ending));
                infer_year(m.range, *anchor,
                           raw.direction < 0                           ? Tense::Past
                           : raw.direction > 0                         ? Tense::Future
                           : attributive                               ? Tense::Unknown
                           : after_to_be(s, words, raw.first, since)   ? Tense::Future
                                                                       : tense);
                m.year_inferred = true;
            }
        }
        if (valid_range(m.range)) out.push_back(std::move(m));
    }
    return out;
}

Tense sentence_tense(const TokenizedSentence& s, const SentenceWords& words) {
    const auto& t = s.tokens;
    const WordClasses& c = words.classes();
    bool past = false;
    std::size_t n = 0;
    const std::string first_word = t.size() > 0 ? lower(t[0].text) : std::string();
    // A capitalised word is a verb only at the start of the sentence ("Will" is also a name):
    // the first word is read in any case, the others as written in lower case.
    const auto word_is = [&](std::size_t i, std::size_t cls) { return i == 0 ? words.is(0, cls) : words.is_lower(i, cls); };
    // The classes a word must have for the tests below but the regular past: most words have
    // none, and one test of their class bits passes them by.
    rules::ClassSet cues;
    for (const std::size_t cls : {c.future_word, c.be_present, c.plan_verb, c.past_verb}) cues.set(cls);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].word && !words.is_lower(i, c.future_clitic)) continue;
        const std::string_view w = i == 0 ? std::string_view(first_word) : t[i].text;
        if ((words.table().classes(words.id(i)) & cues).none()) {
            if (n < kPastVerbWindow && regular_past(w, words.dates())) past = true;
            ++n;
            continue;
        }
        const std::string_view next = i + 1 < t.size() ? t[i + 1].text : std::string_view();
        if (word_is(i, c.future_word)) return Tense::Future;
        if (word_is(i, c.be_present) && words.is_lower(i + 1, c.after_be)) return Tense::Future;
        // "is also scheduled", "are now expected": an adverb between.
        if (word_is(i, c.be_present) && i + 2 < t.size() &&
            (words.is_lower(i + 1, c.tense_adverb) ||
             (next.size() >= kShortestAdverb && detail::dates::ends_with_any(next, words.dates().adverb_endings))) &&
            words.is_lower(i + 2, c.after_be))
            return Tense::Future;
        if (word_is(i, c.plan_verb) && next == "to") return Tense::Future;
        if (word_is(i, c.past_verb) || (n < kPastVerbWindow && regular_past(w, words.dates()))) past = true;
        ++n;
    }
    return past ? Tense::Past : Tense::Unknown;
}

std::optional<DateValue> infer_document_date(const std::vector<TokenizedSentence>& sentences,
                                             const std::vector<SentenceWords>& words) {
    std::optional<DateValue> latest_month;
    std::optional<DateValue> yearless_day;
    int latest_year = 0;
    for (std::size_t si = 0; si < sentences.size() && si < words.size(); ++si) {
        for (const RawDate& raw : detail::scan_dates(sentences[si], words[si])) {
            const DateRange r{raw.start, raw.end, raw.qualifier};
            if (raw.source == YearSource::Weekday) continue;
            if (raw.source == YearSource::Anchor && raw.start.day && !yearless_day) yearless_day = raw.start;
            if (raw.source != YearSource::Stated || !valid_range(r)) continue;
            if (r.start.day) return r.start;
            latest_year = std::max(latest_year, r.end.value_or(r.start).year);
            if (r.start.month && (!latest_month || *latest_month < DateValue{r.start.year, r.start.month, 0}))
                latest_month = DateValue{r.start.year, r.start.month, 0};
        }
    }
    if (latest_month) return latest_month;
    if (yearless_day && latest_year) {
        const DateValue d{latest_year, yearless_day->month, yearless_day->day};
        if (d.valid()) return d;
    }
    return std::nullopt;
}

}  // namespace pressgraph
