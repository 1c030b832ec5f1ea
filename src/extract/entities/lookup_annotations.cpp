#include "entities/lookup_annotations.hpp"

#include <cstdint>
#include <vector>

#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {

// Word classes the name annotator reads (ontology/rules/word_classes.tsv); -1 when absent.
struct NameClasses {
    long particle = -1, suffix = -1, not_name = -1, headline_verb = -1, eponym_head = -1, address_form = -1,
         given_name_verb = -1;
    explicit NameClasses(const rules::WordTable& w)
        : particle(w.find_class("name_particle")), suffix(w.find_class("name_suffix")), not_name(w.find_class("not_name")),
          headline_verb(w.find_class("headline_verb")), eponym_head(w.find_class("eponym_head")),
          address_form(w.find_class("address_form")), given_name_verb(w.find_class("given_name_verb")) {}
    static bool in(const rules::AnnotatedSentence& s, std::size_t i, long c) {
        return c >= 0 && s.classes(i).test(static_cast<std::size_t>(c));
    }
};

// "R." in "Joseph R. Biden": one capital letter and a full stop.
bool initial_at(const TokenList& t, std::size_t i) {
    return t[i].text.size() == 1 && t[i].capitalized() && t[i + 1].text == ".";
}

}  // namespace

namespace {

// "al-Sheikh", "el-Sisi", "bin-Zayed": a particle joined to a capitalised name by a hyphen.
bool particle_compound(const rules::AnnotatedSentence& s, std::size_t i, long particle) {
    const std::string_view w = s.tokens()[i].text;
    const auto hyphen = w.find('-');
    if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= w.size()) return false;
    if (!(w[hyphen + 1] >= 'A' && w[hyphen + 1] <= 'Z')) return false;
    const rules::WordId id = s.table().find(w.substr(0, hyphen));
    return particle >= 0 && s.table().classes(id).test(static_cast<std::size_t>(particle));
}

bool name_word(const rules::AnnotatedSentence& s, std::size_t i, const Lexicon& lx, const NameClasses& classes) {
    const Token& t = s.tokens()[i];
    if (particle_compound(s, i, classes.particle)) return true;
    if (!detail::is_name_word(t, lx) || t.all_caps() || t.text.size() < 2 || detail::is_glued_words(t.text)) return false;
    if (NameClasses::in(s, i, classes.not_name) || NameClasses::in(s, i, classes.headline_verb) ||
        NameClasses::in(s, i, classes.eponym_head) || NameClasses::in(s, i, classes.address_form))
        return false;
    // "Prime" in "Mr Prime Minister" starts a title; "Ministers" is one in the plural.
    if (lx.titles().contains_token(t) || detail::opens_title(s.tokens(), i, lx) ||
        (t.text.ends_with('s') && lx.titles().contains_token(t.text.substr(0, t.text.size() - 1))))
        return false;
    // A country's name is no personal name: "... of the Republic of Azerbaijan Ilham Aliyev".
    if (const auto m = lx.names().longest_at(s.tokens(), i); m && lx.entry(m->ids->front()).type == EntityType::Country)
        return false;
    return !lx.demonyms().contains_token(t) && !lx.organization_head(t.text) && !lx.place_head(t.text) &&
           !lx.agreement_head(t.text);
}

// Whether the word at `i` is a verb that is also a given name, written with a capital ("Said"; word class
// given_name_verb).
bool capitalised_given_name_verb(const rules::AnnotatedSentence& s, std::size_t i, const NameClasses& classes) {
    const Token& t = s.tokens()[i];
    return t.word && word_case(t.text) == WordCase::Title && NameClasses::in(s, i, classes.given_name_verb);
}

// Whether the word at `i` was already read between `first` and `i`: "Aleksandar Vucic Vucic",
// a speaker label's debris, is one name and the start of another.
bool repeats(const TokenList& t, std::size_t first, std::size_t i) {
    for (std::size_t k = first; k < i; ++k)
        if (t[k].text == t[i].text) return true;
    return false;
}

}  // namespace

bool may_be_name_word(const rules::AnnotatedSentence& s, std::size_t i, const Lexicon& lx) {
    return name_word(s, i, lx, NameClasses(lx.rules().words()));
}

rules::AnnotatedSentence annotate_lookups(const TokenizedSentence& sentence, const SentenceWords& words, const Lexicon& lx) {
    const TokenList& t = sentence.tokens;
    const rules::Labels& L = lx.labels();
    rules::AnnotatedSentence s(t, lx.rules().words(), words.ids());
    const NameClasses classes(lx.rules().words());
    auto add = [&](std::size_t first, std::size_t length, std::uint16_t label, std::uint32_t payload) {
        s.annotate({static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(first + length), label, payload});
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].word) continue;
        const std::size_t slot = PhraseIndex::slot_of(t[i]);  // one slot for the four indexes
        if (const auto m = lx.titles().longest_at(t, i, slot, SIZE_MAX)) add(i, m->length, L.title, m->ids->front());
        if (const auto m = lx.title_plurals().longest_at(t, i, slot, SIZE_MAX)) add(i, m->length, L.titles, m->ids->front());
        if (const auto m = lx.demonyms().longest_at(t, i, slot, SIZE_MAX)) add(i, m->length, L.demonym, m->ids->front());
        if (const auto m = lx.names().longest_at(t, i, slot, SIZE_MAX)) {
            const LexiconEntry& e = lx.entry(m->ids->front());
            const std::uint16_t label = e.type == EntityType::Country        ? L.country
                                        : e.type == EntityType::Organization ? L.organization
                                        : e.type == EntityType::Agreement    ? L.agreement
                                                                             : L.place;
            add(i, m->length, label, m->ids->front());
        }
        if (t[i].capitalized() && lx.given_name(t[i].text)) add(i, 1, L.given_name, 0);
    }
    // Whether each token is a name word, worked out once: a run from each first word reads
    // the same words again (name_word probes the lexicon several times per token).
    std::vector<std::int8_t> name_word_at(t.size() + 2, -1);
    auto is_name_word_at = [&](std::size_t i) {
        if (i >= name_word_at.size()) return name_word(s, i, lx, classes);
        if (name_word_at[i] < 0) name_word_at[i] = name_word(s, i, lx, classes) ? 1 : 0;
        return name_word_at[i] == 1;
    };
    // The word after a particle inside a name: any capitalised word that is not a function word,
    // titles included ("Omar Al Rashid", "Abu Bakr").
    auto after_particle_at = [&](std::size_t i) {
        const Token& w = t[i];
        if (is_name_word_at(i)) return true;
        return detail::is_name_word(w, lx) && !w.all_caps() && !detail::is_glued_words(w.text) &&
               !NameClasses::in(s, i, classes.not_name) && !NameClasses::in(s, i, classes.headline_verb);
    };
    // Names: from each possible first word, the longest run of name words, initials
    // ("R."), particles inside ("da", "al") and a closing suffix (", Jr."). A word read
    // twice ends the run: "Aleksandar Vucic Vucic AleksandarPresident" is a speaker label's debris.
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool starts = initial_at(t, i) || is_name_word_at(i);
        if (!starts) continue;
        std::size_t end = i, run_words = 0;
        const std::size_t limit = detail::phrase_limit(t, i);
        while (end < limit && run_words < 6) {
            // A particle may come again ("Faisal bin Turki bin Abdulaziz"); another word read twice ends the run.
            const bool particle = end > i && NameClasses::in(s, end, classes.particle);
            if (end > i && !particle && repeats(t, i, end)) break;
            if (particle && after_particle_at(end + 1) && !repeats(t, i, end + 1)) {
                end += 2;
                ++run_words;
                continue;
            }
            // Two particles in a row: "Pieter van den Berg", "Ana de la Cruz".
            if (particle && end + 2 < limit && NameClasses::in(s, end + 1, classes.particle) && after_particle_at(end + 2) &&
                !repeats(t, i, end + 2)) {
                end += 3;
                ++run_words;
                continue;
            }
            if (initial_at(t, end)) { end += 2; ++run_words; continue; }
            if (is_name_word_at(end)) { ++end; ++run_words; continue; }
            // "Zuhura Said Mselem (MP)": the given name "Said", written like the verb, between two name words
            // with the name ending after the second (a title-case headline goes on: "Petrov Said Talks Went Well").
            if (end > i && end + 1 < limit && capitalised_given_name_verb(s, end, classes) && is_name_word_at(end + 1) &&
                !repeats(t, i, end + 1) && !(end + 2 < t.size() && t[end + 2].word && t[end + 2].capitalized())) {
                end += 2;
                run_words += 2;
                continue;
            }
            break;
        }
        if (end == i) continue;
        // "Deputy Principal Officer", "Regional Security Officer": a phrase of office, no name.
        if (detail::continues_office_phrase(t, end, lx)) continue;
        // ", Jr." or "Jr." after the name.
        std::size_t k = end + (t[end].text == "," ? 1 : 0);
        if (NameClasses::in(s, k, classes.suffix)) end = k + 1 + (t[k + 1].text == "." ? 1 : 0);
        add(i, end - i, L.name, 0);
    }
    s.finish();
    return s;
}

}  // namespace pressgraph
