#include "pressgraph/extract/recognizers.hpp"
#include "pressgraph/text/normalizer.hpp"
#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {

// "Festival" or "festival" (the class festival_noun), not "FESTIVAL".
bool is_festival(std::string_view w, const Lexicon& lx) {
    return lx.class_lists(w, lx.word_classes().festival_noun, true) && word_case(w) != WordCase::Other;
}

// The festival's own name: capitalised words that no list knows as a place, country or
// title ("Slavianski Bazaar"), then "in <Place>" if it follows.
std::size_t own_name_end(const TokenList& t, std::size_t at, const std::vector<bool>& blocked, const Lexicon& lx) {
    std::size_t end = at;
    const std::size_t limit = detail::phrase_limit(t, at);
    while (end < limit && !blocked[end] && detail::is_name_word(t[end], lx) && !lx.names().contains_token(t[end]) &&
           !lx.demonyms().contains_token(t[end]) && !lx.titles().contains_token(t[end]))
        ++end;
    if (end == at) return at;
    if (end + 1 < t.size() && t[end].text == "in" && lx.names().longest_at(t, end + 1)) end += 1 + lx.names().longest_at(t, end + 1)->length;
    return end;
}

Candidate festival(const TokenizedSentence& s, std::size_t first, std::size_t last, const char* rule) {
    Candidate c;
    c.first = first;
    c.last = last;
    c.type = EntityType::Organization;
    c.canonical = std::string(surface(s, first, last));
    c.subtype = "Other";
    c.rule = rule;
    c.priority = 3;  // above the head-noun name, which would stop at "Festival"
    return c;
}

}  // namespace

std::vector<Candidate> match_festival_names(const TokenizedSentence& s, const Lexicon& lx, const std::vector<bool>& blocked) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_festival(t[i].text, lx) || blocked[i]) continue;
        if (word_case(t[i].text) == WordCase::Title) {
            // "International Music Festival[,] Andean Summer in Cusco",
            // "International Festival of Music, Andes Summer in Cusco".
            std::size_t first = i;
            while (first > 0 && !blocked[first - 1] && detail::is_name_word(t[first - 1], lx) &&
                   !lx.names().contains_token(t[first - 1]))
                --first;
            std::size_t head_end = i + 1;
            if (head_end + 1 < t.size() && t[head_end].text == "of" && detail::is_name_word(t[head_end + 1], lx)) head_end += 2;
            std::size_t name_at = head_end;
            if (name_at < t.size() && t[name_at].text == ",") ++name_at;
            const std::size_t end = own_name_end(t, name_at, blocked, lx);
            if (end > name_at) out.push_back(festival(s, first, end, "pattern:festival-name"));
            i = end > i ? end - 1 : i;
        } else {
            // "the annual Atlantic Nights in Braga international music festival": the name
            // before the lower-case description.
            std::size_t k = i;
            while (k > 0 && t[k - 1].word && !t[k - 1].capitalized() && k + 3 > i) --k;  // "international arts"
            if (k == 0) continue;
            std::size_t first = k;
            // Back over "in <Place>", then over the name.
            std::size_t name_end = k;
            if (first >= 2 && lx.names().contains_token(t[first - 1]) && t[first - 2].text == "in") first -= 2;
            std::size_t name_first = first;
            while (name_first > 0 && !blocked[name_first - 1] && detail::is_name_word(t[name_first - 1], lx) &&
                   !lx.names().contains_token(t[name_first - 1]) && !lx.titles().contains_token(t[name_first - 1]))
                --name_first;
            if (name_first == first) continue;
            (void)name_end;
            out.push_back(festival(s, name_first, k, "pattern:festival-name"));
        }
    }
    return out;
}

}  // namespace pressgraph
