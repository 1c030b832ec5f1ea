#include "build_summary.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>

namespace pressgraph::cli {

BuildGraph merge_into_graph(std::vector<DocumentExtraction> extractions, const Lexicon& lexicon, Progress& progress,
                            const StageTimings& timings) {
    progress.step("merging " + std::to_string(extractions.size()) + " documents");
    BuildGraph built;
    built.graph = std::make_unique<KnowledgeGraph>(merge_extractions(std::move(extractions), lexicon, &built.stats));
    progress.finish();
    const auto& stats = built.stats;
    timings.record("merge", stats.resolve_seconds, "resolution across documents, events");
    timings.record("graph", stats.graph_seconds,
                   std::to_string(built.graph->node_count()) + " nodes, " + std::to_string(built.graph->edge_count()) +
                       " edges; lifecycles, office conflicts");
    return built;
}

void keep_until_exit(std::unique_ptr<KnowledgeGraph> graph) {
    static auto* const kept = new std::vector<std::unique_ptr<KnowledgeGraph>>();
    kept->push_back(std::move(graph));
}

void print_build_summary(const BuildGraph& built, std::size_t documents, std::size_t rejected, std::size_t triples,
                         double seconds) {
    // Warnings, not errors: the exports are written, with the conflict recorded in them.
    for (const OfficeConflict& conflict : built.stats.office_conflicts)
        std::cerr << "pressgraph: warning: " << describe(conflict) << "\n";
    char line[512];
    std::snprintf(line, sizeof line,
                  "pressgraph: %zu documents (%zu rejected), %zu entities, %zu events, %zu triples, "
                  "%zu graph nodes, %zu graph edges, %.2f s",
                  documents, rejected, built.stats.entities, built.stats.events, triples, built.graph->node_count(),
                  built.graph->edge_count(), seconds);
    std::cerr << line << "\n";
}

}  // namespace pressgraph::cli
