#include "pressgraph/extract/recognizers.hpp"
#include "token_predicates.hpp"

namespace pressgraph {

namespace {

bool free_name_word(const std::vector<Token>& t, std::size_t i, const std::vector<bool>& blocked) {
    return i < t.size() && !blocked[i] && (detail::is_name_word(t[i]) || (t[i].word && t[i].all_caps()));
}

// Extends a name to the right over capitalised words and "of the ..."/"for ..." complements.
std::size_t extend_right(const std::vector<Token>& t, std::size_t end, const std::vector<bool>& blocked) {
    bool in_complement = false;
    while (end < t.size()) {
        if (free_name_word(t, end, blocked) || (t[end].word && t[end].numeric() && in_complement && !blocked[end])) {
            ++end;
            continue;
        }
        const std::string_view w = t[end].text;
        const bool opens = w == "of" || w == "for" || w == "on" || w == "under";
        const bool joins = w == "and" && in_complement;
        if (!(opens || joins)) break;
        std::size_t next = end + 1;
        if (opens && next < t.size() && t[next].text == "the") ++next;
        if (!free_name_word(t, next, blocked)) break;
        in_complement = true;
        end = next;
    }
    return end;
}

}  // namespace

std::vector<Candidate> match_organization_patterns(const TokenizedSentence& s, const Lexicon& lx,
                                                   const std::vector<bool>& blocked) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    for (std::size_t h = 0; h < t.size(); ++h) {
        if (blocked[h] || !t[h].capitalized()) continue;
        const HeadNoun* head = lx.organization_head(t[h].text);
        if (!head) continue;
        std::size_t first = h;
        while (first > 0 && free_name_word(t, first - 1, blocked) && !lx.titles().find(t[first - 1].text)) --first;
        const std::size_t last = extend_right(t, h + 1, blocked);
        const bool has_complement = last > h + 1;
        // Heads such as "Federation" or "Union" name an organisation only with a modifier
        // or a complement ("Federation Council", "Union of ..."); alone they are common words.
        if (first == h && (!has_complement || head->needs_complement)) {
            if (!has_complement) continue;
        }
        Candidate c;
        c.first = first;
        c.last = last;
        c.type = EntityType::Organization;
        c.canonical = std::string(surface(s, first, last));
        c.subtype = head->subtype;
        c.rule = "pattern:organization-head";
        c.priority = 2;
        out.push_back(std::move(c));
        h = last - 1;
    }
    return out;
}

}  // namespace pressgraph
