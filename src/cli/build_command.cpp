#include "build_command.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>

#include "data_location.hpp"
#include "exit_codes.hpp"
#include "pipeline_setup.hpp"
#include "pressgraph/io/export_set.hpp"
#include "pressgraph/io/gexf_writer.hpp"
#include "pressgraph/io/graphml_writer.hpp"
#include "pressgraph/io/ontology.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
#include "pressgraph/io/rdf_writer.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph::cli {

void setup_build_command(CLI::App& app, BuildOptions& options, int& exit_code) {
    CLI::App* cmd = app.add_subcommand("build", "Extract a knowledge graph from press releases and export it");
    cmd->add_option("inputs", options.inputs,
                    "Files, folders (searched for *.txt) or - for standard input; default: the bundled corpus");
    cmd->add_option("-o,--output", options.output_dir, "Folder for the exports")->capture_default_str();
    cmd->add_option("-f,--format", options.formats, "Export formats: ttl, nt, graphml, gexf")
        ->delimiter(',')
        ->check(CLI::IsMember({"ttl", "nt", "graphml", "gexf"}))
        ->capture_default_str();
    cmd->add_option("-j,--jobs", options.jobs, "Worker threads (default: one per core)");
    cmd->add_option("--data", options.data_dir, "Folder with pressgraph.ttl and lexicon/ (default: the installed ontology)");
    cmd->add_flag("-q,--quiet", options.quiet, "Print errors only, no summary");
    cmd->callback([&options, &exit_code] { exit_code = run_build(options); });
}

namespace {

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

}  // namespace

int run_build(const BuildOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    const auto lexicon = load_lexicon_or_report(options.data_dir);
    if (!lexicon) return kDataError;
    std::optional<Ontology> ontology;
    try {
        ontology = Ontology::load((std::filesystem::path(data_directory(options.data_dir)) / "pressgraph.ttl").string());
    } catch (const InputError& e) {
        std::cerr << "pressgraph: error: " << e.what() << "\n";
        return kDataError;
    }
    ExportFaults faults;
    try {
        const char* spec = std::getenv("PRESSGRAPH_TEST_FAULT");
        faults = ExportFaults::parse(spec == nullptr ? "" : spec);
    } catch (const std::invalid_argument& e) {
        std::cerr << "pressgraph: error: PRESSGRAPH_TEST_FAULT: " << e.what() << "\n";
        return kUsage;
    }
    CorpusResult corpus = extract_inputs_or_report(options.inputs, *lexicon, options.jobs, options.quiet);
    if (corpus.extractions.empty()) {
        // Exports of nothing would replace a good set with empty files: write nothing.
        std::cerr << "pressgraph: error: no document could be read; exports in " << options.output_dir
                  << " left unchanged\n";
        return kInputRejected;
    }

    MergeStatistics stats;
    const std::size_t documents = corpus.extractions.size();
    const KnowledgeGraph graph = merge_extractions(std::move(corpus.extractions), &stats);

    // Serialise everything, stage every file, then switch the whole set (ExportSet): a
    // failure anywhere leaves the previous exports as they were.
    std::vector<std::pair<std::string, std::string>> files;
    std::size_t triple_count = 0;
    try {
        const bool wants_rdf = std::find(options.formats.begin(), options.formats.end(), "ttl") != options.formats.end() ||
                               std::find(options.formats.begin(), options.formats.end(), "nt") != options.formats.end();
        std::vector<Triple> triples;
        if (wants_rdf) triples = graph_to_triples(graph, *ontology);
        triple_count = triples.size();
        for (const auto& format : options.formats) {
            const std::string name = "pressgraph." + format;
            if (std::any_of(files.begin(), files.end(), [&](const auto& file) { return file.first == name; })) continue;
            if (format == "ttl") files.emplace_back(name, serialize_rdf(triples, RdfSyntax::Turtle));
            else if (format == "nt") files.emplace_back(name, serialize_rdf(triples, RdfSyntax::NTriples));
            else if (format == "graphml") files.emplace_back(name, serialize_graphml(graph, *ontology));
            else if (format == "gexf") files.emplace_back(name, serialize_gexf(graph, *ontology));
        }
    } catch (const std::exception& e) {
        std::cerr << "pressgraph: error: export failed: " << e.what() << "; exports in " << options.output_dir
                  << " left unchanged\n";
        return kExportFailed;
    }
    try {
        std::filesystem::create_directories(options.output_dir);
        ExportSet set(options.output_dir, faults);
        if (!options.quiet) report_recovery(set.recovery(), options.output_dir);
        for (const auto& [name, content] : files) set.stage(name, content);
        set.commit();
    } catch (const ExportWriteError& e) {
        std::cerr << "pressgraph: error: export failed: " << e.what()
                  << (e.earlier_set_intact() ? "; exports in " + options.output_dir + " left unchanged" : std::string())
                  << "\n";
        return kExportFailed;
    } catch (const std::exception& e) {
        std::cerr << "pressgraph: error: export failed: " << e.what() << "; exports in " << options.output_dir
                  << " left unchanged\n";
        return kExportFailed;
    }

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!options.quiet) {
        // Warnings, not errors: the exports are written, with the conflict recorded in them.
        for (const OfficeConflict& conflict : stats.office_conflicts)
            std::cerr << "pressgraph: warning: " << describe(conflict) << "\n";
        char line[512];
        std::snprintf(line, sizeof line,
                      "pressgraph: %zu documents (%zu rejected), %zu entities, %zu events, %zu triples, "
                      "%zu graph nodes, %zu graph edges, %.2f s",
                      documents, corpus.errors.size(), stats.entities, stats.events, triple_count, graph.node_count(),
                      graph.edge_count(), seconds);
        std::cerr << line << "\n";
    }
    return corpus.errors.empty() ? kSuccess : kInputRejected;
}

}  // namespace pressgraph::cli
