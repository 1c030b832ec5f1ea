#pragma once
// Where the query subcommands get their graph: documents extracted and merged as `build`
// does ([INPUT...], default the bundled corpus), or a saved Turtle export (--graph FILE).
// Also the pieces every query command shares: naming nodes and printing them as JSON.
#include <CLI/CLI.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/query/query_view.hpp"
#include "progress.hpp"

namespace pressgraph::cli {

struct GraphSourceOptions {
    std::vector<std::string> inputs;  ///< documents; empty: the bundled corpus
    std::string graph_file;           ///< a Turtle export to load instead of extracting
    std::string data_dir;
    unsigned jobs = 0;
};

/// The graph and its query view (the view points into the graph, so both live here).
struct QueryGraph {
    std::unique_ptr<KnowledgeGraph> graph;
    std::unique_ptr<QueryView> view;
    bool inputs_rejected = false;  ///< some input documents could not be read
    /// The progress line on a terminal: a query that takes more than a second says what it
    /// is doing (step(), then finish() before the answer is printed).
    std::unique_ptr<Progress> progress;
};

/// Adds --graph, --data and --jobs to a query subcommand (the INPUT positional is the
/// command's own, as its position differs between commands).
void add_graph_source_options(CLI::App& command, GraphSourceOptions& options);

/// Loads the graph, printing what went wrong on stderr; nullopt with `exit_code` set
/// (kDataError, kInputRejected) when there is nothing to query.
[[nodiscard]] std::optional<QueryGraph> load_query_graph(const GraphSourceOptions& options, int& exit_code);

/// Resolves a name typed by the user (see lookup_entity); on failure prints why on stderr
/// (listing the candidates when ambiguous, the closest names when unknown: "did you
/// mean: ...?") and returns nullopt: exit code kNotFound.
[[nodiscard]] std::optional<NodeId> resolve_or_report(const QueryView& view, const std::string& name);

/// {"iri", "label", "type"} with the class local name ("Person").
[[nodiscard]] nlohmann::json node_json(const QueryView& view, NodeId n);

/// The exit code of a query that answered `code`, given whether inputs were rejected.
[[nodiscard]] int query_exit_code(const QueryGraph& graph, int code);

}  // namespace pressgraph::cli
