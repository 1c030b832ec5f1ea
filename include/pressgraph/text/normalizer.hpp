#pragma once
// Normalisation for matching only: the original text is never changed. Maps Unicode
// dashes, curly quotes and non-breaking spaces to ASCII, so patterns see one form.
#include <string>
#include <string_view>
#include <vector>

namespace pressgraph {

/// A normalised copy of a text and, for each of its bytes, the offset in the original.
struct NormalizedText {
    std::string text;
    std::vector<std::uint32_t> original_offset;  ///< size text.size() + 1 (the end maps too)
};

/// Replaces − – — ‒ ‐ ‑ with '-', ‘ ’ ‚ ′ with '\'', “ ” „ ″ with '"', NBSP and other
/// Unicode spaces with ' ', and drops soft hyphens and zero-width characters.
[[nodiscard]] NormalizedText normalize_for_matching(std::string_view original);

/// The same mapping without offsets, for short strings such as lexicon entries.
[[nodiscard]] std::string normalize_string(std::string_view s);

/// ASCII lower case of a normalised string (non-ASCII bytes are left as they are).
[[nodiscard]] std::string ascii_lower(std::string_view s);

}  // namespace pressgraph
