#pragma once
// Runs a compiled token pattern over an annotated sentence: for each start position, left
// to right, the longest match (ties: the first alternative written), then on after it.
// A set of threads advances token by token; an annotation moves a thread to the
// annotation's end. Each (position, instruction) pair is visited at most once per start,
// and a match is at most kMaxMatchTokens long: no backtracking, bounded work.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "pressgraph/extract/engine/annotated_sentence.hpp"
#include "pressgraph/extract/engine/token_pattern.hpp"

namespace pressgraph::rules {

inline constexpr std::uint16_t kUnset = 0xFFFF;

struct PatternMatch {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    std::array<std::uint16_t, 2 * kMaxCaptures> slots{};  ///< token positions; kUnset where a capture took no part

    /// Tokens [first, last) of capture `i`; empty (first == last) when it took no token
    /// ("m:(phone)?" where the option was not taken).
    [[nodiscard]] std::pair<std::uint32_t, std::uint32_t> capture(std::size_t i) const {
        if (!has(i)) return {0, 0};
        return {slots[2 * i], slots[2 * i + 1]};
    }
    [[nodiscard]] bool has(std::size_t i) const {
        return slots[2 * i] != kUnset && slots[2 * i + 1] != kUnset && slots[2 * i] < slots[2 * i + 1];
    }
};

/// Whether the sentence can hold a match at all (the pattern's anchor is present).
/// Inline: every rule asks it of every sentence, and most answer no at the anchor.
[[nodiscard]] inline bool may_match(const CompiledPattern& pattern, const AnnotatedSentence& sentence) {
    switch (pattern.anchor) {
        case CompiledPattern::Anchor::None: break;
        case CompiledPattern::Anchor::Word: if (!sentence.has_word(pattern.anchor_word)) return false; break;
        case CompiledPattern::Anchor::Class: if (!sentence.has_class(pattern.anchor_class)) return false; break;
        case CompiledPattern::Anchor::Label: if (!sentence.has_label(pattern.anchor_label)) return false; break;
    }
    for (const CompiledPattern::Requirement& r : pattern.required) {
        bool met = (r.labels & sentence.labels_present()).any();
        for (std::size_t i = 0; !met && i < r.classes.size(); ++i) met = sentence.has_class(r.classes[i]);
        for (std::size_t i = 0; !met && i < r.words.size(); ++i) met = sentence.has_word(r.words[i]);
        if (!met) return false;
    }
    return true;
}

/// Every non-overlapping match, left to right.
[[nodiscard]] std::vector<PatternMatch> find_matches(const CompiledPattern& pattern, const AnnotatedSentence& sentence);

/// The longest match starting exactly at `start`, if any.
[[nodiscard]] std::optional<PatternMatch> match_at(const CompiledPattern& pattern, const AnnotatedSentence& sentence,
                                                   std::size_t start);

}  // namespace pressgraph::rules
