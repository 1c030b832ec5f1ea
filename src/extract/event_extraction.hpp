#pragma once
// Dated events of one document and the facts they carry (who met whom, who visited where).
//
// A sentence names an event with a trigger (ontology/lexicon/event_triggers.tsv) and dates it
// with date expressions (date_normalizer.hpp): each date gives one event, so enumerations
// ("on April 11 and May 8 in Moscow") give one event each, with the place that follows the
// date. Undated meetings and ceremonies in the programme of a document's main visit take the
// visit's dates and place and become part of it.
#include <vector>

#include "in_document_coreference.hpp"

namespace pressgraph {

/// The date the document speaks from: its publication date, else one inferred from its text
/// (the year it states most; the day before the event it opens by announcing).
std::optional<DateValue> inferred_anchor(const std::vector<SentenceAnalysis>& sentences);
std::optional<DateValue> document_anchor(const std::vector<SentenceAnalysis>& sentences, const DocumentExtraction& out);

/// Appends events to `out.events` and pgo:metWith, pgo:visited and pgo:signedAt facts.
void extract_events(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, DocumentExtraction& out);

}  // namespace pressgraph
