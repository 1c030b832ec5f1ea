#pragma once
// Reads and extracts a list of documents on N worker threads. Each document is handled
// on its own; results keep the input's slot, so the outcome never depends on timing.
#include <string>
#include <vector>

#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/extractor.hpp"

namespace pressgraph::cli {

struct CorpusResult {
    std::vector<DocumentExtraction> extractions;
    std::vector<std::string> errors;  ///< "<file>: <problem>", sorted
    std::size_t bytes = 0;
};

[[nodiscard]] CorpusResult extract_corpus(const std::vector<std::string>& paths, const Extractor& extractor,
                                          unsigned jobs);

}  // namespace pressgraph::cli
