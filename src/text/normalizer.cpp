#include "pressgraph/text/normalizer.hpp"

#include <cstdint>

#include "pressgraph/util/utf8.hpp"

namespace pressgraph {

namespace {
// The replacement for a code point, or nullptr to keep it as written. An empty
// replacement drops the character (soft hyphen, zero-width marks).
const char* replacement(char32_t cp) {
    switch (cp) {
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
            return "-";
        // An em dash sets off a clause ("the Council—its chair too—met"): a dash between words, never
        // one word's hyphen.
        case 0x2014: case 0x2015:
            return " - ";
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
            return "'";
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
            return "\"";
        case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
        case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
        case 0x3000:
            return " ";
        case 0x2022: case 0x00B7:
            return "*";
        case 0x2026:
            return "...";
        case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
            return "";
        default:
            return nullptr;
    }
}
bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }

// One past the last byte of the run of ASCII bytes starting at `pos`.
std::size_t ascii_run_end(std::string_view s, std::size_t pos) { return utf8::first_non_ascii(s, pos); }

}  // namespace

NormalizedText normalize_for_matching(std::string_view original) {
    NormalizedText out;
    out.text.reserve(original.size());
    out.original_offset.reserve(original.size() + 1);
    std::size_t pos = 0;
    while (pos < original.size()) {
        const auto start = static_cast<std::uint32_t>(pos);
        if (is_ascii(original[pos])) {  // a run of ASCII, copied whole: most of any text
            std::size_t end = ascii_run_end(original, pos);
            // Superscript tags left in a page's text ("June 13<sup>th</sup>, 2024", "the 10<sup>th</sup>
            // anniversary") are dropped: the run is copied up to the tag, the tag skipped.
            const std::size_t tag = original.substr(pos, end - pos).find('<');
            std::size_t skip = 0;
            if (tag != std::string_view::npos) {
                const std::string_view rest = original.substr(pos + tag);
                for (const std::string_view t : {std::string_view("<sup>"), std::string_view("</sup>")})
                    if (rest.starts_with(t)) skip = t.size();
                end = pos + tag + (skip > 0 ? 0 : 1);
            }
            out.text.append(original, pos, end - pos);
            const std::size_t at = out.original_offset.size();
            out.original_offset.resize(at + (end - pos));  // filled by a loop the compiler vectorises
            std::uint32_t* offset = out.original_offset.data() + at;
            for (std::size_t i = 0; i < end - pos; ++i) offset[i] = static_cast<std::uint32_t>(pos + i);
            pos = end + skip;
            continue;
        }
        const char32_t cp = utf8::decode(original, pos);
        if (const char* r = replacement(cp)) {
            for (const char* c = r; *c; ++c) {
                out.text += *c;
                out.original_offset.push_back(start);
            }
        } else {
            for (std::size_t i = start; i < pos; ++i) {
                out.text += original[i];
                out.original_offset.push_back(start);
            }
        }
    }
    out.original_offset.push_back(static_cast<std::uint32_t>(original.size()));
    return out;
}

std::string normalize_string(std::string_view s) {
    // normalize_for_matching(s).text, without the offsets nobody reads here.
    std::string out;
    out.reserve(s.size());
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t end = ascii_run_end(s, pos);
        out.append(s, pos, end - pos);
        pos = end;
        if (pos == s.size()) break;
        const std::size_t start = pos;
        const char32_t cp = utf8::decode(s, pos);
        if (const char* r = replacement(cp)) out += r;
        else out.append(s, start, pos - start);
    }
    return out;
}

bool collapse_whitespace(std::string& name) {
    std::size_t out = 0;
    bool changed = false, after_space = false;
    for (const char c : name) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
        if (!space) {
            name[out++] = c;
        } else if (!after_space) {
            changed |= c != ' ';
            name[out++] = ' ';
        }
        after_space = space;
    }
    changed |= out != name.size();
    name.resize(out);
    return changed;
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace pressgraph
