#include "eval_command.hpp"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "exit_codes.hpp"
#include "pipeline_setup.hpp"
#include "pressgraph/eval/entity_scorer.hpp"
#include "pressgraph/eval/fact_scorer.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph::cli {

void setup_eval_command(CLI::App& app, EvalOptions& options, int& exit_code) {
    CLI::App* cmd = app.add_subcommand("eval", "Score extraction against gold annotations (precision, recall, F1)");
    cmd->add_option("inputs", options.inputs, "Documents to extract; default: the bundled corpus");
    cmd->add_option("-g,--gold", options.gold_dir, "Folder of *.gold.json files (format: tests/data/gold/SCHEMA.md)")
        ->required();
    cmd->add_option("-j,--jobs", options.jobs, "Worker threads (default: one per core)");
    cmd->add_option("--data", options.data_dir, "Folder with pressgraph.ttl and lexicon/");
    cmd->add_flag("--json", options.json, "Print the scores as JSON");
    cmd->add_flag("--errors", options.show_errors, "List every missed and spurious entity");
    cmd->callback([&options, &exit_code] { exit_code = run_eval(options); });
}

namespace {

nlohmann::json to_json(const PrfCounts& c) {
    return {{"gold", c.gold}, {"predicted", c.predicted}, {"matched", c.matched},
            {"precision", c.precision()}, {"recall", c.recall()}, {"f1", c.f1()}};
}

void print_row(const std::string& name, const PrfCounts& c) {
    std::printf("%-14s %6zu %6zu %6zu %8.3f %8.3f %8.3f\n", name.c_str(), c.gold, c.predicted, c.matched, c.precision(),
                c.recall(), c.f1());
}

}  // namespace

int run_eval(const EvalOptions& options) {
    std::map<std::string, GoldDocument> gold;
    try {
        gold = read_gold_folder(options.gold_dir);
    } catch (const InputError& e) {
        std::cerr << "pressgraph: error: " << e.what() << "\n";
        return kInputRejected;
    }
    const auto lexicon = load_lexicon_or_report(options.data_dir);
    if (!lexicon) return kDataError;
    CorpusResult corpus = extract_inputs_or_report(options.inputs, *lexicon, options.jobs);
    resolve_across_documents(corpus.extractions, *lexicon);
    const EntityScores scores = score_entities(corpus.extractions, gold);
    const FactScores facts = score_facts(corpus.extractions, gold);
    if (scores.documents == 0) {
        std::cerr << "pressgraph: error: no input document has a gold file in " << options.gold_dir << "\n";
        return kNotFound;
    }
    if (options.json) {
        nlohmann::json j;
        j["documents"] = scores.documents;
        for (const auto& [type, counts] : scores.by_type) j["entities"][type] = to_json(counts);
        j["entities"]["overall"] = to_json(scores.overall);
        for (const auto& [type, counts] : facts.events_by_type) j["events"][type] = to_json(counts);
        j["events"]["overall"] = to_json(facts.events);
        for (const auto& [p, counts] : facts.relations_by_predicate) j["relations"][p] = to_json(counts);
        j["relations"]["overall"] = to_json(facts.relations);
        for (const auto& [rule, counts] : facts.by_rule) j["rules"][rule] = to_json(counts);
        j["aliases"] = {{"gold_ids_found", scores.gold_ids_found}, {"gold_ids_on_one_node", scores.gold_ids_on_one_node},
                        {"split", scores.split_ids}};
        std::cout << j.dump(2) << "\n";
    } else {
        std::printf("Entities, %zu documents\n%-14s %6s %6s %6s %8s %8s %8s\n", scores.documents, "type", "gold", "pred",
                    "match", "P", "R", "F1");
        for (const auto& [type, counts] : scores.by_type) print_row(type, counts);
        print_row("overall", scores.overall);
        std::printf("gold entities whose forms all landed on one node: %zu/%zu\n", scores.gold_ids_on_one_node,
                    scores.gold_ids_found);
        for (const auto& id : scores.split_ids) std::printf("  split across nodes: %s\n", id.c_str());
        std::printf("\nEvents (type, start date and place agree)\n");
        for (const auto& [type, counts] : facts.events_by_type) print_row(type, counts);
        print_row("overall", facts.events);
        std::printf("\nRelations\n");
        for (const auto& [p, counts] : facts.relations_by_predicate) print_row(p, counts);
        print_row("overall", facts.relations);
        std::printf("\nRules (events and relations each rule made; P: the share gold confirms)\n%-44s %6s %6s %8s\n", "rule",
                    "made", "right", "P");
        for (const auto& [rule, counts] : facts.by_rule)
            std::printf("%-44s %6zu %6zu %8.3f\n", rule.c_str(), counts.predicted, counts.matched, counts.precision());
    }
    if (options.show_errors)
        for (const auto& list : {scores.differences, facts.differences})
            for (const auto& d : list)
            std::printf("%s %-12s %-8s %s\n", d.missing ? "MISSED  " : "SPURIOUS", d.type.c_str(),
                        d.document.substr(0, 3).c_str(), d.text.c_str());
    return corpus.errors.empty() ? kSuccess : kInputRejected;
}

}  // namespace pressgraph::cli
