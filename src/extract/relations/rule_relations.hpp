#pragma once
// Relation rules (ontology/rules/relations.rules), the action `fact`:
//   fact PREDICATE SUBJECT OBJECT [title="..."] [planned] [dateline]
// `dateline`: only in the date line ("2022-02-07, The Kremlin, Moscow").
// Every mention inside the SUBJECT capture is related to every mention inside the OBJECT
// capture ("members of the SCO and BRICS": each member to each body).
#include <vector>

#include "context/document_context.hpp"
#include "context/person_references.hpp"
#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph {

/// Reads: the sentences' mentions and entities, the context's dates. Adds: facts to `out`
/// (each fact once per subject, predicate and object).
void apply_relation_rules(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                          const std::vector<std::vector<PersonReference>>& references,
                          const Lexicon& lexicon, DocumentExtraction& out);

/// A rule that states a fact the hand-written readers already found takes the credit
/// (pgo:extractedBy): rules are how the genre is described; eval scores them by id.
void credit_rule(DocumentExtraction& out, std::size_t subject, const std::string& predicate, std::size_t object,
                 const std::string& rule);

}  // namespace pressgraph
