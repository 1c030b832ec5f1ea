#pragma once
// The steps `build` and `merge` share after extraction: the merge into one graph (timed,
// with a progress step) and the closing lines (office-conflict warnings, the summary).
#include <cstddef>
#include <memory>
#include <vector>

#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "progress.hpp"
#include "stage_timings.hpp"

namespace pressgraph::cli {

struct BuildGraph {
    std::unique_ptr<KnowledgeGraph> graph;
    MergeStatistics stats;
};

/// The lexicon gives the words names are compared by across documents (name_signature.hpp).
[[nodiscard]] BuildGraph merge_into_graph(std::vector<DocumentExtraction> extractions, const Lexicon& lexicon,
                                          Progress& progress, const StageTimings& timings);

/// Keeps the graph, never destroyed, until the process ends: a command ends right after its
/// exports, and freeing the nodes and edges one by one took a third of a second on the
/// wh-kremlin archive (three on ten copies of it). Reachable until exit, so leak checkers
/// do not count it as lost.
void keep_until_exit(std::unique_ptr<KnowledgeGraph> graph);

/// The warnings of the merge, then "pressgraph: N documents (K rejected), E entities, ...".
void print_build_summary(const BuildGraph& built, std::size_t documents, std::size_t rejected, std::size_t triples,
                         double seconds);

}  // namespace pressgraph::cli
