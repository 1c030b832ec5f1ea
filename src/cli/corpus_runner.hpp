#pragma once
// Reads and extracts a list of documents on N worker threads. Each document is handled
// on its own; results keep the input's slot, so the outcome never depends on timing.
#include <string>
#include <vector>

#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/merge/extraction_shard.hpp"
#include "progress.hpp"
#include "worker_threads.hpp"

namespace pressgraph::cli {

struct CorpusResult {
    std::vector<DocumentExtraction> extractions;
    std::vector<std::string> errors;    ///< "<file>: <problem>", sorted
    std::vector<std::string> warnings;  ///< e.g. fewer worker threads than asked (the result is the same)
    std::size_t bytes = 0;              ///< bytes of the documents extracted
    std::size_t documents_read = 0;     ///< documents read (with --shard: also those of other shards)
    std::size_t bytes_read = 0;
    unsigned threads = 1;
    double wall_seconds = 0;     ///< reading and extracting, on all threads
    double read_seconds = 0;     ///< thread time spent reading (and analysing) documents
    double extract_seconds = 0;  ///< thread time spent extracting
};

/// How extract_corpus runs: a share of the corpus only (--shard), a progress line.
struct ExtractionOptions {
    const ShardSpec* shard = nullptr;  ///< only the documents (and rejections) of this shard
    Progress* progress = nullptr;
};

/// Extracts `paths` on up to `jobs` threads; threads the system refuses lower the count
/// (with a warning), never the result. Each extraction is kept; the document's text is
/// dropped as soon as it is extracted.
[[nodiscard]] CorpusResult extract_corpus(const std::vector<std::string>& paths, const Extractor& extractor,
                                          unsigned jobs, const ThreadStarter& start = start_std_thread,
                                          const ExtractionOptions& options = {});

}  // namespace pressgraph::cli
