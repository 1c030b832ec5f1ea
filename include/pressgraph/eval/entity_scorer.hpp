#pragma once
// Scores extracted entities against gold, per entity type: precision, recall, F1, and
// whether the surface forms of one gold entity landed on one graph node.
#include <map>
#include <string>
#include <vector>

#include "pressgraph/eval/gold_document.hpp"
#include "pressgraph/extract/document_extraction.hpp"

namespace pressgraph {

struct PrfCounts {
    std::size_t gold = 0;
    std::size_t predicted = 0;
    std::size_t matched = 0;
    [[nodiscard]] double precision() const { return predicted ? double(matched) / double(predicted) : 0.0; }
    [[nodiscard]] double recall() const { return gold ? double(matched) / double(gold) : 0.0; }
    [[nodiscard]] double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    PrfCounts& operator+=(const PrfCounts& o) {
        gold += o.gold; predicted += o.predicted; matched += o.matched;
        return *this;
    }
};

/// A difference between extraction and gold, for error analysis.
struct ScoringDifference {
    std::string document;
    std::string type;
    std::string text;
    bool missing = false;  ///< true: in gold only (false negative); false: extracted only (false positive)
};

struct EntityScores {
    std::map<std::string, PrfCounts> by_type;  ///< "Person" -> counts
    PrfCounts overall;
    std::size_t documents = 0;
    std::size_t gold_ids_found = 0;        ///< gold ids matched in at least one document
    std::size_t gold_ids_on_one_node = 0;  ///< ... whose matches all went to the same graph node
    std::vector<std::string> split_ids;    ///< "gold id -> node IRIs" for gold ids whose forms landed on several nodes
    std::vector<ScoringDifference> differences;
};

/// Compares extractions with gold documents of the same file name. A predicted entity
/// matches a gold one of the same type when one of its forms (canonical name or a
/// mention) equals one of the gold forms (name or alias), compared case-insensitively
/// without a leading "the" or a possessive; matching is one-to-one per document.
[[nodiscard]] EntityScores score_entities(const std::vector<DocumentExtraction>& extractions,
                                          const std::map<std::string, GoldDocument>& gold);

/// For each extracted entity of `doc`, the index of the gold entity it matches, or -1.
[[nodiscard]] std::vector<int> align_entities(const DocumentExtraction& doc, const GoldDocument& gold);

/// The comparison form of a name.
[[nodiscard]] std::string comparison_form(std::string_view name);

}  // namespace pressgraph
