#pragma once
// `pressgraph eval --gold DIR [INPUT...]`: extraction quality against gold annotations.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace pressgraph::cli {

struct EvalOptions {
    std::vector<std::string> inputs;
    std::string gold_dir;
    std::string data_dir;
    unsigned jobs = 0;
    bool json = false;
    bool show_errors = false;
};

void setup_eval_command(CLI::App& app, EvalOptions& options, int& exit_code);
[[nodiscard]] int run_eval(const EvalOptions& options);

}  // namespace pressgraph::cli
