#pragma once
// What entity rules see besides tokens (labels.hpp): lexicon lookups and the shapes of
// personal names. GATE's gazetteer phase, for our rules.
#include "pressgraph/extract/engine/annotated_sentence.hpp"
#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/text/tokenizer.hpp"

namespace pressgraph {

/// Annotates `s` with every lexicon lookup (Title, Country, Organization, Place, Demonym,
/// GivenName: the longest at each token) and, at each token where a personal name may
/// start, the longest run of name words (Name: "Joseph R. Biden, Jr.", "Mohammed Shia
/// al-Sudani", "S. Jaishankar"). Payloads: lexicon entry or title ids; 0 for Name.
[[nodiscard]] rules::AnnotatedSentence annotate_lookups(const TokenizedSentence& s, const SentenceWords& words,
                                                       const Lexicon& lexicon);

/// Whether token `i` may be a word of a personal name: capitalised, and not a title,
/// demonym, function word, month, weekday or organisation head (word classes and lexicon).
[[nodiscard]] bool may_be_name_word(const rules::AnnotatedSentence& s, std::size_t i, const Lexicon& lexicon);

}  // namespace pressgraph
