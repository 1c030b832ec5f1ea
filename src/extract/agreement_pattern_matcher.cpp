#include "pressgraph/extract/recognizers.hpp"
#include "token_predicates.hpp"

namespace pressgraph {

namespace {

bool starts_with_digit(const Token& t) { return !t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9'; }

bool modifier(const std::vector<Token>& t, std::size_t i, const std::vector<bool>& blocked) {
    return !blocked[i] && (detail::is_name_word(t[i]) || starts_with_digit(t[i]));
}

}  // namespace

std::vector<Candidate> match_agreement_patterns(const TokenizedSentence& s, const Lexicon& lx,
                                                const std::vector<bool>& blocked) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    for (std::size_t h = 0; h < t.size(); ++h) {
        if (blocked[h] || !t[h].capitalized()) continue;
        const std::string* subtype = lx.agreement_head(t[h].text);
        if (!subtype) continue;
        std::size_t first = h;
        while (first > 0 && modifier(t, first - 1, blocked)) --first;
        // Complements: "Treaty on the Establishment of the Union State", "Plan ... for 2025",
        // "Charter of Diversity and Multipolarity in the 21st Century".
        std::size_t last = h + 1;
        while (last < t.size()) {
            if (modifier(t, last, blocked)) { ++last; continue; }
            const std::string_view w = t[last].text;
            if (w != "on" && w != "of" && w != "for" && w != "and" && w != "in" && w != "between") break;
            std::size_t next = last + 1;
            if (next < t.size() && t[next].text == "the") ++next;
            if (next >= t.size() || !modifier(t, next, blocked)) break;
            last = next;
        }
        // A bare capitalised head ("Statement") is a heading word, not an agreement.
        if (last - first < 2) continue;
        Candidate c;
        c.first = first;
        c.last = last;
        c.type = EntityType::Agreement;
        c.canonical = std::string(surface(s, first, last));
        c.subtype = *subtype;
        c.rule = "pattern:agreement-head";
        c.priority = 2;
        out.push_back(std::move(c));
        h = last - 1;
    }
    return out;
}

}  // namespace pressgraph
