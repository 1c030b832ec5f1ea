#pragma once
// Relation rules (ontology/rules/relations.rules), the action `fact`:
//   fact PREDICATE SUBJECT OBJECT [title="..."] [planned] [dateline]
// `dateline`: only in the date line ("2025-03-14, The Kremlin, Moscow").
// Every mention inside the SUBJECT capture is related to every mention inside the OBJECT
// capture ("members of the SCO and BRICS": each member to each body).
#include <vector>

#include "context/document_context.hpp"
#include "context/person_references.hpp"
#include "pressgraph/extract/engine/annotated_sentence.hpp"
#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph {

/// Reads: the sentences' mentions and entities, the context's dates. Adds: facts to `out`
/// (each fact once per subject, predicate and object).
void apply_relation_rules(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                          const std::vector<rules::AnnotatedSentence>& annotated,
                          const Lexicon& lexicon, DocumentExtraction& out);

/// The offices references name ("The President of Russia emphasised ...", person_references.hpp)
/// as pgo:holdsPosition facts, each once.
void add_office_claims(const std::vector<OfficeClaim>& claims, const Lexicon& lexicon, DocumentExtraction& out);

/// After the signings are read (event_signing.hpp): an agreement the release signs at one of its own
/// events ("an Agreement on X was signed", "the signing ceremony of an agreement on Y"), with no party
/// and no approver the text names, is between the release's two states (none unless exactly two):
/// bilateral releases report their new documents this way. Only instruments (subtype Treaty); not a
/// signing of a year before the release's ("signed in 1999"), nor one whose plural subject signed ("the
/// ministers of trade signed": plural_signers); "the two ministers will sign" an instrument is the sides'.
void add_parties_of_release_signings(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                                     const Lexicon& lexicon, DocumentExtraction& out);

/// After the events: the co-chairs of one meeting or session ("co-chaired by the Minister of Chile, A, and
/// the Minister of Peru, B") who hold offices of different states or bodies met each other there (two
/// officials of one side chairing together did not meet as counterparts).
void add_co_chairs_met(DocumentExtraction& out);

/// A rule that states a fact the hand-written readers already found takes the credit
/// (pgo:extractedBy): rules are how the genre is described; eval scores them by id.
void credit_rule(DocumentExtraction& out, std::size_t subject, const std::string& predicate, std::size_t object,
                 const std::string& rule);

}  // namespace pressgraph
