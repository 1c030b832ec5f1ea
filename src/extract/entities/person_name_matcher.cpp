#include "pressgraph/extract/recognizers.hpp"
#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {
bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
// A Russian patronymic ("Vladimirovich", "Nikolayevna") between given name and surname.
bool is_patronymic(std::string_view w) {
    return ends_with(w, "vich") || ends_with(w, "vna") || ends_with(w, "ichna") || ends_with(w, "ovich");
}
// "Asia Foreign Ministers' Meeting": the word after a given name starts a title (also in
// the plural), so it is no surname.
bool opens_title(const TokenList& t, std::size_t at, const Lexicon& lx) {
    if (lx.titles().longest_at(t, at)) return true;
    if (at + 1 >= t.size()) return false;
    std::string next(t[at + 1].text);
    if (next.size() > 3 && next.ends_with('s')) next.pop_back();
    return lx.titles().find(std::string(t[at].text) + " " + next) != nullptr;
}

}  // namespace

std::vector<Candidate> match_person_names(const TokenizedSentence& s, const Lexicon& lx) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (!detail::is_name_word(t[i]) || !lx.given_name(t[i].text)) continue;
        std::size_t last = i + 1;
        if (last < t.size() && is_patronymic(t[last].text) && last + 1 < t.size() && detail::is_name_word(t[last + 1]))
            ++last;
        const Token& surname = t[last];
        // The surname is a capitalised word that is not itself a known name of a place,
        // country or organisation, nor an acronym ("Alexander Pushkin" yes, "Alexander Park" no
        // only when the lexicon knows "Park" as a place — good enough for this genre).
        if (!detail::is_name_word(surname) || surname.all_caps() || lx.names().contains_token(surname.text) ||
            lx.demonyms().contains_token(surname.text) || lx.organization_head(surname.text) || lx.agreement_head(surname.text) ||
            opens_title(t, last, lx))
            continue;
        // "Central Asia": a given name inside a longer capitalised name is not a person's.
        if (i > 0 && detail::is_name_word(t[i - 1]) && !lx.titles().contains_token(t[i - 1].text) &&
            lx.names().longest_at(t, i - 1) && lx.names().longest_at(t, i - 1)->length >= 2)
            continue;
        Candidate c;
        c.first = i;
        c.last = last + 1;
        c.type = EntityType::Person;
        c.canonical = join_tokens(t, i, i + 1) + " " + std::string(surname.text);
        c.rule = "pattern:given-name-surname";
        c.priority = 3;
        out.push_back(std::move(c));
        i = last;
    }
    return out;
}

}  // namespace pressgraph
