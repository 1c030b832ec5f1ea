#include "pressgraph/extract/recognizers.hpp"
#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {

// A lone capitalised word that nothing else explains: not a known name, demonym, title,
// head noun or acronym, and not the start of a longer capitalised name.
bool unexplained_word(const TokenList& t, std::size_t i, const std::vector<bool>& blocked, const Lexicon& lx) {
    if (i >= t.size() || blocked[i] || !detail::is_name_word(t[i]) || t[i].all_caps()) return false;
    const std::string_view w = t[i].text;
    if (lx.names().contains_token(w) || lx.demonyms().contains_token(w) || lx.titles().contains_token(w) || lx.organization_head(w) ||
        lx.place_head(w) || lx.agreement_head(w) || lx.given_name(w))
        return false;
    if (w.find('-') != std::string_view::npos) return false;  // "Russian-Belarusian"
    if (w.size() > 4 && w.substr(w.size() - 3) == "ing") return false;  // "in Developing ..."
    return !(i + 1 < t.size() && detail::is_name_word(t[i + 1]));
}

}  // namespace

std::vector<Candidate> match_place_phrases(const TokenizedSentence& s, const Lexicon& lx,
                                           const std::vector<bool>& blocked) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    for (std::size_t i = 1; i < t.size(); ++i) {
        const std::string_view before = t[i - 1].text;
        // "in X", "visited X", "to X" after a visit or a journey, and "X (Y Region)": the genre's ways of naming a place.
        const bool after_preposition = before == "in" || before == "visited" ||
                                       (before == "to" && i >= 2 && (t[i - 2].text == "visit" || t[i - 2].text == "trip" ||
                                                                     t[i - 2].text == "travelled" || t[i - 2].text == "traveled"));
        const bool before_region = i + 3 < t.size() && t[i + 1].text == "(" && lx.names().contains_token(t[i + 2].text) &&
                                   (t[i + 3].text == "Region" || t[i + 3].text == "Oblast");
        if (!(after_preposition || before_region) || !unexplained_word(t, i, blocked, lx)) continue;
        // "in Moscow" is the lexicon's; "in Soviet times" is not a place: the next token must
        // end the phrase (punctuation, a bracket, or a lower-case word that is not a noun of time).
        if (i + 1 < t.size() && t[i + 1].word && t[i + 1].text == "times") continue;
        Candidate c;
        c.first = i;
        c.last = i + 1;
        c.type = EntityType::Place;
        c.canonical = std::string(t[i].text);
        c.rule = "pattern:place-phrase";
        c.priority = 1;
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace pressgraph
