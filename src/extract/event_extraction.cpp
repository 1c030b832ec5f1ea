#include "event_extraction.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "event_items.hpp"
#include "event_signing.hpp"
#include "pressgraph/extract/date_normalizer.hpp"
#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

bool contains(const std::vector<std::size_t>& v, std::size_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }

void add_unique(std::vector<std::size_t>& v, std::size_t x) {
    if (!contains(v, x)) v.push_back(x);
}

bool inside_agreement(const SentenceAnalysis& s, const DateMention& d) {
    for (const auto& m : s.mentions)
        if (m.type == EntityType::Agreement && m.first <= d.first_token && d.last_token <= m.last) return true;
    return false;
}

// Words before a date that make it a bound of a period, not the day of an event
// ("since 2000", "from January to October", "by 2030").
bool bounds_a_period(const TokenizedSentence& s, const DateMention& d) {
    if (d.first_token == 0) return false;
    static constexpr std::string_view kBounds[] = {"since", "from", "until", "till", "to", "by", "between",
                                                   "through", "before", "after", "starting", "as"};
    for (auto w : kBounds)
        if (token_is(s, d.first_token - 1, w)) return true;
    return false;
}

// "Maxim Ryzhenkov, who was appointed Foreign Minister on June 27, ...": a date in a
// relative clause about a person dates that clause, not an event, unless it names one.
bool in_relative_clause(const TokenizedSentence& s, const DateMention& d, const std::vector<TriggerHit>& triggers) {
    for (std::size_t k = d.first_token; k-- > 0;) {
        if (s.tokens[k].text == "," || s.tokens[k].text == ";" || s.tokens[k].text == "(") return false;
        if (token_is(s, k, "who") || token_is(s, k, "whom"))
            return std::none_of(triggers.begin(), triggers.end(),
                                [&](const TriggerHit& t) { return t.first > k && t.last <= d.first_token; });
    }
    return false;
}

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

// The dates of a sentence that date its events. A bare year ("in 2024, ... on January 29")
// gives its year to the days listed after it and dates an event itself only when no such
// day follows and the text says "in 2014"; years of periods and agreements date nothing.
std::vector<DateMention> event_dates(const SentenceAnalysis& s, const std::vector<TriggerHit>& triggers,
                                     std::optional<DateValue> anchor, Tense tense) {
    const auto found = find_dates(s.tokens, anchor, tense);
    std::vector<DateMention> dates;
    std::optional<int> stated_year;
    for (std::size_t k = 0; k < found.size(); ++k) {
        DateMention d = found[k];
        if (inside_agreement(s, d) || bounds_a_period(s.tokens, d) || in_relative_clause(s.tokens, d, triggers)) continue;
        if (d.range.start.precision() == DatePrecision::Year) {
            if (d.range.end) continue;  // "2024-2026": a period
            const bool days_follow = std::any_of(found.begin() + static_cast<long>(k) + 1, found.end(),
                                                 [](const DateMention& m) { return m.year_inferred; });
            if (days_follow) {
                stated_year = d.range.start.year;
                continue;
            }
            const std::size_t f = d.first_token;
            const bool in = (f > 0 && token_is(s.tokens, f - 1, "in")) ||
                            (f > 1 && token_is(s.tokens, f - 1, "the") && token_is(s.tokens, f - 2, "in"));
            if (!in) continue;
        }
        if (d.year_inferred && stated_year) with_year(d, *stated_year);
        dates.push_back(d);
    }
    return dates;
}

// "December 8 marks the 25th anniversary of the signing of ...": the event is that many
// years before the date.
void anniversary_shift(const TokenizedSentence& s, const DateMention& d, const TriggerHit& t, ExtractedEvent& e) {
    for (std::size_t k = d.last_token; k + 1 < t.first; ++k) {
        if (!token_is(s, k, "anniversary") || k == 0 || t.first > k + 3) continue;
        const std::string_view n = s.tokens[k - 1].text;
        int years = 0;
        for (char c : n) {
            if (c < '0' || c > '9') break;
            years = years * 10 + (c - '0');
        }
        if (years <= 0 || years > 1000) return;
        for (auto* v : {&e.start, &e.end})
            if (*v) {
                DateValue shifted = **v;
                shifted.year -= years;
                if (shifted.valid()) *v = shifted;
            }
        return;
    }
}

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
bool absorbed_by_visit(const TriggerHit& t) {
    return t.type == "Meeting" && ascii_lower(t.text) != "meeting";
}

// The body that approves at its meeting: "approved by the Supreme State Council ... on
// January 29" names a meeting of that council on that day.
std::optional<TriggerHit> approving_body(const SentenceAnalysis& s) {
    if (!signs_something(s.tokens)) return std::nullopt;
    for (const Candidate& m : s.mentions) {
        if (m.type != EntityType::Organization || m.first == 0) continue;
        if (!token_is(s.tokens, m.first - 1, "by") && !(m.first > 1 && token_is(s.tokens, m.first - 1, "the") &&
                                                         token_is(s.tokens, m.first - 2, "by")))
            continue;
        return TriggerHit{m.first, m.last, "Meeting", std::string(surface(s.tokens, m.first, m.last)), "body"};
    }
    return std::nullopt;
}

struct PendingPair {
    std::size_t a, b, event;
    Span sentence;
    std::string rule;
};

struct CountedPair {
    std::size_t a, b;
    std::optional<DateValue> year;
    Span sentence;
};

struct PendingVisit {
    std::size_t person, place, event;
    Span sentence;
    std::string rule;
};

std::vector<std::size_t> persons_only(const DocumentExtraction& out, const std::vector<std::size_t>& ids) {
    std::vector<std::size_t> persons;
    for (auto p : ids)
        if (out.entities[p].type == EntityType::Person) persons.push_back(p);
    return persons;
}

bool subset(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
    return std::all_of(a.begin(), a.end(), [&](std::size_t x) { return contains(b, x); });
}

struct EventBuilder {
    DocumentExtraction& out;
    std::map<std::tuple<std::string, std::string, std::string, long long, long long>, std::vector<std::size_t>> index;

    // One real event named twice in a document (same type, dates, place and parent, and
    // the persons of one among those of the other) is one event.
    std::size_t add(ExtractedEvent e) {
        const auto key = std::make_tuple(e.type, e.start ? e.start->iso() : std::string(), e.end ? e.end->iso() : std::string(),
                                         e.place ? static_cast<long long>(*e.place) : -1LL,
                                         e.part_of ? static_cast<long long>(*e.part_of) : -1LL);
        auto& same = index[key];
        const auto persons = persons_only(out, e.participants);
        for (auto k : same) {
            auto& existing = out.events[k];
            const auto theirs = persons_only(out, existing.participants);
            if (!subset(persons, theirs) && !subset(theirs, persons)) continue;
            for (auto p : e.participants) add_unique(existing.participants, p);
            for (auto p : e.chairs) add_unique(existing.chairs, p);
            existing.planned = existing.planned && e.planned;
            return k;
        }
        out.events.push_back(std::move(e));
        same.push_back(out.events.size() - 1);
        return out.events.size() - 1;
    }
};

bool holds_office_in(const DocumentExtraction& out, std::size_t person, std::size_t place) {
    return std::any_of(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) {
        return f.subject == person && f.object == place && !f.object_is_event && f.predicate == "pgo:holdsPosition";
    });
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

namespace {

// What the sentences of a document have named so far.
struct EventState {
    EventBuilder builder;
    std::vector<std::vector<std::size_t>> events_of_sentence;
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> trigger_of_sentence;
    std::vector<PendingPair> pairs;
    std::vector<PendingVisit> visits;
    std::vector<CountedPair> counted_pairs;

    std::size_t add(std::size_t si, ExtractedEvent e, const TriggerHit& t) {
        const std::size_t idx = builder.add(std::move(e));
        events_of_sentence[si].push_back(idx);
        trigger_of_sentence[si].emplace_back(t.first, t.last);
        return idx;
    }
};

bool contains_hit(const std::vector<const TriggerHit*>& v, const TriggerHit* t) {
    return std::find(v.begin(), v.end(), t) != v.end();
}

// The person who makes the visit named by `t`: the one named last before the trigger in
// the item ("Vladimir Putin's official visit", "Lavrov will pay a visit"), else the one named
// after "visit of/by"; else the list's subject the item belongs to. Not whoever is named
// after a verb ("[the leader] visited X to hold talks with Y": Y is visited, not visiting).
std::optional<std::size_t> visitor_of(const SentenceAnalysis& s, const TriggerHit& t, std::size_t begin,
                                      const std::vector<std::size_t>& persons, const std::vector<std::size_t>& own) {
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

// "visit to Belarus": the country a visit is made to, when named right after the trigger.
std::optional<std::size_t> visited_country(const SentenceAnalysis& s, const TriggerHit& t) {
    for (std::size_t i = 0; i < s.mentions.size(); ++i)
        if (s.mentions[i].type == EntityType::Country && s.mentions[i].first >= t.last && s.mentions[i].first <= t.last + 2 &&
            t.last < s.tokens.tokens.size() && token_is(s.tokens, t.last, "to"))
            return s.entity_of[i];
    return std::nullopt;
}

// The events of one dated sentence: one per date (and kind of event) in its item.
void sentence_events(const SentenceAnalysis& s, const SentenceAnalysis* previous, std::size_t si,
                     const std::vector<TriggerHit>& triggers, const std::vector<DateMention>& dates, Tense tense,
                     EventState& st) {
    const auto items = split_items(s.tokens, dates);
    // The sentence's head: its first trigger before the first date, unless that names the
    // frame of another event ("during the meeting of ...").
    if (std::all_of(triggers.begin(), triggers.end(), [](const TriggerHit& t) { return t.counted; }) && dates.size() == 1) return;
    const TriggerHit* head = nullptr;
    if (triggers.front().last <= dates.front().first_token && !framed(s.tokens, triggers.front().first, false))
        head = &triggers.front();
    // "In September 2024, meetings were held ..., then on October 7 ...": after an opening date,
    // the meetings of the main clause head the list.
    if (!head && dates.size() > 1)
        for (const auto& t : triggers)
            if (t.first < items.front().end && t.type == "Meeting" && !framed(s.tokens, t.first, true)) {
                head = &t;
                break;
            }
    std::size_t subject_end = dates.front().first_token;
    for (std::size_t k = 0; k < subject_end; ++k)
        if (s.tokens.tokens[k].text == "(") subject_end = k;
    auto subject = persons_in(s, 0, subject_end);
    // "The presidents met nine times in 2023. This year, they have met five times: on ...":
    // "they" are the persons the sentence before is about.
    if (subject.empty() && previous)
        for (std::size_t k = 0; k < subject_end; ++k)
            if (token_is(s.tokens, k, "they") && std::any_of(triggers.begin(), triggers.end(), [&](const TriggerHit& t) {
                    return t.type == "Meeting" && t.first > k && t.first <= k + 4;  // "they have met", "they held talks"
                })) {
                if (auto before = persons_in(*previous, 0, previous->tokens.tokens.size()); before.size() >= 2) subject = before;
                break;
            }

    std::vector<std::size_t> current_subject = subject;
    for (std::size_t j = 0; j < dates.size(); ++j) {
        const bool single = dates.size() == 1;
        const std::size_t begin = single ? 0 : items[j].begin, end = single ? s.tokens.tokens.size() : items[j].end;
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
        // meeting verb names the event it frames, not one more.
        if (std::any_of(own.begin(), own.end(), [&](const TriggerHit* t) { return t->type != "Meeting" && framed(s.tokens, t->first, true); }))
            std::erase_if(own, [](const TriggerHit* t) { return t->type == "Meeting" && t->kind == "verb"; });
        // "included a joint meeting ..., the signing of a statement": a signing among other
        // events is what happens at them, not a ceremony of its own.
        if (own.size() > 1)
            std::erase_if(own, [](const TriggerHit* t) { return t->type == "Ceremony" && is_signing_word(t->text); });
        const bool has_visit = std::any_of(own.begin(), own.end(), [](const TriggerHit* t) { return t->type == "Visit"; });
        std::vector<const TriggerHit*> chosen;
        for (const TriggerHit* t : own) {
            if (has_visit && absorbed_by_visit(*t)) continue;
            const auto same = std::find_if(chosen.begin(), chosen.end(), [&](const TriggerHit* c) { return c->type == t->type; });
            if (same == chosen.end()) {
                chosen.push_back(t);
            } else if (framed(s.tokens, t->first, false) && !framed(s.tokens, (*same)->first, false)) {
                *same = t;  // "held discussions during the Council meeting": the council's meeting
            }
        }
        // A counted head ("held nine meetings in 2023") heads a list of days, not of years.
        if (chosen.empty() && !single && head && head->counted && dates[j].range.start.precision() == DatePrecision::Year) continue;
        if (chosen.empty() && !single) {
            const auto uncounted = std::find_if(triggers.begin(), triggers.end(), [](const TriggerHit& t) { return !t.counted; });
            chosen.push_back(head ? head : uncounted != triggers.end() ? &*uncounted : &triggers.front());
        }
        // "meetings were held on the sidelines of the UNGA session": a meeting within the frame.
        if (!single && head && head->type == "Meeting" && head->kind != "verb" &&
            std::none_of(chosen.begin(), chosen.end(), [](const TriggerHit* c) { return c->type == "Meeting"; }) &&
            std::any_of(chosen.begin(), chosen.end(), [&](const TriggerHit* c) { return framed(s.tokens, c->first, false); }))
            chosen.push_back(head);

        // Persons: the item's own, with the subject of the list unless the item opens a clause
        // of its own ("..., and B visited X on ..."), which then becomes the subject; an item
        // that names nobody belongs to the current subject ("on April 11 and May 8 in Moscow").
        std::vector<std::size_t> persons = persons_in(s, begin, end);
        if (persons.empty()) {
            persons = current_subject;
        } else {
            const auto verb = std::find_if(own.begin(), own.end(), [&](const TriggerHit* t) {
                return t->kind != "noun" && t->kind != "name" && !framed(s.tokens, t->first, true) &&
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
            e.participants = persons;
            for (auto c : chairs) add_unique(e.participants, c);
            e.chairs = chairs;
            // "held talks on the sidelines of the Supreme State Council": the body whose meeting frames it.
            for (std::size_t i = 0; i < s.mentions.size(); ++i)
                if (s.mentions[i].type == EntityType::Organization && s.mentions[i].first >= begin && s.mentions[i].last <= end &&
                    framed(s.tokens, s.mentions[i].first, false))
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
            anniversary_shift(s.tokens, dates[j], *hit, e);
            if (e.type == "Visit" && persons.empty()) continue;  // "91 delegations visited": no visitor named
            created.emplace_back(st.add(si, std::move(e), *hit), hit);
        }
        auto& events = st.builder.out.events;
        for (auto& [m, mt] : created)
            if (events[m].type == "Meeting" && !framed(s.tokens, mt->first, false))
                for (auto& [f, ft] : created)
                    if (f != m && framed(s.tokens, ft->first, false)) events[m].part_of = f;

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
            const auto visitor = visitor_of(s, *hit, begin, people, persons_in(s, begin, end));
            if (!visitor) continue;
            if (events[idx].place) st.visits.push_back({*visitor, *events[idx].place, idx, s.tokens.sentence, events[idx].rule});
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

// Undated sentences of the programme of the document's main visit ("The programme of the
// visit includes meetings with A and B, as well as a trip to X, where the minister will lay
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
        for (const auto& t : s.tokens.tokens) about_visit |= ascii_lower(t.text) == "visit";
        if (!about_visit) continue;
        const auto triggers = find_triggers(s.tokens, lexicon);
        for (std::size_t ti = 0; ti < triggers.size(); ++ti) {
            const TriggerHit& trigger = triggers[ti];
            if (trigger.counted || (trigger.type == "Ceremony" && is_signing_word(trigger.text))) continue;
            const std::size_t next = ti + 1 < triggers.size() ? triggers[ti + 1].first : s.tokens.tokens.size();
            ExtractedEvent base;
            base.type = trigger.type;
            base.start = visit.start;
            base.end = visit.end;
            base.place = visit.place;
            base.part_of = main;
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
                    if (token_is(s.tokens, k, "where") && s.tokens.tokens[k - 1].text == ",") where_place = s.entity_of[i];
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

// Is `fine` within the period of `coarse` ("early December 2024" holds December 6)?
bool within(const ExtractedEvent& coarse, const ExtractedEvent& fine) {
    const DateValue& a = *coarse.start;
    const DateValue& b = coarse.end.value_or(a);
    const DateValue& d = *fine.start;
    auto key = [](const DateValue& v, bool month) { return v.year * 100 + (month ? v.month : 0); };
    const bool month = a.precision() != DatePrecision::Year;
    return key(a, month) <= key(d, month) && key(d, month) <= key(b, month);
}

bool shares_body(const DocumentExtraction& out, const ExtractedEvent& a, const ExtractedEvent& b) {
    return std::any_of(a.participants.begin(), a.participants.end(), [&](std::size_t p) {
        return out.entities[p].type == EntityType::Organization && contains(b.participants, p);
    });
}

// Can `later` be another mention of `earlier`? Same type and parent, places that agree (or
// one unnamed), and either a vaguer date within the other's ("in early December" and "on
// December 6", with participants in common or unnamed on one side) or the same day with the
// same meeting body or the persons of one among those of the other.
bool same_event(const DocumentExtraction& out, const ExtractedEvent& later, const ExtractedEvent& earlier) {
    if (later.type != earlier.type || !later.start || !earlier.start) return false;
    if (later.part_of && earlier.part_of && *later.part_of != *earlier.part_of) return false;
    if (later.place && earlier.place && *later.place != *earlier.place) return false;
    const bool later_day = later.start->precision() == DatePrecision::Day;
    const bool earlier_day = earlier.start->precision() == DatePrecision::Day;
    if (later_day != earlier_day) {
        const ExtractedEvent& coarse = later_day ? earlier : later;
        const ExtractedEvent& fine = later_day ? later : earlier;
        if (!within(coarse, fine)) return false;
        return coarse.participants.empty() || fine.participants.empty() ||
               std::any_of(coarse.participants.begin(), coarse.participants.end(),
                           [&](std::size_t p) { return contains(fine.participants, p); });
    }
    if (*later.start != *earlier.start) return false;
    if (later.part_of.has_value() != earlier.part_of.has_value()) return false;  // a meeting within a visit, and the visit's own
    if (shares_body(out, later, earlier)) return true;
    // The persons of one among those of the other, when they name at least a pair: one
    // person alone may meet several people on one day.
    const auto a = persons_only(out, later.participants), b = persons_only(out, earlier.participants);
    return std::min(a.size(), b.size()) >= 2 && (subset(a, b) || subset(b, a));
}

// One event named in several sentences becomes one: the mention with the more precise date
// keeps it, and takes the others' place, end, participants and chairs where it lacks them.
void merge_mentions(EventState& st, std::optional<std::size_t>& main) {
    auto& events = st.builder.out.events;
    const std::size_t n = events.size();
    std::vector<std::size_t> target(n);
    for (std::size_t i = 0; i < n; ++i) target[i] = i;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            if (j == i || target[j] != j || target[i] != i || !same_event(st.builder.out, events[i], events[j])) continue;
            const bool i_finer = events[i].start->precision() > events[j].start->precision();
            if (!i_finer && j > i) continue;  // same precision: the first mention keeps the event
            const std::size_t from = i_finer ? j : i, into = i_finer ? i : j;
            ExtractedEvent& keep = events[into];
            const ExtractedEvent& gone = events[from];
            target[from] = into;
            if (!keep.place) keep.place = gone.place;
            if (!keep.end && keep.start == gone.start) keep.end = gone.end;
            if (!keep.part_of) keep.part_of = gone.part_of;
            for (auto p : gone.participants) add_unique(keep.participants, p);
            for (auto p : gone.chairs) add_unique(keep.chairs, p);
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        while (target[target[i]] != target[i]) target[i] = target[target[i]];
    std::vector<std::size_t> renumber(n);
    std::vector<ExtractedEvent> kept;
    for (std::size_t i = 0; i < n; ++i)
        if (target[i] == i) {
            renumber[i] = kept.size();
            kept.push_back(std::move(events[i]));
        }
    auto to = [&](std::size_t i) { return renumber[target[i]]; };
    for (auto& e : kept)
        if (e.part_of) e.part_of = to(*e.part_of);
    events = std::move(kept);
    for (auto& list : st.events_of_sentence)
        for (auto& e : list) e = to(e);
    for (auto& p : st.pairs) p.event = to(p.event);
    for (auto& v : st.visits) v.event = to(v.event);
    if (main) main = to(*main);
}

// The qualifiers a fact takes from its event: its date, and pgo:planned when the event is
// announced ("will meet", "will visit").
std::vector<Attribute> date_of(const ExtractedEvent& e) {
    std::vector<Attribute> when;
    if (e.start) when.push_back({"pgo:date", {e.start->iso(), std::string(e.start->xsd_type())}});
    if (e.planned) when.push_back({"pgo:planned", {"true", "boolean"}});
    return when;
}

// The token "where" (or "when") that opens the relative clause holding `d`, if any.
std::optional<std::size_t> where_clause(const TokenizedSentence& s, const DateMention& d) {
    for (std::size_t k = d.first_token; k-- > 1;) {
        if (s.tokens[k].text == "," || s.tokens[k].text == ";") return std::nullopt;
        if ((token_is(s, k, "where") || token_is(s, k, "when")) && s.tokens[k - 1].text == ",") return k;
    }
    return std::nullopt;
}

// "A and B have met six times and C and D have met seven times": they met, at events the
// text does not tell apart. One pgo:metWith per pair, with the year if the sentence gives one.
void counted_meetings(const SentenceAnalysis& s, const std::vector<TriggerHit>& triggers, std::optional<DateValue> anchor,
                      Tense tense, EventState& st) {
    std::optional<DateValue> year;
    for (const auto& d : find_dates(s.tokens, anchor, tense))
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

void extract_events(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, DocumentExtraction& out) {
    const std::optional<DateValue> anchor = document_anchor(sentences, out);
    EventState st{EventBuilder{out, {}}, std::vector<std::vector<std::size_t>>(sentences.size()),
                  std::vector<std::vector<std::pair<std::size_t, std::size_t>>>(sentences.size()), {}, {}, {}};
    std::vector<Tense> tenses(sentences.size(), Tense::Unknown);
    std::vector<bool> dated(sentences.size(), false);

    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const auto& s = sentences[si];
        tenses[si] = sentence_tense(s.tokens);
        auto triggers = find_triggers(s.tokens, lexicon);
        if (std::all_of(triggers.begin(), triggers.end(), [](const TriggerHit& t) { return t.counted; }))
            if (auto body = approving_body(s)) triggers.insert(triggers.begin(), *body);
        if (triggers.empty()) continue;
        const auto dates = event_dates(s, triggers, anchor, tenses[si]);
        const std::size_t before = st.events_of_sentence[si].size();
        const bool lead = out.events.empty();  // no event dated before: the news item's lead
        if (dates.size() == 1) {
            // "will take part in a meeting ..., where he arrived on Thursday night": the date of a
            // where-clause is its own; the events named outside it are undated, and in the lead of
            // a news item announcing them they are the events of its publication day.
            if (const auto where = where_clause(s.tokens, dates.front())) {
                std::vector<TriggerHit> inner, outer;
                for (const auto& t : triggers) (t.first > *where ? inner : outer).push_back(t);
                if (!outer.empty() && !inner.empty()) {
                    dated[si] = true;
                    sentence_events(s, si > 0 ? &sentences[si - 1] : nullptr, si, inner, dates, tenses[si], st);
                    if (lead && tenses[si] == Tense::Future && out.published &&
                        out.published->precision() == DatePrecision::Day) {
                        DateMention today;
                        today.first_token = today.last_token = *where;
                        today.range.start = *out.published;
                        sentence_events(s, si > 0 ? &sentences[si - 1] : nullptr, si, outer, {today}, tenses[si], st);
                    }
                    continue;
                }
            }
        }
        if (!dates.empty()) {
            dated[si] = true;
            sentence_events(s, si > 0 ? &sentences[si - 1] : nullptr, si, triggers, dates, tenses[si], st);
        }
        // "have met six times": who met whom, when the sentence dates none of the meetings.
        if (st.events_of_sentence[si].size() == before) counted_meetings(s, triggers, anchor, tenses[si], st);
    }

    // The document's main visit: the first with a visitor.
    std::optional<std::size_t> main;
    for (std::size_t i = 0; i < out.events.size() && !main; ++i)
        if (out.events[i].type == "Visit" && !persons_only(out, out.events[i].participants).empty()) main = i;
    if (main) programme_events(sentences, lexicon, dated, tenses, *main, st);
    merge_mentions(st, main);

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
