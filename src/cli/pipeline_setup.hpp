#pragma once
// Loading the knowledge files and extracting a corpus: shared by the subcommands.
#include <optional>
#include <string>
#include <vector>

#include "corpus_runner.hpp"
#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/io/ontology.hpp"

namespace pressgraph::cli {

/// Loads ontology/lexicon, printing a message and returning null when a file is broken. The
/// lexicon lives until the process ends and is never destroyed: a command ends soon after it is
/// done with it, and freeing its tens of thousands of entries took a tenth of the start-up.
[[nodiscard]] const Lexicon* load_lexicon_or_report(const std::string& data_dir);

/// Loads ontology/pressgraph.ttl, printing a message and returning nullopt when it is broken.
[[nodiscard]] std::optional<Ontology> load_ontology_or_report(const std::string& data_dir);

/// Collects the inputs (the bundled corpus when empty), extracts them on `jobs` threads
/// (0: one per core) and prints one line per rejected input, and warnings unless `quiet`.
/// With `options.shard`, only that shard's documents are extracted and only its share of
/// the rejected inputs reported.
[[nodiscard]] CorpusResult extract_inputs_or_report(const std::vector<std::string>& inputs, const Lexicon& lexicon,
                                                    unsigned jobs, bool quiet = false,
                                                    const ExtractionOptions& options = {});

}  // namespace pressgraph::cli
