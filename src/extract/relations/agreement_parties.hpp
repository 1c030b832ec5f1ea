#pragma once
// The parties an agreement's own name states: the states or bodies after a party cue
// ("Treaty between A and B", "Joint Statement from A and B", "Joint Statement of the
// Leaders of A, B, C and D"), and those a compound names ("the Brazil-U.S. Partnership",
// "the Russian-French agreement"). Cue words are the word class party_cue.
#include <vector>

#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph {

/// Reads: agreement mentions and the tokens of their names. Adds: pgo:party facts, and a
/// country entity for a state a compound names when the document names it nowhere else.
void add_agreement_parties(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, DocumentExtraction& out);

/// Reads: organisation mentions whose name opens with a compound of states ("the U.S.-ROK
/// Alliance", "the Chile-Peru Joint Commission"). Adds: pgo:memberOf facts, each state a member.
void add_members_named_in_bodies(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon,
                                 DocumentExtraction& out);

}  // namespace pressgraph
