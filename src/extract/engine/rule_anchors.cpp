#include "pressgraph/extract/engine/rule_anchors.hpp"

#include <algorithm>

#include "pressgraph/extract/engine/rule_book.hpp"

namespace pressgraph::rules {

void RuleAnchors::add(std::vector<Group>& groups, std::uint32_t anchor, std::uint32_t rule) {
    const auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.anchor == anchor; });
    if (it != groups.end()) it->rules.push_back(rule);
    else groups.push_back({anchor, {rule}});
}

RuleAnchors::RuleAnchors(const std::vector<const Rule*>& rules) {
    for (std::uint32_t i = 0; i < rules.size(); ++i) {
        const CompiledPattern& p = rules[i]->pattern;
        switch (p.anchor) {
            case CompiledPattern::Anchor::None: unanchored_.push_back(i); break;
            case CompiledPattern::Anchor::Word: add(words_, p.anchor_word, i); break;
            case CompiledPattern::Anchor::Class: add(classes_, static_cast<std::uint32_t>(p.anchor_class), i); break;
            case CompiledPattern::Anchor::Label: add(labels_, static_cast<std::uint32_t>(p.anchor_label), i); break;
        }
    }
}

void RuleAnchors::candidates(const AnnotatedSentence& sentence, std::vector<std::uint32_t>& out) const {
    out.assign(unanchored_.begin(), unanchored_.end());
    auto take = [&](const Group& g) { out.insert(out.end(), g.rules.begin(), g.rules.end()); };
    for (const Group& g : words_)
        if (sentence.has_word(g.anchor)) take(g);
    for (const Group& g : classes_)
        if (sentence.has_class(g.anchor)) take(g);
    for (const Group& g : labels_)
        if (sentence.has_label(g.anchor)) take(g);
    std::sort(out.begin(), out.end());  // file order: a rule's place decides ties between proposals
}

}  // namespace pressgraph::rules
