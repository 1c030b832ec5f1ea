#pragma once
// "Did you mean": the names in the graph closest to one a user typed that matched nothing.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/query/query_view.hpp"

namespace pressgraph {

/// `text` as names are compared: ASCII letters lower-cased, every run of spaces and ASCII
/// punctuation one space, no space at either end ("Ana  LOPES." -> "ana lopes").
[[nodiscard]] std::string normalise_name(std::string_view text);

/// Edit distance with adjacent transpositions (optimal string alignment) between `a` and
/// `b`, or `bound + 1` as soon as it is known to exceed `bound`: O(|a| * (2 * bound + 1)).
[[nodiscard]] std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t bound);

/// Up to `limit` nodes of the view (documents excluded) with a label, alias or (for a
/// one-word name) label word within a small edit distance of `name` once normalised: at
/// most 1 for names up to 5 characters, a third of the length beyond, never more than 3.
/// Closest first, a whole label or alias before a word of a label, then by label and IRI;
/// nodes sharing a label and class are suggested once. Bounded work: names longer than 64
/// characters get no suggestion, and each comparison stops as soon as it exceeds the bound.
[[nodiscard]] std::vector<NodeId> suggest_names(const QueryView& view, std::string_view name, std::size_t limit = 3);

}  // namespace pressgraph
