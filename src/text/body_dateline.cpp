#include "pressgraph/text/body_dateline.hpp"

#include "pressgraph/util/date_value.hpp"

namespace pressgraph {

namespace {

// A dateline ends long before this; a line is never read further.
constexpr std::size_t kMaxDatelineBytes = 200;
constexpr std::size_t kMaxPlaceWords = 4;
constexpr std::size_t kMaxAgencyBytes = 40;
constexpr std::size_t kMaxParticleBytes = 4;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return is_upper(c) || is_lower(c) || (static_cast<unsigned char>(c) & 0x80) != 0; }

// One pass over a prefix of the line; every read moves forward.
class Reader {
public:
    explicit Reader(std::string_view line) : s_(line.substr(0, kMaxDatelineBytes)), full_size_(line.size()) {}

    [[nodiscard]] std::size_t pos() const { return p_; }
    void seek(std::size_t p) { p_ = p; }
    [[nodiscard]] bool at_end() const { return p_ >= s_.size(); }
    [[nodiscard]] bool at_line_end() const { return p_ >= full_size_; }
    [[nodiscard]] char peek(std::size_t ahead = 0) const { return p_ + ahead < s_.size() ? s_[p_ + ahead] : '\0'; }
    [[nodiscard]] bool starts(std::string_view w) const { return s_.substr(p_, w.size()) == w; }

    // A letter of a name: ASCII, or a character beyond it other than the punctuation of
    // U+0080-U+00BF (no-break space, guillemets) and U+2000-U+203F (dashes, quotes).
    [[nodiscard]] bool at_letter() const {
        return is_upper(peek()) || is_lower(peek()) ||
               ((static_cast<unsigned char>(peek()) & 0x80) != 0 && peek() != '\xC2' && !starts("\xE2\x80"));
    }

    // Spaces and no-break spaces; returns how many bytes.
    std::size_t skip_spaces() {
        const std::size_t from = p_;
        while (!at_end()) {
            if (peek() == ' ' || peek() == '\t') ++p_;
            else if (starts("\xC2\xA0")) p_ += 2;
            else break;
        }
        return p_ - from;
    }

    // A run of words that each open with a capital: letters, inner dots, hyphens and
    // apostrophes ("D.C.", "Port-au-Prince", "N'DJAMENA"). Sets `capitals` when no word has a
    // lower-case letter. Returns the number of words, 0 when none (or too many) start here.
    std::size_t place_words(bool& capitals, const HeaderWords& particles) {
        capitals = true;
        std::size_t words = 0;
        while (is_upper(peek())) {
            if (++words > kMaxPlaceWords) return 0;
            while (at_letter() || peek() == '.' || peek() == '-' || peek() == '\'') {
                capitals &= !is_lower(peek());
                ++p_;
            }
            // "Rio de Janeiro", "Dar es Salaam": a particle (word class place_particle) between
            // two capitalised words.
            if (peek() == ' ' && is_lower(peek(1))) {
                std::size_t k = 1;
                while (k <= kMaxParticleBytes && is_lower(peek(k))) ++k;
                if (k > kMaxParticleBytes || peek(k) != ' ' || !is_upper(peek(k + 1)) ||
                    !particles.is_place_particle(s_.substr(p_ + 1, k - 1)))
                    break;
                if (++words > kMaxPlaceWords) return 0;
                capitals = false;
                p_ += k + 1;
                continue;
            }
            if (peek() != ' ' || !is_upper(peek(1))) break;
            ++p_;  // one space, then the next capitalised word
        }
        return words;
    }

    // The word of letters at the reader ("Monday", "Wed" of "Wed."), without moving.
    [[nodiscard]] std::string_view word() const {
        std::size_t k = 0;
        while (is_upper(peek(k)) || is_lower(peek(k))) ++k;
        return s_.substr(p_, k);
    }

    // A number of 1 to `max_digits` digits not followed by another digit.
    std::optional<int> number(std::size_t max_digits) {
        int value = 0;
        std::size_t n = 0;
        while (is_digit(peek()) && n <= max_digits) {
            value = value * 10 + (peek() - '0');
            ++p_;
            ++n;
        }
        if (n == 0 || n > max_digits) return std::nullopt;
        return value;
    }

    // A month name or abbreviation, with an abbreviation's dot.
    std::optional<int> month(const CalendarNames& months) {
        const std::size_t from = p_;
        while (is_upper(peek()) || is_lower(peek())) ++p_;
        const auto m = months.number_of(s_.substr(from, p_ - from));
        if (m && peek() == '.') ++p_;
        return m;
    }

private:
    std::string_view s_;
    std::size_t full_size_ = 0;
    std::size_t p_ = 0;
};

// "Nov. 13", "March 5, 2024", "12 May 2023", "2 April": read on a copy of the reader, which
// moves past the date only when there is one.
std::optional<DatelineDate> read_date(Reader& reader, const CalendarNames& months) {
    Reader r = reader;
    DatelineDate d;
    if (is_digit(r.peek())) {
        const auto day = r.number(2);
        // "20.11.2026": day, month and year in figures between dots, as Swiss and other continental
        // ministries date a dateline ("Bern, 20.11.2026 - ...").
        if (day && r.peek() == '.' && is_digit(r.peek(1))) {
            r.seek(r.pos() + 1);
            const auto month = r.number(2);
            if (!month || *month < 1 || *month > 12 || r.peek() != '.' || !is_digit(r.peek(1))) return std::nullopt;
            r.seek(r.pos() + 1);
            const auto year = r.number(4);
            if (!year || *year < 1000) return std::nullopt;
            d.day = *day;
            d.month = *month;
            d.year = *year;
            if (d.day < 1 || d.day > days_in_month(*d.year, d.month)) return std::nullopt;
            reader = r;
            return d;
        }
        // "25th", "1st": two lower-case letters of an ordinal's ending glued to the day.
        if (day && is_lower(r.peek()) && is_lower(r.peek(1)) && !is_letter(r.peek(2))) r.seek(r.pos() + 2);
        if (!day || r.skip_spaces() == 0) return std::nullopt;
        const auto month = r.month(months);
        if (!month) return std::nullopt;
        d.day = *day;
        d.month = *month;
        const std::size_t before_year = r.pos();
        if (r.peek() == ',' && r.peek(1) == ' ' && is_digit(r.peek(2))) r.seek(r.pos() + 1);  // "25th September, 2025"
        if (r.skip_spaces() > 0 && is_digit(r.peek())) {
            if (const auto year = r.number(4); year && *year >= 1000) d.year = *year;
            else r.seek(before_year);
        } else {
            r.seek(before_year);
        }
    } else {
        const auto month = r.month(months);
        if (!month || r.skip_spaces() == 0) return std::nullopt;
        const auto day = r.number(2);
        if (!day) return std::nullopt;
        d.day = *day;
        d.month = *month;
        const std::size_t before_year = r.pos();
        if (r.peek() == ',' && r.peek(1) == ' ') {
            r.seek(r.pos() + 1);
            r.skip_spaces();
            if (const auto year = is_digit(r.peek()) ? r.number(4) : std::nullopt; year && *year >= 1000) d.year = *year;
            else r.seek(before_year);
        }
    }
    // A day the month has (29 February only in a leap year, or any year when none is given).
    if (d.day < 1 || d.day > days_in_month(d.year.value_or(2000), d.month)) return std::nullopt;
    reader = r;
    return d;
}

// "Rajab 14, 1447, ": a date of the Hijri calendar, which Gulf agencies set before the Gregorian one
// (a capitalised word that is no Gregorian month, a day, a year of the Hijri era); skipped.
bool skip_hijri_date(Reader& reader, const CalendarNames& months) {
    constexpr int kHijriYearFrom = 1300, kHijriYearTo = 1600;
    Reader r = reader;
    const std::string_view w = r.word();
    if (w.empty() || !is_upper(w.front()) || months.number_of(w)) return false;
    r.seek(r.pos() + w.size());
    if (r.skip_spaces() == 0) return false;
    const auto day = r.number(2);
    if (!day || r.peek() != ',' || r.peek(1) != ' ') return false;
    r.seek(r.pos() + 1);
    r.skip_spaces();
    const auto year = r.number(4);
    if (!year || *year < kHijriYearFrom || *year >= kHijriYearTo || r.peek() != ',' || r.peek(1) != ' ') return false;
    r.seek(r.pos() + 1);
    r.skip_spaces();
    reader = r;
    return true;
}

// ", SPA --": an agency's capitals after the date and a comma, before the dash.
std::optional<Span> read_comma_agency(Reader& reader) {
    constexpr std::size_t kMinCapitals = 2, kMaxCapitals = 6;
    Reader r = reader;
    if (r.peek() != ',' || r.peek(1) != ' ') return std::nullopt;
    r.seek(r.pos() + 1);
    r.skip_spaces();
    const std::size_t from = r.pos();
    std::size_t n = 0;
    while (is_upper(r.peek(n))) ++n;
    if (n < kMinCapitals || n > kMaxCapitals || r.peek(n) != ' ') return std::nullopt;
    r.seek(from + n);
    reader = r;
    return Span{static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(from + n)};
}

// "(Xinhua)", "(TASS)", "(dpa)": a short name in parentheses; the span inside them.
std::optional<Span> read_agency(Reader& r) {
    if (r.peek() != '(') return std::nullopt;
    const std::size_t open = r.pos();
    std::size_t k = 1;
    bool letters = false;
    for (; k <= kMaxAgencyBytes + 1 && r.peek(k) != ')'; ++k) {
        const char c = r.peek(k);
        if (!(is_letter(c) || c == ' ' || c == '.' || c == '-' || c == '&')) return std::nullopt;
        letters |= is_letter(c);
    }
    if (r.peek(k) != ')' || !letters) return std::nullopt;
    r.seek(open + k + 1);
    return Span{static_cast<std::uint32_t>(open + 1), static_cast<std::uint32_t>(open + k)};
}

// "/TASS/" after a date's full stop: a short name between slashes, then an optional full stop.
std::optional<Span> read_slashed_agency(Reader& r) {
    Reader probe = r;
    if (probe.peek() == '.') probe.seek(probe.pos() + 1);
    if (probe.skip_spaces() == 0 || probe.peek() != '/') return std::nullopt;
    const std::size_t open = probe.pos();
    std::size_t k = 1;
    for (; k <= kMaxAgencyBytes && probe.peek(k) != '/'; ++k)
        if (!(is_upper(probe.peek(k)) || is_lower(probe.peek(k)) || probe.peek(k) == '-')) return std::nullopt;
    if (probe.peek(k) != '/' || k == 1) return std::nullopt;
    probe.seek(open + k + 1);
    if (probe.peek() == '.') probe.seek(probe.pos() + 1);
    r = probe;
    return Span{static_cast<std::uint32_t>(open + 1), static_cast<std::uint32_t>(open + k)};
}

// "--", "—", "–", or " - " with a space before it (a hyphen joined to a word is no dash).
bool read_dash(Reader& r, bool space_before) {
    if (r.starts("--")) r.seek(r.pos() + 2);
    else if (r.starts("\xE2\x80\x94") || r.starts("\xE2\x80\x93")) r.seek(r.pos() + 3);
    else if (r.peek() == '-' && space_before && r.peek(1) == ' ') r.seek(r.pos() + 1);
    else return false;
    return true;
}

// The prose after the dash opens with a capital or a quotation.
bool opens_prose(const Reader& r) {
    return is_upper(r.peek()) || r.peek() == '"' || r.peek() == '\'' || r.starts("\xE2\x80\x9C") || r.starts("\xE2\x80\x98");
}

}  // namespace

namespace {

// A dateline at the start of `line`, followed by prose after a dash; or (`alone`) the whole line,
// with a date, the dash optional and nothing after it.
std::optional<BodyDateline> read_dateline(std::string_view line, const HeaderWords& words, bool alone) {
    const CalendarNames& months = words.months();
    Reader r(line);
    bool city_capitals = false, region_capitals = false;
    BodyDateline d;
    // "Monday, March 5 —", "WEDNESDAY, Nov. 12 --": a weekday (or month) that opens the line is the
    // date's; the dateline names no place, and must give a date.
    // ("Mar del Plata" is a place: the word must stand alone before the comma.)
    const std::string_view first = r.word();
    const std::size_t after_first = first.size() + (r.peek(first.size()) == '.' ? 1 : 0);
    if (!first.empty() && r.peek(after_first) == ',' && words.names_a_day_or_month(first)) {
        r.seek(after_first + 1);
        r.skip_spaces();
        d.place = {0, 0};
        if (!(d.date = read_date(r, months))) return std::nullopt;
    } else {
        if (r.place_words(city_capitals, words) == 0) return std::nullopt;
        // "VIENNA/TASHKENT", "NEW YORK/GENEVA": a release issued from two cities at once, in capitals.
        constexpr int kMostCities = 3;
        for (int city = 1; city < kMostCities && city_capitals && r.peek() == '/' && is_upper(r.peek(1)); ++city) {
            Reader next = r;
            next.seek(next.pos() + 1);
            bool capitals = false;
            if (next.place_words(capitals, words) == 0 || !capitals) break;
            r = next;
        }
        d.place = {0, static_cast<std::uint32_t>(r.pos())};
        if (d.place.end == first.size() && words.names_a_day_or_month(first)) return std::nullopt;  // "FRIDAY —"
    }
    // "Bogotá (May 19, 2026). The Foreign Minister ...": the date in parentheses after the city, its year
    // too, closed by a full stop, stands for the dash.
    if (!d.date && !alone && r.peek() == ' ' && r.peek(1) == '(') {
        Reader probe = r;
        probe.seek(probe.pos() + 2);
        const auto date = read_date(probe, months);
        if (date && date->year && probe.peek() == ')' && probe.peek(1) == '.' && probe.peek(2) == ' ') {
            probe.seek(probe.pos() + 2);
            probe.skip_spaces();
            if (opens_prose(probe)) {
                d.date = date;
                d.body = probe.pos();
                return d;
            }
        }
    }
    // ", date" or ", STATE" (then ", date" or nothing).
    for (int part = 0; part < 2 && !d.date && r.peek() == ',' && r.peek(1) == ' '; ++part) {
        const std::size_t comma = r.pos();
        r.seek(comma + 1);
        r.skip_spaces();
        if ((d.date = read_date(r, months))) break;
        if (skip_hijri_date(r, months) && (d.date = read_date(r, months))) break;
        if (part == 1 || r.place_words(region_capitals, words) == 0) {
            r.seek(comma);
            break;
        }
        d.place.end = static_cast<std::uint32_t>(r.pos());
    }
    // Without a date only the capitals of a city tell a dateline from a sentence's subject.
    if (!d.date && !city_capitals) return std::nullopt;
    // "MOSCOW, October 15. /TASS/. The ...": the wire's agency between slashes stands for the dash.
    if (d.date && !alone) {
        if ((d.agency = read_slashed_agency(r))) {
            r.skip_spaces();
            if (!opens_prose(r)) return std::nullopt;
            d.body = r.pos();
            return d;
        }
    }
    if (d.date && !alone) {
        Reader probe = r;
        if (const auto agency = read_comma_agency(probe); agency && read_dash(probe, probe.skip_spaces() > 0)) {
            d.agency = agency;
            r = probe;
            r.skip_spaces();
            if (!opens_prose(r)) return std::nullopt;
            d.body = r.pos();
            return d;
        }
    }
    // "Santiago, 21 April 2026. Foreign Minister ...": a full date, its year too, closed by a full
    // stop stands for the dash; the release's date is the dateline's.
    if (d.date && d.date->year && !alone && r.peek() == '.' && r.peek(1) == ' ') {
        Reader probe = r;
        probe.seek(probe.pos() + 1);
        probe.skip_spaces();
        if (opens_prose(probe)) {
            d.body = probe.pos();
            return d;
        }
    }
    bool space = r.skip_spaces() > 0;
    if ((d.agency = read_agency(r))) space = r.skip_spaces() > 0;
    if (alone) {
        if (!d.date) return std::nullopt;
        if (read_dash(r, space)) r.skip_spaces();
        if (!r.at_line_end()) return std::nullopt;
        d.body = line.size();
        return d;
    }
    // "Abuja, July 21, 2026 (NAN) The ...": after a date and an agency the dash may be left out.
    const bool dash = read_dash(r, space);
    if (!dash && !(d.date && d.agency && space)) return std::nullopt;
    r.skip_spaces();
    if (!(opens_prose(r) || (r.at_line_end() && d.date && dash))) return std::nullopt;
    d.body = r.pos();
    return d;
}

}  // namespace

std::optional<BodyDateline> read_body_dateline(std::string_view line, const HeaderWords& words) {
    return read_dateline(line, words, false);
}

std::optional<BodyDateline> read_dateline_line(std::string_view line, const HeaderWords& words) {
    return read_dateline(line, words, true);
}

}  // namespace pressgraph
