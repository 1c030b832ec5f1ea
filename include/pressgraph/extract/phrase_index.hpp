#pragma once
// Longest-match lookup of multi-word phrases over a token sequence. Phrases are stored
// by their token key (normalised tokens joined by spaces), and so is every shorter run of
// a phrase's first tokens: a lookup grows the key a token at a time and stops as soon as no
// phrase goes on that way, usually after one or two hash probes.
#include <algorithm>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pressgraph/text/tokenizer.hpp"
#include "pressgraph/util/flat_string_map.hpp"

namespace pressgraph {

class PhraseIndex {
public:
    explicit PhraseIndex(bool case_insensitive = false) : case_insensitive_(case_insensitive) {}

    /// Adds `phrase` (tokenised like text) with a payload id; a phrase may carry several ids.
    void add(std::string_view phrase, std::uint32_t id);

    struct Match {
        std::size_t length = 0;                      ///< tokens matched
        const std::vector<std::uint32_t>* ids = nullptr;
    };
    /// The longest phrase starting at tokens[first], or nullopt.
    [[nodiscard]] std::optional<Match> longest_at(const TokenList& tokens, std::size_t first,
                                                  std::size_t limit = SIZE_MAX) const {
        if (first >= tokens.size() || tokens[first].text.empty()) return std::nullopt;
        return longest_at(tokens, first, slot_of(tokens[first]), limit);
    }
    /// The same, with the token's first_word_slot() worked out once by a caller that asks
    /// several indexes about the same token.
    [[nodiscard]] std::optional<Match> longest_at(const TokenList& tokens, std::size_t first, std::size_t slot,
                                                  std::size_t limit) const {
        // Inline, the test most tokens end at: no phrase starts with their first word.
        if (first >= tokens.size() || slot >= kFirstWordBits || !first_words_[slot]) return std::nullopt;
        return longest_from(tokens, first, limit);
    }
    /// Whether some phrase may start with the word `word` (any ASCII case): false means no
    /// phrase built from it is found; true, that one may be. For callers that build phrases
    /// before a find(). A word that is not its own key (not only ASCII letters and digits) may.
    [[nodiscard]] bool may_start_with(std::string_view word) const;
    /// Exact lookup of a phrase.
    [[nodiscard]] const std::vector<std::uint32_t>* find(std::string_view phrase) const;
    /// Exact lookup of one token's text (already normalised): the hot-path form of find().
    [[nodiscard]] bool contains_token(std::string_view token_text) const;
    /// The same for a token, by the filter slot the extractor kept on it (slot_of): most tokens
    /// are answered inline, with no hash of their text.
    [[nodiscard]] bool contains_token(const Token& token) const {
        const std::size_t slot = slot_of(token);
        if (token.text.empty() || slot >= kFirstWordBits || !first_words_[slot]) return false;
        return contains_key(token.text);
    }
    [[nodiscard]] std::size_t size() const { return phrase_count_; }

    /// Every member, for the lexicon's snapshot (lexicon_snapshot.hpp).
    template <class Archive>
    void fields(Archive& ar) {
        ar(first_words_, case_insensitive_, entries_, phrase_count_);
    }

private:
    /// contains_token() past the first-word filter.
    [[nodiscard]] bool contains_key(std::string_view token_text) const;
    /// longest_at() past the first-word filter.
    [[nodiscard]] std::optional<Match> longest_from(const TokenList& tokens, std::size_t first, std::size_t limit) const;
    [[nodiscard]] std::string key_of(std::string_view token_text) const;
    void add_one(std::string_view phrase, std::uint32_t id);
    /// The key of `text` as a view: the text itself, or its lower case in a per-thread buffer
    /// (valid until the next call on the thread): lookups on the hot path allocate nothing.
    [[nodiscard]] std::string_view key_view(std::string_view text, std::string& buffer) const;

    /// A phrase, or the first tokens of a longer one, or both.
    struct Entry {
        std::vector<std::uint32_t> ids;  ///< empty when no phrase ends here
        bool continues = false;          ///< some longer phrase starts with these tokens
        template <class Archive>
        void fields(Archive& ar) {
            ar(ids, continues);
        }
    };
    /// A bit per hash of every phrase's first word, lower-cased: a token whose bit is not set
    /// starts no phrase, which most tokens answer with one pass over their few bytes and no
    /// table probe (a token's key differs from its text only in ASCII case).
    static constexpr std::size_t kFirstWordBits = std::size_t{1} << 16;
    static_assert(kFirstWordBits <= std::size_t{1} << 16, "Token::phrase_slot holds a slot in 16 bits");

public:
    /// The bit of `word` in every index's first-word filter (the same for all indexes).
    [[nodiscard]] static std::size_t first_word_slot(std::string_view word) {
        std::uint32_t h = 2166136261U;  // FNV-1a
        for (unsigned char c : word) {
            if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
            h = (h ^ c) * 16777619U;
        }
        return h & (kFirstWordBits - 1);
    }
    /// first_word_slot() of a token's text: the one the extractor kept on the token when it
    /// looked the token up (Token::phrase_slot), or worked out now.
    [[nodiscard]] static std::size_t slot_of(const Token& token) {
        return token.lexicon_word != Token::kNotLookedUp ? token.phrase_slot : first_word_slot(token.text);
    }

private:
    std::bitset<kFirstWordBits> first_words_;
    bool case_insensitive_;
    FlatStringMap<Entry> entries_;
    std::size_t phrase_count_ = 0;
};

}  // namespace pressgraph
