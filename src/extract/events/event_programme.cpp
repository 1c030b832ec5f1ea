#include "events/event_signing.hpp"
#include "events/event_state.hpp"
#include "events/rule_events.hpp"

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph::event_detail {

// Undated sentences of the programme of the document's main visit ("The minister's programme
// also has talks with A and B, and a trip to X, where the minister will lay
// flowers"): meetings with each counterpart, ceremonies at their landmark, places visited.
void programme_events(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, const std::vector<bool>& dated,
                      const std::vector<Tense>& tenses, std::size_t main, EventState& st) {
    const ExtractedEvent visit = st.builder.out.events[main];
    const std::size_t visitor = persons_only(st.builder.out, visit.participants).front();
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const auto& s = sentences[si];
        if (dated[si] || s.tokens.sentence == visit.sentence) continue;
        if (tenses[si] != Tense::Unknown && tenses[si] != (visit.planned ? Tense::Future : Tense::Past)) continue;
        const auto persons = persons_in(s, 0, s.tokens.tokens.size());
        bool about_visit = contains(persons, visitor);
        for (std::size_t k = 0; k < s.tokens.tokens.size(); ++k) about_visit |= s.words.is(k, lexicon.word_classes().visit_singular);
        if (!about_visit) continue;
        // "In Copenhagen, the Minister will meet ...": a city opening the sentence is where its
        // part of the programme takes place (a visit to two countries, city by city).
        // ("In Astana he will hold talks ...": the comma may be left out before a pronoun.)
        const std::optional<std::size_t> opening = opening_place(s, lexicon);
        const auto triggers = find_triggers(s, lexicon);
        for (std::size_t ti = 0; ti < triggers.size(); ++ti) {
            const TriggerHit& trigger = triggers[ti];
            if (trigger.counted || (trigger.type == "Ceremony" && is_signing_word(trigger.text, lexicon))) continue;
            const std::size_t next = ti + 1 < triggers.size() ? triggers[ti + 1].first : s.tokens.tokens.size();
            ExtractedEvent base;
            base.type = trigger.type;
            base.start = visit.start;
            base.end = visit.end;
            base.place = opening ? opening : visit.place;
            base.part_of = main;
            // ... and in the days of the visit to that city's country, when the release announces two.
            if (opening) {
                const std::string code = country_code_of(st.builder.out, lexicon, *opening);
                const auto& events = st.builder.out.events;
                for (std::size_t e = 0; e < events.size() && !code.empty(); ++e)
                    if (e != main && events[e].type == visit.type && events[e].start && events[e].place &&
                        st.builder.out.entities[*events[e].place].type == EntityType::Country &&
                        country_code_of(st.builder.out, lexicon, *events[e].place) == code) {
                        base.start = events[e].start;
                        base.end = events[e].end;
                        base.part_of = e;
                        break;
                    }
            }
            base.planned = visit.planned;
            base.sentence = s.tokens.sentence;
            base.trigger = trigger.text;
            base.rule = "pattern:visit-programme";
            // The landmark of a ceremony or a trip: "a trip to X, where ... will lay flowers",
            // "lay a wreath at X".
            std::optional<std::size_t> landmark;
            std::optional<std::size_t> where_place;
            for (std::size_t i = 0; i < s.mentions.size(); ++i) {
                const Candidate& m = s.mentions[i];
                if (m.type != EntityType::Place) continue;
                if (m.first >= trigger.last && m.first <= trigger.last + 6 && m.first < next && !landmark) landmark = s.entity_of[i];
                for (std::size_t k = m.last; k < std::min(m.last + 4, trigger.first); ++k)
                    if (s.words.is(k, lexicon.word_classes().where_word) && s.tokens.tokens[k - 1].text == ",")
                        where_place = s.entity_of[i];
            }
            if (where_place) landmark = where_place;
            if (trigger.type == "Meeting") {
                for (auto c : persons_in(s, trigger.last, next)) {
                    if (c == visitor) continue;
                    ExtractedEvent e = base;
                    e.participants = {visitor, c};
                    const auto idx = st.add(si, std::move(e), trigger);
                    st.pairs.push_back({visitor, c, idx, s.tokens.sentence, "pattern:visit-programme"});
                }
            } else if (trigger.type == "Ceremony") {
                ExtractedEvent e = base;
                e.participants = {visitor};
                if (landmark) e.place = landmark;
                const auto idx = st.add(si, std::move(e), trigger);
                if (landmark) st.visits.push_back({visitor, *landmark, idx, s.tokens.sentence, "pattern:visit-programme"});
            } else if (trigger.type == "Visit") {
                // "a trip to X", "visiting X", and the headline's "official visit to Russia".
                if (landmark && landmark != visit.place)
                    st.visits.push_back({visitor, *landmark, main, s.tokens.sentence, "pattern:visit-programme"});
                if (const auto country = visited_country(s, trigger); country && country != visit.place)
                    st.visits.push_back({visitor, *country, main, s.tokens.sentence, "pattern:visit-programme"});
            }
        }
    }
}

}  // namespace pressgraph::event_detail
