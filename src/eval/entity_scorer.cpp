#include "pressgraph/eval/entity_scorer.hpp"

#include <algorithm>
#include <functional>
#include <set>

#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

std::string comparison_form(std::string_view name) {
    std::string s = ascii_lower(normalize_string(name));
    // Collapse white space; drop a leading article and a trailing possessive.
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.rfind("the ", 0) == 0) out.erase(0, 4);
    if (out.size() > 2 && out.compare(out.size() - 2, 2, "'s") == 0) out.erase(out.size() - 2);
    return out;
}

namespace {

std::set<std::string> forms_of(const ExtractedEntity& e) {
    std::set<std::string> forms{comparison_form(e.canonical_name)};
    for (const auto& m : e.mentions) forms.insert(comparison_form(m.surface));
    return forms;
}

std::set<std::string> forms_of(const GoldEntity& g) {
    std::set<std::string> forms{comparison_form(g.name)};
    for (const auto& a : g.aliases) forms.insert(comparison_form(a));
    return forms;
}

bool intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
    for (const auto& x : a)
        if (b.count(x)) return true;
    return false;
}

// Maximum one-to-one matching (augmenting paths; documents have a few hundred entities).
std::vector<int> match_one_to_one(const std::vector<std::vector<std::size_t>>& gold_to_predicted, std::size_t predicted) {
    std::vector<int> owner(predicted, -1);  // predicted -> gold
    for (std::size_t g = 0; g < gold_to_predicted.size(); ++g) {
        std::vector<bool> seen(predicted, false);
        std::function<bool(std::size_t)> augment = [&](std::size_t gi) {
            for (std::size_t p : gold_to_predicted[gi]) {
                if (seen[p]) continue;
                seen[p] = true;
                if (owner[p] < 0 || augment(static_cast<std::size_t>(owner[p]))) {
                    owner[p] = static_cast<int>(gi);
                    return true;
                }
            }
            return false;
        };
        augment(g);
    }
    return owner;
}

}  // namespace

std::vector<int> align_entities(const DocumentExtraction& doc, const GoldDocument& gold) {
    const auto& gold_entities = gold.entities;
    std::vector<std::set<std::string>> predicted_forms;
    for (const auto& e : doc.entities) predicted_forms.push_back(forms_of(e));
    std::vector<std::vector<std::size_t>> candidates(gold_entities.size());
    for (std::size_t gi = 0; gi < gold_entities.size(); ++gi) {
        const auto gold_forms = forms_of(gold_entities[gi]);
        for (std::size_t pi = 0; pi < doc.entities.size(); ++pi)
            if (!doc.entities[pi].office && to_string(doc.entities[pi].type) == gold_entities[gi].type && intersects(gold_forms, predicted_forms[pi]))
                candidates[gi].push_back(pi);
    }
    return match_one_to_one(candidates, doc.entities.size());
}

EntityScores score_entities(const std::vector<DocumentExtraction>& extractions,
                            const std::map<std::string, GoldDocument>& gold) {
    EntityScores scores;
    std::map<std::string, std::set<std::string>> nodes_by_gold_id;
    for (const DocumentExtraction& doc : extractions) {
        const auto g = gold.find(doc.name);
        if (g == gold.end()) continue;
        ++scores.documents;
        const auto& gold_entities = g->second.entities;
        const std::vector<int> owner = align_entities(doc, g->second);
        std::vector<bool> gold_matched(gold_entities.size(), false);
        for (std::size_t pi = 0; pi < owner.size(); ++pi) {
            const auto& e = doc.entities[pi];
            if (e.office) continue;  // an office named without its holder is not a named entity
            auto& counts = scores.by_type[std::string(to_string(e.type))];
            ++counts.predicted;
            if (owner[pi] >= 0) {
                ++counts.matched;
                gold_matched[static_cast<std::size_t>(owner[pi])] = true;
                nodes_by_gold_id[gold_entities[static_cast<std::size_t>(owner[pi])].id].insert(
                    entity_iri(e.type, e.resolution_key));
            } else {
                scores.differences.push_back({doc.name, std::string(to_string(e.type)), e.canonical_name, false});
            }
        }
        for (std::size_t gi = 0; gi < gold_entities.size(); ++gi) {
            ++scores.by_type[gold_entities[gi].type].gold;
            if (!gold_matched[gi])
                scores.differences.push_back({doc.name, gold_entities[gi].type, gold_entities[gi].name, true});
        }
    }
    for (const auto& [type, counts] : scores.by_type) scores.overall += counts;
    for (const auto& [id, nodes] : nodes_by_gold_id) {
        ++scores.gold_ids_found;
        if (nodes.size() == 1) ++scores.gold_ids_on_one_node;
        else {
            std::string listed = id + " ->";
            for (const auto& node : nodes) listed += " " + node;
            scores.split_ids.push_back(listed);
        }
    }
    return scores;
}

}  // namespace pressgraph
