#pragma once
// `pressgraph merge SHARD... -o DIR`: the shard files of `pressgraph build --shard I/N`
// (docs/scaling.md) merged into the exports one build of the whole corpus would write,
// byte for byte.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace pressgraph::cli {

struct MergeOptions {
    std::vector<std::string> shards;  ///< shard files, or folders holding pressgraph-shard-*.jsonl
    std::string output_dir = "exports";
    std::vector<std::string> formats = {"ttl", "graphml"};
    std::string data_dir;
    bool quiet = false;
    bool timings = false;
};

void setup_merge_command(CLI::App& app, MergeOptions& options, int& exit_code);
[[nodiscard]] int run_merge(const MergeOptions& options);

}  // namespace pressgraph::cli
