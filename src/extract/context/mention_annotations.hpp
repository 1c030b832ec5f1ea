#pragma once
// What event and relation rules see besides tokens (labels.hpp): the sentence's mentions
// as Person, Country, Organization, Place and Agreement (payload: entity index), Title and
// Demonym lookups (payload: lexicon id), and its dates (payload: index into the context's
// dates of the sentence).
#include "context/document_context.hpp"
#include "context/person_references.hpp"
#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/engine/annotated_sentence.hpp"
#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph {

/// `references` (person_references.hpp) become Ref annotations, one per person referred to.
[[nodiscard]] rules::AnnotatedSentence annotate_mentions(const SentenceAnalysis& s, const std::vector<DateMention>& dates,
                                                         const std::vector<PersonReference>& references,
                                                         const Lexicon& lexicon);

/// The entity indices of the mentions inside tokens [first, last) whose type is in `types`,
/// in text order, each once.
[[nodiscard]] std::vector<std::size_t> entities_within(const rules::AnnotatedSentence& a, std::uint32_t first,
                                                       std::uint32_t last, const std::vector<std::uint16_t>& labels);

}  // namespace pressgraph
