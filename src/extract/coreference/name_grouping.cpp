#include "pressgraph/extract/name_grouping.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "pressgraph/util/flat_string_map.hpp"

namespace pressgraph {

namespace {

// "Council of the National Assembly ..." names a part of the National Assembly, and
// "Academy of Public Administration under the President" is not the Administration: a
// name whose complement (after a word of class part_of_marker, between spaces in `markers`)
// holds all of the other's words is not that other.
bool names_a_part_of(const std::string& key, const NameSignature& other, const std::vector<std::string>& markers,
                     NameSignatures& signatures) {
    for (const std::string& marker : markers) {
        for (auto at = key.find(marker); at != std::string::npos; at = key.find(marker, at + 1)) {
            // The complement ends at a comma: "Festival of Arts, X in Y" is X, not a part of arts.
            std::string_view rest = std::string_view(key).substr(at + marker.size());
            rest = rest.substr(0, rest.find(','));
            const NameSignature complement = signatures.of(rest);
            if (std::includes(complement.words.begin(), complement.words.end(), other.words.begin(), other.words.end()))
                return true;
        }
    }
    return false;
}

}  // namespace

NameRenames group_names(const std::vector<NameToGroup>& names, const Lexicon& lexicon) {
    struct Group {
        EntityType type;
        NameSignature signature;
        std::string name;      // the key the group's keys become
        std::size_t mentions;
        std::vector<std::string> keys;
        bool from_lexicon = false;
        std::vector<std::string> areas{};  // the words of the signature that name an area (is_distinctive_word)
        std::size_t best_mentions = 0;     // the mentions of the member the group is named by
    };
    std::vector<std::string> markers;  // " of ", " under "
    for (const std::string& word : lexicon.words_of(lexicon.word_classes().part_of_marker)) markers.push_back(" " + word + " ");
    NameSignatures signatures(lexicon);
    std::map<std::pair<EntityType, NameSignature>, Group> by_signature;
    // Each group is named by its member with the most mentions (then the alphabetically first).
    for (const NameToGroup& n : names) {
        NameSignature signature = signatures.of(n.name);
        if (signature.words.empty()) continue;
        auto [it, inserted] = by_signature.try_emplace({n.type, signature}, Group{n.type, signature, n.name, 0, {}});
        Group& g = it->second;
        g.keys.push_back(n.name);
        g.from_lexicon |= n.from_lexicon;
        g.mentions += n.mentions;
        if (inserted || n.mentions > g.best_mentions || (n.mentions == g.best_mentions && n.name < g.name)) {
            g.name = n.name;
            g.best_mentions = n.mentions;
        }
    }
    std::vector<Group> groups;
    for (auto& [sig, g] : by_signature) {
        for (const std::string& w : g.signature.words)
            if (is_distinctive_word(w, lexicon)) g.areas.push_back(w);
        groups.push_back(std::move(g));
    }
    // Largest signatures first, so that a chain (A within B within C) folds into C. The groups
    // come in (type, signature) order from the map, so a stable sort by size keeps that order
    // among equal sizes without comparing signatures again.
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        if (a.type != b.type) return a.type < b.type;
        return a.signature.words.size() > b.signature.words.size();
    });
    std::vector<std::size_t> parent(groups.size());
    for (std::size_t i = 0; i < groups.size(); ++i) parent[i] = i;
    auto root = [&](std::size_t i) {
        while (parent[i] != i) i = parent[i];
        return i;
    };
    // Word -> the groups whose signature has it: a container has all of a name's words, so
    // only the groups of its rarest word need a look (corpora have millions of names).
    // Only looked up, never walked: a hash map, in no order (an archive has a hundred thousand names).
    struct TypedWordHash {
        std::size_t operator()(const std::pair<EntityType, std::string_view>& k) const noexcept {
            return static_cast<std::size_t>(fast_string_hash(k.second)) * 31 + static_cast<std::size_t>(k.first);
        }
    };
    std::unordered_map<std::pair<EntityType, std::string_view>, std::vector<std::size_t>, TypedWordHash> groups_with_word;
    for (std::size_t i = 0; i < groups.size(); ++i)
        for (const auto& w : groups[i].signature.words) groups_with_word[{groups[i].type, w}].push_back(i);
    for (std::size_t i = 0; i < groups.size(); ++i) {
        // One word ("Council") says too little to join anything.
        if (groups[i].signature.words.size() < 2) continue;
        const std::vector<std::size_t>* fewest = nullptr;
        for (const auto& w : groups[i].signature.words) {
            const auto& with = groups_with_word.at({groups[i].type, w});
            if (!fewest || with.size() < fewest->size()) fewest = &with;
        }
        std::map<std::size_t, std::size_t> containers;  // root -> fewest words added to the name
        for (const std::size_t j : *fewest) {
            // Two names the lexicon knows are two entities ("United Nations", "UN General Assembly").
            if (j == i || groups[j].type != groups[i].type || root(j) == root(i) ||
                (groups[i].from_lexicon && groups[j].from_lexicon) ||
                !groups[i].signature.within(groups[j].signature))
                continue;
            // An added word of area makes another body: "Council of [Foreign] Ministers".
            const auto& outer_areas = groups[j].areas;
            const bool distinct = groups[i].type == EntityType::Organization && std::any_of(outer_areas.begin(), outer_areas.end(), [&](const std::string& w) {
                return !std::binary_search(groups[i].signature.words.begin(), groups[i].signature.words.end(), w);
            });
            if (distinct) continue;
            // A body the lexicon knows, before a further head noun, names its part: "African Union"
            // and "African Union Commission" are two bodies, not a name and its short form.
            const bool own_part = groups[i].type == EntityType::Organization && groups[i].from_lexicon &&
                                  std::any_of(groups[j].signature.words.begin(), groups[j].signature.words.end(), [&](const std::string& w) {
                                      if (w.empty() || std::binary_search(groups[i].signature.words.begin(), groups[i].signature.words.end(), w))
                                          return false;
                                      std::string head = w;
                                      if (head[0] >= 'a' && head[0] <= 'z') head[0] = static_cast<char>(head[0] - 'a' + 'A');
                                      return lexicon.organization_head(head) != nullptr;
                                  });
            if (own_part) continue;
            const bool part = std::any_of(groups[j].keys.begin(), groups[j].keys.end(), [&](const std::string& key) {
                return names_a_part_of(key, groups[i].signature, markers, signatures);
            });
            if (part) continue;
            const std::size_t added = groups[j].signature.words.size() - groups[i].signature.words.size();
            auto [it, inserted] = containers.try_emplace(root(j), added);
            if (!inserted) it->second = std::min(it->second, added);
        }
        if (containers.size() == 1) {
            parent[root(i)] = containers.begin()->first;
        } else if (groups[i].type != EntityType::Organization && containers.size() > 1) {
            // A document or place within several: the closest, if one is closer than the
            // rest ("Union State Treaty" is the Treaty Establishing the Union State, not the
            // Treaty on Security Guarantees within the Union State). Bodies need one container.
            auto closest = containers.begin();
            std::size_t ties = 0;
            for (auto it = containers.begin(); it != containers.end(); ++it) {
                if (it->second < closest->second) { closest = it; ties = 0; }
                else if (it != closest && it->second == closest->second) ++ties;
            }
            if (ties == 0) parent[root(i)] = closest->first;
        }
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
    NameRenames rename;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const std::string& name = groups[best_of_root[root(i)]].name;
        for (const auto& key : groups[i].keys)
            if (key != name) rename[{groups[i].type, key}] = name;
    }
    return rename;
}

}  // namespace pressgraph
