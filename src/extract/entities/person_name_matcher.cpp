#include <algorithm>

#include "pressgraph/extract/recognizers.hpp"
#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {
bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
// A Russian patronymic ("Vladimirovich", "Nikolayevna") between given name and surname: a
// longer word with an ending of class patronymic_ending.
bool is_patronymic(std::string_view w, const Lexicon& lx) {
    for (const std::string& ending : lx.words_of(lx.word_classes().patronymic_ending))
        if (ends_with(w, ending)) return true;
    return false;
}

// A word that goes on a name after its surname: "Recep Tayyip Erdogan", "Luiz Inacio Lula".
// Not a known name, title, head noun, headline verb ("Joe Biden Announces") or suffix, nor a
// word the name already has ("Nikol Pashinyan Pashinyan", a speaker label's debris).
bool continues_name(const TokenList& t, std::size_t at, std::size_t first, const Lexicon& lx) {
    const Token& w = t[at];
    // "el-Sisi", "al-Sabah": a particle joined to a name by a hyphen.
    if (const auto hyphen = w.text.find('-'); hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < w.text.size() &&
                                              w.text[hyphen + 1] >= 'A' && w.text[hyphen + 1] <= 'Z' &&
                                              detail::in_word_class(lx, w.text.substr(0, hyphen), "name_particle"))
        return true;
    if (!detail::is_name_word(w, lx) || w.all_caps() || w.text.size() < 2 || detail::is_glued_words(w.text)) return false;
    if ((lx.names().contains_token(w) && !detail::only_a_town_name(w, lx)) || lx.demonyms().contains_token(w) || lx.titles().contains_token(w) ||
        lx.organization_head(w.text) || lx.place_head(w.text) || lx.agreement_head(w.text) || detail::opens_title(t, at, lx))
        return false;
    for (const char* c : {"not_name", "headline_verb", "name_suffix", "eponym_head"})
        if (detail::in_word_class(lx, w, c)) return false;
    for (std::size_t k = first; k < at; ++k)
        if (t[k].text == w.text) return false;
    return true;
}

// Whether the capitalised words from `at` end in a head noun of a thing named after a person:
// an organisation, place or document head, or an eponym head (word class eponym_head:
// "School", "Prize", "Act").
bool names_a_thing(const TokenList& t, std::size_t at, const Lexicon& lx) {
    // Through "and" between capitalised words: "... Research and Test Cosmonaut Training Centre".
    for (std::size_t k = at; k < at + 8 && (detail::is_name_word(t[k], lx) || (t[k].text == "and" && detail::is_name_word(t[k + 1], lx)));
         ++k)
        if (lx.organization_head(t[k].text) || lx.place_head(t[k].text) || lx.agreement_head(t[k].text) ||
            detail::in_word_class(lx, t[k], "eponym_head") || detail::plural_or_abstract_noun(t[k], lx))
            return true;  // "... Industries", "... Cities" name things too
    return false;
}

// A surname in capitals ("KISHIDA", "COSTA"): letters only, two or more, and not a name the
// lexicon knows as a body, place or country's acronym ("Mr. EU").
bool shouted_surname(const Token& w, const Lexicon& lx) {
    if (!w.all_caps() || w.text.size() < 3) return false;
    for (const char c : w.text)
        if (!((c >= 'A' && c <= 'Z') || c == '-')) return false;
    return !lx.names().contains_token(w);
}

// A plain capitalised name word beside a shouted surname ("Fumio", "Rui").
bool plain_name_word(const TokenList& t, std::size_t at, const Lexicon& lx) {
    return at < t.size() && detail::is_name_word(t[at], lx) && !t[at].all_caps() && t[at].text.size() >= 2 &&
           !lx.names().contains_token(t[at]) && !lx.titles().contains_token(t[at]) && !detail::opens_title(t, at, lx) &&
           !detail::in_word_class(lx, t[at], "not_name");
}

// "KISHIDA" -> "Kishida".
std::string title_case(std::string_view word) {
    std::string out(word);
    for (std::size_t k = 1; k < out.size(); ++k)
        if (out[k] >= 'A' && out[k] <= 'Z' && out[k - 1] != '-') out[k] = static_cast<char>(out[k] - 'A' + 'a');
    return out;
}

// The convention of some foreign ministries: the surname in capitals after a form of address,
// first or last ("Mr. KISHIDA Fumio", "H.E. Mr. Rui COSTA"). The name is given name first, so a
// later "Prime Minister Kishida" finds it by its surname; the text's form stays as written.
void shouted_names(const TokenList& t, const Lexicon& lx, std::vector<Candidate>& out) {
    // Most sentences have no word in capitals of three letters or more: nothing to look up.
    if (std::none_of(t.begin(), t.end(), [](const Token& w) { return w.text.size() >= 3 && w.all_caps(); })) return;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (!t[i].capitalized() || !detail::in_word_class(lx, t[i], "address_form")) continue;
        const std::size_t at = i + 1 + (t[i + 1].text == "." ? 1 : 0);
        if (at + 1 >= t.size() || detail::in_word_class(lx, t[at], "address_form")) continue;
        std::string canonical;
        if (shouted_surname(t[at], lx) && plain_name_word(t, at + 1, lx))
            canonical = std::string(t[at + 1].text) + " " + title_case(t[at].text);
        // After a form of address any plain name word is a given name ("H.E. Mr. Qarlo VINTESSA");
        // plain_name_word refuses the words that are none ("Ms. This RFI").
        else if (plain_name_word(t, at, lx) && shouted_surname(t[at + 1], lx))
            canonical = std::string(t[at].text) + " " + title_case(t[at + 1].text);
        if (canonical.empty()) continue;
        Candidate c;
        c.first = at;
        c.last = at + 2;
        c.type = EntityType::Person;
        c.canonical = std::move(canonical);
        c.rule = "pattern:shouted-surname";
        c.priority = 5;  // over the titled reading, which stops at the capitals ("Mr. Rui")
        out.push_back(std::move(c));
        i = at + 1;
    }
}

// "Ji-hoon", "Jae-in", "Kai-shek": a given name of two syllables joined by a hyphen, the second in
// lower case, as Korean and older Chinese romanisation write it.
bool hyphenated_given_name(const Token& w) {
    const std::string_view s = w.text;
    const auto hyphen = s.find('-');
    if (hyphen == std::string_view::npos || hyphen < 2 || hyphen > 5 || s.size() - hyphen - 1 < 2 || s.size() - hyphen - 1 > 5)
        return false;
    if (!(s[0] >= 'A' && s[0] <= 'Z')) return false;
    for (std::size_t k = 1; k < s.size(); ++k)
        if (k != hyphen && !(s[k] >= 'a' && s[k] <= 'z')) return false;
    return true;
}

// Family name first, then a hyphenated given name: "Park Ji-hoon", "Moon Jae-in". The family
// name may be a word the lexicon knows otherwise ("Park", "Kang"): the given name decides.
void family_name_first(const TokenList& t, const Lexicon& lx, std::vector<Candidate>& out) {
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        constexpr std::size_t kLongestFamilyName = 6;
        if (!hyphenated_given_name(t[i + 1]) || !t[i].word || !t[i].capitalized() || t[i].all_caps() || t[i].text.size() < 2 ||
            t[i].text.size() > kLongestFamilyName || t[i].text.find('-') != std::string_view::npos)
            continue;
        // "White House-led", "Arleigh Burke-class": an English compound (class compound_second_word).
        const std::string_view given = t[i + 1].text;
        if (detail::in_word_class(lx, given.substr(given.find('-') + 1), "compound_second_word")) continue;
        if (lx.titles().contains_token(t[i]) || lx.demonyms().contains_token(t[i]) || detail::in_word_class(lx, t[i], "not_name") ||
            detail::in_word_class(lx, t[i], "address_form"))
            continue;
        // A word that goes on the run after the given name makes it a longer name's ("Park Ji-hoon Foundation").
        if (i + 2 < t.size() && detail::is_name_word(t[i + 2], lx) && !hyphenated_given_name(t[i + 2])) continue;
        Candidate c;
        c.first = i;
        c.last = i + 2;
        c.type = EntityType::Person;
        c.canonical = std::string(t[i].text) + " " + std::string(t[i + 1].text);
        c.rule = "pattern:family-name-first";
        c.priority = 5;  // over a place or body the family name alone would start
        out.push_back(std::move(c));
        ++i;
    }
}

}  // namespace

std::vector<Candidate> match_person_names(const TokenizedSentence& s, const Lexicon& lx) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    shouted_names(t, lx, out);
    family_name_first(t, lx, out);
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (!detail::is_name_word(t[i], lx) || !lx.given_name(t[i].text)) continue;
        // "the Ana Lopes Foundation", "a Jackson Hole meeting": a person is not named after an
        // article, nor by the later words of that run ("the Henry Wadsworth Longfellow House").
        if (i > 0 && detail::in_word_class(lx, t[i - 1], "article_word")) {
            while (i + 1 < t.size() && detail::is_name_word(t[i + 1], lx)) ++i;
            continue;
        }
        // "El Dabaa", "De Gaulle": a particle is no given name, unless it is also one ("Al", "Ben").
        if (detail::in_word_class(lx, t[i], "name_particle") && !detail::in_word_class(lx, t[i], "particle_given_name"))
            continue;
        std::size_t last = i + 1;
        if (last < t.size() && is_patronymic(t[last].text, lx) && last + 1 < t.size() && detail::is_name_word(t[last + 1], lx))
            ++last;
        // "Teresita G. Alcantara": a middle initial between the given name and the surname; the
        // name keeps it ("Teresita G. Alcantara"), as it drops a patronymic.
        std::string initials;
        while (last + 2 < t.size() && t[last].text.size() == 1 && t[last].capitalized() && t[last + 1].text == "." &&
               t[last + 1].span.begin == t[last].span.end && detail::is_name_word(t[last + 2], lx) && t[last + 2].text.size() > 1)
        {
            initials += std::string(t[last].text) + ". ";
            last += 2;
        }
        const Token& surname = t[last];
        if (surname.text.size() < 2) continue;  // "Louis J." is a given name and an initial
        // The surname is a capitalised word that is not itself a known name of a place,
        // country or organisation, nor an acronym ("Alexander Pushkin" yes, "Alexander Park" no
        // only when the lexicon knows "Park" as a place — good enough for this genre).
        if (!detail::is_name_word(surname, lx) || surname.all_caps() || (lx.names().contains_token(surname) && !detail::only_a_town_name(surname, lx)) ||
            lx.demonyms().contains_token(surname) || lx.organization_head(surname.text) || lx.agreement_head(surname.text) ||
            lx.place_head(surname.text) || detail::opens_title(t, last, lx))
            continue;
        bool common_word = false;  // "Kennedy School", "Stafford Act", "Biden Announces"
        for (const char* c : {"not_name", "headline_verb", "eponym_head"}) common_word |= detail::in_word_class(lx, surname, c);
        if (common_word) continue;
        // "Costa Rica", "Marshall Islands": a name the lexicon knows as a whole is not a person's.
        if (const auto known = lx.names().longest_at(t, i); known && known->length >= 2) continue;
        // "Central Asia", "Las Palmas de Gran Canaria": a given name inside a longer name the lexicon
        // knows, starting up to four tokens before it, is not a person's.
        bool inside_known_name = false;
        for (std::size_t back = 1; back <= 4 && back <= i && !inside_known_name; ++back) {
            const std::size_t j = i - back;
            if (lx.titles().contains_token(t[j])) break;
            const auto known = lx.names().longest_at(t, j);
            inside_known_name = known && j + known->length > i;
        }
        if (inside_known_name) continue;
        if (detail::is_glued_words(surname.text)) continue;
        // "Ann Smith Elementary School", "Ivan Petrov Prize": a thing named after a person.
        if (names_a_thing(t, last + 1, lx)) continue;
        // Further names after the surname, and a particle with its name ("da Silva"), when
        // they end the run of capitalised words: "Recep Tayyip Erdogan said".
        constexpr std::size_t kMaxNameTokens = 5;
        std::size_t end = last + 1;
        while (end - i < kMaxNameTokens) {
            if (continues_name(t, end, i, lx)) { ++end; continue; }
            if (end + 1 - i < kMaxNameTokens && detail::in_word_class(lx, t[end], "name_particle") &&
                !t[end].capitalized() && continues_name(t, end + 1, i, lx)) {
                end += 2;
                continue;
            }
            break;
        }
        // A run that goes on past the name makes it another thing's, but not the letters of a seat
        // after it ("Declan Murphy TD", word class post_nominal).
        if (detail::is_name_word(t[end], lx) && !detail::in_word_class(lx, t[end], "post_nominal")) end = last + 1;
        Candidate c;
        c.first = i;
        c.last = end;
        c.type = EntityType::Person;
        c.canonical = join_tokens(t, i, i + 1) + " " + initials + join_tokens(t, last, end);
        c.rule = "pattern:given-name-surname";
        c.priority = 3;
        out.push_back(std::move(c));
        i = end - 1;
    }
    return out;
}

}  // namespace pressgraph
