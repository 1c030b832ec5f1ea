// Checks that stand between our data and Serd, which writes whatever it is given
// (docs/integration.md §1): IRIs strict parsers accept, lexical forms that keep their
// datatype when Serd writes them bare, and language tags Sord does not truncate.
#include "pressgraph/io/rdf_validation.hpp"

#include "pressgraph/util/date_value.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {
namespace {

bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }
bool is_unreserved(char c) { return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~'; }

// RFC 3986 gen-delims and sub-delims, minus '[' and ']' which only a host may use.
bool is_iri_delimiter(char c) {
    switch (c) {
        case ':': case '/': case '?': case '#': case '@':
        case '!': case '$': case '&': case '\'': case '(': case ')':
        case '*': case '+': case ',': case ';': case '=':
            return true;
        default:
            return false;
    }
}

// RFC 3987 ucschar: the non-ASCII characters an IRI may hold raw.
bool is_ucschar(char32_t cp) {
    if (cp >= 0xA0 && cp <= 0xD7FF) return true;
    if (cp >= 0xF900 && cp <= 0xFDCF) return true;
    if (cp >= 0xFDF0 && cp <= 0xFFEF) return true;
    if (cp >= 0x10000 && cp <= 0xEFFFD) return (cp & 0xFFFFU) <= 0xFFFDU && !(cp >= 0xE0000 && cp < 0xE1000);
    return false;
}

// RFC 3987 iprivate: allowed in the query part only.
bool is_iprivate(char32_t cp) {
    return (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && cp <= 0xFFFFD) || (cp >= 0x100000 && cp <= 0x10FFFD);
}

bool all_of(std::string_view text, bool (*predicate)(char)) {
    for (const char c : text) {
        if (!predicate(c)) return false;
    }
    return true;
}

bool is_integer(std::string_view s) {
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
    return !s.empty() && all_of(s, is_digit);
}

bool is_decimal(std::string_view s) {
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
    const auto dot = s.find('.');
    if (dot == std::string_view::npos) return !s.empty() && all_of(s, is_digit);
    const std::string_view whole = s.substr(0, dot);
    const std::string_view fraction = s.substr(dot + 1);
    return (!whole.empty() || !fraction.empty()) && all_of(whole, is_digit) && all_of(fraction, is_digit);
}

bool is_double(std::string_view s) {
    if (s == "INF" || s == "+INF" || s == "-INF" || s == "NaN") return true;
    const auto e = s.find_first_of("eE");
    if (e == std::string_view::npos) return is_decimal(s);
    return is_decimal(s.substr(0, e)) && is_integer(s.substr(e + 1));
}

// A trailing timezone is optional: "", "Z" or "+hh:mm"/"-hh:mm" (at most 14:00).
bool is_timezone(std::string_view tz) {
    if (tz.empty() || tz == "Z") return true;
    if (tz.size() != 6 || (tz[0] != '+' && tz[0] != '-') || tz[3] != ':') return false;
    if (!is_digit(tz[1]) || !is_digit(tz[2]) || !is_digit(tz[4]) || !is_digit(tz[5])) return false;
    const int hours = (tz[1] - '0') * 10 + (tz[2] - '0');
    const int minutes = (tz[4] - '0') * 10 + (tz[5] - '0');
    return minutes <= 59 && (hours < 14 || (hours == 14 && minutes == 0));
}

std::size_t timezone_length(std::string_view s) {
    if (!s.empty() && s.back() == 'Z') return 1;
    if (s.size() >= 6 && (s[s.size() - 6] == '+' || s[s.size() - 6] == '-') && s[s.size() - 3] == ':') return 6;
    return 0;
}

// `body` must be exactly `length` characters of an ISO date prefix that DateValue accepts.
bool is_calendar_value(std::string_view s, std::size_t length) {
    const std::size_t tz = timezone_length(s);
    if (s.size() != length + tz || !is_timezone(s.substr(length))) return false;
    return DateValue::parse_iso(s.substr(0, length)).has_value();
}

bool two_digits_at_most(std::string_view s, std::size_t pos, int max) {
    if (!is_digit(s[pos]) || !is_digit(s[pos + 1])) return false;
    return (s[pos] - '0') * 10 + (s[pos + 1] - '0') <= max;
}

// yyyy-mm-ddThh:mm:ss(.fff)?(tz)?
bool is_date_time(std::string_view s) {
    if (s.size() < 19 || s[10] != 'T' || !DateValue::parse_iso(s.substr(0, 10))) return false;
    if (s[13] != ':' || s[16] != ':') return false;
    if (!two_digits_at_most(s, 11, 24) || !two_digits_at_most(s, 14, 59) || !two_digits_at_most(s, 17, 59)) return false;
    std::string_view rest = s.substr(19);
    if (!rest.empty() && rest.front() == '.') {
        std::size_t digits = 1;
        while (digits < rest.size() && is_digit(rest[digits])) ++digits;
        if (digits == 1) return false;
        rest.remove_prefix(digits);
    }
    if (s.substr(11, 2) == "24" && s.substr(11, 8) != "24:00:00") return false;
    return is_timezone(rest);
}

}  // namespace

bool is_valid_absolute_iri(std::string_view iri) {
    if (iri.empty() || !is_alpha(iri.front()) || utf8::first_invalid(iri)) return false;
    std::size_t pos = 1;
    while (pos < iri.size() && (is_alpha(iri[pos]) || is_digit(iri[pos]) || iri[pos] == '+' || iri[pos] == '-' ||
                                iri[pos] == '.')) {
        ++pos;
    }
    if (pos >= iri.size() || iri[pos] != ':') return false;
    ++pos;

    // The authority (after "//") is the only place for '[' and ']' (IPv6 literals).
    std::size_t authority_end = pos;
    if (iri.substr(pos, 2) == "//") {
        authority_end = iri.find_first_of("/?#", pos + 2);
        if (authority_end == std::string_view::npos) authority_end = iri.size();
    }
    bool in_query = false;
    bool in_fragment = false;
    while (pos < iri.size()) {
        const char c = iri[pos];
        if (static_cast<unsigned char>(c) >= 0x80) {
            const char32_t cp = utf8::decode(iri, pos);
            if (!is_ucschar(cp) && !(in_query && !in_fragment && is_iprivate(cp))) return false;
            continue;
        }
        if (c == '%') {
            if (pos + 2 >= iri.size() || !is_hex(iri[pos + 1]) || !is_hex(iri[pos + 2])) return false;
            pos += 3;
            continue;
        }
        if (c == '[' || c == ']') {
            if (pos >= authority_end) return false;
        } else if (c == '#') {
            if (in_fragment) return false;  // a fragment may not contain another '#'
            in_fragment = true;
        } else if (c == '?') {
            in_query = true;
        } else if (!is_unreserved(c) && !is_iri_delimiter(c)) {
            return false;  // space, controls, DEL and <>"{}|^`backslash
        }
        ++pos;
    }
    return true;
}

std::string percent_encode_iri_segment(std::string_view segment) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(segment.size());
    std::size_t pos = 0;
    while (pos < segment.size()) {
        const auto byte = static_cast<unsigned char>(segment[pos]);
        if (byte >= 0x80) {
            // Keep characters an IRI may carry raw; encode the bytes of anything else.
            std::size_t next = pos;
            const char32_t cp = utf8::decode(segment, next);
            const bool valid = !utf8::first_invalid(segment.substr(pos, next - pos));
            if (valid && is_ucschar(cp)) {
                out.append(segment.substr(pos, next - pos));
                pos = next;
                continue;
            }
            for (std::size_t i = pos; i < next; ++i) {
                const auto b = static_cast<unsigned char>(segment[i]);
                out += '%';
                out += kHex[b >> 4U];
                out += kHex[b & 0xFU];
            }
            pos = next;
            continue;
        }
        if (is_unreserved(static_cast<char>(byte))) {
            out += static_cast<char>(byte);
        } else {
            out += '%';
            out += kHex[byte >> 4U];
            out += kHex[byte & 0xFU];
        }
        ++pos;
    }
    return out;
}

bool is_valid_lexical_form(std::string_view lexical, std::string_view xsd_local_name) {
    if (xsd_local_name == "string") return !utf8::first_invalid(lexical);
    if (xsd_local_name == "integer") return is_integer(lexical);
    if (xsd_local_name == "boolean") return lexical == "true" || lexical == "false" || lexical == "1" || lexical == "0";
    if (xsd_local_name == "decimal") return is_decimal(lexical);
    if (xsd_local_name == "double" || xsd_local_name == "float") return is_double(lexical);
    if (xsd_local_name == "date") return is_calendar_value(lexical, 10);
    if (xsd_local_name == "gYearMonth") return is_calendar_value(lexical, 7);
    if (xsd_local_name == "gYear") return is_calendar_value(lexical, 4);
    if (xsd_local_name == "dateTime") return is_date_time(lexical);
    return false;  // a datatype we cannot check is not written
}

bool is_valid_language_tag(std::string_view tag) {
    if (tag.empty() || tag.size() > 15) return false;
    bool first = true;
    while (true) {
        const auto dash = tag.find('-');
        const std::string_view subtag = tag.substr(0, dash);
        if (subtag.empty() || subtag.size() > 8) return false;
        for (const char c : subtag) {
            if (!is_alpha(c) && (first || !is_digit(c))) return false;
        }
        first = false;
        if (dash == std::string_view::npos) return true;
        tag.remove_prefix(dash + 1);
    }
}

}  // namespace pressgraph
