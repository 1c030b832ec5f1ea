// pressgraph: diplomatic press releases in, knowledge graph out. A thin layer over the
// stage libraries: each subcommand lives in its own file with setup/run functions.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "build_command.hpp"
#include "eval_command.hpp"
#include "exit_codes.hpp"
#include "merge_command.hpp"
#include "neighbors_command.hpp"
#include "path_command.hpp"
#include "rank_command.hpp"
#include "stats_command.hpp"
#include "timeline_command.hpp"
#include "pressgraph/query/name_suggestions.hpp"
#include "pressgraph/util/errors.hpp"

namespace {

// Every command-line error on one line with the prefix every other error has, and where
// to read more: "pressgraph: error: --k: Value 0 not in range 1 to 1000000 (see pressgraph path --help)".
std::string failure_message(const CLI::App* app, const CLI::Error& e) {
    std::string command = "pressgraph";
    for (const CLI::App* sub : app->get_subcommands()) command += " " + sub->get_name();
    return "pressgraph: error: " + std::string(e.what()) + " (see " + command + " --help)\n";
}

// The first word that is not an option must name a subcommand, and the options before it
// must be the main command's; CLI11 would only say that "a subcommand is required".
// Returns false after saying which word is unknown.
bool subcommand_known(const CLI::App& app, int argc, char** argv) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (word == "-h" || word == "--help" || word == "--version") continue;  // the main command's own, without values
        if (word.starts_with("-")) {
            std::cerr << "pressgraph: error: unknown option '" << word << "' before the subcommand (see pressgraph --help)\n";
            return false;
        }
        if (std::find(names.begin(), names.end(), word) != names.end()) return true;
        std::string closest;
        std::size_t best = 3;
        for (const std::string& name : names) {
            const std::size_t d = pressgraph::bounded_edit_distance(word, name, best - 1);
            if (d < best) {
                best = d;
                closest = name;
            }
        }
        std::cerr << "pressgraph: error: unknown subcommand '" << word << "'";
        if (!closest.empty()) std::cerr << "; did you mean '" << closest << "'?";
        std::cerr << " (subcommands:";
        for (std::size_t n = 0; n < names.size(); ++n) std::cerr << (n ? ", " : " ") << names[n];
        std::cerr << "; see pressgraph --help)\n";
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace pressgraph::cli;
    CLI::App app{"pressgraph: turns diplomatic press releases into a knowledge graph (Turtle, N-Triples, GraphML, GEXF)"};
    app.failure_message(failure_message);  // before the subcommands, which inherit it
    app.set_version_flag("--version", std::string("pressgraph ") + PRESSGRAPH_VERSION_STRING);
    app.require_subcommand(1);
    int exit_code = kSuccess;
    BuildOptions build;
    setup_build_command(app, build, exit_code);
    MergeOptions merge;
    setup_merge_command(app, merge, exit_code);
    EvalOptions eval;
    setup_eval_command(app, eval, exit_code);
    // Queries over the graph (src/query): each takes documents or --graph FILE.ttl.
    PathCommandOptions path;
    setup_path_command(app, path, exit_code);
    NeighborsOptions neighbors;
    setup_neighbors_command(app, neighbors, exit_code);
    TimelineOptions timeline;
    setup_timeline_command(app, timeline, exit_code);
    RankCommandOptions rank;
    setup_rank_command(app, rank, exit_code);
    StatsOptions stats;
    setup_stats_command(app, stats, exit_code);
    if (!subcommand_known(app, argc, argv)) return kUsage;
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kSuccess : kUsage;
    } catch (const pressgraph::InvariantError& e) {
        std::cerr << "pressgraph: internal error (please report): " << e.what() << "\n";
        return kInternal;
    }
    return exit_code;
}
