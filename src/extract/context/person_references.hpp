#pragma once
// Persons a sentence refers to without their names: "he" (the last person named as a
// subject), "the President" (the one person of the document who holds that title), "the
// two leaders", "both sides" (the persons of the release's own subject, as its headline and
// lead name them). The cue words are word classes (personal_pronoun, group_noun,
// group_determiner); what they resolve to is computed here.
#include <cstdint>
#include <string>
#include <vector>

#include "context/document_context.hpp"
#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph {

struct PersonReference {
    std::uint32_t first = 0;  ///< tokens [first, last) of the reference
    std::uint32_t last = 0;
    std::size_t entity = 0;   ///< a person the reference stands for (a group gives one per person)
};

/// An office a reference names and the person it resolves to: "The President of Russia
/// emphasised ..." in a release whose lead names the President without the title.
struct OfficeClaim {
    std::size_t person = 0;
    std::string title;       ///< short title ("President")
    std::size_t holder = 0;  ///< the country or body entity
    Span sentence;
};

struct PersonReferences {
    std::vector<std::vector<PersonReference>> by_sentence;  ///< per sentence
    std::vector<OfficeClaim> offices;                        ///< offices the references name
};

/// Reads: mentions, entities, offices held (facts, offices without holder), the context.
/// Returns, per sentence, the references found and what they stand for, and the offices
/// that references like "the President of Russia" name for a person of the release.
[[nodiscard]] PersonReferences resolve_person_references(
    const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context, const Lexicon& lexicon,
    const DocumentExtraction& out);

}  // namespace pressgraph
