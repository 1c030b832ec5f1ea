// pressgraph: diplomatic press releases in, knowledge graph out. A thin layer over the
// stage libraries: each subcommand lives in its own file with setup/run functions.
#include <CLI/CLI.hpp>
#include <iostream>

#include "build_command.hpp"
#include "eval_command.hpp"
#include "exit_codes.hpp"
#include "neighbors_command.hpp"
#include "path_command.hpp"
#include "rank_command.hpp"
#include "stats_command.hpp"
#include "timeline_command.hpp"
#include "pressgraph/util/errors.hpp"

int main(int argc, char** argv) {
    using namespace pressgraph::cli;
    CLI::App app{"pressgraph: turns diplomatic press releases into a knowledge graph (Turtle, GraphML)"};
    app.set_version_flag("--version", std::string("pressgraph ") + PRESSGRAPH_VERSION_STRING);
    app.require_subcommand(1);
    int exit_code = kSuccess;
    BuildOptions build;
    setup_build_command(app, build, exit_code);
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
