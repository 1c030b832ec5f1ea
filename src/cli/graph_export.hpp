#pragma once
// Writes a merged graph's exports into a folder, as `build` and `merge` both do: each
// format streamed from the graph into its temporary file (no file is held whole in
// memory), then the whole set switched at once (ExportSet). Errors are reported on
// stderr with the exit code they map to (exit_codes.hpp).
#include <cstddef>
#include <string>
#include <vector>

#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/io/export_set.hpp"
#include "pressgraph/io/ontology.hpp"
#include "progress.hpp"
#include "stage_timings.hpp"

namespace pressgraph::cli {

struct ExportRequest {
    std::vector<std::string> formats;  ///< ttl, nt, graphml, gexf (repeats are written once)
    std::string output_dir;
    ExportFaults faults;
    bool quiet = false;
    unsigned jobs = 1;  ///< threads the exports are written on (0: one per core); the same bytes for any number
};

struct ExportOutcome {
    int exit_code = 0;         ///< kSuccess, or kExportFailed (the message is printed)
    std::size_t triples = 0;   ///< triples of the RDF exports (0 when none was asked for)
};

[[nodiscard]] ExportOutcome export_graph(const KnowledgeGraph& graph, const Ontology& ontology,
                                         const ExportRequest& request, Progress& progress, const StageTimings& timings);

/// The fault seam of the export tests (PRESSGRAPH_TEST_FAULT); false after printing the
/// error when the variable is malformed (exit kUsage).
[[nodiscard]] bool read_export_faults(ExportFaults& faults);

}  // namespace pressgraph::cli
