#pragma once
// Facts between the entities of one document that a sentence states on its own:
// offices held (from titles), places inside places, bodies inside bodies, memberships,
// approvals. Each fact keeps its sentence and the rule that found it.
#include <vector>

#include "coreference/in_document_coreference.hpp"

namespace pressgraph {

/// Appends pgo:holdsPosition, pgo:locatedIn, pgo:partOf, pgo:memberOf and pgo:approvedBy
/// facts to `out.facts` (entities must be built: SentenceAnalysis::entity_of is read); relative
/// dates are read against `anchor` (DocumentContext::anchor).
void extract_relations(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, const std::optional<DateValue>& anchor,
                       DocumentExtraction& out);

/// The document's entity of the lexicon's `country`, made with `mention` when the document has none
/// (a country named only inside a compound, by its people, or by the release's date line).
std::size_t lexicon_country_entity(const Lexicon& lexicon, const LexiconEntry& country, Mention mention, DocumentExtraction& out);

/// The entity of a mention, creating a Country entity for a demonym the text uses as an
/// office's holder ("Russian Foreign Minister"). Returns nullopt when nothing fits.
std::optional<std::size_t> country_entity_for_demonym(SentenceAnalysis& s, std::size_t token, const Lexicon& lexicon,
                                                      DocumentExtraction& out);
/// The same for a demonym of several words over tokens [first, last) ("South Korean", "Sri Lankan").
std::optional<std::size_t> country_entity_for_demonym(SentenceAnalysis& s, std::size_t first, std::size_t last,
                                                      const Lexicon& lexicon, DocumentExtraction& out);
/// The most words a demonym takes ("Central African", "Papua New Guinean").
inline constexpr std::size_t kLongestDemonymWords = 3;

/// Whether a word of class membership_bid ("applied", "bid", "path", "negotiations") stands in the
/// `reach` tokens before `at`: wanting or working to join is no membership.
bool membership_bid_before(const SentenceAnalysis& s, std::size_t at, std::size_t reach, const Lexicon& lexicon);

}  // namespace pressgraph
