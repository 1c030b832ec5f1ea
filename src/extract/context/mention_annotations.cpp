#include "context/mention_annotations.hpp"

#include <algorithm>

#include "entities/token_predicates.hpp"

namespace pressgraph {

rules::AnnotatedSentence annotate_mentions(const SentenceAnalysis& s, const std::vector<DateMention>& dates,
                                           const std::vector<PersonReference>& references, const Lexicon& lx) {
    const TokenList& t = s.tokens.tokens;
    const rules::Labels& L = lx.labels();
    rules::AnnotatedSentence a(t, lx.rules().words(), s.words.ids());
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.first >= m.last || m.last > t.size() || i >= s.entity_of.size()) continue;
        std::uint16_t label = L.person;
        switch (m.type) {
            case EntityType::Person: label = L.person; break;
            case EntityType::Country: label = L.country; break;
            case EntityType::Organization: label = L.organization; break;
            case EntityType::Place: label = L.place; break;
            case EntityType::Agreement: label = L.agreement; break;
        }
        a.annotate({static_cast<std::uint32_t>(m.first), static_cast<std::uint32_t>(m.last), label,
                    static_cast<std::uint32_t>(s.entity_of[i])});
        // "the Minister of Foreign Affairs, Mr Emeka Okonkwo,": a person named with a form of address
        // is also the person from the form on, so that patterns reading "Title , Person" see it.
        if (m.type == EntityType::Person) {
            std::size_t from = m.first;
            for (int forms = 0; forms < 2 && from > 0; ++forms) {
                std::size_t k = from - 1;
                if (t[k].text == "." && k > 0) --k;
                if (!t[k].capitalized() || !detail::in_word_class(lx, t[k], "address_form")) break;
                from = k;
            }
            if (from < m.first)
                a.annotate({static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(m.last), label,
                            static_cast<std::uint32_t>(s.entity_of[i])});
        }
    }
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].word) continue;
        const std::size_t slot = PhraseIndex::slot_of(t[i]);  // one slot for the three indexes
        // Every title starting here, not only the longest: "President of the Republic of Serbia"
        // holds "President of the Republic" and "President", and a pattern may need the shorter.
        for (auto m = lx.titles().longest_at(t, i, slot, SIZE_MAX); m;
             m = m->length > 1 ? lx.titles().longest_at(t, i, slot, m->length - 1) : std::nullopt)
            a.annotate({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + m->length), L.title, m->ids->front()});
        if (const auto m = lx.title_plurals().longest_at(t, i, slot, SIZE_MAX))
            a.annotate({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + m->length), L.titles, m->ids->front()});
        if (const auto m = lx.demonyms().longest_at(t, i, slot, SIZE_MAX))
            a.annotate({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + m->length), L.demonym, m->ids->front()});
    }
    for (std::size_t d = 0; d < dates.size(); ++d)
        if (dates[d].first_token < dates[d].last_token && dates[d].last_token <= t.size())
            a.annotate({static_cast<std::uint32_t>(dates[d].first_token), static_cast<std::uint32_t>(dates[d].last_token), L.date,
                        static_cast<std::uint32_t>(d)});
    for (const PersonReference& r : references)
        if (r.first < r.last && r.last <= t.size()) a.annotate({r.first, r.last, L.ref, static_cast<std::uint32_t>(r.entity)});
    a.finish();
    return a;
}

std::vector<std::size_t> entities_within(const rules::AnnotatedSentence& a, std::uint32_t first, std::uint32_t last,
                                         const std::vector<std::uint16_t>& labels) {
    // A Ref stands for a person: asked for persons, references count as persons.
    std::vector<std::uint16_t> wanted = labels;
    const auto person = static_cast<std::uint16_t>(a.table().find_label("Person"));
    if (std::find(labels.begin(), labels.end(), person) != labels.end())
        wanted.push_back(static_cast<std::uint16_t>(a.table().find_label("Ref")));
    std::vector<std::size_t> out;
    for (const rules::Annotation& an : a.annotations()) {
        if (an.first < first || an.last > last) continue;
        if (std::find(wanted.begin(), wanted.end(), an.label) == wanted.end()) continue;
        if (std::find(out.begin(), out.end(), an.payload) == out.end()) out.push_back(an.payload);
    }
    return out;
}

}  // namespace pressgraph
