#include "pressgraph/text/sentence_splitter.hpp"

#include <algorithm>
#include <cstdint>

#include "abbreviations.hpp"
#include "pressgraph/util/word_bytes.hpp"

namespace pressgraph {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of a closing quote or bracket at `pos` (ASCII or UTF-8 ’ ” »), or 0.
std::size_t closer_length(std::string_view t, std::size_t pos) {
    const char c = t[pos];
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    if (t.compare(pos, 3, "\xE2\x80\x99") == 0 || t.compare(pos, 3, "\xE2\x80\x9D") == 0) return 3;
    if (t.compare(pos, 2, "\xC2\xBB") == 0) return 2;
    return 0;
}

// The word ending just before the '.' at `dot` (letters and inner dots).
std::string_view word_before(std::string_view t, std::size_t dot, std::size_t floor) {
    std::size_t b = dot;
    while (b > floor && (is_upper(t[b - 1]) || is_lower(t[b - 1]) || t[b - 1] == '.')) --b;
    return t.substr(b, dot - b);
}

Span trimmed(std::string_view t, std::size_t b, std::size_t e) {
    while (b < e && (is_space(t[b]) || t[b] == '\n')) ++b;
    while (e > b && (is_space(t[e - 1]) || t[e - 1] == '\n')) --e;
    // Non-breaking spaces (C2 A0) at either edge are white space too.
    while (e - b >= 2 && t.compare(b, 2, "\xC2\xA0") == 0) b += 2;
    while (e - b >= 2 && t.compare(e - 2, 2, "\xC2\xA0") == 0) e -= 2;
    return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

// A single line break inside a paragraph joins hard-wrapped text: the line is long and ends
// mid-sentence, and the next line goes on in lower case, or after a line ending in a lower-case
// word or a comma, with a word or a number ("... met with\nPrime Minister Ana Lopes ...").
bool is_soft_line_break(std::string_view t, std::size_t nl, std::size_t line_start, std::size_t end) {
    if (nl - line_start < 60 || nl == 0) return false;
    const char before = t[nl - 1];
    if (!(is_lower(before) || before == ',')) return false;
    std::size_t next = nl + 1;
    while (next < end && is_space(t[next])) ++next;
    return next < end && (is_lower(t[next]) || is_upper(t[next]) || is_digit(t[next]));
}

// Where to cut a run longer than the piece limit: after the last "; " or ", " in the second
// half of the window, else at the last space, else at a UTF-8 character boundary.
std::size_t cut_point(std::string_view t, std::size_t b, std::size_t limit) {
    const std::size_t e = b + limit;
    for (std::size_t i = e; i > b + limit / 2; --i)
        if ((t[i - 1] == ';' || t[i - 1] == ',') && i < t.size() && is_space(t[i])) return i;
    for (std::size_t i = e; i > b + limit / 2; --i)
        if (is_space(t[i - 1]) || t[i - 1] == '\n') return i;
    std::size_t i = e;
    while (i > b + 1 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;  // not inside a character
    return i;
}

// A speaker's label opening a line of a transcript: one to four capitalised words and a colon
// ("Maria Lopes:", "Q:", "Reuters:", "Foreign Minister Ana Lopes:"). Returns the offset just past
// the colon, or 0. Reads at most a few dozen bytes.
std::size_t speaker_label_end(std::string_view t, std::size_t b, std::size_t end) {
    constexpr std::size_t kMaxLabelBytes = 48;
    constexpr int kMaxLabelWords = 4;
    const std::size_t limit = std::min(end, b + kMaxLabelBytes);
    std::size_t i = b;
    int words = 0;
    while (i < limit && is_upper(t[i])) {
        if (++words > kMaxLabelWords) return 0;
        while (i < limit && (is_upper(t[i]) || is_lower(t[i]) || t[i] == '.' || t[i] == '-' || t[i] == '\'' ||
                             (static_cast<unsigned char>(t[i]) & 0x80) != 0))
            ++i;
        if (i < limit && t[i] == ':') return i + 1 < end && is_space(t[i + 1]) ? i + 1 : 0;
        if (i >= limit || t[i] != ' ') return 0;
        ++i;
    }
    return 0;
}

// The first offset from `i` below `end` holding a line break or . ! ? (or `end`): the only bytes
// the splitter stops at. Eight bytes a step, as most of a release is words between them.
std::size_t next_stop(std::string_view t, std::size_t i, std::size_t end) {
    using namespace word_bytes;
    for (; i + 8 <= end; i += 8) {
        const std::uint64_t w = load(t.data() + i);
        if (has_byte(w, '\n') || has_byte(w, '.') || has_byte(w, '!') || has_byte(w, '?')) break;
    }
    for (; i < end; ++i) {
        const char c = t[i];
        if (c == '\n' || c == '.' || c == '!' || c == '?') return i;
    }
    return end;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view t, Span region) {
    std::vector<Span> out;
    const std::size_t end = region.end;
    std::size_t start = region.begin;
    std::size_t line_start = region.begin;
    // Pieces of at most kMaxSentenceBytes: every later scan over a sentence is then bounded,
    // whatever the input (tables and lists without periods, a megabyte without a space).
    auto emit = [&](std::size_t b, std::size_t e) {
        Span s = trimmed(t, b, e);
        while (s.size() > kMaxSentenceBytes) {
            const std::size_t cut = cut_point(t, s.begin, kMaxSentenceBytes);
            const Span piece = trimmed(t, s.begin, cut);
            if (!piece.empty()) out.push_back(piece);
            s = trimmed(t, cut, s.end);
        }
        if (!s.empty()) out.push_back(s);
    };
    // A speaker's label is a sentence of its own: who speaks takes no part in what is said.
    auto take_label = [&](std::size_t at) {
        while (at < end && is_space(t[at])) ++at;
        if (const std::size_t label_end = speaker_label_end(t, at, end); label_end > 0) {
            emit(start, label_end);
            start = label_end;
        }
    };
    take_label(region.begin);
    for (std::size_t i = next_stop(t, start, end); i < end; i = next_stop(t, i + 1, end)) {
        const char c = t[i];
        if (c == '\n') {
            const bool hard = !is_soft_line_break(t, i, line_start, end);
            line_start = i + 1;
            if (hard) {
                emit(start, i);
                start = i + 1;
                take_label(start);
                if (start > i + 1) i = start - 1;  // on after the label ("Dr. Ana Lopes:" has a full stop)
            }
            continue;
        }
        if (c == '.') {
            // A dotted abbreviation ("U.S.", "D.C.") ends a sentence only where two spaces follow,
            // as typists end sentences: "in Washington, D.C.  Secretary Lopes ...".
            const std::string_view before = word_before(t, i, line_start);
            const bool dotted = before.find('.') != std::string_view::npos;
            const bool two_spaces = i + 3 < end && t[i + 1] == ' ' && t[i + 2] == ' ' && is_upper(t[i + 3]);
            if (detail::is_non_final_abbreviation(before) && !(dotted && two_spaces)) continue;
        }
        if (c == '.' && i > region.begin && is_digit(t[i - 1]) && i + 1 < end && is_digit(t[i + 1])) continue;
        std::size_t after = i + 1;
        while (after < end && (t[after] == '.' || t[after] == '!' || t[after] == '?')) ++after;
        while (after < end) {
            const std::size_t n = closer_length(t, after);
            if (n == 0) break;
            after += n;
        }
        std::size_t next = after;
        while (next < end && (is_space(t[next]) || t.compare(next, 2, "\xC2\xA0") == 0))
            next += t[next] == '\xC2' ? 2 : 1;
        if (next == after && next < end) continue;  // "3.5", "e.g.x": no space, no boundary
        const bool boundary = next >= end || t[next] == '\n' || is_upper(t[next]) || is_digit(t[next]) ||
                              t[next] == '"' || t[next] == '(' || t[next] == '\'' ||
                              static_cast<unsigned char>(t[next]) >= 0x80;
        if (!boundary) continue;
        emit(start, after);
        start = after;
        i = after - 1;
    }
    emit(start, end);
    return out;
}

}  // namespace pressgraph
