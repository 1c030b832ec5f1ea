#pragma once
// Which of an action verb's rules a sentence can match at all. Each compiled pattern has an
// anchor (a word, a word class or a label it cannot match without); a sentence holds a few of
// the anchors, so the rules are grouped by anchor once, when they load, and a sentence asks
// each anchor once instead of each rule asking for its own (most answer no: of about 1.6
// million rule-and-sentence pairs on 300 releases, some 6,000 reach the matcher).
#include <cstdint>
#include <vector>

#include "pressgraph/extract/engine/annotated_sentence.hpp"
#include "pressgraph/extract/engine/token_pattern.hpp"

namespace pressgraph::rules {

struct Rule;

class RuleAnchors {
public:
    RuleAnchors() = default;
    /// `rules` in the order the stage reads them (RuleBook::with_verb).
    explicit RuleAnchors(const std::vector<const Rule*>& rules);

    /// The positions in that order (ascending) of the rules whose anchor `sentence` holds;
    /// may_match still tests the rest of each pattern's requirements.
    void candidates(const AnnotatedSentence& sentence, std::vector<std::uint32_t>& out) const;

private:
    struct Group {
        std::uint32_t anchor = 0;  ///< a WordId, class id or label id
        std::vector<std::uint32_t> rules;
    };
    static void add(std::vector<Group>& groups, std::uint32_t anchor, std::uint32_t rule);

    std::vector<std::uint32_t> unanchored_;
    std::vector<Group> words_, classes_, labels_;
};

}  // namespace pressgraph::rules
