#include "events/event_extraction.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "events/event_dates.hpp"
#include "events/event_items.hpp"
#include "events/event_signing.hpp"
#include "events/event_state.hpp"
#include "pressgraph/extract/date_normalizer.hpp"
#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

using namespace event_detail;

// Organisations named as the body that meets: "meeting of the Supreme State Council",
// "the Supreme State Council meeting".
void add_meeting_bodies(const SentenceAnalysis& s, const TriggerHit& trigger, std::vector<std::size_t>& participants) {
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.type != EntityType::Organization) continue;
        const bool after = m.first >= trigger.last && m.first <= trigger.last + 2 && trigger.last < s.tokens.tokens.size() &&
                           token_is(s.tokens, trigger.last, "of");
        const bool before = m.last == trigger.first || (m.last + 1 == trigger.first && s.tokens.tokens[m.last].text == ")");
        if (after || before) add_unique(participants, s.entity_of[i]);
    }
}

// A trigger standing for the whole visit it happens in ("hold talks", "had meetings",
// "was received") rather than for a meeting of its own ("to attend the joint meeting").
bool absorbed_by_visit(const TriggerHit& t, const Lexicon& lx) {
    return t.type == "Meeting" && !lx.word_in(t.text, lx.word_classes().meeting_singular);
}

// The body that approves at its meeting: "approved by the Supreme State Council ... on
// January 29" names a meeting of that council on that day.
std::optional<TriggerHit> approving_body(const SentenceAnalysis& s) {
    if (!signs_something(s)) return std::nullopt;
    for (const Candidate& m : s.mentions) {
        if (m.type != EntityType::Organization || m.first == 0) continue;
        if (!token_is(s.tokens, m.first - 1, "by") && !(m.first > 1 && token_is(s.tokens, m.first - 1, "the") &&
                                                         token_is(s.tokens, m.first - 2, "by")))
            continue;
        return TriggerHit{m.first, m.last, "Meeting", std::string(surface(s.tokens, m.first, m.last)), "body"};
    }
    return std::nullopt;
}

bool holds_office_in(const DocumentExtraction& out, std::size_t person, std::size_t place) {
    return std::any_of(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) {
        return f.subject == person && f.object == place && !f.object_is_event && f.predicate == "pgo:holdsPosition";
    });
}

}  // namespace

// The date a document without a header date speaks from. Press releases open with the
// event they announce ("On November 21-22, the minister will ..."): that day, in the year
// the text's own dates point to, is a better anchor than the latest date it mentions.
namespace {

// A trigger counted among someone's events: a possessive pronoun and an ordinal just before it
// ("his first meeting", "their second call").
bool counted_by_possessor(const SentenceAnalysis& s, const std::vector<TriggerHit>& triggers) {
    constexpr std::size_t kCountReach = 2;
    const WordClasses& c = s.words.classes();
    for (const TriggerHit& t : triggers)
        for (std::size_t k = t.first >= kCountReach ? t.first - kCountReach : 0; k < t.first; ++k)
            if (k > 0 && s.words.is(k, c.ordinal_word) && s.words.is(k - 1, c.possessive_pronoun))
                return true;
    return false;
}

// A year or month without its day, no period, that holds `day`.
bool holds_day(const DateMention& d, const DateValue& day) {
    const DateValue& v = d.range.start;
    if (d.range.end || v.precision() == DatePrecision::Day || v.year != day.year) return false;
    return v.precision() == DatePrecision::Year || v.month == day.month;
}

// A date that opens its sentence as a dateline does: after one to four capitalised words and a comma.
bool dateline_shaped(const SentenceAnalysis& s, const DateMention& d) {
    constexpr std::size_t kMaxPlaceTokens = 4;
    const TokenList& t = s.tokens.tokens;
    if (d.first_token < 2 || d.first_token > kMaxPlaceTokens + 1 || d.first_token > t.size()) return false;
    if (t[d.first_token - 1].text != ",") return false;
    for (std::size_t k = 0; k + 1 < d.first_token; ++k)
        if (t[k].text.empty() || !(t[k].text[0] >= 'A' && t[k].text[0] <= 'Z')) return false;
    return true;
}

}  // namespace

std::optional<DateValue> inferred_anchor(const std::vector<SentenceAnalysis>& sentences) {
    // The year the text states most often is the year it is written in: releases recall the
    // year's earlier events and announce the next year's plans less often.
    std::map<int, std::size_t> years;
    for (const auto& s : sentences)
        for (const auto& d : find_dates(s.tokens, s.words, std::nullopt, Tense::Unknown)) ++years[d.range.start.year];
    if (years.empty()) {
        std::vector<TokenizedSentence> all;
        std::vector<SentenceWords> words;
        for (const auto& s : sentences) {
            all.push_back(s.tokens);
            words.push_back(s.words);
        }
        return infer_document_date(all, words);
    }
    const int year = std::max_element(years.begin(), years.end(), [](const auto& a, const auto& b) {
                         return a.second < b.second || (a.second == b.second && a.first < b.first);
                     })->first;
    const DateValue mid_year{year, 7, 1};
    for (const auto& s : sentences) {
        const auto dates = find_dates(s.tokens, s.words, mid_year, Tense::Unknown);
        if (dates.empty()) continue;
        const DateMention& first = dates.front();
        // "Visit to Paris by the Minister of ... (10 February 2026)": a day stated in full in the
        // headline is the release's day.
        if (&s == &sentences.front() && !first.year_inferred && first.range.start.precision() == DatePrecision::Day)
            return first.range.start;
        // "Santiago, 21 April 2026. Foreign Minister X will ...": a dateline run into the first
        // sentence of the body (a place, a comma, a day stated in full) is the release's day.
        if (!first.year_inferred && first.range.start.precision() == DatePrecision::Day && !first.range.end &&
            dateline_shaped(s, first))
            return first.range.start;
        if (first.year_inferred && first.range.start.precision() == DatePrecision::Day &&
            sentence_tense(s.tokens, s.words) == Tense::Future) {
            // Published before the day it announces: the day before is the anchor.
            DateValue eve{year, first.range.start.month, first.range.start.day - 1};
            if (eve.day > 0 && eve.valid()) return eve;
        }
        break;
    }
    return mid_year;
}

namespace {

bool contains_hit(const std::vector<const TriggerHit*>& v, const TriggerHit* t) {
    return std::find(v.begin(), v.end(), t) != v.end();
}

// The person who makes the visit named by `t`: the one named last before the trigger in
// the item ("the President's official visit", "Lopes will pay a visit"), else the one named
// after "visit of/by"; else the list's subject the item belongs to. Not whoever is named
// after a verb ("[the leader] visited X to hold talks with Y": Y is visited, not visiting).
std::optional<std::size_t> visitor_of(const SentenceAnalysis& s, const TriggerHit& t, std::size_t begin,
                                      const std::vector<std::size_t>& persons, const std::vector<std::size_t>& own,
                                      const Lexicon& lx) {
    // "talks with visiting Foreign Minister X": the person the adjective qualifies.
    if (lx.word_in(t.text, lx.word_classes().visiting_word))
        for (std::size_t i = 0; i < s.mentions.size(); ++i)
            if (s.mentions[i].type == EntityType::Person && s.mentions[i].first >= t.last && s.mentions[i].first <= t.last + 5)
                return s.entity_of[i];
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < s.mentions.size(); ++i)
        if (s.mentions[i].type == EntityType::Person && s.mentions[i].first >= begin && s.mentions[i].last <= t.first &&
            contains(persons, s.entity_of[i]))
            best = s.entity_of[i];
    if (best) return best;
    if (t.last + 1 < s.tokens.tokens.size() && (token_is(s.tokens, t.last, "of") || token_is(s.tokens, t.last, "by")))
        for (std::size_t i = 0; i < s.mentions.size(); ++i)
            if (s.mentions[i].type == EntityType::Person && s.mentions[i].first > t.last && s.mentions[i].first <= t.last + 6)
                return s.entity_of[i];
    for (auto p : persons)
        if (!contains(own, p)) return p;  // inherited from the list's subject
    return std::nullopt;
}

// The places listed with `place` in [begin, end): "Tashkent and Samarkand", "A, B and C".
std::vector<std::size_t> places_listed_with(const SentenceAnalysis& s, std::size_t place, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> listed{place};
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.first < begin || m.last > end || m.first < 2) continue;
        if (contains(listed, s.entity_of[i])) continue;
        if (m.type != EntityType::Place || !(s.tokens.tokens[m.first - 1].text == "," || token_is(s.tokens, m.first - 1, "and")))
            continue;
        std::size_t k = m.first - 1;
        if (token_is(s.tokens, k, "and") && s.tokens.tokens[k - 1].text == ",") --k;  // "A, B, and C"
        for (std::size_t j = 0; j < s.mentions.size(); ++j)
            if (s.mentions[j].type == EntityType::Place && s.mentions[j].last == k && contains(listed, s.entity_of[j])) {
                listed.push_back(s.entity_of[i]);
                out.push_back(s.entity_of[i]);
                break;
            }
    }
    return out;
}

// The place of the latest visit extracted so far whose days hold `day`: the visit a sentence opened by
// "During the visit, ..." speaks of.
std::optional<std::size_t> place_of_visit_holding(const std::vector<ExtractedEvent>& events, const DateValue& day) {
    for (auto e = events.rbegin(); e != events.rend(); ++e)
        if (e->type == "Visit" && e->place && e->start && *e->start <= day && day <= e->end.value_or(*e->start)) return e->place;
    return std::nullopt;
}

// "the Dakar International Conference on ...", "the Lisbon Ocean Conference": a city opening the
// name of the gathering `t` (after "the", capitalised words to the trigger) is where it is held.
std::optional<std::size_t> place_opening_name(const SentenceAnalysis& s, const TriggerHit& t) {
    constexpr std::size_t kNameReach = 3;  // words of the name between the city and the trigger
    const TokenList& tokens = s.tokens.tokens;
    if (t.first >= tokens.size() || !tokens[t.first].capitalized()) return std::nullopt;
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.type != EntityType::Place || m.last > t.first || m.last + kNameReach < t.first || m.first == 0 ||
            !token_is(s.tokens, m.first - 1, "the"))
            continue;
        bool name = true;
        for (std::size_t k = m.last; k < t.first && name; ++k) name = tokens[k].capitalized();
        if (name) return s.entity_of[i];
    }
    return std::nullopt;
}

// The events of one dated sentence: one per date (and kind of event) in its item.
void sentence_events(const SentenceAnalysis& s, const SentenceAnalysis* previous, std::size_t si,
                     const std::vector<TriggerHit>& triggers, const std::vector<DateMention>& dates, Tense tense,
                     const Lexicon& lexicon, EventState& st) {
    const WordClasses& wc = lexicon.word_classes();
    const auto items = split_items(s, dates);
    // The sentence's head: its first trigger before the first date, unless that names the
    // frame of another event ("during the meeting of ...").
    if (std::all_of(triggers.begin(), triggers.end(), [](const TriggerHit& t) { return t.counted; }) && dates.size() == 1) return;
    const TriggerHit* head = nullptr;
    if (triggers.front().last <= dates.front().first_token && !framed(s, triggers.front().first, false))
        head = &triggers.front();
    // "In September 2024, meetings were held ..., then on October 7 ...": after an opening date,
    // the meetings of the main clause head the list.
    if (!head && dates.size() > 1)
        for (const auto& t : triggers)
            if (t.first < items.front().end && t.type == "Meeting" && !framed(s, t.first, true)) {
                head = &t;
                break;
            }
    std::size_t subject_end = dates.front().first_token;
    for (std::size_t k = 0; k < subject_end; ++k)
        if (s.tokens.tokens[k].text == "(") subject_end = k;
    auto subject = persons_in(s, 0, subject_end);
    // "The ministers met seven times in 2022. So far this year, they have met four times: on ...",
    // "A and B agreed to meet again. The meeting will take place on ...": "they" and "the
    // meeting(s)" opening the sentence are about the persons of the sentence before.
    bool refers_back = false;
    for (std::size_t k = 0; k < subject_end && !refers_back; ++k)
        refers_back = s.words.is(k, wc.they_pronoun) && std::any_of(triggers.begin(), triggers.end(), [&](const TriggerHit& t) {
                          return t.type == "Meeting" && t.first > k && t.first <= k + 4;  // "they have met", "they held talks"
                      });
    const TriggerHit& opening = triggers.front();
    refers_back = refers_back || (opening.type == "Meeting" && opening.kind == "noun" && opening.first > 0 && opening.first <= 3 &&
                                  s.words.is(opening.first - 1, wc.back_reference_word));
    if (subject.empty() && previous && refers_back)
        if (auto before = persons_in(*previous, 0, previous->tokens.tokens.size()); before.size() >= 2) subject = before;

    // "X will meet Y and will visit Z on 24-25 December": the one date is told in a clause of its own,
    // joined by "and will" after another event; it dates the clause's event, not the one before.
    std::size_t single_begin = 0;
    if (dates.size() == 1)
        for (std::size_t k = dates.front().first_token; k-- > 1;) {
            if (!token_is(s.tokens, k, "and")) continue;
            if (s.words.is(k + 1, wc.future_auxiliary) &&
                std::any_of(triggers.begin(), triggers.end(), [&](const TriggerHit& t) { return t.last <= k; }) &&
                std::any_of(triggers.begin(), triggers.end(), [&](const TriggerHit& t) { return t.first > k; }))
                single_begin = k;
            break;  // only the nearest "and" before the date
        }
    std::vector<std::size_t> current_subject = subject;
    for (std::size_t j = 0; j < dates.size(); ++j) {
        const bool single = dates.size() == 1;
        const std::size_t begin = single ? single_begin : items[j].begin, end = single ? s.tokens.tokens.size() : items[j].end;
        std::vector<const TriggerHit*> own;
        for (const auto& t : triggers)
            if (t.first >= begin && t.last <= end && !t.counted) own.push_back(&t);
        // "at the opening of the fair": a trigger completing another names the same event.
        {
            std::vector<const TriggerHit*> completing;
            for (const TriggerHit* t : own)
                for (const TriggerHit* head_of : own)
                    if (head_of != t && head_of->last <= t->first && t->first - head_of->last <= 4 &&
                        token_is(s.tokens, head_of->last, "of"))
                        completing.push_back(t);
            std::erase_if(own, [&](const TriggerHit* t) { return contains_hit(completing, t); });
        }
        // "met at the CIS ministerial meeting on ...", "met on the sidelines of the summit": the
        // meeting verb names the event it frames, not one more. Not a visit: "During the visit, X met
        // (was received by) Y on May 5" is a meeting held within the visit.
        if (std::any_of(own.begin(), own.end(),
                        [&](const TriggerHit* t) { return t->type != "Meeting" && t->type != "Visit" && framed(s, t->first, true); }))
            std::erase_if(own, [](const TriggerHit* t) { return t->type == "Meeting" && t->kind == "verb"; });
        // "included a joint meeting ..., the signing of a statement": a signing among other
        // events is what happens at them, not a ceremony of its own.
        if (own.size() > 1)
            std::erase_if(own, [&](const TriggerHit* t) { return t->type == "Ceremony" && is_signing_word(t->text, lexicon); });
        // "During the visit, the ministers will hold talks on March 7": the visit frames the
        // sentence's event; it is not dated by it.
        bool visit_frames = false;
        if (std::any_of(own.begin(), own.end(), [&](const TriggerHit* t) { return t->type != "Visit" && !framed(s, t->first, false); })) {
            visit_frames = std::any_of(own.begin(), own.end(), [&](const TriggerHit* t) { return t->type == "Visit" && framed(s, t->first, false); });
            std::erase_if(own, [&](const TriggerHit* t) { return t->type == "Visit" && framed(s, t->first, false); });
        }
        // "During the visit, X called on the President at the Palace this morning": the visit named back (the
        // definite noun closed by the comma that ends the frame) is the one told before, whatever else the
        // sentence tells; it is never a visit of the sentence's day of its own.
        std::erase_if(own, [&](const TriggerHit* t) {
            return t->type == "Visit" && t->kind == "noun" && framed(s, t->first, false) && t->first > 0 &&
                   (token_is(s.tokens, t->first - 1, "the") || s.words.is(t->first - 1, wc.possessive_pronoun)) &&
                   t->last < s.tokens.tokens.size() && s.tokens.tokens[t->last].text == ",";
        });
        // "held talks with the visiting minister": the talks are not absorbed by an adjective.
        const bool has_visit = std::any_of(own.begin(), own.end(), [&](const TriggerHit* t) {
            return t->type == "Visit" && !lexicon.word_in(t->text, wc.visiting_word);
        });
        std::vector<const TriggerHit*> chosen;
        for (const TriggerHit* t : own) {
            if (has_visit && absorbed_by_visit(*t, lexicon)) continue;
            const auto same = std::find_if(chosen.begin(), chosen.end(), [&](const TriggerHit* c) { return c->type == t->type; });
            if (same == chosen.end()) {
                chosen.push_back(t);
            } else if (framed(s, t->first, false) && !framed(s, (*same)->first, false)) {
                *same = t;  // "held discussions during the Council meeting": the council's meeting
            }
        }
        // A counted head ("held nine meetings in 2023") heads a list of days, not of years.
        if (chosen.empty() && !single && head && head->counted && dates[j].range.start.precision() == DatePrecision::Year) continue;
        if (chosen.empty() && !single) {
            // Else the first event named before the item ("during the Council meeting on March 2
            // ..., on June 5 and July 9 in Lisbon"); never one named only after it.
            const auto before = std::find_if(triggers.begin(), triggers.end(),
                                             [&](const TriggerHit& t) { return !t.counted && t.first < begin; });
            if (head) chosen.push_back(head);
            else if (before != triggers.end()) chosen.push_back(&*before);
            else continue;
        }
        // "meetings took place on the margins of the OAS assembly": a meeting within the frame.
        if (!single && head && head->type == "Meeting" && head->kind != "verb" &&
            std::none_of(chosen.begin(), chosen.end(), [](const TriggerHit* c) { return c->type == "Meeting"; }) &&
            std::any_of(chosen.begin(), chosen.end(), [&](const TriggerHit* c) { return framed(s, c->first, false); }))
            chosen.push_back(head);

        // Persons: the item's own, with the subject of the list unless the item opens a clause
        // of its own ("..., and B visited X on ..."), which then becomes the subject; an item
        // that names nobody belongs to the current subject ("on June 5 and July 9 in Lisbon").
        std::vector<std::size_t> persons = persons_in(s, begin, end);
        if (persons.empty()) {
            persons = current_subject;
        } else {
            const auto verb = std::find_if(own.begin(), own.end(), [&](const TriggerHit* t) {
                return t->kind != "noun" && t->kind != "name" && !framed(s, t->first, true) &&
                       !persons_in(s, begin, t->first).empty();
            });
            if (verb != own.end() || j == 0) {
                if (verb != own.end()) current_subject = persons;
                else for (auto p : current_subject) add_unique(persons, p);
            } else {
                for (auto p : current_subject) add_unique(persons, p);
            }
        }
        const auto chairs = chairs_in(s, begin, end);

        // "a working visit to Brest to attend the joint meeting": the meeting is where the visit is.
        std::optional<std::size_t> visit_place;
        if (std::any_of(chosen.begin(), chosen.end(), [](const TriggerHit* c) { return c->type == "Visit"; }))
            visit_place = item_place(s, dates, items, j, true);
        std::vector<std::pair<std::size_t, const TriggerHit*>> created;
        for (const TriggerHit* hit : chosen) {
            ExtractedEvent e;
            e.type = hit->type;
            e.start = dates[j].range.start;
            e.end = dates[j].range.end;
            e.place = item_place(s, dates, items, j, hit->type == "Visit");
            if (!e.place) e.place = visit_place;
            if (!e.place && hit->type != "Meeting" && hit->type != "PhoneCall" && hit->type != "Visit")
                e.place = place_opening_name(s, *hit);
            // "During the visit, X was received by Y on May 5": where the visit whose days hold it was.
            if (!e.place && visit_frames) e.place = place_of_visit_holding(st.builder.out.events, *e.start);
            e.participants = persons;
            for (auto c : chairs) add_unique(e.participants, c);
            e.chairs = chairs;
            // "held talks on the sidelines of the Andean Council of Presidents": the body whose meeting frames it.
            for (std::size_t i = 0; i < s.mentions.size(); ++i)
                if (s.mentions[i].type == EntityType::Organization && s.mentions[i].first >= begin && s.mentions[i].last <= end &&
                    framed(s, s.mentions[i].first, false))
                    add_unique(e.participants, s.entity_of[i]);
            if (hit->first >= begin && hit->last <= end) {
                add_meeting_bodies(s, *hit, e.participants);
            } else {  // "at the meetings of the SSC (...), the Council of Ministers (November 5, ...)"
                for (std::size_t i = 0; i < s.mentions.size(); ++i)
                    if (s.mentions[i].type == EntityType::Organization && s.mentions[i].first >= begin &&
                        s.mentions[i].last <= dates[j].first_token)
                        add_unique(e.participants, s.entity_of[i]);
            }
            if (hit->kind == "body") {
                for (std::size_t i = 0; i < s.mentions.size(); ++i)
                    if (s.mentions[i].first == hit->first && s.mentions[i].last == hit->last) add_unique(e.participants, s.entity_of[i]);
            }
            e.planned = tense == Tense::Future;
            e.sentence = s.tokens.sentence;
            e.trigger = hit->text;
            e.rule = hit->kind == "body" ? "pattern:approving-body-date" : single ? "pattern:trigger-date" : "pattern:date-list-item";
            anniversary_shift(s, dates[j], *hit, e);
            if (e.type == "Visit" && persons.empty()) continue;  // "91 delegations visited": no visitor named
            created.emplace_back(st.add(si, std::move(e), *hit), hit);
        }
        auto& events = st.builder.out.events;
        for (auto& [m, mt] : created)
            if (events[m].type == "Meeting" && !framed(s, mt->first, false))
                for (auto& [f, ft] : created)
                    if (f != m && framed(s, ft->first, false)) events[m].part_of = f;

        // Who met whom, once per item, on its meeting first; who visited what.
        std::vector<std::size_t> people = persons;
        for (auto c : chairs) add_unique(people, c);
        std::optional<std::size_t> pair_event;
        for (const char* type : {"Meeting", "PhoneCall", "Visit"})
            for (auto& [idx, hit] : created)
                if (!pair_event && events[idx].type == type) pair_event = idx;
        if (!pair_event && !created.empty()) pair_event = created.front().first;
        for (auto& [idx, hit] : created) {
            if (events[idx].type != "Visit") continue;
            const auto visitor = visitor_of(s, *hit, begin, people, persons_in(s, begin, end), lexicon);
            if (!visitor) continue;
            if (events[idx].place) {
                st.visits.push_back({*visitor, *events[idx].place, idx, s.tokens.sentence, events[idx].rule});
                // "visited Tashkent and Samarkand": each place of the list.
                for (auto other : places_listed_with(s, *events[idx].place, begin, end))
                    st.visits.push_back({*visitor, other, idx, s.tokens.sentence, events[idx].rule});
            }
            if (const auto country = visited_country(s, *hit))
                st.visits.push_back({*visitor, *country, idx, s.tokens.sentence, events[idx].rule});
            if (idx == *pair_event) {  // the visitor first
                std::erase(people, *visitor);
                people.insert(people.begin(), *visitor);
            }
        }
        // Persons named with a summit, forum or ceremony met there when the sentence says they met
        // ("the presidents met ...: at the BRICS summit on ..."), not for being named with it.
        const bool meeting_said = std::any_of(triggers.begin(), triggers.end(), [](const TriggerHit& t) { return t.type == "Meeting"; });
        if (pair_event && people.size() >= 2 &&
            (meeting_said || events[*pair_event].type == "Visit" || events[*pair_event].type == "PhoneCall")) {
            const bool only_chairs = people.size() == chairs.size();  // co-chairs of a body's meeting
            if (!only_chairs)
                for (std::size_t k = 1; k < people.size(); ++k)
                    st.pairs.push_back({people.front(), people[k], *pair_event, s.tokens.sentence, events[*pair_event].rule});
        }
    }
}

// The qualifiers a fact takes from its event: its date, and pgo:planned when the event is
// announced ("will meet", "will visit").
std::vector<Attribute> date_of(const ExtractedEvent& e) {
    std::vector<Attribute> when;
    if (e.start) when.push_back({"pgo:date", {e.start->iso(), std::string(e.start->xsd_type())}});
    if (e.planned) when.push_back({"pgo:planned", {"true", "boolean"}});
    return when;
}

// "A and B have met six times and C and D have met seven times": they met, at events the
// text does not tell apart. One pgo:metWith per pair, with the year if the sentence gives one.
void counted_meetings(const SentenceAnalysis& s, const std::vector<TriggerHit>& triggers, const std::vector<DateMention>& found,
                      EventState& st) {
    std::optional<DateValue> year;
    for (const auto& d : found)
        if (d.range.start.precision() == DatePrecision::Year && !d.range.end) year = d.range.start;
    std::size_t from = 0;
    for (const auto& t : triggers) {
        if (!t.counted || t.type != "Meeting" || t.kind != "verb") continue;
        const auto persons = persons_in(s, from, t.first);
        from = t.last;
        for (std::size_t k = 1; k < persons.size(); ++k)
            st.counted_pairs.push_back({persons.front(), persons[k], year, s.tokens.sentence});
    }
}

}  // namespace

void extract_events(std::vector<SentenceAnalysis>& sentences, const DocumentContext& context, const Lexicon& lexicon,
                    DocumentExtraction& out) {
    EventState st{EventBuilder{out, {}}, std::vector<std::vector<std::size_t>>(sentences.size()),
                  std::vector<std::vector<std::pair<std::size_t, std::size_t>>>(sentences.size()), {}, {}, {}};
    // The context read them with the same anchor (the header's date, else the text's), once.
    const std::vector<Tense>& tenses = context.tenses;
    std::vector<bool> dated(sentences.size(), false);

    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const auto& s = sentences[si];
        auto triggers = find_triggers(s, lexicon);
        if (std::all_of(triggers.begin(), triggers.end(), [](const TriggerHit& t) { return t.counted; }))
            if (auto body = approving_body(s)) triggers.insert(triggers.begin(), *body);
        if (triggers.empty()) continue;
        auto dates = event_dates(s, triggers, context.dates[si]);
        // "It was his first meeting with X in 2025": a year (or month) holding the release's day that
        // frames the count of someone's meetings dates the release's meeting, on the release's day.
        if (dates.size() == 1 && context.published && context.published->precision() == DatePrecision::Day &&
            holds_day(dates.front(), *context.published) && counted_by_possessor(s, triggers))
            dates.front().range.start = *context.published;
        const std::size_t before = st.events_of_sentence[si].size();
        const bool lead = out.events.empty();  // no event dated before: the news item's lead
        if (dates.size() == 1) {
            // "will attend a session ..., where she arrived on Monday night": the date of a
            // where-clause is its own; the events named outside it are undated, and in the lead of
            // a news item announcing them they are the events of its publication day.
            if (const auto where = where_clause(s, dates.front())) {
                std::vector<TriggerHit> inner, outer;
                for (const auto& t : triggers) (t.first > *where ? inner : outer).push_back(t);
                if (!outer.empty() && !inner.empty()) {
                    dated[si] = true;
                    sentence_events(s, si > 0 ? &sentences[si - 1] : nullptr, si, inner, dates, tenses[si], lexicon, st);
                    if (lead && tenses[si] == Tense::Future && context.published &&
                        context.published->precision() == DatePrecision::Day) {
                        DateMention today;
                        today.first_token = today.last_token = *where;
                        today.range.start = *context.published;
                        sentence_events(s, si > 0 ? &sentences[si - 1] : nullptr, si, outer, {today}, tenses[si], lexicon, st);
                    }
                    continue;
                }
            }
        }
        if (!dates.empty()) {
            dated[si] = true;
            sentence_events(s, si > 0 ? &sentences[si - 1] : nullptr, si, triggers, dates, tenses[si], lexicon, st);
        }
        // "have met six times": who met whom, when the sentence dates none of the meetings.
        if (st.events_of_sentence[si].size() == before) counted_meetings(s, triggers, context.dates[si], st);
    }

    // The document's main visit: the first with a visitor.
    std::optional<std::size_t> main;
    for (std::size_t i = 0; i < out.events.size() && !main; ++i)
        if (out.events[i].type == "Visit" && !persons_only(out, out.events[i].participants).empty()) main = i;
    if (main) programme_events(sentences, lexicon, dated, tenses, *main, st);
    // "Earlier, ...", "Later in the day, ...": a sentence that orders its event against the others.
    std::vector<bool> sequels(sentences.size(), false);
    if (const long sequence = lexicon.rules().words().find_class("day_sequence_adverb"); sequence >= 0)
        for (std::size_t si = 0; si < sentences.size(); ++si)
            sequels[si] = sentences[si].tokens.tokens.size() > 1 && sentences[si].words.is(0, static_cast<std::size_t>(sequence));
    merge_mentions(st, main, context.headline, sequels);

    // Facts carried by events: once per pair and event, once per visitor and place.
    std::set<std::tuple<std::size_t, std::size_t, std::size_t>> met;
    for (const auto& p : st.pairs) {
        if (p.a == p.b || !met.emplace(std::min(p.a, p.b), std::max(p.a, p.b), p.event).second) continue;
        out.facts.push_back({p.a, "pgo:metWith", p.b, date_of(out.events[p.event]), p.event, false, p.sentence, p.rule});
    }
    std::set<std::pair<std::size_t, std::size_t>> counted;
    for (const auto& p : st.counted_pairs) {
        if (p.a == p.b || !counted.emplace(std::min(p.a, p.b), std::max(p.a, p.b)).second) continue;
        std::vector<Attribute> when;
        if (p.year) when.push_back({"pgo:date", {p.year->iso(), std::string(p.year->xsd_type())}});
        out.facts.push_back({p.a, "pgo:metWith", p.b, when, std::nullopt, false, p.sentence, "pattern:counted-meetings"});
    }
    std::set<std::pair<std::size_t, std::size_t>> visited;
    for (const auto& v : st.visits) {
        // A head of state or minister does not visit the country whose office they hold.
        if (holds_office_in(out, v.person, v.place) || !visited.emplace(v.person, v.place).second) continue;
        out.facts.push_back({v.person, "pgo:visited", v.place, date_of(out.events[v.event]), v.event, false, v.sentence, v.rule});
    }
    extract_signings({sentences, lexicon, st.events_of_sentence, st.trigger_of_sentence, tenses, main}, out);
}

}  // namespace pressgraph
