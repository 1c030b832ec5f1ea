#pragma once
// Persons a sentence refers to without their names: "he" (the last person named as a
// subject), "the President" (the one person of the document who holds that title), "the
// two leaders", "both sides" (the persons of the release's own subject, as its headline and
// lead name them). The cue words are word classes (personal_pronoun, group_noun,
// group_determiner); what they resolve to is computed here.
#include <cstdint>
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

/// Reads: mentions, entities, offices held (facts, offices without holder), the context.
/// Returns, per sentence, the references found and what they stand for.
[[nodiscard]] std::vector<std::vector<PersonReference>> resolve_person_references(
    const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context, const Lexicon& lexicon,
    const DocumentExtraction& out);

}  // namespace pressgraph
