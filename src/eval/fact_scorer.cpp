#include "pressgraph/eval/fact_scorer.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <optional>
#include <set>
#include <tuple>

namespace pressgraph {

namespace {

// Multiset intersection of two sorted vectors.
template <typename T>
std::size_t common(std::vector<T> a, std::vector<T> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::vector<T> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return both.size();
}

template <typename T>
void count(PrfCounts& c, const std::vector<T>& predicted, const std::vector<T>& gold) {
    c.predicted += predicted.size();
    c.gold += gold.size();
    c.matched += common(predicted, gold);
}

template <typename T>
void list_differences(const std::string& doc, const std::string& kind, std::vector<T> predicted, std::vector<T> gold,
                      const std::function<std::string(const T&)>& describe, std::vector<ScoringDifference>& out) {
    std::sort(predicted.begin(), predicted.end());
    std::sort(gold.begin(), gold.end());
    std::vector<T> only_predicted, only_gold;
    std::set_difference(predicted.begin(), predicted.end(), gold.begin(), gold.end(), std::back_inserter(only_predicted));
    std::set_difference(gold.begin(), gold.end(), predicted.begin(), predicted.end(), std::back_inserter(only_gold));
    for (const auto& p : only_predicted) out.push_back({doc, kind, describe(p), false});
    for (const auto& g : only_gold) out.push_back({doc, kind, describe(g), true});
}

using EventKey = std::tuple<std::string, std::string, std::string>;    // type, start, place id
using RelationKey = std::tuple<std::string, std::string, std::string>; // predicate, subject id, object id

std::string local_name(const std::string& curie) {
    const auto colon = curie.find(':');
    return colon == std::string::npos ? curie : curie.substr(colon + 1);
}

}  // namespace

FactScores score_facts(const std::vector<DocumentExtraction>& extractions, const std::map<std::string, GoldDocument>& gold) {
    FactScores scores;
    for (const DocumentExtraction& doc : extractions) {
        const auto g = gold.find(doc.name);
        if (g == gold.end()) continue;
        const GoldDocument& gd = g->second;
        const std::vector<int> owner = align_entities(doc, gd);
        auto gold_id = [&](std::size_t entity) {
            if (owner[entity] >= 0) return gd.entities[static_cast<std::size_t>(owner[entity])].id;
            // An office whose holder the merge found is that person, named elsewhere in the document.
            const ExtractedEntity& e = doc.entities[entity];
            if (e.office)
                for (std::size_t other = 0; other < doc.entities.size(); ++other)
                    if (owner[other] >= 0 && doc.entities[other].type == e.type &&
                        doc.entities[other].resolution_key == e.resolution_key)
                        return gd.entities[static_cast<std::size_t>(owner[other])].id;
            return "?" + e.canonical_name;
        };

        std::vector<EventKey> predicted_events, gold_events;
        std::vector<std::string> predicted_event_ids;  // the gold id each predicted event matches, or ""
        for (const auto& e : doc.events)
            predicted_events.emplace_back(e.type, e.start ? e.start->iso() : "", e.place ? gold_id(*e.place) : "");
        for (const auto& e : gd.events) gold_events.emplace_back(e.type, e.start, e.place);
        // Align events one-to-one by key, for signedAt.
        // Among gold events with the same key, the one sharing most participants.
        std::vector<bool> used(gd.events.size(), false);
        for (std::size_t pe = 0; pe < predicted_events.size(); ++pe) {
            std::set<std::string> participants;
            for (auto p : doc.events[pe].participants) participants.insert(gold_id(p));
            std::optional<std::size_t> best;
            std::size_t best_overlap = 0;
            for (std::size_t k = 0; k < gd.events.size(); ++k) {
                if (used[k] || gold_events[k] != predicted_events[pe]) continue;
                std::size_t overlap = 0;
                for (const auto& gp : gd.events[k].participants) overlap += participants.count(gp);
                if (!best || overlap > best_overlap) { best = k; best_overlap = overlap; }
            }
            if (best) used[*best] = true;
            predicted_event_ids.push_back(best ? gd.events[*best].id : std::string());
        }
        count(scores.events, predicted_events, gold_events);
        for (std::size_t pe = 0; pe < doc.events.size(); ++pe) {
            const bool right = !predicted_event_ids[pe].empty();
            for (const std::string* rule : {&doc.events[pe].rule}) {
                ++scores.by_rule[*rule].predicted;
                scores.by_rule[*rule].matched += right;
            }
            for (const std::string& rule : doc.events[pe].also_by) {
                ++scores.by_rule[rule].predicted;
                scores.by_rule[rule].matched += right;
            }
        }
        std::map<std::string, std::pair<std::vector<EventKey>, std::vector<EventKey>>> events_by_type;
        for (const auto& k : predicted_events) events_by_type[std::get<0>(k)].first.push_back(k);
        for (const auto& k : gold_events) events_by_type[std::get<0>(k)].second.push_back(k);
        for (const auto& [type, lists] : events_by_type) count(scores.events_by_type[type], lists.first, lists.second);
        list_differences<EventKey>(doc.name, "Event", predicted_events, gold_events, [](const EventKey& k) {
            return std::get<0>(k) + " " + std::get<1>(k) + " " + std::get<2>(k);
        }, scores.differences);

        std::vector<RelationKey> predicted, expected;
        for (const auto& f : doc.facts) {
            const std::string p = local_name(f.predicate);
            std::string s = gold_id(f.subject);
            std::string o = f.object_is_event ? (predicted_event_ids[f.object].empty() ? "?event" : predicted_event_ids[f.object])
                                              : gold_id(f.object);
            if (p == "metWith" && o < s) std::swap(s, o);
            predicted.emplace_back(p, s, o);
        }
        for (const auto& r : gd.relations) {
            std::string s = r.subject, o = r.object;
            if (r.predicate == "metWith" && o < s) std::swap(s, o);
            expected.emplace_back(r.predicate, s, o);
        }
        count(scores.relations, predicted, expected);
        {
            std::multiset<RelationKey> remaining(expected.begin(), expected.end());
            for (std::size_t k = 0; k < predicted.size(); ++k) {
                auto& c = scores.by_rule[doc.facts[k].rule];
                ++c.predicted;
                if (const auto it = remaining.find(predicted[k]); it != remaining.end()) {
                    ++c.matched;
                    remaining.erase(it);
                }
            }
        }
        std::map<std::string, std::pair<std::vector<RelationKey>, std::vector<RelationKey>>> by_predicate;
        for (const auto& k : predicted) by_predicate[std::get<0>(k)].first.push_back(k);
        for (const auto& k : expected) by_predicate[std::get<0>(k)].second.push_back(k);
        for (const auto& [p, lists] : by_predicate) count(scores.relations_by_predicate[p], lists.first, lists.second);
        list_differences<RelationKey>(doc.name, "Relation", predicted, expected, [](const RelationKey& k) {
            return std::get<1>(k) + " " + std::get<0>(k) + " " + std::get<2>(k);
        }, scores.differences);
    }
    return scores;
}

}  // namespace pressgraph
