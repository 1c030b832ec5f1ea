#include "pressgraph/text/header_parser.hpp"

#include <algorithm>
#include <cctype>

#include "pressgraph/util/calendar_names.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && (space(s.front()) || s.substr(0, 2) == "\xC2\xA0")) s.remove_prefix(s.front() == '\xC2' ? 2 : 1);
    while (!s.empty() && (space(s.back()) || (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0")))
        s.remove_suffix(s.back() == '\xA0' ? 2 : 1);
    return s;
}

// Reads a run of digits at `pos`; returns how many were read.
std::size_t read_number(std::string_view s, std::size_t pos, int& value) {
    std::size_t n = 0;
    value = 0;
    while (pos + n < s.size() && is_digit(s[pos + n]) && n < 9) value = value * 10 + (s[pos + n++] - '0');
    return n;
}

// A time zone or half of the day after a clock time: capitals only, two to four ("GMT", "UTC", "PM").
bool is_zone_abbreviation(std::string_view s) {
    constexpr std::size_t kLongestZone = 4;
    if (s.size() < 2 || s.size() > kLongestZone) return false;
    for (const char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

bool is_clock_time(std::string_view s) {
    // "09:51" or "9:51", optionally with its seconds as news agencies' pages print it ("15:21:07")
    // and its zone as wire pages print it: "21:07 GMT".
    int h = 0, m = 0, sec = 0;
    const std::size_t a = read_number(s, 0, h);
    if (a < 1 || a > 2 || a >= s.size() || s[a] != ':') return false;
    const std::size_t b = read_number(s, a + 1, m);
    if (b != 2 || h >= 24 || m >= 60) return false;
    std::size_t end = a + 1 + b;
    if (end < s.size() && s[end] == ':') {
        if (read_number(s, end + 1, sec) != 2 || sec >= 60) return false;
        end += 3;
    }
    return end == s.size() || (s[end] == ' ' && is_zone_abbreviation(s.substr(end + 1)));
}

// A day of the month written with its ordinal ending, as Kenyan, Nigerian and British releases
// date themselves ("6th March 2026"): the figures, then two lower-case letters. Returns how many
// characters the day takes (0: none).
std::size_t read_day(std::string_view s, std::size_t pos, int& value) {
    const std::size_t n = read_number(s, pos, value);
    if (n >= 1 && n <= 2 && pos + n + 2 < s.size() && s[pos + n] >= 'a' && s[pos + n] <= 'z' &&
        s[pos + n + 1] >= 'a' && s[pos + n + 1] <= 'z' && s[pos + n + 2] == ' ')
        return n + 2;
    return n;
}

// Whether `s` is one word of letters: a weekday before a date without a comma ("Friday 6th March
// 2026") or a label before a colon ("Published: ...").
bool is_one_word(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
    return true;
}

std::optional<DateValue> checked(int y, int m, int d) {
    DateValue v{y, m, d};
    return v.valid() ? std::optional(v) : std::nullopt;
}

// Letters in scripts other than Latin outnumber Latin letters: a footer in another language.
bool is_foreign_script(std::string_view line) {
    // A line of ASCII alone has no letter of another script: most lines, answered without counting.
    if (utf8::first_non_ascii(line) == line.size()) return false;
    std::size_t latin = 0, other = 0, pos = 0;
    while (pos < line.size()) {
        // Most of any line is ASCII: counted without decoding.
        if (static_cast<unsigned char>(line[pos]) < 0x80) {
            const char c = line[pos++];
            latin += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            continue;
        }
        // Every letter of another script takes two bytes or more: once the Latin letters
        // outnumber all that could still come, the answer is known.
        if (latin >= other + (line.size() - pos) / 2) return false;
        const char32_t cp = utf8::decode(line, pos);
        if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F)) ++latin;
        else if (cp >= 0x370 && cp != 0x2019 && cp != 0x201C && cp != 0x201D && !(cp >= 0x2000 && cp <= 0x206F)) ++other;
    }
    return other > 0 && other > latin;
}

// "• en-GB1 ru-RU1": runs of locale codes, the residue of a language switcher.
bool is_language_switcher(std::string_view line) {
    std::size_t codes = 0, words = 0, pos = 0;
    while (pos < line.size()) {
        while (pos < line.size() && !std::isalpha(static_cast<unsigned char>(line[pos]))) ++pos;
        const std::size_t b = pos;
        while (pos < line.size() && !std::isspace(static_cast<unsigned char>(line[pos]))) ++pos;
        const std::string_view w = line.substr(b, pos - b);
        if (w.empty()) continue;
        ++words;
        if (w.size() >= 5 && std::islower(static_cast<unsigned char>(w[0])) && w[2] == '-' &&
            std::isupper(static_cast<unsigned char>(w[3])) && std::isupper(static_cast<unsigned char>(w[4])))
            ++codes;
        else
            return false;  // one word that is no locale code: no switcher (prose ends here at once)
    }
    return codes > 0 && codes == words;
}

// Page footers ("Advanced settings", "Print version") follow the last line of prose:
// short lines without terminal punctuation at the very end become debris. A list the release
// introduces with a colon is no footer ("Participants included:" then "- President Ana Lopes,
// Republic of Norland" a line): its introduction and items stay, and only lines after the last
// item that are no item are dropped.
namespace {

// The last line of `run` ending at or before `end` (blank space at its end skipped): where it
// begins and ends, and the line without its edges.
struct TrailingLine {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view line;
};

TrailingLine last_line_of(std::string_view text, const Span& run, std::size_t end) {
    while (end > run.begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    const std::size_t nl = text.rfind('\n', end == 0 ? 0 : end - 1);
    const std::size_t begin = nl == std::string_view::npos || nl < run.begin ? run.begin : nl + 1;
    return {begin, end, trim(text.substr(begin, end - begin))};
}

// A line a footer could be: short, and not closed the way a sentence is.
bool may_be_footer(std::string_view line) {
    return !(line.empty() || line.size() >= 60 || line.back() == '.' || line.back() == '!' || line.back() == '?' ||
             line.back() == '"' ||
             (line.size() >= 3 && (line.substr(line.size() - 3) == "\xE2\x80\x9D" ||
                                   line.substr(line.size() - 3) == "\xE2\x80\x99")));
}

// An item of a list: opened by a bullet or a dash, or a name and what it is after a comma.
bool list_item(std::string_view line) {
    return line.starts_with("- ") || line.starts_with("* ") || line.starts_with("\xE2\x80\xA2") ||
           line.starts_with("\xE2\x80\x93 ") || line.find(", ") != std::string_view::npos;
}

// How many of the trailing footer-like lines (`trailing`, the last first) to keep as the items of a
// list a line introduces with a colon, with that line; 0 when there is none. `above` is the line
// of prose the footer-like lines follow (a long "... Participants included:"), empty when none.
std::size_t introduced_list_lines(const std::vector<TrailingLine>& trailing, std::string_view above) {
    std::vector<std::string_view> lines_from_last;
    for (const TrailingLine& line : trailing) lines_from_last.push_back(line.line);
    lines_from_last.push_back(above);
    for (std::size_t k = 0; k < lines_from_last.size(); ++k) {
        if (!lines_from_last[k].ends_with(':')) continue;
        // Lines k-1 .. 0 follow the introduction; keep it and them up to the last item.
        std::size_t keep_from = k + 1;  // nothing kept below the introduction yet
        for (std::size_t j = k; j-- > 0;) {
            if (!list_item(lines_from_last[j])) break;
            keep_from = j;
        }
        if (keep_from == k + 1) return 0;  // a colon with no item after it: a label, not a list
        return lines_from_last.size() - 1 - keep_from;  // `above` is no footer-like line
    }
    return 0;
}

}  // namespace

void drop_trailing_furniture(std::string_view text, HeaderInfo& info) {
    // The footer-like lines at the end, last first, read before anything is dropped.
    std::vector<TrailingLine> trailing;
    std::size_t run_index = info.body.size();
    std::size_t end = run_index > 0 ? info.body.back().end : 0;
    std::string_view above;
    while (run_index > 0) {
        const Span& run = info.body[run_index - 1];
        const TrailingLine line = last_line_of(text, run, std::min<std::size_t>(end, run.end));
        if (!may_be_footer(line.line)) {
            above = line.line;
            break;
        }
        trailing.push_back(line);
        if (line.begin == run.begin) {
            --run_index;
            end = run_index > 0 ? info.body[run_index - 1].end : 0;
        } else {
            end = line.begin;
        }
    }
    const std::size_t kept = introduced_list_lines(trailing, above);
    const std::size_t dropped = trailing.size() - std::min(kept, trailing.size());
    // Drop the last `dropped` lines, as before: each from the end of the body.
    for (std::size_t k = 0; k < dropped && !info.body.empty(); ++k) {
        Span& run = info.body.back();
        const TrailingLine& line = trailing[k];
        info.debris.push_back({static_cast<std::uint32_t>(line.begin), static_cast<std::uint32_t>(line.end)});
        if (line.begin == run.begin) info.body.pop_back();
        else run.end = static_cast<std::uint32_t>(line.begin);
    }
}

}  // namespace

namespace {

// A date line's date alone, without a place beside it.
std::optional<DateValue> parse_bare_header_date(std::string_view raw, const CalendarNames& months);

// Words that may name the place of a date line: capitalised, letters and spaces, no digits.
bool looks_like_place(std::string_view s) {
    s = trim(s);
    if (s.empty() || s.size() > 60 || !(s.front() >= 'A' && s.front() <= 'Z')) return false;
    for (const char c : s)
        if (c >= '0' && c <= '9') return false;
    return true;
}

}  // namespace

namespace {

// The publisher's name before a dash and a date, as wire pages head an item: "AGENCY NEWS - Dec
// 30, 2026 - 18:25" (up to three words of letters, each capitalised, none a month): where the date
// begins, or 0.
std::size_t publisher_before_date(std::string_view s, const CalendarNames& months) {
    constexpr std::size_t kLongestPublisherWords = 3;
    for (const std::string_view dash : {std::string_view(" \xE2\x80\x93 "), std::string_view(" \xE2\x80\x94 "), std::string_view(" - ")}) {
        const auto at = s.find(dash);
        if (at == std::string_view::npos || at == 0 || at > 40) continue;
        const std::string_view name = s.substr(0, at);
        std::size_t words = 0;
        bool capitalised = true;
        for (std::size_t from = 0; capitalised && from <= name.size();) {
            std::size_t sp = name.find(' ', from);
            if (sp == std::string_view::npos) sp = name.size();
            const std::string_view word = name.substr(from, sp - from);
            capitalised = is_one_word(word) && word.front() >= 'A' && word.front() <= 'Z' && !months.number_of(word) &&
                          ++words <= kLongestPublisherWords;
            from = sp + 1;
        }
        if (capitalised && parse_bare_header_date(s.substr(at + dash.size()), months)) return at + dash.size();
    }
    return 0;
}

// The line's first field (before a bar) is a publisher's name and a date: "AGENCY NEWS - Dec 30,
// 2026 - 18:25 | World, All".
bool publisher_dated(std::string_view line, const CalendarNames& months) {
    return publisher_before_date(trim(line.substr(0, line.find('|'))), months) != 0;
}

}  // namespace

std::optional<DateValue> parse_header_date(std::string_view raw, const CalendarNames& months) {
    std::string_view s = trim(raw);
    // "Havana, 3 March 2026.": some ministries close the date line with a full stop after the year.
    if (s.size() > 5 && s.back() == '.' && s[s.size() - 2] >= '0' && s[s.size() - 2] <= '9') s.remove_suffix(1);
    if (auto d = parse_bare_header_date(s, months)) return d;
    // Fields of page furniture between bars, one of them the date: "Ministry of Foreign Affairs |
    // Press Release 112 | Lima, May 8, 2026" (the last field that is one); a byline's bar may have
    // no space after it ("Author Name |14.07.2026 - Update : 14.07.2026").
    if (const auto bar = s.rfind('|'); bar != std::string_view::npos) {
        for (std::size_t end = s.size(), from = bar; end != std::string_view::npos;) {
            const std::size_t begin = from == std::string_view::npos ? 0 : from + 1;
            if (auto d = parse_header_date(s.substr(begin, end - begin), months)) return d;
            if (from == std::string_view::npos || from == 0) break;
            end = from;
            from = s.rfind('|', from - 1);
        }
        return std::nullopt;
    }
    // A place beside the date: "2021-11-26, Sochi", "2025-03-14, The Kremlin, Moscow",
    // "Astana, 12 September 2024".
    if (const auto comma = s.find(", "); comma != std::string_view::npos) {
        if (looks_like_place(s.substr(comma + 2)))
            if (auto d = parse_bare_header_date(s.substr(0, comma), months)) return d;
        if (looks_like_place(s.substr(0, comma)))
            if (auto d = parse_bare_header_date(s.substr(comma + 2), months)) return d;
    }
    // The place, and the issuing body, after a dash: "March 20, 2026 – Ottawa, Ontario – Global
    // Affairs Canada", as news releases of several governments open.
    for (const std::string_view dash : {std::string_view(" \xE2\x80\x93 "), std::string_view(" \xE2\x80\x94 "), std::string_view(" - ")})
        if (const auto at = s.find(dash); at != std::string_view::npos && looks_like_place(s.substr(at + dash.size())))
            if (auto d = parse_bare_header_date(s.substr(0, at), months)) return d;
    // The publisher's name before a dash, the date (and its hour) after it, as wire pages head an
    // item: "AGENCY NEWS - Dec 30, 2026 - 18:25".
    if (const std::size_t at = publisher_before_date(s, months)) return parse_bare_header_date(s.substr(at), months);
    return std::nullopt;
}

namespace {

// A clock time after a dash: "17 March 2026 – 14:20", "March 17, 2026 - 14:20".
std::string_view without_dash(std::string_view rest) {
    for (const std::string_view dash : {std::string_view("\xE2\x80\x93"), std::string_view("\xE2\x80\x94"), std::string_view("-")})
        if (rest.starts_with(dash)) return trim(rest.substr(dash.size()));
    return rest;
}

std::optional<DateValue> parse_bare_header_date(std::string_view raw, const CalendarNames& months) {
    const std::string_view s = trim(raw);
    int a = 0, b = 0, c = 0, d = 0;
    // A month written short with a full stop, as wire copy does: "Nov. 11, 2025", "11 Nov. 2025".
    auto month_number = [&](std::string_view word) {
        const auto m = months.number_of(word);
        return m || word.size() < 2 || word.back() != '.' ? m : months.number_of(word.substr(0, word.size() - 1));
    };
    // ISO "2024-11-22", optionally followed by " / section".
    if (s.size() >= 10 && read_number(s, 0, a) == 4 && s[4] == '-' && read_number(s, 5, b) == 2 && s[7] == '-' &&
        read_number(s, 8, c) == 2 && (s.size() == 10 || s[10] == ' ' || s[10] == '/'))
        return checked(a, b, c);
    // Year first with dots or slashes, as East Asian ministries write it: "2026.6.4", "2026/06/04", "2026. 6. 4.".
    if (const std::size_t n = read_number(s, 0, a); n == 4 && s.size() > 5 && (s[4] == '.' || s[4] == '/')) {
        const char sep = s[4];
        std::size_t p = 5;
        while (p < s.size() && s[p] == ' ') ++p;
        const std::size_t mn = read_number(s, p, b);
        if (mn >= 1 && mn <= 2 && p + mn < s.size() && s[p + mn] == sep) {
            p += mn + 1;
            while (p < s.size() && s[p] == ' ') ++p;
            const std::size_t dn = read_number(s, p, c);
            p += dn;
            if (p < s.size() && s[p] == sep) ++p;
            // A clock time may follow, as the Hungarian government's pages print it: "2026. 09. 22. 14:05".
            const std::string_view rest = trim(s.substr(p));
            if (dn >= 1 && dn <= 2 && (rest.empty() || is_clock_time(rest))) return checked(a, b, c);
        }
    }
    // Figures, day first as most of the world writes them: "14/04/2025", "15.10.2025"; a second
    // number over 12 is a day written second ("04/25/2025").
    // The date may head a section label after a dash or a bar ("14.04.2026 - Press release"), as
    // ministries' news lists print it.
    // The label is short and no sentence: "Bern, 20.11.2026 - On 19 November, the ..." is a dateline
    // before prose (body_dateline.cpp), not a date line.
    constexpr std::size_t kLongestSectionLabel = 40;
    const bool labelled = s.size() > 13 && s[10] == ' ' && (s[11] == '-' || s[11] == '|') && s[12] == ' ' &&
                          s.size() - 13 <= kLongestSectionLabel && s.find(',', 13) == std::string_view::npos;
    // A clock time may follow the figures, as news agencies print the hour of an item: "06/10/2026 15:21:07".
    const bool timed = s.size() > 11 && s[10] == ' ' && is_clock_time(trim(s.substr(11)));
    if ((s.size() == 10 || labelled || timed) && (s[2] == '/' || s[2] == '.') && s[5] == s[2] && read_number(s, 0, a) == 2 &&
        read_number(s, 3, b) == 2 && read_number(s, 6, c) == 4)
        return b > 12 ? checked(c, a, b) : checked(c, b, a);
    // Document number with the date: "1184-24-06-2024" (NNN-DD-MM-YYYY).
    if (const std::size_t n = read_number(s, 0, a); n >= 1 && n < s.size() && s[n] == '-') {
        std::size_t p = n + 1;
        if (read_number(s, p, b) == 2 && s.size() > p + 2 && s[p + 2] == '-' && read_number(s, p + 3, c) == 2 &&
            s.size() > p + 5 && s[p + 5] == '-' && read_number(s, p + 6, d) == 4 && s.size() == p + 10)
            return checked(d, c, b);
    }
    // "13 November 2017", optionally with a clock time glued on ("201711:32") or after a space;
    // "6th March 2026".
    if (const std::size_t n = read_day(s, 0, a); n >= 1 && n <= 4 && n < s.size() && s[n] == ' ') {
        std::size_t p = n + 1;
        const std::size_t month_end = s.find(' ', p);
        if (month_end == std::string_view::npos) return std::nullopt;
        const auto month = month_number(s.substr(p, month_end - p));
        if (!month) return std::nullopt;
        p = month_end + 1;
        if (s.size() - p < 4 || read_number(s.substr(p, 4), 0, c) != 4) return std::nullopt;
        const std::string_view rest = without_dash(trim(s.substr(p + 4)));
        if (!rest.empty() && !is_clock_time(rest) && rest.front() != ',') return std::nullopt;
        return checked(c, *month, a);
    }
    // "March 05, 2024" or "March 5, 2024", optionally followed by a clock time, after a dash or,
    // as wire pages print it, after a comma ("Nov 1, 2026, 9:45 PM").
    if (const std::size_t month_end = s.find(' '); month_end != std::string_view::npos) {
        if (const auto month = month_number(s.substr(0, month_end))) {
            std::size_t p = month_end + 1;
            const std::size_t n = read_number(s, p, a);
            if (n < 1 || n > 2 || p + n + 2 >= s.size() || s[p + n] != ',' || s[p + n + 1] != ' ') return std::nullopt;
            p += n + 2;
            if (s.size() - p < 4 || read_number(s.substr(p, 4), 0, c) != 4) return std::nullopt;
            std::string_view rest = without_dash(trim(s.substr(p + 4)));
            if (rest.starts_with(',')) rest = trim(rest.substr(1));
            if (!rest.empty() && !is_clock_time(rest)) return std::nullopt;
            return checked(c, *month, a);
        }
    }
    // A weekday before the date without a comma ("Friday 6th March 2026", "Sunday 12 April 2026"),
    // or a page's label before a colon ("Published: Thursday, October 15, 2026 - 21:07 GMT"): one
    // word of letters, then a date the rest of the line is.
    // A label of two or three words before the colon reads the same: "Last update: 20/10/2026 06:42 PM".
    constexpr std::size_t kLongestLabelWords = 3;
    if (const std::size_t colon = s.find(": "); colon != std::string_view::npos && colon > 1) {
        const std::string_view label = s.substr(0, colon);
        std::size_t words = 1, from = 0;
        bool letters = true;
        for (std::size_t sp = label.find(' '); letters; sp = label.find(' ', from)) {
            letters = is_one_word(label.substr(from, sp == std::string_view::npos ? std::string_view::npos : sp - from));
            if (sp == std::string_view::npos) break;
            from = sp + 1;
            ++words;
        }
        if (letters && words >= 2 && words <= kLongestLabelWords) return parse_header_date(s.substr(colon + 2), months);
    }
    if (const std::size_t space = s.find(' '); space != std::string_view::npos && space > 1) {
        const bool colon = s[space - 1] == ':';
        const std::string_view word = s.substr(0, colon ? space - 1 : space);
        const std::string_view rest = trim(s.substr(space + 1));
        if (is_one_word(word) && !months.number_of(word) && !rest.empty() && (colon || is_digit(rest.front()))) {
            if (colon) return parse_header_date(rest, months);
            return parse_bare_header_date(rest, months);
        }
    }
    return std::nullopt;
}

}  // namespace

namespace {

// A site's breadcrumb trail: "Home > Press Office > Announcements", "Home › News": short parts,
// none closed as a sentence, joined by " > " or " › ".
bool is_breadcrumb(std::string_view s) {
    constexpr std::size_t kLongestCrumb = 60;
    // A separator farther than a crumb's length (and some spacing) leaves a part too long: only
    // that far is searched, so a paragraph of prose, asked too, is not scanned to its end twice.
    constexpr std::size_t kWindow = kLongestCrumb + 64;
    std::size_t parts = 0, from = 0;
    while (true) {
        std::size_t at = std::string_view::npos, width = 0;
        const std::string_view window = s.substr(0, std::min(s.size(), from + kWindow));
        for (const std::string_view sep : {std::string_view(" > "), std::string_view(" \xE2\x80\xBA ")})
            if (const auto k = window.find(sep, from); k < at) at = k, width = sep.size();
        const std::string_view part = trim(s.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (part.empty() || part.size() > kLongestCrumb || part.back() == '.' || part.back() == '?' || part.back() == '!') return false;
        ++parts;
        if (at == std::string_view::npos) break;
        from = at + width;
    }
    return parts >= 2;
}

}  // namespace

bool is_debris_line(std::string_view raw) {
    const std::string_view s = trim(raw);
    if (s.empty()) return false;
    if (is_clock_time(s) || is_foreign_script(s) || is_language_switcher(s) || is_breadcrumb(s)) return true;
    // Search-page residue: "Showing 1 result.", "Showing 10 results".
    if (s.substr(0, 8) == "Showing " && s.size() > 8 && is_digit(s[8]) && s.find(" result") != std::string_view::npos)
        return true;
    // A line with no letters at all (bullets, separators, stray numbers). Every line of the
    // text is asked, and most have a letter within their first bytes: the scan stops there.
    return std::none_of(s.begin(), s.end(),
                        [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0 || (ch & 0x80) != 0; });
}

// The parts of a date line, split at commas and slashes, that are words and not the date:
// their span from the first to the last, or nullopt.
// A part that is a weekday or a month alone ("Monday" of "Monday, March 5, 2024") is the date's.
std::optional<Span> dateline_place(std::string_view text, std::string_view line, const HeaderWords& words) {
    std::optional<Span> place;
    std::size_t b = 0;
    while (b <= line.size()) {
        std::size_t e = line.find_first_of(",/", b);
        if (e == std::string_view::npos) e = line.size();
        // A dash between words parts them too ("2026 – Ottawa, Ontario"): the place starts after it.
        std::string_view part = trim(line.substr(b, e - b));
        for (const std::string_view dash : {std::string_view(" \xE2\x80\x93 "), std::string_view(" \xE2\x80\x94 "), std::string_view(" - ")})
            if (const auto at = part.rfind(dash); at != std::string_view::npos && !place) part = trim(part.substr(at + dash.size()));
        bool letters = false, digits = false, capital = false;
        for (const char c : part) {
            digits |= c >= '0' && c <= '9';
            letters |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            capital |= c >= 'A' && c <= 'Z';
        }
        if (!part.empty() && letters && capital && !digits && part.size() < 60 && (part.front() >= 'A' && part.front() <= 'Z') &&
            !words.names_a_day_or_month(part)) {
            const auto first = static_cast<std::uint32_t>(part.data() - text.data());
            const auto last = static_cast<std::uint32_t>(first + part.size());
            place = place ? Span{place->begin, last} : Span{first, last};
        } else if (place) {
            break;  // the place is one run of parts
        }
        b = e + 1;
    }
    return place;
}

namespace {

constexpr std::size_t kMaxDeckBytes = 200;

// Whether only blank space follows `eol`; stops at the first other character.
bool last_line(std::string_view text, std::size_t eol) {
    for (std::size_t k = eol; k < text.size(); ++k)
        if (text[k] != '\n' && text[k] != ' ' && text[k] != '\t' && text[k] != '\r') return false;
    return true;
}

// "New Delhi\nMay 13, 2025" or "Gomel, 13 May 2025" closing the release (the place and day of
// issue some ministries sign off with): the last of the trailing lines dropped as furniture (from
// `first_trailing` on, last line first) is a date line, optionally after a line that is a place.
// It gives the date and place the header did not.
void read_closing_signature(std::string_view text, HeaderInfo& info, const HeaderWords& words, std::size_t first_trailing) {
    if (info.debris.size() <= first_trailing) return;
    const Span last_span = info.debris[first_trailing];
    const std::string_view last = trim(text.substr(last_span.begin, last_span.end - last_span.begin));
    auto date = parse_header_date(last, words.months());
    if (!date) {
        // Wire copy closes with one capitalised word before the day ("Published Nov. 11, 2025",
        // "Updated 3 March 2025"): the day of issue, though no place follows.
        const std::size_t space = last.find(' ');
        const std::string_view first = last.substr(0, space);
        const bool one_word = space != std::string_view::npos && first.size() > 1 && first[0] >= 'A' && first[0] <= 'Z' &&
                              std::all_of(first.begin(), first.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }) &&
                              !words.names_a_day_or_month(first);
        if (one_word && !info.published) info.published = parse_header_date(last.substr(space + 1), words.months());
        return;
    }
    if (!info.published) info.published = date;
    if (info.dateline) return;
    if (auto place = dateline_place(text, last, words)) {
        info.dateline = place;
        return;
    }
    if (info.debris.size() <= first_trailing + 1) return;
    const Span before = info.debris[first_trailing + 1];
    const std::string_view line = trim(text.substr(before.begin, before.end - before.begin));
    constexpr std::size_t kMaxPlaceWords = 4;
    if (!looks_like_place(line) || std::count(line.begin(), line.end(), ' ') >= static_cast<long>(kMaxPlaceWords) ||
        words.names_a_day_or_month(line))
        return;
    const auto at = static_cast<std::uint32_t>(line.data() - text.data());
    info.dateline = Span{at, static_cast<std::uint32_t>(at + line.size())};
}

// Wire copy stamps its very last line with the day and the time alone, after the sign-off
// ("(END)" then "2026-12-09 17:42"): a line without letters, debris to the loop above, that dates
// the release when nothing else did.
std::optional<DateValue> closing_stamp(std::string_view text, const CalendarNames& months) {
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) --end;
    const std::size_t nl = text.rfind('\n', end == 0 ? 0 : end - 1);
    const std::string_view line = trim(text.substr(nl == std::string_view::npos ? 0 : nl + 1, end - (nl == std::string_view::npos ? 0 : nl + 1)));
    const bool letterless = std::none_of(line.begin(), line.end(), [](char ch) {
        return std::isalpha(static_cast<unsigned char>(ch)) != 0 || (ch & 0x80) != 0;
    });
    return letterless && !line.empty() ? parse_bare_header_date(line, months) : std::nullopt;
}

// The capitalised words before the ", " of a "Name, date" line.
std::size_t capitalised_words_before_date(std::string_view line) {
    const std::size_t comma = line.find(", ");
    std::size_t words = 0;
    for (std::size_t i = 0; i < comma && comma != std::string_view::npos; ++i)
        if ((i == 0 || line[i - 1] == ' ') && line[i] >= 'A' && line[i] <= 'Z') ++words;
    return words;
}

// The full date a line ends with, after a space: "... Conference on April 14, 2026".
std::optional<DateValue> date_ending(std::string_view line, const CalendarNames& months) {
    for (std::size_t space = line.find(' '); space != std::string_view::npos; space = line.find(' ', space + 1))
        if (auto d = parse_bare_header_date(line.substr(space + 1), months)) return d;
    return std::nullopt;
}

bool ends_sentence(std::string_view line) {
    return line.back() == '.' || line.back() == '!' || line.back() == '?' || line.back() == ':';
}

// Takes what the dateline `d` read at the start of `line` gives the header; returns the offset in
// `text` where the body's prose begins, after the dash.
std::uint32_t take_body_dateline(std::string_view text, std::string_view line, const BodyDateline& d, HeaderInfo& info) {
    const auto at = static_cast<std::uint32_t>(line.data() - text.data());
    if (!info.dateline && !d.place.empty()) info.dateline = Span{at + d.place.begin, at + d.place.end};
    if (d.agency) info.dateline_agency = Span{at + d.agency->begin, at + d.agency->end};
    if (d.date) {
        // The header's year completes a dateline without one; a header's day outweighs the dateline's.
        const std::optional<int> year = d.date->year ? d.date->year : info.published ? std::optional(info.published->year) : std::nullopt;
        const DateValue day{year.value_or(0), d.date->month, d.date->day};
        const bool header_vaguer = !info.published || info.published->precision() != DatePrecision::Day;
        const bool agrees = !info.published || (info.published->year == day.year &&
                                                (info.published->month == 0 || info.published->month == day.month));
        if (!year) info.dateline_day = d.date;
        else if (header_vaguer && agrees && day.valid()) info.published = day;
    }
    return at + static_cast<std::uint32_t>(d.body);
}

}  // namespace

HeaderInfo parse_header(std::string_view text, const HeaderWords& words) {
    const CalendarNames& months = words.months();
    HeaderInfo info;
    // A publisher's label on a line of its own ("News release", "READOUT", "Quick facts"): every word
    // one of page_label_word; on the first line only a label of two words or more ("Media
    // Statement"), since a headline may be one such word ("Statement").
    auto page_label = [&](std::string_view l, std::size_t at_line) {
        constexpr std::size_t kMaxLabelWords = 5;
        std::size_t n = 0;
        for (std::size_t b = 0; b < l.size();) {
            std::size_t e = l.find(' ', b);
            if (e == std::string_view::npos) e = l.size();
            if (e > b && (++n > kMaxLabelWords || !words.is_page_label_word(l.substr(b, e - b)))) return false;
            b = e + 1;
        }
        return n >= (at_line == 0 ? 2U : 1U);
    };
    // The header is the first few lines: a headline, a date line and page furniture,
    // all before the first line of prose. Prose = a line that ends with terminal punctuation.
    constexpr std::size_t kHeaderLines = 8;
    std::size_t line_no = 0;
    bool in_header = true;
    std::optional<Span> candidate_title;
    // A dateline opens the first line of prose, or the first after a deck: short lines that end
    // no sentence ("**Tour Available Online**").
    bool dateline_may_come = true;
    std::size_t pos = 0;
    Span body_run{0, 0};
    bool body_open = false;
    auto close_body = [&](std::size_t at) {
        if (body_open) info.body.push_back({body_run.begin, static_cast<std::uint32_t>(at)});
        body_open = false;
    };
    while (pos <= text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        const std::string_view line = trim(text.substr(pos, eol - pos));
        const Span span{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(eol)};
        bool is_body = false;
        std::uint32_t body_from = span.begin;
        if (line.empty()) {
            // Blank lines separate paragraphs; they stay inside a body run.
            is_body = body_open;
        } else if (line_no < kHeaderLines && !info.published && (in_header || !last_line(text, eol)) &&
                   parse_header_date(line, months) && !publisher_dated(line, months)) {
            // A date alone on one of the first lines, after page furniture or a summary too
            // ("From: ... Published / 3 February 2025"): a date line is never prose. (The last line
            // of a short release is its closing signature: read_closing_signature.)
            info.published = parse_header_date(line, months);
            info.dateline = dateline_place(text, line, words);
            info.debris.push_back(span);
            if (candidate_title) info.title = candidate_title;
            // "Foreign Affairs Council, 23 February 2026" first: a name of three capitalised words
            // or more before the date is the headline's, not a place's.
            else if (line_no == 0 && capitalised_words_before_date(line) >= 3)
                info.title = Span{static_cast<std::uint32_t>(line.data() - text.data()),
                                  static_cast<std::uint32_t>(line.data() - text.data() + line.size())};
        } else if (is_debris_line(line) || page_label(line, line_no)) {
            info.debris.push_back(span);
        } else if (const auto alone = dateline_may_come ? read_dateline_line(line, words) : std::nullopt) {
            // A dateline on a line of its own ("LIMA, Nov. 13 (Xinhua) --"), first or after the
            // headline: no headline itself; the body follows it, on the next line.
            in_header = false;
            (void)take_body_dateline(text, line, *alone, info);
            dateline_may_come = false;
        } else if (in_header && line_no < kHeaderLines && !candidate_title && line.size() < 400 &&
                   line.back() != '.' && line.back() != '!' && line.back() != '?' && line.back() != ':') {
            candidate_title = Span{static_cast<std::uint32_t>(line.data() - text.data()),
                                   static_cast<std::uint32_t>(line.data() - text.data() + line.size())};
        } else {
            // The publisher's name before the date ("AGENCY NEWS - Dec 30, 2026 - 18:25 | World") dates
            // the release; the line stays text, for the publisher's name.
            if (line_no < kHeaderLines && !info.published && publisher_dated(line, months))
                info.published = parse_header_date(line, months);
            in_header = false;
            is_body = true;
            if (dateline_may_come) {
                const auto dateline = read_body_dateline(line, words);
                if (dateline) {
                    body_from = take_body_dateline(text, line, *dateline, info);
                    close_body(pos);  // the deck before it is a run of its own
                }
                dateline_may_come = !dateline && !ends_sentence(line) && line.size() < kMaxDeckBytes;
            }
        }
        if (!line.empty()) ++line_no;
        if (is_body && !body_open) {
            body_run.begin = body_from;
            body_open = true;
        } else if (!is_body) {
            close_body(pos);
        }
        if (eol == text.size()) break;
        pos = eol + 1;
    }
    close_body(text.size());
    const std::size_t debris_before = info.debris.size();
    drop_trailing_furniture(text, info);
    read_closing_signature(text, info, words, debris_before);
    if (!info.published) info.published = closing_stamp(text, months);
    // A headline without a date line is still a headline when prose follows it.
    if (!info.title && candidate_title && !info.body.empty() && candidate_title->end <= info.body.front().begin)
        info.title = candidate_title;
    // No date line: a headline that ends with a full date ("... Press Conference on April 14, 2026")
    // dates the release.
    if (!info.published && info.title) info.published = date_ending(info.title->of(text), months);
    return info;
}

}  // namespace pressgraph
