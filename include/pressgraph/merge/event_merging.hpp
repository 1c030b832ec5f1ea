#pragma once
// Cross-document event resolution: one real event reported by several documents ("the ASEAN
// summit in Vientiane on October 8-9" in one release, "the ASEAN Summit on October 8 and 9" in another)
// becomes one event node. Runs inside merge_extractions, after entity keys are resolved.
#include <string>
#include <vector>

#include "pressgraph/extract/document_extraction.hpp"

namespace pressgraph {

/// The key an event's node IRI is minted from, for the event on its own: type, place and
/// start date, and for the parts of a visit's programme the counterparts.
[[nodiscard]] std::string event_key(const DocumentExtraction& doc, const ExtractedEvent& e);

/// For each extraction (in the given order) and each of its events, the key of its node.
/// Mentions of one event (same type; dates that overlap, or a vaguer date that holds the
/// other; places that agree or are unnamed on one side; a participant in common, or the
/// same named place when one side names nobody) share the key of the most precise mention, and take its dates.
/// Deterministic for a given order of extractions, and the grouping does not depend on it.
[[nodiscard]] std::vector<std::vector<std::string>> unify_events(std::vector<DocumentExtraction>& extractions);

}  // namespace pressgraph
