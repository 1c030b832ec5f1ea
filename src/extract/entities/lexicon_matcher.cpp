#include "pressgraph/extract/recognizers.hpp"

namespace pressgraph {

std::vector<Candidate> match_lexicon_names(const TokenizedSentence& s, const Lexicon& lx) {
    std::vector<Candidate> out;
    const auto& tokens = s.tokens;
    for (std::size_t i = 0; i < tokens.size();) {
        // Names start with a capital or a digit ("G20"); lower-case words are never names here.
        if (!tokens[i].word || !(tokens[i].capitalized() || tokens[i].numeric())) { ++i; continue; }
        const auto match = lx.names().longest_at(tokens, i);
        if (!match) { ++i; continue; }
        // Several entries may share a form ("Georgia"): prefer a country, then an
        // organisation, then a place; the lowest id keeps the choice deterministic.
        const LexiconEntry* best = nullptr;
        for (const auto id : *match->ids) {
            const LexiconEntry& e = lx.entry(id);
            if (!best || static_cast<int>(e.type) < static_cast<int>(best->type) ||
                (e.type == best->type && e.subtype == "capital" && best->subtype != "capital"))
                best = &e;
        }
        Candidate c;
        c.first = i;
        c.last = i + match->length;
        c.type = best->type;
        c.canonical = best->canonical;
        c.subtype = best->type == EntityType::Organization || best->type == EntityType::Agreement ? best->subtype : std::string();
        c.rule = best->rule;
        c.priority = 2;
        out.push_back(std::move(c));
        i += match->length;
    }
    return out;
}

}  // namespace pressgraph
