#include "graph_export.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "exit_codes.hpp"
#include "pressgraph/io/gexf_writer.hpp"
#include "pressgraph/io/graphml_writer.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
#include "pressgraph/io/rdf_writer.hpp"

namespace pressgraph::cli {

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// What an interrupted earlier build left in the folder, and what this run did about it.
void report_recovery(const ExportRecovery& recovery, const std::string& folder) {
    if (!recovery.completed.empty()) {
        std::cerr << "pressgraph: warning: " << folder << ": an earlier build was interrupted while switching its exports; "
                  << "finished the switch (";
        for (std::size_t i = 0; i < recovery.completed.size(); ++i) std::cerr << (i ? ", " : "") << recovery.completed[i];
        std::cerr << ")\n";
    }
    if (!recovery.removed.empty())
        std::cerr << "pressgraph: warning: " << folder << ": removed " << recovery.removed.size()
                  << " temporary file(s) left by an interrupted build\n";
}

std::string megabytes(std::size_t bytes) {
    char text[64];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

}  // namespace

bool read_export_faults(ExportFaults& faults) {
    try {
        const char* spec = std::getenv("PRESSGRAPH_TEST_FAULT");
        faults = ExportFaults::parse(spec == nullptr ? "" : spec);
        return true;
    } catch (const std::invalid_argument& e) {
        std::cerr << "pressgraph: error: PRESSGRAPH_TEST_FAULT: " << e.what() << "\n";
        return false;
    }
}

ExportOutcome export_graph(const KnowledgeGraph& graph, const Ontology& ontology, const ExportRequest& request,
                           Progress& progress, const StageTimings& timings) {
    const std::string& folder = request.output_dir;
    ExportOutcome outcome;
    std::vector<std::string> formats;
    for (const auto& format : request.formats)
        if (std::find(formats.begin(), formats.end(), format) == formats.end()) formats.push_back(format);
    try {
        // The RDF terms are checked (and the statement subjects ordered) before the folder is
        // touched: a graph the ontology does not allow writes nothing at all.
        std::unique_ptr<TripleStream> triples;
        if (std::find(formats.begin(), formats.end(), "ttl") != formats.end() ||
            std::find(formats.begin(), formats.end(), "nt") != formats.end()) {
            const auto started = std::chrono::steady_clock::now();
            progress.step("ordering the triples");
            triples = std::make_unique<TripleStream>(graph, ontology);
            timings.record("rdf-index", seconds_since(started));
        }
        std::filesystem::create_directories(folder);
        ExportSet set(folder, request.faults);
        if (!request.quiet) report_recovery(set.recovery(), folder);
        for (const auto& format : formats) {
            const std::string name = "pressgraph." + format;
            const auto started = std::chrono::steady_clock::now();
            progress.step("writing " + name);
            ByteSink& sink = set.begin(name);
            if (format == "ttl" || format == "nt") {
                RdfWriter writer(format == "ttl" ? RdfSyntax::Turtle : RdfSyntax::NTriples, sink);
                outcome.triples = triples->for_each([&](const Triple& t) { writer.write(t); });
                writer.finish();
            } else if (format == "graphml") {
                write_graphml(graph, ontology, sink);
            } else if (format == "gexf") {
                write_gexf(graph, ontology, sink);
            }
            const std::size_t size = set.end();
            const double seconds = seconds_since(started);
            timings.record("write " + name, seconds,
                           megabytes(size) + ", " + megabytes(static_cast<std::size_t>(static_cast<double>(size) / std::max(seconds, 1e-9))) + "/s written");
        }
        const auto started = std::chrono::steady_clock::now();
        progress.step("switching the exports in " + folder);
        set.commit();
        timings.record("commit", seconds_since(started));
    } catch (const ExportWriteError& e) {
        progress.finish();
        std::cerr << "pressgraph: error: export failed: " << e.what()
                  << (e.earlier_set_intact() ? "; exports in " + folder + " left unchanged" : std::string()) << "\n";
        outcome.exit_code = kExportFailed;
        return outcome;
    } catch (const std::exception& e) {
        progress.finish();
        std::cerr << "pressgraph: error: export failed: " << e.what() << "; exports in " << folder << " left unchanged\n";
        outcome.exit_code = kExportFailed;
        return outcome;
    }
    progress.finish();
    outcome.exit_code = kSuccess;
    return outcome;
}

}  // namespace pressgraph::cli
