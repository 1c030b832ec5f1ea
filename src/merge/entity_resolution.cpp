#include "pressgraph/merge/entity_resolution.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

#include "pressgraph/extract/name_signature.hpp"

namespace pressgraph {

namespace {

// The key each key is rewritten to; a key absent from the map stays itself.
using KeyMap = std::map<std::pair<EntityType, std::string>, std::string>;

void apply_renames(std::vector<DocumentExtraction>& extractions, const KeyMap& rename) {
    if (rename.empty()) return;
    for (auto& doc : extractions)
        for (auto& e : doc.entities)
            if (const auto it = rename.find({e.type, e.resolution_key}); it != rename.end()) e.resolution_key = it->second;
}

// "Council of the National Assembly ..." names a part of the National Assembly, and
// "Academy of Public Administration under the President" is not the Administration: a
// name whose "of"/"under" complement holds all of the other's words is not that other.
bool names_a_part_of(const std::string& key, const NameSignature& other) {
    for (std::string_view marker : {" of ", " under "}) {
        for (auto at = key.find(marker); at != std::string::npos; at = key.find(marker, at + 1)) {
            const NameSignature complement = name_signature(std::string_view(key).substr(at + marker.size()));
            if (std::includes(complement.words.begin(), complement.words.end(), other.words.begin(), other.words.end()))
                return true;
        }
    }
    return false;
}

// Rule 1. Keys are grouped by signature; within a group the key with the most mentions
// (then the alphabetically first) names the group. Then, from the largest signatures down,
// a group whose signature lies within exactly one other group's joins it.
KeyMap merge_by_signature(const std::vector<DocumentExtraction>& extractions) {
    struct KeyInfo {
        NameSignature signature;
        std::size_t mentions = 0;
        bool from_lexicon = false;  // a lexicon name is canonical already: it joins nothing
    };
    std::map<std::pair<EntityType, std::string>, KeyInfo> keys;
    for (const auto& doc : extractions)
        for (const auto& e : doc.entities) {
            if (e.type == EntityType::Person || e.type == EntityType::Country) continue;
            auto [it, inserted] = keys.try_emplace({e.type, e.resolution_key});
            if (inserted) it->second.signature = name_signature(e.resolution_key);
            it->second.mentions += e.mentions.size();
            for (const auto& m : e.mentions)
                it->second.from_lexicon |= m.rule == "lexicon:organization" || m.rule == "lexicon:place";
        }

    struct Group {
        EntityType type;
        NameSignature signature;
        std::string name;      // the key the group's keys become
        std::size_t mentions;
        std::vector<std::string> keys;
        bool from_lexicon = false;
    };
    std::map<std::pair<EntityType, NameSignature>, Group> by_signature;
    for (const auto& [key, info] : keys) {
        if (info.signature.words.empty()) continue;
        auto [it, inserted] = by_signature.try_emplace({key.first, info.signature},
                                                       Group{key.first, info.signature, key.second, info.mentions, {}});
        Group& g = it->second;
        g.keys.push_back(key.second);
        g.from_lexicon |= info.from_lexicon;
        if (!inserted) {
            const auto& current = keys.at({key.first, g.name});
            if (info.mentions > current.mentions || (info.mentions == current.mentions && key.second < g.name))
                g.name = key.second;
            g.mentions += info.mentions;
        }
    }
    std::vector<Group> groups;
    for (auto& [sig, g] : by_signature) groups.push_back(std::move(g));
    // Largest signatures first, so that a chain (A within B within C) folds into C.
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        if (a.type != b.type) return a.type < b.type;
        if (a.signature.words.size() != b.signature.words.size()) return a.signature.words.size() > b.signature.words.size();
        return a.signature < b.signature;
    });
    std::vector<std::size_t> parent(groups.size());
    for (std::size_t i = 0; i < groups.size(); ++i) parent[i] = i;
    auto root = [&](std::size_t i) {
        while (parent[i] != i) i = parent[i];
        return i;
    };
    for (std::size_t i = 0; i < groups.size(); ++i) {
        // One word ("Council") says too little to join anything.
        if (groups[i].signature.words.size() < 2) continue;
        std::set<std::size_t> containers;
        for (std::size_t j = 0; j < groups.size(); ++j) {
            // Two names the lexicon knows are two entities ("United Nations", "UN General Assembly").
            if (j == i || groups[j].type != groups[i].type || root(j) == root(i) ||
                (groups[i].from_lexicon && groups[j].from_lexicon) ||
                !groups[i].signature.within(groups[j].signature))
                continue;
            // An added word of area makes another body: "Council of [Foreign] Ministers".
            const auto& outer = groups[j].signature.words;
            const bool distinct = std::any_of(outer.begin(), outer.end(), [&](const std::string& w) {
                return is_distinctive_word(w) &&
                       !std::binary_search(groups[i].signature.words.begin(), groups[i].signature.words.end(), w);
            });
            if (distinct) continue;
            const bool part = std::any_of(groups[j].keys.begin(), groups[j].keys.end(), [&](const std::string& key) {
                return names_a_part_of(key, groups[i].signature);
            });
            if (!part) containers.insert(root(j));
        }
        if (containers.size() == 1) parent[root(i)] = *containers.begin();
    }
    // Each merged set is named by its lexicon member, else by its member with the most mentions.
    std::map<std::size_t, std::size_t> best_of_root;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        auto [it, inserted] = best_of_root.try_emplace(root(i), i);
        const Group& best = groups[it->second];
        if (!inserted && std::make_tuple(groups[i].from_lexicon, groups[i].mentions, best.name) >
                             std::make_tuple(best.from_lexicon, best.mentions, groups[i].name))
            it->second = i;
    }
    KeyMap rename;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const std::string& name = groups[best_of_root[root(i)]].name;
        for (const auto& key : groups[i].keys)
            if (key != name) rename[{groups[i].type, key}] = name;
    }
    return rename;
}

std::string surname_of(const std::string& key) {
    const auto space = key.rfind(' ');
    return space == std::string::npos ? std::string() : key.substr(space + 1);
}

// Rule 2. The offices each full-named person key holds: (title, holder key) -> years.
KeyMap merge_office_holders(const std::vector<DocumentExtraction>& extractions) {
    struct Holding {
        std::string surname, title, holder;
        bool operator<(const Holding& o) const { return std::tie(surname, title, holder) < std::tie(o.surname, o.title, o.holder); }
    };
    std::map<Holding, std::map<std::string, std::set<int>>> holders;  // -> person key -> years
    std::map<std::string, std::size_t> mentions;
    for (const auto& doc : extractions) {
        for (const auto& e : doc.entities)
            if (e.type == EntityType::Person) mentions[e.resolution_key] += e.mentions.size();
        for (const auto& f : doc.facts) {
            if (f.predicate != "pgo:holdsPosition" || f.object_is_event) continue;
            const auto& person = doc.entities[f.subject];
            const std::string surname = surname_of(person.resolution_key);
            if (surname.empty()) continue;
            std::string title;
            for (const auto& q : f.qualifiers)
                if (q.predicate == "pgo:title") title = q.value.lexical;
            const int year = doc.published ? doc.published->year : 0;
            holders[{surname, title, doc.entities[f.object].resolution_key}][person.resolution_key].insert(year);
        }
    }
    KeyMap rename;
    for (const auto& [holding, people] : holders) {
        if (people.size() < 2) continue;
        // The spelling with the most mentions (then the alphabetically first) wins.
        auto best = people.begin();
        for (auto it = people.begin(); it != people.end(); ++it)
            if (mentions[it->first] > mentions[best->first]) best = it;
        for (const auto& [key, years] : people) {
            if (key == best->first) continue;
            const bool same_period = std::any_of(years.begin(), years.end(), [&](int y) {
                return std::any_of(best->second.begin(), best->second.end(),
                                   [&](int b) { return y == 0 || b == 0 || std::abs(y - b) <= 2; });
            });
            if (same_period && !rename.count({EntityType::Person, key})) rename[{EntityType::Person, key}] = best->first;
        }
    }
    return rename;
}

// Rule 3.
KeyMap resolve_lone_surnames(const std::vector<DocumentExtraction>& extractions) {
    std::map<std::string, std::set<std::string>> full_keys_by_surname;
    for (const auto& doc : extractions)
        for (const auto& e : doc.entities)
            if (e.type == EntityType::Person) {
                const std::string surname = surname_of(e.resolution_key);
                if (!surname.empty()) full_keys_by_surname[surname].insert(e.resolution_key);
            }
    KeyMap rename;
    for (const auto& doc : extractions)
        for (const auto& e : doc.entities) {
            if (e.type != EntityType::Person || e.resolution_key.find(' ') != std::string::npos) continue;
            const auto it = full_keys_by_surname.find(e.resolution_key);
            if (it != full_keys_by_surname.end() && it->second.size() == 1)
                rename[{EntityType::Person, e.resolution_key}] = *it->second.begin();
        }
    return rename;
}

}  // namespace

void resolve_across_documents(std::vector<DocumentExtraction>& extractions) {
    apply_renames(extractions, merge_by_signature(extractions));
    apply_renames(extractions, merge_office_holders(extractions));
    apply_renames(extractions, resolve_lone_surnames(extractions));
}

}  // namespace pressgraph
