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

/// Every run of ASCII whitespace in `name` made one space ("Clean     Energy Plan", a name wrapped
/// across an indented line break, is "Clean Energy Plan"); true when it changed.
bool collapse_whitespace(std::string& name);

/// ASCII lower case of a normalised string (non-ASCII bytes are left as they are).
[[nodiscard]] std::string ascii_lower(std::string_view s);
/// Whether `text` is `lower_case_word` (written in lower case) in any ASCII case: ascii_lower(text)
/// == lower_case_word without making the string, for tests in loops over tokens.
[[nodiscard]] inline bool ascii_lower_equals(std::string_view text, std::string_view lower_case_word) {
    if (text.size() != lower_case_word.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
        if (c != lower_case_word[i]) return false;
    }
    return true;
}

}  // namespace pressgraph
