#pragma once
// The content of a name, independent of word order and of the small variations with which
// the genre writes one body or document: "Treaty on the Creation of the Customs Union" and
// "Treaty Establishing the Customs Union", "Joint Chilean-Peruvian Commission on History"
// and "Joint Chilean-Peruvian History Commission", "Regional Group of Forces" and
// "Regional Force Grouping" have one signature. What is folded and left out is the
// lexicon's (word classes signature_filler_word, possessive_ending; name_word_folds.tsv,
// name_romanisations.tsv, noun_plural_endings.tsv).
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pressgraph/extract/lexicon.hpp"

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

/// A word of a signature that tells two bodies apart when one name adds it to the other: the
/// area a body deals with ("Council of [Foreign] Ministers", "[Security] Council"; the word
/// class body_area_word).
[[nodiscard]] bool is_distinctive_word(std::string_view folded_word, const Lexicon& lexicon);

/// Lower-cases, splits on spaces and hyphens, drops filler words and possessives, folds
/// plurals, spellings and word families ("establishment", "creation" -> "establish") and
/// romanisations.
[[nodiscard]] NameSignature name_signature(std::string_view name, const Lexicon& lexicon);

/// name_signature for many names: what each word becomes is worked out once and kept (the
/// merge signs tens of thousands of names made of a few thousand words). Not thread-safe.
class NameSignatures {
public:
    explicit NameSignatures(const Lexicon& lexicon) : lexicon_(lexicon) {}
    [[nodiscard]] NameSignature of(std::string_view name);

private:
    struct WordForm {
        enum class Kind : char { Left, Number, Word } kind;
        std::string form;
    };
    const WordForm& form_of(const std::string& word);
    const Lexicon& lexicon_;
    std::unordered_map<std::string, WordForm> forms_;
};

}  // namespace pressgraph
