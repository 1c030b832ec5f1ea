#include "graph_source.hpp"

#include <filesystem>
#include <iostream>

#include "exit_codes.hpp"
#include "pipeline_setup.hpp"
#include "pressgraph/io/turtle_loader.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/query/entity_lookup.hpp"
#include "pressgraph/query/name_suggestions.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph::cli {

void add_graph_source_options(CLI::App& command, GraphSourceOptions& options) {
    command.add_option("--graph", options.graph_file,
                       "Query a saved Turtle export (pressgraph build -f ttl) instead of extracting documents");
    command.add_option("-j,--jobs", options.jobs, "Worker threads for extraction (default: one per core)");
    command.add_option("--data", options.data_dir, "Folder with pressgraph.ttl and lexicon/ (default: the installed ontology)");
}

namespace {

std::unique_ptr<KnowledgeGraph> load_turtle_or_report(const std::string& path, int& exit_code, Progress& progress) {
    try {
        // On a terminal: "loading pressgraph.ttl: 45.0/165.0 MB, 30.1 MB/s, 0:04 left".
        TurtleLoadProgress report;
        bool started = false;
        std::size_t reported = 0;
        report.read = [&](std::size_t bytes_read, std::size_t file_bytes) {
            if (!started) {
                progress.start_count("loading " + std::filesystem::path(path).filename().string(), "MB", file_bytes, file_bytes);
                started = true;
            }
            progress.advance(bytes_read - reported, bytes_read - reported);
            reported = bytes_read;
        };
        report.step = [&](const std::string& step) {
            progress.end_count();
            progress.step(step);
        };
        auto graph = std::make_unique<KnowledgeGraph>(load_turtle_graph(path, nullptr, {}, progress.enabled() ? &report : nullptr));
        progress.finish();
        return graph;
    } catch (const InputError& e) {
        progress.finish();
        std::cerr << "pressgraph: error: " << e.what() << "\n";
        exit_code = kInputRejected;
        return nullptr;
    }
}

}  // namespace

std::optional<QueryGraph> load_query_graph(const GraphSourceOptions& options, int& exit_code) {
    QueryGraph result;
    result.progress = std::make_unique<Progress>(Progress::wanted(false));
    Progress& progress = *result.progress;
    if (!options.graph_file.empty()) {
        if (!options.inputs.empty()) {
            std::cerr << "pressgraph: error: give either documents or --graph, not both\n";
            exit_code = kUsage;
            return std::nullopt;
        }
        if (!std::filesystem::is_regular_file(options.graph_file)) {
            std::cerr << "pressgraph: error: " << options.graph_file << ": no such file\n";
            exit_code = kInputRejected;
            return std::nullopt;
        }
        result.graph = load_turtle_or_report(options.graph_file, exit_code, progress);
        if (!result.graph) return std::nullopt;
    } else {
        const auto lexicon = load_lexicon_or_report(options.data_dir);
        if (!lexicon) {
            exit_code = kDataError;
            return std::nullopt;
        }
        ExtractionOptions extraction;
        extraction.progress = &progress;
        CorpusResult corpus = extract_inputs_or_report(options.inputs, *lexicon, options.jobs, false, extraction);
        result.inputs_rejected = !corpus.errors.empty();
        if (corpus.extractions.empty()) {
            std::cerr << "pressgraph: error: no document could be read; nothing to query\n";
            exit_code = kInputRejected;
            return std::nullopt;
        }
        progress.step("merging " + std::to_string(corpus.extractions.size()) + " documents");
        result.graph = std::make_unique<KnowledgeGraph>(merge_extractions(std::move(corpus.extractions), *lexicon));
    }
    progress.step("indexing " + std::to_string(result.graph->node_count()) + " nodes for queries");
    result.view = std::make_unique<QueryView>(*result.graph);
    progress.finish();
    return result;
}

std::optional<NodeId> resolve_or_report(const QueryView& view, const std::string& name) {
    const LookupResult found = lookup_entity(view, name);
    switch (found.status) {
    case LookupStatus::Found: return found.node();
    case LookupStatus::NotFound: {
        std::cerr << "pressgraph: error: no node is named '" << name << "' (by label, alias, IRI or label prefix)";
        const std::vector<NodeId> close = suggest_names(view, name);
        for (std::size_t i = 0; i < close.size(); ++i) {
            const NodeProperties& node = view.graph().node(close[i]);
            std::cerr << (i == 0 ? "; did you mean: " : ", ") << node.label << " (" << local_part(node.type) << ")";
        }
        std::cerr << (close.empty() ? "\n" : "?\n");
        return std::nullopt;
    }
    case LookupStatus::Ambiguous:
        std::cerr << "pressgraph: error: '" << name << "' is ambiguous; " << found.nodes.size() << " candidates:\n";
        for (NodeId n : found.nodes) {
            const NodeProperties& node = view.graph().node(n);
            std::cerr << "  " << node.label << " (" << local_part(node.type) << ") " << node.iri << "\n";
        }
        return std::nullopt;
    }
    return std::nullopt;
}

nlohmann::json node_json(const QueryView& view, NodeId n) {
    const NodeProperties& node = view.graph().node(n);
    return {{"iri", node.iri}, {"label", node.label}, {"type", std::string(local_part(node.type))}};
}

int query_exit_code(const QueryGraph& graph, int code) {
    return code == kSuccess && graph.inputs_rejected ? kInputRejected : code;
}

}  // namespace pressgraph::cli
