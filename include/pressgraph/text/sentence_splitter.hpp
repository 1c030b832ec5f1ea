#pragma once
// Sentence boundaries that survive abbreviations ("St.", "Mr.", "U.S."), initials
// ("V. Putin") and numbers ("No. 5", "3.5").
#include <string_view>
#include <vector>

#include "pressgraph/util/span.hpp"

namespace pressgraph {

/// Splits `text[region]` into sentences, trimmed of surrounding white space.
[[nodiscard]] std::vector<Span> split_sentences(std::string_view text, Span region);

}  // namespace pressgraph
