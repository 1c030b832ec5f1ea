#include "pressgraph/extract/recognizers.hpp"
#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {

// A lone capitalised word that nothing else explains: not a known name, demonym, title,
// head noun or acronym, and not the start of a longer capitalised name.
bool unexplained_word(const TokenList& t, std::size_t i, const std::vector<bool>& blocked, const Lexicon& lx) {
    if (i >= t.size() || blocked[i] || !detail::is_name_word(t[i], lx) || t[i].all_caps()) return false;
    const std::string_view w = t[i].text;
    if (lx.names().contains_token(w) || lx.demonyms().contains_token(w) || lx.titles().contains_token(w) || lx.organization_head(w) ||
        lx.place_head(w) || lx.agreement_head(w) || lx.given_name(w))
        return false;
    if (w.find('-') != std::string_view::npos) return false;  // "Russian-Belarusian"
    // "a degree in Economics", "in Education", "in English", "in Schools", "in Developing ...": a
    // common noun, a language, a plural or a gerund in title case is no place.
    if (detail::common_word_in_title_case(t[i], lx)) return false;
    return !(i + 1 < t.size() && detail::is_name_word(t[i + 1], lx));
}

// "the Kemerovo Region", "the Kherson region", "Kandahar Province": a region named after its
// centre city, a city of the lexicon followed by a word of class region_word.
std::optional<Candidate> city_region_at(const TokenizedSentence& s, std::size_t i, const Lexicon& lx,
                                        const std::vector<bool>& blocked) {
    const auto& t = s.tokens;
    if (!t[i].capitalized()) return std::nullopt;
    const auto m = lx.names().longest_at(t, i);
    if (!m) return std::nullopt;
    const LexiconEntry* city = nullptr;
    for (const auto id : *m->ids) {
        const LexiconEntry& e = lx.entry(id);
        if (e.type == EntityType::Country || e.type == EntityType::Organization) return std::nullopt;
        if (e.type == EntityType::Place && (e.subtype == "city" || e.subtype == "capital")) city = &e;
    }
    const std::size_t word = i + m->length;
    if (!city || !detail::in_word_class(lx, t[word], "region_word")) return std::nullopt;
    for (std::size_t k = i; k <= word; ++k)
        if (blocked[k]) return std::nullopt;
    // A name the lexicon knows as a whole ("Moscow Region") is the lexicon's.
    if (const auto whole = lx.names().longest_at(t, i); whole && whole->length > m->length) return std::nullopt;
    Candidate c;
    c.first = i;
    c.last = word + 1;
    c.type = EntityType::Place;
    c.canonical = std::string(surface(s, i, word + 1));
    c.rule = "pattern:city-region";
    c.priority = 2;
    return c;
}

// "the Tajik-Afghan border", "the U.S.-Mexico border": a border named by the two countries it
// runs between (a word of class border_word after them).
std::optional<Candidate> border_at(const TokenizedSentence& s, std::size_t i, const Lexicon& lx, const std::vector<bool>& blocked) {
    const auto& t = s.tokens;
    if (!t[i].word || !detail::in_word_class(lx, t[i + 1], "border_word")) return std::nullopt;
    std::size_t first = i;
    if (!detail::names_countries(lx, t[i].text)) {
        const auto* ids = lx.names().find(t[i].text);
        const std::size_t before = detail::abbreviation_before(t, i);
        if (!ids || lx.entry(ids->front()).type != EntityType::Country || before == i) return std::nullopt;
        first = before;
    }
    for (std::size_t k = first; k <= i + 1; ++k)
        if (blocked[k]) return std::nullopt;
    Candidate c;
    c.first = first;
    c.last = i + 2;
    c.type = EntityType::Place;
    c.canonical = std::string(surface(s, first, i + 2));
    c.rule = "pattern:border";
    c.priority = 2;
    return c;
}

}  // namespace

std::vector<Candidate> match_place_phrases(const TokenizedSentence& s, const Lexicon& lx,
                                           const std::vector<bool>& blocked) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (auto region = city_region_at(s, i, lx, blocked)) out.push_back(std::move(*region));
        if (auto border = border_at(s, i, lx, blocked)) out.push_back(std::move(*border));
    }
    for (std::size_t i = 1; i < t.size(); ++i) {
        const std::string_view before = t[i - 1].text;
        // "in X", "visited X", "to X" after a visit or a journey, and "X (Y Region)": the genre's ways of naming a place.
        const WordClasses& words = lx.word_classes();
        const bool after_preposition = before == "in" || lx.class_lists(before, words.place_visit_verb, false) ||
                                       (before == "to" && i >= 2 && lx.class_lists(t[i - 2].text, words.journey_word, false));
        const bool before_region = i + 3 < t.size() && t[i + 1].text == "(" && lx.names().contains_token(t[i + 2]) &&
                                   lx.class_lists(t[i + 3].text, words.region_noun, true) &&
                                   word_case(t[i + 3].text) == WordCase::Title;
        if (!(after_preposition || before_region) || !unexplained_word(t, i, blocked, lx)) continue;
        // "in Moscow" is the lexicon's; "in Soviet times", "in European countries", "in May" are not
        // places: the next token must end the phrase (punctuation, a bracket, or a word of class
        // after_place: "in Valaam and ...", "in Kazan on ..."), and a month is a time.
        if (t[i + 1].word && !t[i + 1].capitalized() && !detail::in_word_class(lx, t[i + 1], "after_place")) continue;
        if (lx.month_names().number_of(t[i].text)) continue;
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
