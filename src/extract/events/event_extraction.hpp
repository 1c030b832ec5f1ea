#pragma once
// Dated events of one document and the facts they carry (who met whom, who visited where,
// which agreement was signed at which event).
//
// A sentence names an event with a trigger (ontology/lexicon/event_triggers.tsv) and dates it
// with date expressions (date_normalizer.hpp). Each date has an item of its own
// (event_items.hpp), so enumerations ("on March 3 in Geneva, ..., on May 5 and
// June 9 in Vienna") give one event each, with the place and persons of their item. Undated
// meetings and ceremonies in the programme of a document's main visit take the visit's
// dates and place and become part of it (event_programme.cpp); one event named in several
// sentences becomes one (event_coreference.cpp); signings point to their event
// (event_signing.hpp).

#include <vector>

#include "context/document_context.hpp"
#include "coreference/in_document_coreference.hpp"

namespace pressgraph {

/// The date a document without a date of its own speaks from, inferred from its text (the year
/// it states most; the day before the event it opens by announcing). DocumentContext::anchor
/// holds the document's date, else this.
std::optional<DateValue> inferred_anchor(const std::vector<SentenceAnalysis>& sentences);

/// Appends events to `out.events` and pgo:metWith, pgo:visited and pgo:signedAt facts (with
/// pgo:planned for announced ones). Runs after relation extraction: it reads the offices
/// held (pgo:holdsPosition) to keep officials from visiting their own country. Reads each
/// sentence's tense and dates from `context` (normalised against the same anchor).
void extract_events(std::vector<SentenceAnalysis>& sentences, const DocumentContext& context, const Lexicon& lexicon,
                    DocumentExtraction& out);

}  // namespace pressgraph
