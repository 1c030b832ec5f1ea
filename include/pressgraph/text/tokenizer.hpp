#pragma once
// Word tokens of one sentence, on normalised text, each keeping its byte range in the
// original document. Words keep inner hyphens ("Russian-Belarusian") and dots
// ("U.S"); a possessive "'s" is a token of its own.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/util/span.hpp"

namespace pressgraph {

struct Token {
    std::string_view text;  ///< normalised form (points into TokenizedSentence::normalized)
    Span span;              ///< bytes in the original document
    bool word = false;      ///< letters or digits, not punctuation
    /// The token's bit in the lexicon's phrase filters (PhraseIndex::first_word_slot), set with
    /// lexicon_word: worked out once, asked by several indexes at every token.
    std::uint16_t phrase_slot = 0;
    /// The id of the word in the lexicon's word table, looked up once per token by the
    /// extractor (Lexicon::look_up_words); kNotLookedUp on tokens made elsewhere.
    std::uint32_t lexicon_word = kNotLookedUp;
    static constexpr std::uint32_t kNotLookedUp = 0xFFFFFFFF;

    /// Starts with an upper-case letter (ASCII or Latin/Cyrillic). Inline for ASCII: every
    /// recogniser asks it of nearly every token.
    [[nodiscard]] bool capitalized() const {
        if (text.empty()) return false;
        const auto first = static_cast<unsigned char>(text.front());
        return first < 0x80 ? first >= 'A' && first <= 'Z' : starts_with_upper_code_point();
    }
    [[nodiscard]] bool all_caps() const;     ///< two or more letters, all upper case ("SCO", "BRICS")
    [[nodiscard]] bool numeric() const;      ///< digits only
    /// A copy that reads `other_text` instead (a singular, a part of the word): what the lexicon
    /// looked up for this token does not hold for it, so the copy is not looked up.
    [[nodiscard]] Token with_text(std::string_view other_text) const {
        Token copy = *this;
        copy.text = other_text;
        copy.phrase_slot = 0;
        copy.lexicon_word = kNotLookedUp;
        return copy;
    }

private:
    [[nodiscard]] bool starts_with_upper_code_point() const;  ///< the first code point, beyond ASCII
};

/// The tokens of one sentence. Reading past either end is defined: it yields the end
/// token (empty text, not a word, no capital), so a rule that looks at `t[i + 1]` or
/// `t[k - 1]` at a sentence edge sees "nothing there" instead of reading past the buffer.
/// This is the one guard against the whole class of off-by-one reads in the recognisers,
/// which index tokens relative to each other everywhere.
class TokenList {
public:
    using value_type = Token;
    using const_iterator = std::vector<Token>::const_iterator;
    using iterator = std::vector<Token>::iterator;

    TokenList() = default;
    TokenList(std::initializer_list<Token> tokens) : tokens_(tokens) {}
    explicit TokenList(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

    /// The token at `i`, or the end token when `i` is outside [0, size()) (including an
    /// index that wrapped below zero).
    [[nodiscard]] const Token& operator[](std::size_t i) const noexcept { return i < tokens_.size() ? tokens_[i] : end_token(); }
    /// Mutable access for the tokeniser; `i` must be in range (checked).
    [[nodiscard]] Token& at(std::size_t i) { return tokens_.at(i); }
    [[nodiscard]] std::size_t size() const noexcept { return tokens_.size(); }
    [[nodiscard]] bool empty() const noexcept { return tokens_.empty(); }
    [[nodiscard]] const_iterator begin() const noexcept { return tokens_.begin(); }
    [[nodiscard]] const_iterator end() const noexcept { return tokens_.end(); }
    [[nodiscard]] iterator begin() noexcept { return tokens_.begin(); }
    [[nodiscard]] iterator end() noexcept { return tokens_.end(); }
    [[nodiscard]] const Token& front() const noexcept { return (*this)[0]; }
    [[nodiscard]] const Token& back() const noexcept { return (*this)[tokens_.size() - 1]; }
    void push_back(const Token& t) { tokens_.push_back(t); }
    void reserve(std::size_t n) { tokens_.reserve(n); }

    /// The token every out-of-range read returns.
    [[nodiscard]] static const Token& end_token() noexcept;

private:
    std::vector<Token> tokens_;
};

struct TokenizedSentence {
    std::string normalized;     ///< the sentence after normalize_for_matching
    TokenList tokens;
    Span sentence;              ///< the sentence in the original text

    // Token::text views point into `normalized`. A short string keeps its bytes inside the
    // object (small-string optimisation), so copying or moving must re-point the views at
    // the new buffer, or they would dangle once the source is gone.
    TokenizedSentence() = default;
    TokenizedSentence(const TokenizedSentence& other);
    TokenizedSentence(TokenizedSentence&& other) noexcept;
    TokenizedSentence& operator=(const TokenizedSentence& other);
    TokenizedSentence& operator=(TokenizedSentence&& other) noexcept;
    ~TokenizedSentence() = default;

private:
    void rebase_tokens(const char* old_base, std::size_t old_size) noexcept;
};

/// Tokenises `original[sentence]`.
[[nodiscard]] TokenizedSentence tokenize_sentence(std::string_view original, Span sentence);

/// Tokenises a short string (a lexicon entry) and joins the token texts with single spaces,
/// so entries and text compare the same way.
[[nodiscard]] std::string token_key(std::string_view phrase);

/// Joins tokens [first, last) with single spaces.
[[nodiscard]] std::string join_tokens(const TokenList& tokens, std::size_t first, std::size_t last);

}  // namespace pressgraph

namespace pressgraph {
/// The normalised text from the start of token `first` to the end of token `last - 1`,
/// as written (spacing and punctuation kept): "St. Petersburg", not "St . Petersburg".
[[nodiscard]] std::string_view surface(const TokenizedSentence& s, std::size_t first, std::size_t last);
/// The same words as a name: any run of spaces or line breaks between two tokens is one space
/// ("Council on Civil &\n    Human Rights" is "Council on Civil & Human Rights").
[[nodiscard]] std::string name_surface(const TokenizedSentence& s, std::size_t first, std::size_t last);
}  // namespace pressgraph
