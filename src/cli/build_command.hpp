#pragma once
// `pressgraph build`: documents in, Turtle / N-Triples / GraphML / GEXF out; with
// --shard I/N, one share of the documents in, a shard file out (merge_command.hpp).
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace pressgraph::cli {

struct BuildOptions {
    std::vector<std::string> inputs;
    std::string output_dir = "exports";
    std::vector<std::string> formats = {"ttl", "graphml"};
    unsigned jobs = 0;  ///< 0: one per hardware thread
    std::string data_dir;
    bool quiet = false;
    bool timings = false;  ///< each stage's seconds, MB/s and peak memory on stderr
    std::string shard;     ///< "I/N": extract shard I of N into a shard file instead of exporting
};

void setup_build_command(CLI::App& app, BuildOptions& options, int& exit_code);
[[nodiscard]] int run_build(const BuildOptions& options);

}  // namespace pressgraph::cli
