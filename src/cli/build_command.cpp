#include "build_command.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include "build_summary.hpp"
#include "data_location.hpp"
#include "exit_codes.hpp"
#include "graph_export.hpp"
#include "pipeline_setup.hpp"
#include "pressgraph/io/export_set.hpp"
#include "pressgraph/io/ontology.hpp"
#include "pressgraph/util/errors.hpp"
#include "progress.hpp"
#include "stage_timings.hpp"

namespace pressgraph::cli {

void setup_build_command(CLI::App& app, BuildOptions& options, int& exit_code) {
    CLI::App* cmd = app.add_subcommand("build", "Extract a knowledge graph from press releases and export it");
    cmd->footer("On a terminal a progress line shows the documents done, MB/s and the time left (not with -q).");
    cmd->add_option("inputs", options.inputs,
                    "Files, folders (searched for *.txt) or - for standard input; default: the bundled corpus");
    cmd->add_option("-o,--output", options.output_dir, "Folder for the exports")->capture_default_str();
    cmd->add_option("-f,--format", options.formats, "Export formats: ttl, nt, graphml, gexf")
        ->delimiter(',')
        ->check(CLI::IsMember({"ttl", "nt", "graphml", "gexf"}))
        ->capture_default_str();
    cmd->add_option("-j,--jobs", options.jobs, "Worker threads (default: one per core)");
    cmd->add_option("--data", options.data_dir, "Folder with pressgraph.ttl and lexicon/ (default: the installed ontology)");
    cmd->add_flag("-q,--quiet", options.quiet, "Print errors only, no summary and no progress line");
    cmd->add_flag("--timings", options.timings, "Print each stage's seconds, MB/s and peak memory to stderr");
    cmd->callback([&options, &exit_code] { exit_code = run_build(options); });
}

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string thread_note(const CorpusResult& corpus) {
    return "thread time of " + std::to_string(corpus.threads) + " thread" + (corpus.threads == 1 ? "" : "s");
}

}  // namespace

int run_build(const BuildOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    StageTimings timings(options.timings);
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
    if (!read_export_faults(faults)) return kUsage;
    timings.record("start-up", seconds_since(started), "lexicon and ontology loaded");

    Progress progress(Progress::wanted(options.quiet));
    ExtractionOptions extraction;
    extraction.progress = &progress;
    CorpusResult corpus = extract_inputs_or_report(options.inputs, *lexicon, options.jobs, options.quiet, extraction);
    timings.set_corpus(corpus.bytes_read, corpus.documents_read);
    timings.record("read", corpus.read_seconds, thread_note(corpus) + "; reading, checking, sentences");
    timings.set_corpus(corpus.bytes, corpus.extractions.size());
    timings.record("extract", corpus.extract_seconds, thread_note(corpus));
    timings.record("read+extract", corpus.wall_seconds, "wall time");
    if (corpus.extractions.empty()) {
        // Exports of nothing would replace a good set with empty files: write nothing.
        std::cerr << "pressgraph: error: no document could be read; exports in " << options.output_dir
                  << " left unchanged\n";
        return kInputRejected;
    }

    const std::size_t documents = corpus.extractions.size();
    const BuildGraph built = merge_into_graph(std::move(corpus.extractions), progress, timings);
    ExportRequest request{options.formats, options.output_dir, faults, options.quiet};
    const ExportOutcome exported = export_graph(*built.graph, *ontology, request, progress, timings);
    if (exported.exit_code != kSuccess) return exported.exit_code;
    if (!options.quiet)
        print_build_summary(built, documents, corpus.errors.size(), exported.triples, seconds_since(started));
    return corpus.errors.empty() ? kSuccess : kInputRejected;
}

}  // namespace pressgraph::cli
