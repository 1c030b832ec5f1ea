#include "pipeline_setup.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "data_location.hpp"
#include "input_collection.hpp"
#include "pressgraph/extract/lexicon_snapshot.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph::cli {

const Lexicon* load_lexicon_or_report(const std::string& data_dir) {
    try {
        // Reachable from this list until exit, so leak checkers do not count it as lost.
        static auto* const kept = new std::vector<std::unique_ptr<const Lexicon>>();
        const std::string lexicon_dir = (std::filesystem::path(data_directory(data_dir)) / "lexicon").string();
        kept->push_back(std::make_unique<const Lexicon>(
            load_lexicon_cached(lexicon_dir, lexicon_snapshot_path(lexicon_dir))));
        return kept->back().get();
    } catch (const InputError& e) {
        std::cerr << "pressgraph: error: " << e.what() << "\n";
        return nullptr;
    }
}

std::optional<Ontology> load_ontology_or_report(const std::string& data_dir) {
    try {
        return Ontology::load((std::filesystem::path(data_directory(data_dir)) / "pressgraph.ttl").string());
    } catch (const InputError& e) {
        std::cerr << "pressgraph: error: " << e.what() << "\n";
        return std::nullopt;
    }
}

CorpusResult extract_inputs_or_report(const std::vector<std::string>& inputs, const Lexicon& lexicon, unsigned jobs,
                                      bool quiet, const ExtractionOptions& options) {
    const InputList list = collect_inputs(inputs.empty() ? std::vector<std::string>{bundled_corpus_directory()} : inputs);
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    const Extractor extractor(lexicon);
    CorpusResult corpus = extract_corpus(list.paths, extractor, jobs, start_std_thread, options);
    if (options.progress != nullptr) options.progress->finish();
    for (const auto& missing : list.missing) {
        // One shard reports it: the one its message ("<input>: <problem>") falls to.
        if (options.shard == nullptr || options.shard->holds_rejected(missing)) corpus.errors.push_back(missing);
    }
    std::sort(corpus.errors.begin(), corpus.errors.end());
    for (const auto& error : corpus.errors) std::cerr << "pressgraph: error: " << error << "\n";
    if (!quiet) {
        for (const auto& skipped : list.skipped) std::cerr << "pressgraph: warning: skipped " << skipped << "\n";
        for (const auto& warning : corpus.warnings) std::cerr << "pressgraph: warning: " << warning << "\n";
        if (list.paths.empty() && list.missing.empty()) std::cerr << "pressgraph: warning: no *.txt document found\n";
    }
    return corpus;
}

}  // namespace pressgraph::cli
