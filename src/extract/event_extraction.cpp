#include "event_extraction.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "pressgraph/extract/date_normalizer.hpp"
#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

struct TriggerHit {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string type;
    std::string text;
};

std::vector<TriggerHit> find_triggers(const TokenizedSentence& s, const Lexicon& lx) {
    std::vector<TriggerHit> hits;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        if (!s.tokens[i].word) continue;
        auto m = lx.event_triggers().longest_at(s.tokens, i);
        if (!m) {
            // Plurals name events too: "meetings with A and B", "talks".
            const std::string_view w = s.tokens[i].text;
            if (w.size() > 3 && w.back() == 's') {
                std::vector<Token> singular{s.tokens[i]};
                singular[0].text = w.substr(0, w.size() - 1);
                m = lx.event_triggers().longest_at(singular, 0);
            }
        }
        if (!m) continue;
        const EventTrigger& trigger = lx.event_trigger(m->ids->front());
        hits.push_back({i, i + m->length, trigger.event_type, std::string(surface(s, i, i + m->length))});
        i += m->length - 1;
    }
    return hits;
}

// Token distance from a trigger to a date; a trigger before the date is preferred.
std::size_t distance(const TriggerHit& t, const DateMention& d) {
    if (t.last <= d.first_token) return d.first_token - t.last;
    if (d.last_token <= t.first) return t.first - d.last_token + 4;
    return 0;
}

std::vector<std::size_t> entities_of_type(const SentenceAnalysis& s, EntityType type, std::size_t from = 0,
                                          std::size_t to = SIZE_MAX) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.mentions.size(); ++i)
        if (s.mentions[i].type == type && s.mentions[i].first >= from && s.mentions[i].last <= to &&
            std::find(out.begin(), out.end(), s.entity_of[i]) == out.end())
            out.push_back(s.entity_of[i]);
    return out;
}

bool inside_agreement(const SentenceAnalysis& s, const DateMention& d) {
    for (const auto& m : s.mentions)
        if (m.type == EntityType::Agreement && m.first <= d.first_token && d.last_token <= m.last) return true;
    return false;
}

// The place of the event dated by dates[j]: the first place after the date and before the
// next date ("on April 11 in Moscow, on May 8 in Minsk"), else the last one before it.
std::optional<std::size_t> place_for(const SentenceAnalysis& s, const std::vector<DateMention>& dates, std::size_t j,
                                     const TriggerHit& trigger) {
    const std::size_t after = dates[j].last_token;
    const std::size_t until = j + 1 < dates.size() ? dates[j + 1].first_token : SIZE_MAX;
    const std::size_t since = j > 0 ? dates[j - 1].last_token : 0;
    std::optional<std::size_t> before;
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.type != EntityType::Place) continue;
        if (m.first >= after && m.last <= until) return s.entity_of[i];
        if (m.first >= since && m.last <= dates[j].first_token) before = s.entity_of[i];
    }
    if (before) return before;
    // "a visit to Russia": a visit's destination may be a country.
    if (trigger.type == "Visit")
        for (std::size_t i = 0; i < s.mentions.size(); ++i)
            if (s.mentions[i].type == EntityType::Country && s.mentions[i].first >= trigger.last &&
                s.mentions[i].first <= trigger.last + 2)
                return s.entity_of[i];
    return std::nullopt;
}

// Organisations named as the body that meets: "meeting of the Supreme State Council".
void add_meeting_bodies(const SentenceAnalysis& s, const TriggerHit& trigger, std::vector<std::size_t>& participants) {
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.type == EntityType::Organization && m.first >= trigger.last && m.first <= trigger.last + 2 &&
            s.tokens.tokens[trigger.last].text == "of" &&
            std::find(participants.begin(), participants.end(), s.entity_of[i]) == participants.end())
            participants.push_back(s.entity_of[i]);
    }
}

bool mentions_word(const SentenceAnalysis& s, std::string_view word) {
    for (const auto& t : s.tokens.tokens)
        if (ascii_lower(t.text) == word) return true;
    return false;
}

bool signs_something(const SentenceAnalysis& s) {
    static constexpr std::string_view kVerbs[] = {"sign", "signed", "signing", "adopt", "adopted", "approve",
                                                  "approved", "endorse", "endorsed", "conclude", "concluded"};
    for (const auto& t : s.tokens.tokens)
        for (auto v : kVerbs)
            if (ascii_lower(t.text) == v) return true;
    return false;
}

struct EventBuilder {
    DocumentExtraction& out;
    std::map<std::tuple<std::string, std::string, std::string, long long, long long>, std::size_t> index;

    std::size_t add(ExtractedEvent e) {
        // One real event named twice in a document (same type, dates, place, parent) is one event.
        const auto key = std::make_tuple(e.type, e.start ? e.start->iso() : std::string(), e.end ? e.end->iso() : std::string(),
                                         e.place ? static_cast<long long>(*e.place) : -1LL,
                                         e.part_of ? static_cast<long long>(*e.part_of) : -1LL);
        if (const auto it = index.find(key); it != index.end()) {
            auto& existing = out.events[it->second];
            for (auto p : e.participants)
                if (std::find(existing.participants.begin(), existing.participants.end(), p) == existing.participants.end())
                    existing.participants.push_back(p);
            return it->second;
        }
        out.events.push_back(std::move(e));
        index.emplace(key, out.events.size() - 1);
        return out.events.size() - 1;
    }
};

void with_year(DateMention& d, int year) {
    const int shift = year - d.range.start.year;
    DateValue start = d.range.start;
    start.year += shift;
    if (!start.valid()) return;
    d.range.start = start;
    if (d.range.end) {
        DateValue end = *d.range.end;
        end.year += shift;
        if (end.valid()) d.range.end = end;
    }
}

// The persons of the event dated by dates[j]: those named before the sentence's first date
// (its subject) and those named between the neighbouring dates (its own item of a list).
std::vector<std::size_t> participants_for(const SentenceAnalysis& s, const std::vector<DateMention>& dates, std::size_t j) {
    const std::size_t since = j > 0 ? dates[j - 1].last_token : 0;
    const std::size_t until = j + 1 < dates.size() ? dates[j + 1].first_token : SIZE_MAX;
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.type != EntityType::Person) continue;
        const bool subject = m.last <= dates.front().first_token;
        const bool own_item = m.first >= since && m.last <= until;
        if ((subject || own_item) && std::find(out.begin(), out.end(), s.entity_of[i]) == out.end())
            out.push_back(s.entity_of[i]);
    }
    return out;
}

}  // namespace

// The date a document without a header date speaks from. Press releases open with the
// event they announce ("On November 21-22, the minister will ..."): that day, in the year
// the text's own dates point to, is a better anchor than the latest date it mentions.
std::optional<DateValue> inferred_anchor(const std::vector<SentenceAnalysis>& sentences) {
    // The year the text states most often is the year it is written in: releases recall the
    // year's earlier events and announce the next year's plans less often.
    std::map<int, std::size_t> years;
    for (const auto& s : sentences)
        for (const auto& d : find_dates(s.tokens, std::nullopt, Tense::Unknown)) ++years[d.range.start.year];
    if (years.empty()) {
        std::vector<TokenizedSentence> all;
        for (const auto& s : sentences) all.push_back(s.tokens);
        return infer_document_date(all);
    }
    const int year = std::max_element(years.begin(), years.end(), [](const auto& a, const auto& b) {
                         return a.second < b.second || (a.second == b.second && a.first < b.first);
                     })->first;
    const DateValue mid_year{year, 7, 1};
    for (const auto& s : sentences) {
        const auto dates = find_dates(s.tokens, mid_year, Tense::Unknown);
        if (dates.empty()) continue;
        const DateMention& first = dates.front();
        if (first.year_inferred && first.range.start.precision() == DatePrecision::Day &&
            sentence_tense(s.tokens) == Tense::Future) {
            // Published before the day it announces: the day before is the anchor.
            DateValue eve{year, first.range.start.month, first.range.start.day - 1};
            if (eve.day > 0 && eve.valid()) return eve;
        }
        break;
    }
    return mid_year;
}

std::optional<DateValue> document_anchor(const std::vector<SentenceAnalysis>& sentences, const DocumentExtraction& out) {
    return out.published ? out.published : inferred_anchor(sentences);
}

void extract_events(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, DocumentExtraction& out) {
    const std::optional<DateValue> anchor = document_anchor(sentences, out);
    EventBuilder events{out, {}};
    std::vector<std::vector<std::size_t>> events_of_sentence(sentences.size());
    std::vector<Tense> tenses(sentences.size(), Tense::Unknown);
    std::vector<bool> dated(sentences.size(), false);

    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const auto& s = sentences[si];
        const auto triggers = find_triggers(s.tokens, lexicon);
        tenses[si] = sentence_tense(s.tokens);
        if (triggers.empty()) continue;
        std::vector<DateMention> dates;
        std::optional<int> stated_year;
        for (auto& d : find_dates(s.tokens, anchor, tenses[si])) {
            if (inside_agreement(s, d)) continue;
            if (d.range.start.precision() == DatePrecision::Year) {
                // "convened nine times in 2024: on January 29 ..., on April 11 ...": the year
                // stated in the sentence dates the days listed after it.
                if (!d.range.end) stated_year = d.range.start.year;
                continue;
            }
            if (d.year_inferred && stated_year) with_year(d, *stated_year);
            dates.push_back(d);
        }
        dated[si] = !dates.empty();
        for (std::size_t j = 0; j < dates.size(); ++j) {
            // A trigger inside the date's own item of a list types it ("at the inauguration of
            // ... on February 21 in Kazan"); otherwise the sentence's first trigger, its main verb
            // or noun ("met on April 11 and May 8 in Moscow").
            const std::size_t item_begin = j > 0 ? dates[j - 1].last_token : 0;
            const std::size_t item_end = j + 1 < dates.size() ? dates[j + 1].first_token : SIZE_MAX;
            const TriggerHit* trigger = &triggers.front();
            const TriggerHit* own = nullptr;
            for (const auto& t : triggers)
                if (t.first >= item_begin && t.last <= item_end && (!own || distance(t, dates[j]) < distance(*own, dates[j])))
                    own = &t;
            if (dates.size() == 1) {
                for (const auto& t : triggers)
                    if (distance(t, dates[j]) < distance(*trigger, dates[j])) trigger = &t;
            } else if (own) {
                trigger = own;
            }
            // One date, several kinds of event: "will make a working visit to Brest to attend the
            // joint meeting of ..." is a visit and a meeting on the same days.
            std::vector<const TriggerHit*> chosen{trigger};
            if (dates.size() == 1)
                for (const auto& t : triggers)
                    if (std::none_of(chosen.begin(), chosen.end(), [&](const TriggerHit* c) { return c->type == t.type; }))
                        chosen.push_back(&t);
            for (const TriggerHit* hit : chosen) {
                ExtractedEvent e;
                e.type = hit->type;
                e.start = dates[j].range.start;
                e.end = dates[j].range.end;
                e.place = place_for(s, dates, j, *trigger);
                e.participants = participants_for(s, dates, j);
                add_meeting_bodies(s, *hit, e.participants);
                e.planned = tenses[si] == Tense::Future;
                e.sentence = s.tokens.sentence;
                e.trigger = hit->text;
                e.rule = "pattern:trigger-date";
                events_of_sentence[si].push_back(events.add(std::move(e)));
            }
        }
    }

    // The document's main visit: undated meetings and ceremonies of its programme take its
    // dates and place and are part of it.
    std::optional<std::size_t> main;
    for (std::size_t i = 0; i < out.events.size() && !main; ++i)
        if (out.events[i].type == "Visit" && !out.events[i].participants.empty()) main = i;
    if (main) {
        const ExtractedEvent visit = out.events[*main];
        const std::size_t visitor = visit.participants.front();
        for (std::size_t si = 0; si < sentences.size(); ++si) {
            const auto& s = sentences[si];
            if (dated[si] || s.tokens.sentence == visit.sentence) continue;
            if (tenses[si] != Tense::Unknown && tenses[si] != (visit.planned ? Tense::Future : Tense::Past)) continue;
            const auto persons = entities_of_type(s, EntityType::Person);
            const bool about_visit = mentions_word(s, "visit") || std::find(persons.begin(), persons.end(), visitor) != persons.end();
            if (!about_visit) continue;
            for (const auto& trigger : find_triggers(s.tokens, lexicon)) {
                if (trigger.type != "Meeting" && trigger.type != "Ceremony") continue;
                ExtractedEvent base;
                base.type = trigger.type;
                base.start = visit.start;
                base.end = visit.end;
                base.place = visit.place;
                if (trigger.type == "Ceremony") {
                    const auto places = entities_of_type(s, EntityType::Place, trigger.first);
                    if (!places.empty()) base.place = places.front();
                }
                base.part_of = *main;
                base.planned = visit.planned;
                base.sentence = s.tokens.sentence;
                base.trigger = trigger.text;
                base.rule = "pattern:visit-programme";
                // "meetings with A, B and C": one meeting with each counterpart.
                std::vector<std::size_t> counterparts;
                for (auto p : entities_of_type(s, EntityType::Person, trigger.last))
                    if (p != visitor) counterparts.push_back(p);
                if (trigger.type == "Meeting" && !counterparts.empty()) {
                    for (auto c : counterparts) {
                        ExtractedEvent e = base;
                        e.participants = {visitor, c};
                        events_of_sentence[si].push_back(events.add(std::move(e)));
                    }
                } else {
                    base.participants = {visitor};
                    events_of_sentence[si].push_back(events.add(std::move(base)));
                }
                break;  // one event per sentence of the programme
            }
        }
    }

    // Facts carried by events.
    for (std::size_t ei = 0; ei < out.events.size(); ++ei) {
        const ExtractedEvent& e = out.events[ei];
        std::vector<Attribute> when;
        if (e.start) when.push_back({"pgo:date", {e.start->iso(), std::string(e.start->xsd_type())}});
        std::vector<std::size_t> persons;
        for (auto p : e.participants)
            if (out.entities[p].type == EntityType::Person) persons.push_back(p);
        // A visit "at the invitation of" a counterpart, or with talks announced in the same
        // sentence, brings the visitor and the persons named with it together.
        if ((e.type == "Meeting" || e.type == "PhoneCall" || e.type == "Visit") && persons.size() >= 2)
            for (std::size_t k = 1; k < persons.size(); ++k)
                out.facts.push_back({persons.front(), "pgo:metWith", persons[k], when, ei, false, e.sentence, e.rule});
        if (e.type == "Visit" && !persons.empty() && e.place)
            out.facts.push_back({persons.front(), "pgo:visited", *e.place, when, ei, false, e.sentence, e.rule});
    }
    // "will sign a joint statement": agreements signed, adopted or approved at the sentence's
    // event, or at the main visit when the sentence names none.
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const auto& s = sentences[si];
        if (!signs_something(s)) continue;
        // The event of the sentence; else the latest meeting named before it ("Following the
        // meeting, the participants will adopt ..."); else the main visit.
        std::optional<std::size_t> at;
        if (!events_of_sentence[si].empty()) at = events_of_sentence[si].front();
        for (std::size_t back = si; !at && back-- > 0;)
            for (auto ev : events_of_sentence[back])
                if (out.events[ev].type == "Meeting" || out.events[ev].type == "Session" || out.events[ev].type == "Summit")
                    at = ev;
        if (!at && main && tenses[si] == (out.events[*main].planned ? Tense::Future : Tense::Past)) at = main;
        if (!at) continue;
        std::vector<Attribute> when;
        if (out.events[*at].start) when.push_back({"pgo:date", {out.events[*at].start->iso(),
                                                               std::string(out.events[*at].start->xsd_type())}});
        // "The ministers are expected to sign ...": a plural subject names the event's persons
        // as the parties.
        std::string plural;  // "ministers" -> persons whose office title has "minister"
        for (const auto& t : s.tokens.tokens) {
            const std::string w = ascii_lower(t.text);
            if (w == "ministers" || w == "presidents" || w == "parties" || w == "sides" || w == "leaders") plural = w;
        }
        std::vector<std::size_t> signers;
        if (!plural.empty()) {
            const std::string office = plural == "ministers" ? "minister" : plural == "presidents" ? "president" : "";
            std::set<std::size_t> candidates;
            for (const auto& ev : out.events)
                if (ev.start == out.events[*at].start)
                    for (auto p : ev.participants)
                        if (out.entities[p].type == EntityType::Person) candidates.insert(p);
            for (auto p : candidates) {
                bool holds = office.empty();
                for (const auto& f : out.facts)
                    if (f.subject == p && f.predicate == "pgo:holdsPosition")
                        for (const auto& q : f.qualifiers)
                            holds |= ascii_lower(q.value.lexical).find(office) != std::string::npos;
                if (holds) signers.push_back(p);
            }
        }
        std::vector<std::size_t> signed_documents;  // not those named inside another ("the Charter" in "a statement on the Charter")
        for (std::size_t i = 0; i < s.mentions.size(); ++i)
            if (s.mentions[i].type == EntityType::Agreement && !s.mentions[i].nested &&
                std::find(signed_documents.begin(), signed_documents.end(), s.entity_of[i]) == signed_documents.end())
                signed_documents.push_back(s.entity_of[i]);
        for (auto a : signed_documents) {
            out.facts.push_back({a, "pgo:signedAt", *at, when, *at, true, s.tokens.sentence, "pattern:sign-at-event"});
            if (signers.size() >= 2)
                for (auto p : signers)
                    out.facts.push_back({a, "pgo:party", p, {}, *at, false, s.tokens.sentence, "pattern:plural-signers"});
        }
    }
}

}  // namespace pressgraph
