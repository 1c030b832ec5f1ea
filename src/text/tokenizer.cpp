#include "pressgraph/text/tokenizer.hpp"

#include <array>
#include <cstdint>

#include "pressgraph/text/normalizer.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {

namespace {

// Any non-ASCII byte is treated as part of a word: letters with diacritics, Cyrillic. One table
// look-up a byte: the scanner asks it of every byte of every sentence.
constexpr auto kWordBytes = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    return table;
}();
bool is_word_byte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Upper-case test for the first code point of a word: ASCII, Latin-1/Extended-A, Greek, Cyrillic.
bool is_upper_code_point(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return true;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
    // Latin Extended-A pairs capital and small letters, the capital first: on even code points,
    // except in U+0139-U+0148 and U+0179-U+017E, where the pairs start on odd ones (Ł, Ń, Ź, Ż, Ž).
    if (cp == 0x178) return true;  // Ÿ
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1;
    if (cp >= 0x100 && cp <= 0x177) return cp % 2 == 0 && cp != 0x138;
    if (cp >= 0x391 && cp <= 0x3AB) return true;
    if (cp >= 0x400 && cp <= 0x42F) return true;
    return false;
}

TokenList scan(std::string_view norm) {
    TokenList tokens;
    tokens.reserve(norm.size() / 4 + 2);  // English prose has a token every 5 to 6 bytes: one allocation
    std::size_t i = 0;
    while (i < norm.size()) {
        const char c = norm[i];
        if (is_space(c)) { ++i; continue; }
        const std::size_t b = i;
        if (!is_word_byte(c)) {
            tokens.push_back({norm.substr(b, 1), {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(b + 1)}, false});
            ++i;
            continue;
        }
        while (i < norm.size()) {
            if (is_word_byte(norm[i])) { ++i; continue; }
            // Inner hyphen, dot or apostrophe joins when a word character follows:
            // "Russian-Belarusian", "U.S", "O'Neill". A possessive 's is split off below.
            const char j = norm[i];
            if ((j == '-' || j == '.' || j == '\'') && i + 1 < norm.size() && is_word_byte(norm[i + 1])) {
                if (j == '\'' && (norm[i + 1] == 's' || norm[i + 1] == 'S') &&
                    (i + 2 >= norm.size() || !is_word_byte(norm[i + 2])))
                    break;
                if (j == '.' && !(i + 2 < norm.size() && norm[i + 2] == '.') &&
                    !(i >= 1 && i - b == 1))  // dots join only initialisms: "U.S", "e.g"
                    break;
                ++i;
                continue;
            }
            break;
        }
        tokens.push_back({norm.substr(b, i - b), {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(i)}, true});
        if (i + 1 < norm.size() && norm[i] == '\'' && (norm[i + 1] == 's' || norm[i + 1] == 'S') &&
            (i + 2 >= norm.size() || !is_word_byte(norm[i + 2]))) {
            tokens.push_back({norm.substr(i, 2), {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 2)}, false});
            i += 2;
        }
    }
    return tokens;
}

}  // namespace

const Token& TokenList::end_token() noexcept {
    static const Token end{};
    return end;
}

bool Token::starts_with_upper_code_point() const {
    std::size_t pos = 0;
    return is_upper_code_point(utf8::decode(text, pos));
}

bool Token::all_caps() const {
    std::size_t letters = 0;
    for (char c : text) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++letters;
    }
    return letters >= 2;
}

bool Token::numeric() const {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

void TokenizedSentence::rebase_tokens(const char* old_base, std::size_t old_size) noexcept {
    const char* new_base = normalized.data();
    if (old_base == new_base) return;
    const auto lo = reinterpret_cast<std::uintptr_t>(old_base);
    for (Token& t : tokens) {
        const auto at = reinterpret_cast<std::uintptr_t>(t.text.data());
        // Only views into the old text move; a token built by hand elsewhere stays as it is.
        if (at >= lo && at + t.text.size() <= lo + old_size) t.text = {new_base + (at - lo), t.text.size()};
    }
}

TokenizedSentence::TokenizedSentence(const TokenizedSentence& other)
    : normalized(other.normalized), tokens(other.tokens), sentence(other.sentence) {
    rebase_tokens(other.normalized.data(), other.normalized.size());
}

TokenizedSentence::TokenizedSentence(TokenizedSentence&& other) noexcept
    : sentence(other.sentence) {
    const char* old_base = other.normalized.data();
    const std::size_t old_size = other.normalized.size();
    normalized = std::move(other.normalized);
    tokens = std::move(other.tokens);
    rebase_tokens(old_base, old_size);
}

TokenizedSentence& TokenizedSentence::operator=(const TokenizedSentence& other) {
    if (this != &other) {
        normalized = other.normalized;
        tokens = other.tokens;
        sentence = other.sentence;
        rebase_tokens(other.normalized.data(), other.normalized.size());
    }
    return *this;
}

TokenizedSentence& TokenizedSentence::operator=(TokenizedSentence&& other) noexcept {
    if (this != &other) {
        const char* old_base = other.normalized.data();
        const std::size_t old_size = other.normalized.size();
        normalized = std::move(other.normalized);
        tokens = std::move(other.tokens);
        sentence = other.sentence;
        rebase_tokens(old_base, old_size);
    }
    return *this;
}

TokenizedSentence tokenize_sentence(std::string_view original, Span sentence) {
    TokenizedSentence out;
    out.sentence = sentence;
    NormalizedText norm = normalize_for_matching(sentence.of(original));
    out.normalized = std::move(norm.text);
    out.tokens = scan(out.normalized);
    for (Token& t : out.tokens) {
        t.span = {sentence.begin + norm.original_offset[t.span.begin], sentence.begin + norm.original_offset[t.span.end]};
        // A replacement that ends a token ("..." from one '…') maps its end to the next original byte.
        if (t.span.end <= t.span.begin) t.span.end = t.span.begin + 1;
    }
    return out;
}

std::string join_tokens(const TokenList& tokens, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t i = first; i < last; ++i) {
        if (i > first) out += ' ';
        out += tokens[i].text;
    }
    return out;
}

std::string token_key(std::string_view phrase) {
    const std::string norm = normalize_string(phrase);
    const auto tokens = scan(norm);
    return join_tokens(tokens, 0, tokens.size());
}

}  // namespace pressgraph

namespace pressgraph {
std::string_view surface(const TokenizedSentence& s, std::size_t first, std::size_t last) {
    if (first >= last || last > s.tokens.size()) return {};
    const char* b = s.tokens[first].text.data();
    const char* e = s.tokens[last - 1].text.data() + s.tokens[last - 1].text.size();
    return {b, static_cast<std::size_t>(e - b)};
}

std::string name_surface(const TokenizedSentence& s, std::size_t first, std::size_t last) {
    std::string out;
    if (first >= last || last > s.tokens.size()) return out;
    for (std::size_t k = first; k < last; ++k) {
        const std::string_view w = s.tokens[k].text;
        if (k > first) {
            const std::string_view prev = s.tokens[k - 1].text;
            if (w.data() > prev.data() + prev.size()) out += ' ';
        }
        out += w;
    }
    return out;
}
}  // namespace pressgraph
