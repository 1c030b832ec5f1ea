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
#include "pressgraph/merge/extraction_shard.hpp"
#include "pressgraph/util/errors.hpp"
#include "progress.hpp"
#include "stage_timings.hpp"

namespace pressgraph::cli {

void setup_build_command(CLI::App& app, BuildOptions& options, int& exit_code) {
    CLI::App* cmd = app.add_subcommand("build", "Extract a knowledge graph from press releases and export it");
    cmd->footer(
        "On a terminal a progress line shows the documents done, MB/s and the time left (not with -q).\n"
        "--shard I/N extracts only shard I of N (by a hash of each document's content) into\n"
        "DIR/pressgraph-shard-I-of-N.jsonl; 'pressgraph merge' turns the N shard files into the exports\n"
        "of one build of all documents (docs/scaling.md).");
    cmd->add_option("inputs", options.inputs,
                    "Files, folders (searched for *.txt) or - for standard input; default: the bundled corpus");
    cmd->add_option("-o,--output", options.output_dir, "Folder for the exports (or the shard file)")->capture_default_str();
    CLI::Option* format = cmd->add_option("-f,--format", options.formats, "Export formats: ttl, nt, graphml, gexf")
                              ->delimiter(',')
                              ->check(CLI::IsMember({"ttl", "nt", "graphml", "gexf"}))
                              ->capture_default_str();
    cmd->add_option("-j,--jobs", options.jobs, "Worker threads (default: one per core)");
    cmd->add_option("--data", options.data_dir, "Folder with pressgraph.ttl and lexicon/ (default: the installed ontology)");
    cmd->add_flag("-q,--quiet", options.quiet, "Print errors only, no summary and no progress line");
    cmd->add_flag("--timings", options.timings, "Print each stage's seconds, MB/s and peak memory to stderr");
    cmd->add_option("--shard", options.shard, "Extract shard I of N (I/N) into a shard file for 'pressgraph merge'")
        ->check(CLI::Validator(
            [](std::string& value) {
                try {
                    (void)ShardSpec::parse(value);
                    return std::string();
                } catch (const std::invalid_argument& e) {
                    return std::string(e.what());
                }
            },
            "I/N"))
        ->excludes(format);
    cmd->callback([&options, &exit_code] { exit_code = run_build(options); });
}

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string thread_note(const CorpusResult& corpus) {
    return "thread time of " + std::to_string(corpus.threads) + " thread" + (corpus.threads == 1 ? "" : "s");
}

// --shard: the shard's extractions (and the inputs it rejected) in one file, switched
// into place like the exports.
int write_shard_file(const BuildOptions& options, const ShardSpec& spec, const ExportFaults& faults, CorpusResult& corpus,
                     const StageTimings& timings, std::chrono::steady_clock::time_point started) {
    const std::string name = spec.file_name();
    const std::size_t documents = corpus.extractions.size();
    std::size_t size = 0;
    try {
        const auto write_started = std::chrono::steady_clock::now();
        std::filesystem::create_directories(options.output_dir);
        ExportSet set(options.output_dir, faults);
        write_shard(set.begin(name), spec, PRESSGRAPH_VERSION, std::move(corpus.extractions), corpus.errors);
        size = set.end();
        set.commit();
        timings.record("write " + name, seconds_since(write_started));
    } catch (const ExportWriteError& e) {
        std::cerr << "pressgraph: error: export failed: " << e.what()
                  << (e.earlier_set_intact() ? "; " + options.output_dir + "/" + name + " left unchanged" : std::string())
                  << "\n";
        return kExportFailed;
    } catch (const std::exception& e) {
        std::cerr << "pressgraph: error: export failed: " << e.what() << "; " << options.output_dir << "/" << name
                  << " left unchanged\n";
        return kExportFailed;
    }
    if (!options.quiet) {
        char line[1024];
        std::snprintf(line, sizeof line,
                      "pressgraph: shard %zu/%zu: %zu documents (%zu rejected) of %zu read, written to %s (%.1f MB), %.2f s",
                      spec.index, spec.count, documents, corpus.errors.size(), corpus.documents_read,
                      (std::filesystem::path(options.output_dir) / name).string().c_str(), static_cast<double>(size) / 1e6,
                      seconds_since(started));
        std::cerr << line << "\n";
    }
    return corpus.errors.empty() ? kSuccess : kInputRejected;
}

}  // namespace

int run_build(const BuildOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    StageTimings timings(options.timings);
    std::optional<ShardSpec> shard;
    if (!options.shard.empty()) shard = ShardSpec::parse(options.shard);  // checked by the option's validator
    const auto lexicon = load_lexicon_or_report(options.data_dir);
    if (!lexicon) return kDataError;
    const std::optional<Ontology> ontology = load_ontology_or_report(options.data_dir);
    if (!ontology) return kDataError;
    ExportFaults faults;
    if (!read_export_faults(faults)) return kUsage;
    timings.record("start-up", seconds_since(started), "lexicon and ontology loaded");

    Progress progress(Progress::wanted(options.quiet));
    ExtractionOptions extraction;
    extraction.shard = shard ? &*shard : nullptr;
    extraction.progress = &progress;
    CorpusResult corpus = extract_inputs_or_report(options.inputs, *lexicon, options.jobs, options.quiet, extraction);
    timings.set_corpus(corpus.bytes_read, corpus.documents_read);
    timings.record("read", corpus.read_seconds, thread_note(corpus) + "; reading, checking, sentences");
    timings.set_corpus(corpus.bytes, corpus.extractions.size());
    timings.record("extract", corpus.extract_seconds, thread_note(corpus));
    timings.record("read+extract", corpus.wall_seconds, "wall time");
    const bool nothing_read = shard ? corpus.documents_read == 0 : corpus.extractions.empty();
    if (nothing_read) {
        // Exports of nothing would replace a good set with empty files: write nothing.
        std::cerr << "pressgraph: error: no document could be read; exports in " << options.output_dir
                  << " left unchanged\n";
        return kInputRejected;
    }
    if (shard) return write_shard_file(options, *shard, faults, corpus, timings, started);

    const std::size_t documents = corpus.extractions.size();
    BuildGraph built = merge_into_graph(std::move(corpus.extractions), *lexicon, progress, timings);
    ExportRequest request{options.formats, options.output_dir, faults, options.quiet, options.jobs};
    const ExportOutcome exported = export_graph(*built.graph, *ontology, request, progress, timings);
    if (!options.quiet && exported.exit_code == kSuccess)
        print_build_summary(built, documents, corpus.errors.size(), exported.triples, seconds_since(started));
    keep_until_exit(std::move(built.graph));
    if (exported.exit_code != kSuccess) return exported.exit_code;
    return corpus.errors.empty() ? kSuccess : kInputRejected;
}

}  // namespace pressgraph::cli
