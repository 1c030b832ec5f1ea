#pragma once
// The content of a name, independent of word order and of the small variations with which
// the genre writes one body or document: "Treaty on the Creation of the Union State" and
// "Treaty Establishing the Union State", "Joint Russian-Belarusian Commission on History"
// and "Joint Russian-Belarusian History Commission", "Regional Group of Forces" and
// "Regional Force Grouping" have one signature.
#include <string>
#include <string_view>
#include <vector>

namespace pressgraph {

struct NameSignature {
    std::vector<std::string> words;    ///< sorted, unique content words, folded (no numbers)
    std::vector<std::string> numbers;  ///< sorted numbers ("2024", "2026")

    [[nodiscard]] bool empty() const { return words.empty() && numbers.empty(); }
    /// Same numbers, and every word of this one is in `other`'s.
    [[nodiscard]] bool within(const NameSignature& other) const;
    friend bool operator==(const NameSignature&, const NameSignature&) = default;
    friend auto operator<=>(const NameSignature&, const NameSignature&) = default;
};

/// A word that tells two bodies apart when one name adds it to the other: the area a body
/// deals with ("Council of [Foreign] Ministers", "[Security] Council").
[[nodiscard]] bool is_distinctive_word(std::string_view folded_word);

/// Lower-cases, splits on spaces and hyphens, drops function words and possessives, folds
/// plurals, British/American spellings and word families ("establishment", "creation" ->
/// "establish").
[[nodiscard]] NameSignature name_signature(std::string_view name);

}  // namespace pressgraph
