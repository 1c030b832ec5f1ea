#include "build_command.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include "data_location.hpp"
#include "exit_codes.hpp"
#include "pipeline_setup.hpp"
#include "pressgraph/io/atomic_file.hpp"
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
    CorpusResult corpus = extract_inputs_or_report(options.inputs, *lexicon, options.jobs);

    MergeStatistics stats;
    const std::size_t documents = corpus.extractions.size();
    const KnowledgeGraph graph = merge_extractions(std::move(corpus.extractions), &stats);

    // Serialise everything first, then write: a failure leaves the previous exports intact.
    std::vector<std::pair<std::string, std::string>> files;
    std::size_t triple_count = 0;
    try {
        const bool wants_rdf = std::find(options.formats.begin(), options.formats.end(), "ttl") != options.formats.end() ||
                               std::find(options.formats.begin(), options.formats.end(), "nt") != options.formats.end();
        std::vector<Triple> triples;
        if (wants_rdf) triples = graph_to_triples(graph, *ontology);
        triple_count = triples.size();
        for (const auto& format : options.formats) {
            const std::string path = (std::filesystem::path(options.output_dir) / ("pressgraph." + format)).string();
            if (format == "ttl") files.emplace_back(path, serialize_rdf(triples, RdfSyntax::Turtle));
            else if (format == "nt") files.emplace_back(path, serialize_rdf(triples, RdfSyntax::NTriples));
            else if (format == "graphml") files.emplace_back(path, serialize_graphml(graph, *ontology));
            else if (format == "gexf") files.emplace_back(path, serialize_gexf(graph, *ontology));
        }
        std::filesystem::create_directories(options.output_dir);
        for (const auto& [path, content] : files) write_file_atomically(path, content);
    } catch (const std::exception& e) {
        std::cerr << "pressgraph: error: export failed: " << e.what() << "\n";
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
