#pragma once
// Sentence boundaries that survive abbreviations ("St.", "Mr.", "U.S."), initials
// ("V. Putin") and numbers ("No. 5", "3.5").
#include <string_view>
#include <vector>

#include "pressgraph/util/span.hpp"

namespace pressgraph {

/// The longest sentence the rules see, in bytes. Longer runs (0.1 % of the sentences of a
/// real archive, mostly lists and tables) are cut into pieces at a clause or word boundary.
inline constexpr std::size_t kMaxSentenceBytes = 1500;

/// Splits `text[region]` into sentences, trimmed of surrounding white space.
[[nodiscard]] std::vector<Span> split_sentences(std::string_view text, Span region);

}  // namespace pressgraph
