#include <cstdint>

#include "pressgraph/extract/recognizers.hpp"
#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {

// One Country candidate for each part of a word made of countries' one-word names joined by
// hyphens (dashes are hyphens once the text is normalised); none unless every part is one.
std::vector<Candidate> countries_joined_in(const Token& token, std::size_t at, const Lexicon& lx) {
    constexpr std::size_t kMostParts = 4;
    const auto parts = detail::hyphen_parts(token.text);
    if (parts.size() < 2 || parts.size() > kMostParts) return {};
    std::vector<Candidate> out;
    for (const std::string_view part : parts) {
        const auto* ids = part.empty() ? nullptr : lx.names().find(part);
        const LexiconEntry* country = nullptr;
        for (std::size_t k = 0; ids && k < ids->size() && !country; ++k)
            if (lx.entry((*ids)[k]).type == EntityType::Country) country = &lx.entry((*ids)[k]);
        if (!country) return {};
        Candidate c;
        c.first = at;
        c.last = at + 1;
        c.type = EntityType::Country;
        c.canonical = country->canonical;
        c.rule = country->rule;
        c.priority = 2;
        c.shared_span = true;
        c.part = std::string(part);
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace

std::vector<Candidate> match_lexicon_names(const TokenizedSentence& s, const Lexicon& lx) {
    std::vector<Candidate> out;
    const auto& tokens = s.tokens;
    for (std::size_t i = 0; i < tokens.size();) {
        // Names start with a capital or a digit ("G20"); lower-case words are never names here.
        if (!tokens[i].word || !(tokens[i].capitalized() || tokens[i].numeric())) { ++i; continue; }
        auto match = lx.names().longest_at(tokens, i);
        // "the Egypt-Greece-Cyprus summit", "India–Japan talks": states joined by dashes in one
        // word, each a country the word names.
        if (!match) {
            if (auto states = countries_joined_in(tokens[i], i, lx); !states.empty()) {
                for (Candidate& c : states) out.push_back(std::move(c));
                ++i;
                continue;
            }
        }
        // "Australia-Papua New Guinea Forum", "Indonesia-New Zealand Partnership": a name of several
        // words that the last part of a hyphenated word opens ("Papua New Guinea", not "Guinea").
        if (!match) {
            const std::string_view w = tokens[i].text;
            const auto hyphen = w.rfind('-');
            constexpr std::size_t kMaxNameTokens = 8;
            if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < w.size() && w[hyphen + 1] >= 'A' && w[hyphen + 1] <= 'Z') {
                TokenList tail;
                tail.push_back(tokens[i].with_text(w.substr(hyphen + 1)));
                for (std::size_t k = i + 1; k < tokens.size() && k < i + kMaxNameTokens; ++k) tail.push_back(tokens[k]);
                if (const auto m = lx.names().longest_at(tail, 0); m && m->length >= 2) match = m;
            }
        }
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
        // "US$ 40 million", "NZ$": a country's short name written against a currency sign is the
        // currency, not the country.
        if (best->type == EntityType::Country) {
            const std::size_t next = i + match->length;
            if (next < tokens.size() && tokens[next].text == "$" && tokens[next].span.begin == tokens[next - 1].span.end) {
                i = next + 1;
                continue;
            }
        }
        Candidate c;
        c.first = i;
        c.last = i + match->length;
        c.type = best->type;
        c.canonical = best->canonical;
        c.subtype = best->type == EntityType::Organization || best->type == EntityType::Agreement ? best->subtype : std::string();
        c.rule = best->rule;
        c.priority = 2;
        const bool body = best->type == EntityType::Organization;
        out.push_back(std::move(c));
        // A known body opening a longer known body's name is its owner ("UN" in "UN General
        // Assembly"): a nested name, which the relations read the part of.
        if (body && match->length > 1)
            if (const auto owner = lx.names().longest_at(tokens, i, match->length - 1)) {
                const LexiconEntry* e = nullptr;
                std::uint32_t lowest = UINT32_MAX;  // the lowest id keeps the choice deterministic
                for (const auto id : *owner->ids)
                    if (lx.entry(id).type == EntityType::Organization && id < lowest) {
                        lowest = id;
                        e = &lx.entry(id);
                    }
                if (e) {
                    Candidate n;
                    n.first = i;
                    n.last = i + owner->length;
                    n.type = EntityType::Organization;
                    n.canonical = e->canonical;
                    n.subtype = e->subtype;
                    n.rule = e->rule;
                    n.priority = 2;
                    n.nested = true;
                    out.push_back(std::move(n));
                }
            }
        i += match->length;
    }
    return out;
}

}  // namespace pressgraph
