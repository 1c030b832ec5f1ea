#pragma once
// Scores extracted events and relations against gold. Entities are first aligned with the
// gold entities (align_entities); an event matches a gold event when type, start date and
// place agree; a relation matches when predicate and both aligned ends agree (metWith in
// either direction; signedAt through the aligned event). Counting is per document, over
// multisets, so a pair that met at two events counts twice.
#include <map>
#include <string>
#include <vector>

#include "pressgraph/eval/entity_scorer.hpp"

namespace pressgraph {

struct FactScores {
    std::map<std::string, PrfCounts> events_by_type;
    PrfCounts events;
    std::map<std::string, PrfCounts> relations_by_predicate;  ///< "holdsPosition" -> counts
    PrfCounts relations;
    /// Per rule id (pgo:extractedBy): how many events and relations it made, and how many of
    /// them gold confirms. A weak rule shows here as a rule, whatever document it fires in.
    std::map<std::string, PrfCounts> by_rule;
    std::vector<ScoringDifference> differences;
};

[[nodiscard]] FactScores score_facts(const std::vector<DocumentExtraction>& extractions,
                                     const std::map<std::string, GoldDocument>& gold);

}  // namespace pressgraph
