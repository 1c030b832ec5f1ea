#include "merge_command.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "build_summary.hpp"
#include "data_location.hpp"
#include "exit_codes.hpp"
#include "graph_export.hpp"
#include "pressgraph/merge/extraction_shard.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/util/errors.hpp"
#include "pipeline_setup.hpp"
#include "progress.hpp"
#include "stage_timings.hpp"

namespace pressgraph::cli {

void setup_merge_command(CLI::App& app, MergeOptions& options, int& exit_code) {
    CLI::App* cmd = app.add_subcommand(
        "merge", "Merge the shard files of 'pressgraph build --shard I/N' into the exports of the whole corpus");
    cmd->footer(
        "The exports are byte for byte those of one 'pressgraph build' of every shard's documents.\n"
        "A folder stands for the pressgraph-shard-*.jsonl files in it. See docs/scaling.md.");
    cmd->add_option("shards", options.shards, "Shard files (pressgraph-shard-I-of-N.jsonl) or folders holding them")
        ->required();
    cmd->add_option("-o,--output", options.output_dir, "Folder for the exports")->capture_default_str();
    cmd->add_option("-f,--format", options.formats, "Export formats: ttl, nt, graphml, gexf")
        ->delimiter(',')
        ->check(CLI::IsMember({"ttl", "nt", "graphml", "gexf"}))
        ->capture_default_str();
    cmd->add_option("--data", options.data_dir, "Folder with pressgraph.ttl and lexicon/ (default: the installed ontology)");
    cmd->add_flag("-q,--quiet", options.quiet, "Print errors only, no summary and no progress line");
    cmd->add_flag("--timings", options.timings, "Print each stage's seconds, MB/s and peak memory to stderr");
    cmd->callback([&options, &exit_code] { exit_code = run_merge(options); });
}

namespace {

// Files as named; folders: their pressgraph-shard-*.jsonl files, sorted. A name that is
// neither is an error of its own.
std::vector<std::string> shard_files(const std::vector<std::string>& inputs, std::vector<std::string>& errors) {
    std::vector<std::string> files;
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (std::filesystem::is_directory(input, ec)) {
            std::vector<std::string> found;
            for (const auto& entry : std::filesystem::directory_iterator(input, ec)) {
                const std::string name = entry.path().filename().string();
                if (name.starts_with("pressgraph-shard-") && name.ends_with(".jsonl")) found.push_back(entry.path().string());
            }
            if (ec) errors.push_back(input + ": cannot list: " + ec.message());
            else if (found.empty()) errors.push_back(input + ": no pressgraph-shard-*.jsonl file in this folder");
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(input);
        }
    }
    return files;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int run_merge(const MergeOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    StageTimings timings(options.timings);
    // The lexicon, as the build loads it: names are compared across documents by its words.
    const auto lexicon = load_lexicon_or_report(options.data_dir);
    if (!lexicon) return kDataError;
    const std::optional<Ontology> ontology = load_ontology_or_report(options.data_dir);
    if (!ontology) return kDataError;
    ExportFaults faults;
    if (!read_export_faults(faults)) return kUsage;
    timings.record("start-up", seconds_since(started));

    Progress progress(Progress::wanted(options.quiet));
    std::vector<std::string> errors;
    const std::vector<std::string> files = shard_files(options.shards, errors);
    std::size_t total_bytes = 0;
    for (const auto& file : files) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        if (!ec) total_bytes += size;
    }
    const auto read_started = std::chrono::steady_clock::now();
    progress.start_count("reading shards", "files", files.size(), total_bytes);
    std::vector<DocumentExtraction> extractions;
    std::vector<std::string> rejected;
    std::map<std::size_t, std::set<std::size_t>> indices_by_count;  // N -> the I given
    std::size_t corpus_bytes = 0;
    for (const std::string& file : files) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        try {
            ShardContents shard = read_shard_file(file);
            indices_by_count[shard.spec.count].insert(shard.spec.index);
            for (auto& extraction : shard.extractions) {
                corpus_bytes += extraction.bytes;
                extractions.push_back(std::move(extraction));
            }
            rejected.insert(rejected.end(), shard.rejected.begin(), shard.rejected.end());
        } catch (const InputError& e) {
            errors.push_back(e.what());
        }
        progress.advance(1, ec ? 0 : size);
    }
    progress.end_count();
    timings.set_corpus(corpus_bytes, extractions.size());
    timings.record("read shards", seconds_since(read_started),
                   std::to_string(files.size()) + " files, " + std::to_string(total_bytes / 1000000) + " MB");
    progress.finish();

    // What the shards' own builds rejected is reported as that one build would have.
    std::sort(rejected.begin(), rejected.end());
    rejected.erase(std::unique(rejected.begin(), rejected.end()), rejected.end());
    for (const auto& error : rejected) std::cerr << "pressgraph: error: " << error << "\n";
    for (const auto& error : errors) std::cerr << "pressgraph: error: " << error << "\n";
    if (!options.quiet) {
        if (indices_by_count.size() > 1) {
            std::cerr << "pressgraph: warning: the shard files come from different splits (";
            bool first = true;
            for (const auto& [count, indices] : indices_by_count) {
                std::cerr << (first ? "" : ", ") << "of " << count;
                first = false;
            }
            std::cerr << "): documents may be missing or counted in two shards\n";
        } else if (indices_by_count.size() == 1) {
            const auto& [count, indices] = *indices_by_count.begin();
            std::vector<std::size_t> missing;
            for (std::size_t i = 1; i <= count && missing.size() <= 10; ++i)
                if (!indices.count(i)) missing.push_back(i);
            if (!missing.empty()) {
                std::cerr << "pressgraph: warning: shard" << (missing.size() > 1 ? "s " : " ");
                for (std::size_t m = 0; m < missing.size() && m < 10; ++m) std::cerr << (m ? ", " : "") << missing[m];
                std::cerr << (missing.size() > 10 ? ", ..." : "") << " of " << count
                          << " not given: their documents are not in the graph\n";
            }
        }
    }
    if (extractions.empty()) {
        std::cerr << "pressgraph: error: no document could be read; exports in " << options.output_dir
                  << " left unchanged\n";
        return kInputRejected;
    }

    const std::size_t documents = extractions.size();
    BuildGraph built = merge_into_graph(std::move(extractions), *lexicon, progress, timings);
    ExportRequest request{options.formats, options.output_dir, faults, options.quiet, 0};
    const ExportOutcome exported = export_graph(*built.graph, *ontology, request, progress, timings);
    if (!options.quiet && exported.exit_code == kSuccess)
        print_build_summary(built, documents, rejected.size(), exported.triples, seconds_since(started));
    keep_until_exit(std::move(built.graph));
    if (exported.exit_code != kSuccess) return exported.exit_code;
    return rejected.empty() && errors.empty() ? kSuccess : kInputRejected;
}

}  // namespace pressgraph::cli
