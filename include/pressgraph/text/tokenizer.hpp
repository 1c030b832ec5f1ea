#pragma once
// Word tokens of one sentence, on normalised text, each keeping its byte range in the
// original document. Words keep inner hyphens ("Russian-Belarusian") and dots
// ("U.S"); a possessive "'s" is a token of its own.
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/util/span.hpp"

namespace pressgraph {

struct Token {
    std::string_view text;  ///< normalised form (points into TokenizedSentence::normalized)
    Span span;              ///< bytes in the original document
    bool word = false;      ///< letters or digits, not punctuation

    [[nodiscard]] bool capitalized() const;  ///< starts with an upper-case letter (ASCII or Latin/Cyrillic)
    [[nodiscard]] bool all_caps() const;     ///< two or more letters, all upper case ("SCO", "BRICS")
    [[nodiscard]] bool numeric() const;      ///< digits only
};

struct TokenizedSentence {
    std::string normalized;     ///< the sentence after normalize_for_matching
    std::vector<Token> tokens;
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
[[nodiscard]] std::string join_tokens(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

}  // namespace pressgraph

namespace pressgraph {
/// The normalised text from the start of token `first` to the end of token `last - 1`,
/// as written (spacing and punctuation kept): "St. Petersburg", not "St . Petersburg".
[[nodiscard]] std::string_view surface(const TokenizedSentence& s, std::size_t first, std::size_t last);
}  // namespace pressgraph
