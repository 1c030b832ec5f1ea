#pragma once
// English abbreviations after which a full stop does not end a sentence.
#include <string_view>

namespace pressgraph::detail {

/// True when `word` (the letters before a '.') is an abbreviation that rarely ends a
/// sentence: titles (Mr, Dr, St), "No", months, "e.g."-style dotted forms.
[[nodiscard]] bool is_non_final_abbreviation(std::string_view word);

}  // namespace pressgraph::detail
