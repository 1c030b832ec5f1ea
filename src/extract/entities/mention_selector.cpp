#include <algorithm>

#include "pressgraph/extract/recognizers.hpp"

namespace pressgraph {

std::vector<Candidate> select_mentions(std::vector<Candidate> candidates, std::vector<bool>& claimed) {
    // Lexicon entries win ties over patterns: they carry a canonical name.
    auto lexical = [](const Candidate& c) { return c.rule.rfind("lexicon:", 0) == 0; };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
        if (a.priority != b.priority) return a.priority > b.priority;
        if (a.length() != b.length()) return a.length() > b.length();
        if (lexical(a) != lexical(b)) return lexical(a);
        return a.first < b.first;
    });
    std::vector<Candidate> kept;
    std::vector<Candidate> nested;
    std::vector<Candidate> lost;  // bodies the lexicon knows that a longer name took
    for (auto& c : candidates) {
        if (c.nested) {
            nested.push_back(std::move(c));
            continue;
        }
        if (c.encloses) {
            kept.push_back(std::move(c));
            continue;
        }
        bool free = true;
        for (std::size_t i = c.first; i < c.last && free; ++i) free = !claimed[i];
        // Siblings of a kept phrase that names several entities stand with it.
        const bool sibling = c.shared_span && std::any_of(kept.begin(), kept.end(), [&](const Candidate& k) {
            return k.shared_span && k.first == c.first && k.last == c.last;
        });
        if (sibling) {
            kept.push_back(std::move(c));
            continue;
        }
        if (!free) {
            // The same name read twice, by its form ("Park Ji-hoon", family name first) and after an
            // office ("Foreign Minister Park Ji-hoon"): the reading that won keeps the office.
            if (c.type == EntityType::Person && c.title)
                for (auto& k : kept)
                    if (k.type == EntityType::Person && k.first == c.first && k.last == c.last && !k.title) k.title = c.title;
            if (c.type == EntityType::Organization && c.rule == "lexicon:organization") lost.push_back(std::move(c));
            continue;
        }
        for (std::size_t i = c.first; i < c.last; ++i) claimed[i] = true;
        kept.push_back(std::move(c));
    }
    // A body the lexicon knows that opens a longer body's name owns it ("UN General Assembly",
    // "African Union Commission"): it stands as a nested name, and relations read the part of it.
    for (auto& c : lost)
        if (std::any_of(kept.begin(), kept.end(), [&](const Candidate& k) {
                return k.type == EntityType::Organization && k.first == c.first && c.last < k.last;
            })) {
            c.nested = true;
            nested.push_back(std::move(c));
        }
    // A nested name stands only inside a kept name that it does not equal, of the same type
    // or an agreement (whose parties it names).
    for (auto& n : nested) {
        const bool inside = std::any_of(kept.begin(), kept.end(), [&](const Candidate& k) {
            return (k.type == n.type || k.type == EntityType::Agreement) && k.first <= n.first && n.last <= k.last &&
                   k.length() > n.length();
        });
        if (inside) kept.push_back(std::move(n));
    }
    std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
    return kept;
}

}  // namespace pressgraph
