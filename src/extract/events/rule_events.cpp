#include "events/rule_events.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "context/home_country.hpp"
#include "context/mention_annotations.hpp"
#include "relations/rule_relations.hpp"
#include "context/rule_trace.hpp"
#include "events/event_items.hpp"
#include "events/event_signing.hpp"
#include "pressgraph/extract/engine/pattern_matcher.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph {

namespace {

struct Proposal {
    std::string type;
    std::vector<std::size_t> who, with;
    std::optional<std::size_t> place;
    bool place_stated = false;  ///< read from the rule's `at` capture, not from the date line
    std::vector<std::size_t> also_at;  ///< places the `at` capture names after the first (visited too)
    bool header_dated = false;  ///< dated by the release's date only (its headline or lead names no day)
    std::optional<DateRange> date;
    bool planned = false;
    bool joins = false;  ///< adds its people to the release's own event ("Taking part in the meeting were ...")
    bool each = false;   ///< everyone in `who` met everyone else ("A, B and C will meet")
    bool apart = false;  ///< one event per counterpart ("calls with A, B and C": a call with each)
    bool also = false;   ///< the match says "also": one more event of an occasion the text has dated
    bool framed = false;  ///< the match names a frame ("on the sidelines of the summit"): held within another event
    bool remote = false;  ///< the match says how at a distance ("telephone", "video"): no meeting in person
    bool margins = false;  ///< on the margins of the release's own gathering: a meeting of its own within it
    bool sequel = false;   ///< its sentence opens on "Earlier" or "Later": an event apart from those told before or after
    std::vector<std::size_t> hosts;  ///< who received or welcomed the others: at home, visiting nothing (action flag `hosts_at_home`)
    std::size_t sentence = 0;
    std::string rule;
    std::string trigger;
    std::size_t match_end = 0;  ///< where the match ends in its sentence's text (bytes)
};

// Whether the document gives `person` an envoy's office ("Ambassador", "Envoy": the title's first
// word is of the class `envoy_class`, envoy_word): one met where posted lives there, visits nothing.
bool holds_envoy_office(const DocumentExtraction& out, const Lexicon& lx, long envoy_class, std::size_t person) {
    if (envoy_class < 0) return false;
    for (const ExtractedFact& f : out.facts) {
        if (f.subject != person || f.predicate != "pgo:holdsPosition" || f.object_is_event) continue;
        for (const Attribute& q : f.qualifiers) {
            if (q.predicate != "pgo:title") continue;
            const std::string_view title = q.value.lexical;
            if (lx.word_in(title.substr(0, title.find_first_of(" -")), static_cast<std::size_t>(envoy_class))) return true;
        }
    }
    return false;
}

// The event types of the ontology (pgo:Meeting ...): what `event TYPE` may name.
bool known_event_type(const std::string& t) {
    static constexpr std::string_view kTypes[] = {"Meeting", "Visit", "Summit", "Session", "Forum",
                                                  "Conference", "PhoneCall", "Ceremony"};
    return std::find(std::begin(kTypes), std::end(kTypes), t) != std::end(kTypes);
}

// The captures an argument names: "at=at,at2" names two.
std::vector<int> captures_of(const rules::Rule& r, const char* key) {
    if (const std::vector<int>* listed = r.action.captures(key)) return *listed;  // read when the rules loaded
    std::vector<int> out;
    const std::string* names = r.action.get(key);
    if (!names) return out;
    std::size_t b = 0;
    while (b <= names->size()) {
        auto e = names->find(',', b);
        if (e == std::string::npos) e = names->size();
        const std::string name = names->substr(b, e - b);
        const int c = r.pattern.capture_index(name);
        if (c < 0) throw InputError(r.file, "rule '" + r.id + "': no capture named '" + name + "'", r.line);
        out.push_back(c);
        b = e + 1;
    }
    return out;
}

std::vector<std::size_t> entities_in_captures(const rules::AnnotatedSentence& a, const rules::PatternMatch& m,
                                              const std::vector<int>& captures, const std::vector<std::uint16_t>& labels) {
    std::vector<std::size_t> out;
    for (const int c : captures) {
        if (!m.has(static_cast<std::size_t>(c))) continue;
        const auto [f, l] = m.capture(static_cast<std::size_t>(c));
        for (const std::size_t e : entities_within(a, f, l, labels))
            if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    }
    return out;
}

DateValue day_before(DateValue d) {
    if (d.precision() != DatePrecision::Day) return d;
    if (--d.day == 0) {
        if (--d.month == 0) {
            d.month = 12;
            --d.year;
        }
        d.day = days_in_month(d.year, d.month);
    }
    return d;
}

DateValue day_after(DateValue d) {
    if (d.precision() != DatePrecision::Day) return d;
    if (++d.day > days_in_month(d.year, d.month)) {
        d.day = 1;
        if (++d.month > 12) {
            d.month = 1;
            ++d.year;
        }
    }
    return d;
}

// Whether a word of class `name` occurs in tokens [first, last).
bool has_class_word(const rules::AnnotatedSentence& a, long cls, std::size_t first, std::size_t last) {
    if (cls < 0) return false;
    for (std::size_t i = first; i < last; ++i)
        if (a.classes(i).test(static_cast<std::size_t>(cls))) return true;
    return false;
}

// How far from its match a date or a "today" may stand and still date it, in tokens.
constexpr std::size_t kDateReach = 8;
// Where in the lead a release states its own subject: its first words.
constexpr std::size_t kSubjectReach = 15;

// "his first meeting", "their second call": a possessive pronoun and an ordinal just before or at
// the start of the match.
bool counted_by_possessor(const rules::AnnotatedSentence& a, const rules::PatternMatch& m, const WordClasses& wc) {
    constexpr std::size_t kCountReach = 2;
    const std::size_t from = m.first > kCountReach ? m.first - kCountReach : 1;
    for (std::size_t k = std::max<std::size_t>(from, 1); k < m.last && k <= m.first + kCountReach; ++k)
        if (a.classes(k).test(wc.ordinal_word) && a.classes(k - 1).test(wc.possessive_pronoun)) return true;
    return false;
}

std::optional<DateRange> date_of_match(const rules::AnnotatedSentence& a, const rules::PatternMatch& m,
                                       const std::vector<int>& on, const std::vector<int>& participants, std::size_t si,
                                       const DocumentContext& c, std::uint16_t date_label, const WordClasses& wc,
                                       bool& from_header) {
    from_header = false;
    const auto& dates = c.dates[si];
    for (const int capture : on) {
        if (!m.has(static_cast<std::size_t>(capture))) continue;
        const auto [f, l] = m.capture(static_cast<std::size_t>(capture));
        for (const rules::Annotation& an : a.annotations())
            if (an.label == date_label && an.first >= f && an.last <= l) return dates[an.payload].range;
    }
    const std::size_t from = m.first > kDateReach ? m.first - kDateReach : 0;
    const std::size_t to = m.last + kDateReach;
    // The one date inside the match ("X met on June 3 with Y"), whatever other dates the
    // sentence gives ("... to follow up on the summit last November").
    const DateMention* inside = nullptr;
    std::size_t inside_count = 0;
    // A date inside a participant's phrase qualifies the participant ("the 2022 laureates").
    auto in_participants = [&](const DateMention& d) {
        for (const int capture : participants) {
            if (!m.has(static_cast<std::size_t>(capture))) continue;
            const auto [f, l] = m.capture(static_cast<std::size_t>(capture));
            if (d.first_token >= f && d.last_token <= l) return true;
        }
        return false;
    };
    for (const DateMention& d : dates)
        if (d.first_token >= m.first && d.last_token <= m.last && !in_participants(d)) {
            inside = &d;
            ++inside_count;
        }
    if (inside_count == 1) return inside->range;
    // "paid a courtesy call on X at Y on 5 May 2026, during which they discussed the summit in 2026":
    // a date right after the match ("on" between at most) is its date, whatever dates follow. (A
    // sentence's one date is read below, where the release's own subject may read it as its day.)
    const long date_preposition = a.table().find_class("date_preposition");
    for (const DateMention& d : dates)
        if (dates.size() > 1 && !in_participants(d) && (d.first_token == m.last || (d.first_token == m.last + 1 && date_preposition >= 0 && m.last < a.size() &&
                                                                a.classes(m.last).test(static_cast<std::size_t>(date_preposition)))))
            return d.range;
    // "met today with X to discuss the June 14 summit": "today" in the match dates it, not
    // the sentence's other date.
    const long today = a.table().find_class("today_word");
    const long yesterday = a.table().find_class("yesterday_word");
    // "is scheduled to pay a courtesy call on X tomorrow": the day after the release's.
    const long tomorrow = a.table().find_class("tomorrow_word");
    const bool day_release = c.published && c.published->precision() == DatePrecision::Day;
    if (day_release && inside_count == 0) {
        if (has_class_word(a, yesterday, m.first, m.last)) return DateRange{day_before(*c.published), std::nullopt, {}};
        if (has_class_word(a, today, m.first, m.last)) return DateRange{*c.published, std::nullopt, {}};
        if (has_class_word(a, tomorrow, m.first, m.last)) return DateRange{day_after(*c.published), std::nullopt, {}};
    }
    // The release's own subject: its headline, or the first words of its lead. A vaguer date there
    // that holds the release's day ("held the first meeting with X in 2022", dated 12 January 2022)
    // is that day, said less precisely.
    // So is one counted among someone's meetings anywhere in the release ("It was his first
    // meeting with X in 2025"): the year frames the count, the meeting is the release's.
    const bool subject = si == c.headline || (si == c.lead && m.first < kSubjectReach) || counted_by_possessor(a, m, wc);
    const bool vaguer_than_header = subject && dates.size() == 1 && c.published && c.published->precision() == DatePrecision::Day &&
                                    dates.front().range.start.precision() != DatePrecision::Day && !dates.front().range.end &&
                                    dates.front().range.start.year == c.published->year &&
                                    (dates.front().range.start.precision() == DatePrecision::Year ||
                                     dates.front().range.start.month == c.published->month);
    // The sentence's one date, when it stands by the match or opens the sentence ("On June 5,
    // commencing at 10:00 for about 30 minutes, the Minister held ...": it dates all the sentence says).
    constexpr std::size_t kOpeningDateStartsBy = 2;
    // "X will meet Y and will visit Z on 24-25 December": a date after "and will" is the next
    // announced clause's, not that of the announced match before it (one told with "will").
    bool next_clause = false;
    constexpr std::size_t kWillReach = 3;
    bool announced = false;
    for (std::size_t k = m.first > kWillReach ? m.first - kWillReach : 0; k < m.last && k < a.size() && !announced; ++k)
        announced = a.classes(k).test(wc.future_auxiliary);
    if (announced && dates.size() == 1 && dates.front().first_token > m.last && dates.front().first_token <= a.size())
        for (std::size_t k = m.last; k + 1 < dates.front().first_token && !next_clause; ++k)
            next_clause = a.tokens()[k].text == "and" && a.classes(k + 1).test(wc.future_auxiliary);
    if (dates.size() == 1 && !next_clause && !in_participants(dates.front()) && !vaguer_than_header &&
        ((dates.front().last_token >= from && dates.front().first_token <= to) || dates.front().first_token <= kOpeningDateStartsBy))
        return dates.front().range;
    if (day_release) {
        if (has_class_word(a, yesterday, from, std::min(to, a.size()))) return DateRange{day_before(*c.published), std::nullopt, {}};
        if (has_class_word(a, today, from, std::min(to, a.size()))) return DateRange{*c.published, std::nullopt, {}};
        if (has_class_word(a, tomorrow, from, std::min(to, a.size()))) return DateRange{day_after(*c.published), std::nullopt, {}};
    }
    if (subject && c.published && (dates.empty() || vaguer_than_header)) {
        from_header = true;
        return DateRange{*c.published, std::nullopt, {}};
    }
    return std::nullopt;
}

std::vector<Attribute> date_qualifier(const std::optional<DateValue>& d) {
    if (!d) return {};
    return {{"pgo:date", {d->iso(), std::string(d->xsd_type())}}};
}

void append_unique(std::vector<std::size_t>& into, const std::vector<std::size_t>& from) {
    for (const std::size_t x : from)
        if (std::find(into.begin(), into.end(), x) == into.end()) into.push_back(x);
}

// Whether a part's dates fall within its whole's, compared at the coarser precision of the two: a
// meeting "to follow up on the summit last November" is no part of that summit.
bool within(const ExtractedEvent& part, const ExtractedEvent& whole) {
    if (!part.start || !whole.start) return true;
    auto key = [](const DateValue& d, int precision) {
        return d.year * 10000 + (precision > 0 ? d.month * 100 : 0) + (precision > 1 ? d.day : 0);
    };
    const DateValue& from = *whole.start;
    const DateValue& to = whole.end.value_or(*whole.start);
    const int precision = std::min({static_cast<int>(part.start->precision()), static_cast<int>(from.precision()),
                                    static_cast<int>(to.precision())});
    const int at = key(*part.start, precision);
    return key(from, precision) <= at && at <= key(to, precision);
}

bool shares(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
    return std::any_of(a.begin(), a.end(), [&](std::size_t x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

// Whether an organisation among `who` is among `others` too: the same body's gathering.
bool shares_body(const DocumentExtraction& out, const std::vector<std::size_t>& who, const std::vector<std::size_t>& others) {
    return std::any_of(who.begin(), who.end(), [&](std::size_t w) {
        return out.entities[w].type == EntityType::Organization && std::find(others.begin(), others.end(), w) != others.end();
    });
}

}  // namespace

std::string country_code_of(const DocumentExtraction& out, const Lexicon& lx, std::size_t entity) {
    const ExtractedEntity& e = out.entities[entity];
    auto lexicon_code = [&](const ExtractedEntity& x) -> std::string {
        for (const std::string* name : {&x.canonical_name}) {
            if (const auto* ids = lx.names().find(*name))
                for (const std::uint32_t id : *ids) {
                    const LexiconEntry& le = lx.entry(id);
                    if (le.type == x.type && !le.country.empty()) return le.country;
                }
        }
        return {};
    };
    if (e.type != EntityType::Country && e.type != EntityType::Place) return {};
    // The place itself, else what the document locates it in, up a few steps ("Vostochny
    // Cosmodrome, Amur Region": the region's country).
    std::size_t at = entity;
    for (int step = 0; step < 4; ++step) {
        if (std::string code = lexicon_code(out.entities[at]); !code.empty()) return code;
        const auto up = std::find_if(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) {
            return f.subject == at && f.predicate == "pgo:locatedIn" && !f.object_is_event && f.object != at &&
                   (out.entities[f.object].type == EntityType::Country || out.entities[f.object].type == EntityType::Place);
        });
        if (up == out.facts.end()) break;
        at = up->object;
    }
    return {};
}

// A city or capital the lexicon knows (not a region, a building or a venue).
bool settlement(const ExtractedEntity& place, const Lexicon& lx) {
    if (const auto* ids = lx.names().find(place.canonical_name))
        for (const std::uint32_t id : *ids) {
            const LexiconEntry& e = lx.entry(id);
            if (e.type == EntityType::Place && (e.subtype == "city" || e.subtype == "capital")) return true;
        }
    return false;
}

bool is_building(const ExtractedEntity& place, const Lexicon& lx) {
    if (const auto* ids = lx.names().find(place.canonical_name))
        for (const std::uint32_t id : *ids) {
            const LexiconEntry& e = lx.entry(id);
            if (e.type == EntityType::Place && (e.subtype == "seat" || e.subtype == "venue" || e.subtype == "landmark")) return true;
        }
    return false;
}

// The city a place stands in, when the document puts a building or venue in one ("the Skylight Hotel in
// Addis Ababa"); else the place itself.
std::size_t city_holding(const DocumentExtraction& out, const Lexicon& lx, std::size_t place) {
    if (settlement(out.entities[place], lx)) return place;
    for (const ExtractedFact& f : out.facts)
        if (f.subject == place && f.predicate == "pgo:locatedIn" && !f.object_is_event && settlement(out.entities[f.object], lx))
            return f.object;
    return place;
}

// Whether the sentence opens on the margins of the gathering the release is about, named back and
// not by its name: "On the margins of the meeting, ...", "On the sidelines of the Session, ...", "Also
// on the sidelines, ..." (a gathering named there, "on the sidelines of the G20 Summit in Rome", is
// another's, read by the rules).
bool opens_on_own_margins(const SentenceAnalysis& s, long margin) {
    constexpr std::size_t kOpeningReach = 2;  // words before "on" ("Also", "Later,")
    const TokenList& t = s.tokens.tokens;
    if (margin < 0) return false;
    for (std::size_t k = 0; k <= kOpeningReach && k + 3 < t.size(); ++k) {
        if (!(token_is(s.tokens, k, "on") || token_is(s.tokens, k, "at")) || !token_is(s.tokens, k + 1, "the") ||
            !s.words.is(k + 2, static_cast<std::size_t>(margin)))
            continue;
        if (t[k + 3].text == ",") return true;
        return k + 6 < t.size() && token_is(s.tokens, k + 3, "of") && token_is(s.tokens, k + 4, "the") && t[k + 6].text == ",";
    }
    return false;
}

// Whether the sentence opens on the visit told before, named back: "During the visit, ...", "During his visit,
// ..." (a visit named with its place, "During his visit to Chile", is read by the rules).
bool opens_on_visit_named_back(const SentenceAnalysis& s, const WordClasses& wc) {
    const TokenList& t = s.tokens.tokens;
    return t.size() > 4 && s.words.is(0, wc.frame_word) && (token_is(s.tokens, 1, "the") || s.words.is(1, wc.possessive_pronoun)) &&
           s.words.is(2, wc.visit_singular) && t[3].text == ",";
}

std::optional<std::size_t> principal_of(const DocumentExtraction& out, const Lexicon& lx, const std::string& home,
                                        const std::vector<std::size_t>& guests) {
    if (home.empty()) return std::nullopt;
    std::optional<std::size_t> found;
    for (const ExtractedFact& f : out.facts) {
        if (f.predicate != "pgo:holdsPosition" || out.entities[f.subject].type != EntityType::Person ||
            std::find(guests.begin(), guests.end(), f.subject) != guests.end() ||
            out.entities[f.object].type != EntityType::Country || country_code_of(out, lx, f.object) != home)
            continue;
        if (found && *found != f.subject) return std::nullopt;  // two of the home's officials: no guess
        found = f.subject;
    }
    return found;
}

EventRulePlan::EventRulePlan(const rules::RuleBook& book) {
    const auto& event_rules = book.with_verb("event");
    for (const rules::Rule* r : event_rules) {
        const auto& args = r->action.positional;
        if (args.empty() || !known_event_type(args.front()))
            throw InputError(r->file, "rule '" + r->id + "': 'event' starts with an event type (Meeting, PhoneCall, ...)", r->line);
        auto has_arg = [&](std::string_view word) { return std::find(args.begin(), args.end(), word) != args.end(); };
        EventRule e{r, args.front(), captures_of(*r, "who"), captures_of(*r, "with"), captures_of(*r, "at"),
                    captures_of(*r, "on"), {}, has_arg("subject"), has_arg("planned"), has_arg("joins"), has_arg("each"),
                    has_arg("apart"), has_arg("hosts_at_home"), has_arg("on_release_day")};
        e.participants = e.who;
        e.participants.insert(e.participants.end(), e.with.begin(), e.with.end());
        // "X, who arrived in Lima on Tuesday, is set to call on Y on Thursday": a clause on a participant
        // (`set_off_clause=`) qualifies that one, as the participants' own phrases do; its dates are not the event's.
        const auto clause = captures_of(*r, "set_off_clause");
        e.participants.insert(e.participants.end(), clause.begin(), clause.end());
        events.push_back(std::move(e));
    }
    for (const rules::Rule* r : book.with_verb("signing")) {
        if (r->action.positional.size() != 1)
            throw InputError(r->file, "rule '" + r->id + "': 'signing' takes the capture of the agreement", r->line);
        const int c = r->pattern.capture_index(r->action.positional.front());
        if (c < 0) throw InputError(r->file, "rule '" + r->id + "': no capture named '" + r->action.positional.front() + "'", r->line);
        signings.push_back({r, static_cast<std::size_t>(c)});
    }
}

void apply_event_rules(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                       const std::vector<rules::AnnotatedSentence>& annotated, const EventRulePlan& plan,
                       const Lexicon& lx, DocumentExtraction& out) {
    if (plan.events.empty()) return;
    const rules::Labels& L = lx.labels();
    const std::vector<std::uint16_t> actors{L.person, L.country, L.organization};
    const std::vector<std::uint16_t> places{L.place, L.country};

    struct Signing {
        std::vector<std::size_t> agreements;
        std::size_t sentence = 0;
        bool planned = false;
        std::string rule;
        bool listed = false;  ///< on the lines after a signing sentence that closes on a colon
    };
    std::vector<Signing> signings;
    for (const EventRulePlan::SigningRule& sr : plan.signings)
        for (std::size_t si = 0; si < sentences.size(); ++si) {
            const rules::AnnotatedSentence& a = annotated[si];
            const rules::Rule* r = sr.rule;
            if (!rules::may_match(r->pattern, a)) continue;
            const std::size_t c = sr.agreement;
            for (const auto& m : rules::find_matches(r->pattern, a)) {
                if (!m.has(c)) continue;
                const auto [f, l] = m.capture(c);
                // The agreement the capture is, not the ones named inside its name.
                std::vector<std::size_t> named;
                if (const rules::Annotation* whole = a.exactly(f, l, L.agreement)) named.push_back(whole->payload);
                else named = entities_within(a, f, l, {L.agreement});
                Signing sg{std::move(named), si, context.tenses[si] == Tense::Future, "rule:" + r->id};
                if (!sg.agreements.empty()) signings.push_back(std::move(sg));
            }
        }

    // "the following instruments were signed:" and the documents on the lines after it.
    for (std::size_t si = 0; si < sentences.size(); ++si)
        if (auto listed = listed_documents(sentences, si, lx); !listed.empty())
            signings.push_back({std::move(listed), si, context.tenses[si] == Tense::Future, "pattern:signed-list", true});

    std::vector<Proposal> proposals;
    const rules::RuleAnchors& anchors = lx.rules().anchors_of("event");
    const long additive = lx.rules().words().find_class("additive_adverb");
    const long remote_word = lx.rules().words().find_class("remote_call_word");
    // "Earlier, the Minister laid a wreath ...", "Later in the day, X called on the Prime Minister": a
    // sentence opened by a word that orders it against the events told around it tells another event,
    // never one more mention of theirs (the headline's, which names the release's subject in short, aside).
    const long sequence = lx.rules().words().find_class("day_sequence_adverb");
    auto opens_on_sequel = [&](std::size_t si) {
        return sequence >= 0 && si != context.headline && annotated[si].size() > 1 &&
               annotated[si].classes(0).test(static_cast<std::size_t>(sequence));
    };
    auto sequel_span = [&](Span span) {
        for (std::size_t si = 0; si < sentences.size(); ++si)
            if (opens_on_sequel(si) && span.contains(sentences[si].tokens.sentence)) return true;
        return false;
    };
    std::vector<std::uint32_t> candidates;
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const SentenceAnalysis& s = sentences[si];
        const rules::AnnotatedSentence& a = annotated[si];
        if (rule_trace_enabled()) trace_rules("events", a, lx.rules(), "event");
        anchors.candidates(a, candidates);
        for (const std::uint32_t ri : candidates) {
            const auto& [r, type, who, with, at, on, participants, subject_only, planned_arg, joins, each, apart, hosts, on_release_day] =
                plan.events[ri];
            if (!rules::may_match(r->pattern, a)) continue;
            if (subject_only && !context.states_subject(si)) continue;
            const bool planned = planned_arg || context.tenses[si] == Tense::Future;
            for (const auto& m : rules::find_matches(r->pattern, a)) {
                Proposal p;
                p.type = type;
                p.who = entities_in_captures(a, m, who, actors);
                p.with = entities_in_captures(a, m, with, actors);
                // A list of who took part fills its sentence, past the match's window, before it too
                // ("A, B, ... and C were invited to attend the meeting").
                if (joins) {
                    for (const std::size_t e : entities_within(a, 0, static_cast<std::uint32_t>(a.size()), {L.person}))
                        if (std::find(p.with.begin(), p.with.end(), e) == p.with.end()) p.with.push_back(e);
                    // "Participants of the meeting included:" and the list in the lines after it.
                    const TokenList& t = s.tokens.tokens;
                    if (!t.empty() && t[t.size() - 1].text == ":" && si + 1 < annotated.size()) {
                        const rules::AnnotatedSentence& list = annotated[si + 1];
                        for (const std::size_t e : entities_within(list, 0, static_cast<std::uint32_t>(list.size()), {L.person}))
                            if (std::find(p.with.begin(), p.with.end(), e) == p.with.end()) p.with.push_back(e);
                    }
                }
                if (const auto found = entities_in_captures(a, m, at, places); !found.empty()) {
                    p.place = found.front();
                    p.place_stated = true;
                    p.also_at.assign(found.begin() + 1, found.end());  // "in Bangkok, Thailand": the country too
                }
                // An office the document names without its holder is no participant of its own.
                auto drop_offices = [&](std::vector<std::size_t>& v) {
                    std::erase_if(v, [&](std::size_t e) { return out.entities[e].office.has_value(); });
                };
                drop_offices(p.who);
                drop_offices(p.with);
                p.date = date_of_match(a, m, on, participants, si, context, L.date, lx.word_classes(), p.header_dated);
                // "X, who is on an official visit to Chile, ...": told in the present, without a day of its own, it
                // holds on the release's day.
                if (!p.date && on_release_day && context.published && context.published->precision() == DatePrecision::Day) {
                    p.date = DateRange{*context.published, std::nullopt, {}};
                    p.header_dated = true;
                }
                p.planned = planned;
                p.joins = joins;
                p.each = each;
                for (std::uint32_t k = m.first; k < m.last && !p.framed; ++k) p.framed = a.classes(k).test(lx.word_classes().frame_word);
                p.sentence = si;
                p.rule = "rule:" + r->id;
                p.trigger = std::string(surface(s.tokens, m.first, m.last));
                p.match_end = surface(s.tokens, 0, m.last).size();
                p.also = additive >= 0 && has_class_word(a, additive, m.first, m.last);
                p.remote = has_class_word(a, remote_word, m.first, m.last);
                p.sequel = opens_on_sequel(si);
                if (hosts) p.hosts = p.who;
                // "calls with A, B and C": a call with each person of them, one proposal each (their
                // states and bodies named beside them are no calls of their own).
                std::vector<std::size_t> counterparts;
                for (const std::size_t c : p.with)
                    if (out.entities[c].type == EntityType::Person) counterparts.push_back(c);
                p.apart = apart && counterparts.size() > 1;
                if (p.apart) {
                    for (const std::size_t c : counterparts) {
                        Proposal one = p;
                        one.with = {c};
                        proposals.push_back(std::move(one));
                    }
                    continue;
                }
                proposals.push_back(std::move(p));
            }
        }
    }
    if (proposals.empty() && signings.empty()) return;

    // One event per type and day: proposals that agree are merged, in text order.
    struct Merged {
        Proposal p;
        std::optional<std::size_t> event;  // index into out.events once created or found
        std::vector<std::size_t> sentences;  // where its proposals were read
        std::vector<std::string> also_by;    // the other rules that read it
    };
    std::vector<Merged> merged;
    // The date line's place is where the release's own subject happened, unless it was a call.
    std::optional<std::size_t> dateline_place;
    if (context.dateline)
        for (std::size_t i = 0; i < sentences[*context.dateline].mentions.size(); ++i) {
            const Candidate& m = sentences[*context.dateline].mentions[i];
            if (m.type == EntityType::Place) {
                dateline_place = sentences[*context.dateline].entity_of[i];
                break;
            }
        }

    // "He also met with X": an undated meeting of the actor of the sentence before took place
    // on that one's day, and where it did; "X is also expected to have meetings with A and B", of the
    // actor's last dated meeting, however far before.
    for (std::size_t k = 1; k < proposals.size(); ++k) {
        Proposal& p = proposals[k];
        // Not when its own sentence gives dates the match could not place: those are its dates.
        if (p.date || p.who.empty() || !context.dates[p.sentence].empty()) continue;
        for (std::size_t j = k; j-- > 0;) {
            const Proposal& before = proposals[j];
            if (before.sentence + 2 < p.sentence && !p.also) break;
            if (before.sentence == p.sentence || !before.date || before.type != p.type || !shares(before.who, p.who)) continue;
            p.date = before.date;
            if (!p.place) {
                p.place = before.place;
                p.place_stated = before.place_stated;
            }
            break;
        }
    }
    // "On the margins of the meeting, A held a bilateral meeting with B", "Also on the sidelines, X received
    // Y": an undated meeting on the margins of the gathering the release is about (named back, not by its
    // name) took place on that gathering's day, in its city; a meeting of its own, not that gathering. A
    // "conversation" there is held in person.
    const long margin = lx.rules().words().find_class("margin_noun");
    std::optional<std::size_t> gathering;
    for (std::size_t k = 0; k < proposals.size() && !gathering; ++k)
        if (proposals[k].date && proposals[k].type != "PhoneCall" && context.states_subject(proposals[k].sentence)) gathering = k;
    // Else the first gathering the dated sentences read ("On 21 May, X hosted his counterparts in Krakow for a meeting").
    std::optional<DateRange> gathering_day;
    std::optional<std::size_t> gathering_place, gathering_event, gathering_sentence;
    std::string gathering_type;
    bool gathering_planned = false;
    if (gathering) {
        gathering_day = proposals[*gathering].date;
        gathering_place = proposals[*gathering].place;
        gathering_planned = proposals[*gathering].planned;
        gathering_sentence = proposals[*gathering].sentence;
        gathering_type = proposals[*gathering].type;
    } else {
        for (std::size_t e = 0; e < out.events.size() && !gathering_day; ++e)
            if (out.events[e].start && out.events[e].type != "PhoneCall" && out.events[e].type != "Ceremony") {
                gathering_day = DateRange{*out.events[e].start, out.events[e].end, {}};
                gathering_place = out.events[e].place;
                gathering_planned = out.events[e].planned;
                gathering_event = e;
            }
    }
    for (Proposal& p : proposals) {
        if (!gathering_day || p.date || p.remote || (p.type != "Meeting" && p.type != "PhoneCall") ||
            !opens_on_own_margins(sentences[p.sentence], margin))
            continue;
        p.type = "Meeting";
        p.date = gathering_day;
        p.planned = p.planned || gathering_planned;
        p.margins = true;
        if (!p.place) p.place = gathering_place ? city_holding(out, lx, *gathering_place) : dateline_place;
    }
    // "X will travel to Chile on May 4-5 ... In Chile, X met with Y": an undated in-person meeting, in a
    // place the actor's dated visit goes to (or in a city of the country it goes to: "an Official Visit
    // to Poland from 8 to 10 June ... In Warsaw, the Minister will call on the President"), took place
    // during that visit.
    for (Proposal& p : proposals) {
        if (p.date || p.who.empty() || !p.place || p.type == "Visit" || p.type == "PhoneCall" || !context.dates[p.sentence].empty())
            continue;
        const std::string code = country_code_of(out, lx, *p.place);
        auto goes_there = [&](std::optional<std::size_t> to) {
            return to && (to == p.place || (out.entities[*to].type == EntityType::Country && !code.empty() &&
                                            country_code_of(out, lx, *to) == code));
        };
        // "During the visit, X paid a courtesy call on Y at the State Palace": in the days of the visit named back,
        // wherever its venue lies.
        const bool named_back = opens_on_visit_named_back(sentences[p.sentence], lx.word_classes());
        for (const Proposal& v : proposals)
            if (v.type == "Visit" && v.date && !v.header_dated && (named_back || goes_there(v.place)) && shares(v.who, p.who)) {
                p.date = v.date;
                break;
            }
        for (std::size_t e = 0; e < out.events.size() && !p.date; ++e) {
            const ExtractedEvent& v = out.events[e];
            if (v.type == "Visit" && v.start && (named_back || goes_there(v.place)) && shares(v.participants, p.who))
                p.date = DateRange{*v.start, v.end, {}};
        }
    }
    // "Today, X met Y on the margins of the APEC Leaders' Meeting in San Francisco": the gathering
    // whose margins the sentence names was held that day too.
    for (Proposal& p : proposals) {
        if (p.date || !p.framed || (p.type != "Summit" && p.type != "Session")) continue;
        for (const Proposal& q : proposals)
            if (q.sentence == p.sentence && q.date && q.framed && q.type == "Meeting") {
                p.date = q.date;
                break;
            }
    }
    // "The foreign ministers of Chile and Peru agreed on Tuesday to ... // A and her counterpart, B,
    // met for three hours at ...": an undated event in the sentence after the lead, of persons the
    // lead names or refers to, took place on the lead's one day.
    if (context.lead && context.dates[*context.lead].size() == 1 &&
        context.dates[*context.lead].front().range.start.precision() == DatePrecision::Day) {
        const DateRange& day = context.dates[*context.lead].front().range;
        const rules::AnnotatedSentence& lead = annotated[*context.lead];
        const auto lead_people = entities_within(lead, 0, static_cast<std::uint32_t>(lead.size()), {L.person});
        for (Proposal& p : proposals)
            if (!p.date && p.sentence == *context.lead + 1 && context.dates[p.sentence].empty() &&
                (shares(lead_people, p.who) || shares(lead_people, p.with)))
                p.date = day;
    }
    for (Proposal& p : proposals) {
        if (!p.place && dateline_place && p.type != "PhoneCall" && context.states_subject(p.sentence)) p.place = dateline_place;
        Merged* into = nullptr;
        // A list of who took part belongs to the release's own event, else to the last one before it.
        if (p.joins) {
            for (Merged& m : merged)
                if (!into && std::any_of(m.sentences.begin(), m.sentences.end(), [&](std::size_t si) { return context.states_subject(si); }))
                    into = &m;
            if (!into && !merged.empty()) into = &merged.back();
            if (!into) continue;
        }
        for (Merged& m : merged) {
            if (into) break;
            if (m.p.type != p.type) continue;
            // Two counterparts met on one day are two meetings; a mention naming no counterpart,
            // or one of the same, is the same meeting.
            // Two that name participants and share none are two events: the body's own meeting
            // that a minister reports is not his meeting with the President.
            const bool strangers = !p.who.empty() && !m.p.who.empty() && !shares(m.p.who, p.who) &&
                                   !shares(m.p.with, p.with) && !shares(m.p.who, p.with) && !shares(m.p.with, p.who);
            if (strangers) continue;
            if ((p.margins || m.p.margins) && !(p.margins && m.p.margins && shares(m.p.with, p.with))) continue;
            const bool same_sentence = std::find(m.sentences.begin(), m.sentences.end(), p.sentence) != m.sentences.end();
            const bool only_headline = std::all_of(m.sentences.begin(), m.sentences.end(),
                                                   [&](std::size_t si) { return si == context.headline; });
            if ((p.sequel || m.p.sequel) && !same_sentence && p.sentence != context.headline && !only_headline) continue;
            // One of several meetings named at once ("meetings with A and B") is only the one with its counterpart.
            const bool same_people = (p.apart || m.p.apart) ? shares(m.p.with, p.with)
                                                            : p.with.empty() || m.p.with.empty() || shares(m.p.with, p.with);
            const bool same_day = p.date && m.p.date && p.date->start == m.p.date->start && same_people;
            // The headline's subject dated only by the release's date is the lead's event of its
            // kind with the same people, whatever day the lead gives ("met on January 26-27").
            const bool subject_same = (p.header_dated || m.p.header_dated) && (shares(m.p.who, p.who) || shares(m.p.with, p.with));
            const bool undated_same_people = !p.date && (shares(m.p.who, p.who) || shares(m.p.with, p.with));
            // "while in Accra for the African Union Summit ... Today, on the margins of the African Union Summit": an
            // undated gathering of a body read before is the dated one of the same body.
            const bool same_body_gathering = !m.p.date && p.date && p.type != "Meeting" && p.type != "Visit" &&
                                             p.type != "PhoneCall" && shares_body(out, p.who, m.p.who);
            if (same_day || undated_same_people || subject_same || same_body_gathering) {
                into = &m;
                break;
            }
        }
        if (!into) {
            const std::size_t si = p.sentence;
            merged.push_back({std::move(p), std::nullopt, {si}, {}});
            continue;
        }
        into->sentences.push_back(p.sentence);
        if (p.rule != into->p.rule && std::find(into->also_by.begin(), into->also_by.end(), p.rule) == into->also_by.end())
            into->also_by.push_back(p.rule);
        into->p.each = into->p.each || p.each;
        append_unique(into->p.who, p.who);
        append_unique(into->p.with, p.with);
        append_unique(into->p.also_at, p.also_at);
        append_unique(into->p.hosts, p.hosts);
        // "a visit to Peru and Chile ... In Lima, the Minister will ...": a place of the visit's
        // programme is visited too.
        if (p.type == "Visit" && p.place && p.place_stated && into->p.place && *p.place != *into->p.place)
            append_unique(into->p.also_at, {*p.place});
        // "to see you here in Russia": a place a joining mention states is where the event was too.
        if (p.joins && p.place && p.place != into->p.place) append_unique(into->p.also_at, {*p.place});
        const bool vaguer = p.place && into->p.place && out.entities[*p.place].type == EntityType::Country &&
                            out.entities[*into->p.place].type == EntityType::Place;
        // "... hold the 24th Meeting in Vientiane" (headline) and "... at the Lao National Convention Centre in
        // Vientiane" (lead): a venue the document puts in the place already read is the finer place.
        const bool finer = p.place && into->p.place && p.place_stated && *p.place != *into->p.place &&
                           std::any_of(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) {
                               return f.subject == *p.place && f.object == *into->p.place && f.predicate == "pgo:locatedIn" &&
                                      !f.object_is_event;
                           });
        if (!into->p.place || (p.place_stated && !into->p.place_stated && !vaguer) || finer) {
            into->p.place = p.place;
            into->p.place_stated = p.place_stated;
        }
        if (!into->p.date || (into->p.header_dated && p.date && !p.header_dated)) {
            into->p.date = p.date;
            into->p.header_dated = p.header_dated;
        }
    }

    const std::string home = home_country_code(sentences, context, lx, out);
    std::set<std::tuple<std::size_t, std::size_t, std::optional<std::size_t>>> met;
    std::set<std::pair<std::size_t, std::size_t>> visited;
    for (const ExtractedFact& f : out.facts) {
        if (f.predicate == "pgo:metWith") met.emplace(std::min(f.subject, f.object), std::max(f.subject, f.object), f.event);
        if (f.predicate == "pgo:visited") visited.emplace(f.subject, f.object);
    }
    auto is_person = [&](std::size_t e) { return out.entities[e].type == EntityType::Person; };
    const auto stated_facts = static_cast<std::ptrdiff_t>(out.facts.size());  // before this stage's own
    // The countries whose offices each person holds, read once when first asked (offices do not
    // change in this stage).
    std::optional<std::unordered_map<std::size_t, std::vector<std::string>>> codes;
    auto office_codes = [&]() -> const std::unordered_map<std::size_t, std::vector<std::string>>& {
        if (!codes) {
            codes.emplace();
            for (const ExtractedFact& f : out.facts)
                if (f.predicate == "pgo:holdsPosition" && !f.object_is_event && out.entities[f.object].type == EntityType::Country)
                    (*codes)[f.subject].push_back(country_code_of(out, lx, f.object));
        }
        return *codes;
    };
    const long envoy_class = lx.rules().words().find_class("envoy_word");
    auto posted_envoy = [&](std::size_t person) { return holds_envoy_office(out, lx, envoy_class, person); };
    for (Merged& m : merged) {
        Proposal& p = m.p;
        // "held talks in Braga with X, who came to Portugal on a working visit": a visit to a
        // country took place in the city of that country its sentences name.
        if (p.type == "Visit" && p.place && out.entities[*p.place].type == EntityType::Country) {
            const std::string code = country_code_of(out, lx, *p.place);
            for (const std::size_t si : m.sentences) {
                const SentenceAnalysis& s = sentences[si];
                // Not a building the document puts in no city ("received at the Palace X, who is on an
                // official visit to Chile": the visit is to Chile).
                auto in_a_city = [&](std::size_t e) {
                    return std::any_of(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) {
                        return f.subject == e && f.predicate == "pgo:locatedIn" && !f.object_is_event &&
                               out.entities[f.object].type == EntityType::Place && !is_building(out.entities[f.object], lx);
                    });
                };
                for (std::size_t i = 0; i < s.mentions.size() && !code.empty(); ++i)
                    if (s.mentions[i].type == EntityType::Place && country_code_of(out, lx, s.entity_of[i]) == code &&
                        (!is_building(out.entities[s.entity_of[i]], lx) || in_a_city(s.entity_of[i]))) {
                        append_unique(p.also_at, {*p.place});
                        p.place = s.entity_of[i];
                        break;
                    }
                if (out.entities[*p.place].type != EntityType::Country) break;
            }
        }
        // A visit goes to a city; the seat or venue in it is where its meetings were ("received in
        // the Kremlin" under the date line "The Kremlin, Moscow"): the visit's place is the city the
        // document puts that building in.
        if (p.type == "Visit" && p.place && is_building(out.entities[*p.place], lx))
            for (const ExtractedFact& f : out.facts)
                if (f.predicate == "pgo:locatedIn" && f.subject == *p.place && !f.object_is_event &&
                    out.entities[f.object].type == EntityType::Place && !is_building(out.entities[f.object], lx)) {
                    p.place = f.object;
                    break;
                }
        // A person counted on both sides (the headline's "with X" and the lead's "X had a call") acts.
        std::erase_if(p.with, [&](std::size_t x) { return std::find(p.who.begin(), p.who.end(), x) != p.who.end(); });
        // The release's own meeting whose headline names only the guest ("Meeting with X") is its
        // principal's: the one other person the document gives an office of its own country, else
        // the first other person its lead names ("President Ana Lopes met with the Minister of ...").
        const bool own_subject = std::any_of(m.sentences.begin(), m.sentences.end(), [&](std::size_t si) { return context.states_subject(si); });
        if (own_subject && p.who.empty() && !p.with.empty()) {
            if (const auto host = principal_of(out, lx, home, p.with)) {
                p.who.push_back(*host);
            } else if (context.lead) {
                const SentenceAnalysis& lead = sentences[*context.lead];
                for (std::size_t i = 0; i < lead.mentions.size(); ++i)
                    if (lead.mentions[i].type == EntityType::Person && !lead.mentions[i].office &&
                        std::find(p.with.begin(), p.with.end(), lead.entity_of[i]) == p.with.end()) {
                        p.who.push_back(lead.entity_of[i]);
                        break;
                    }
            }
        }
        if (p.date) {
            for (std::size_t e = 0; e < out.events.size() && !m.event; ++e) {
                const ExtractedEvent& old = out.events[e];
                const bool strangers = !old.participants.empty() && !p.who.empty() &&
                                       !shares(old.participants, p.who) && !shares(old.participants, p.with);
                // "held a summit meeting with X": the rule reads a meeting where the trigger read a
                // summit or a session with the same people; one event, of the trigger's finer kind.
                // Not one held on its margins ("met on the sidelines of the summit"): two events.
                // Not a summit its sentence names after the match ("paid a courtesy call on X ..., during which
                // they discussed the upcoming Summit"), unless it is the body's own session.
                const TokenizedSentence& said = sentences[p.sentence].tokens;
                const std::size_t named_at = old.trigger.empty() ? std::string_view::npos
                                                                 : surface(said, 0, said.tokens.size()).find(old.trigger);
                const bool named_after = old.sentence.contains(said.sentence) && named_at != std::string_view::npos &&
                                         named_at >= p.match_end;
                const bool same_body = shares_body(out, p.who, old.participants);
                // "On the margins of the Session, X paid a courtesy call on Y at Z on Tuesday": the gathering named
                // back before the meeting frames it; the meeting is no mention of that gathering.
                const bool gathering_kind = old.type == "Summit" || old.type == "Session";
                const bool on_its_margins = p.type == "Meeting" && gathering_kind && opens_on_own_margins(sentences[p.sentence], margin);
                const bool kin = old.type == p.type ||
                                 (p.type == "Meeting" && !p.framed && !on_its_margins && gathering_kind &&
                                  (shares(old.participants, p.who) || shares(old.participants, p.with)) &&
                                  (!named_after || same_body));
                // ... and what the trigger read there, the gathering dated by the meeting's day in the meeting's
                // sentence alone, was this meeting: it takes the meeting's kind.
                if (on_its_margins && !m.event && old.start && *old.start == p.date->start && !named_after &&
                    old.sentence == said.sentence && old.rule.rfind("rule:", 0) != 0) {
                    m.event = e;
                    out.events[e].type = "Meeting";
                    continue;
                }
                // The hand-written reader may have dated the same mention less precisely ("in 2022").
                const bool holds_day = old.start && old.start->precision() != DatePrecision::Day &&
                                       p.date->start.precision() == DatePrecision::Day && old.start->year == p.date->start.year &&
                                       (old.start->precision() == DatePrecision::Year || old.start->month == p.date->start.month) &&
                                       std::find(m.sentences.begin(), m.sentences.end(), p.sentence) != m.sentences.end() &&
                                       old.sentence.contains(sentences[p.sentence].tokens.sentence);
                // One of several calls named at once is not another counterpart's.
                const bool other_counterpart =
                    p.apart && std::any_of(old.participants.begin(), old.participants.end(), [&](std::size_t x) {
                        return is_person(x) && std::find(p.who.begin(), p.who.end(), x) == p.who.end() &&
                               std::find(p.with.begin(), p.with.end(), x) == p.with.end();
                    });
                // Two meetings of the actor with different persons on one day are two ("In Warsaw, X will call
                // on the President and hold a meeting with the Foreign Minister").
                const bool met_persons = std::any_of(p.with.begin(), p.with.end(), is_person);
                const bool old_counterparts = std::any_of(old.participants.begin(), old.participants.end(), [&](std::size_t x) {
                    return is_person(x) && std::find(p.who.begin(), p.who.end(), x) == p.who.end();
                });
                const bool another_meeting = p.type == "Meeting" && old.type == "Meeting" && met_persons && old_counterparts &&
                                             !shares(old.participants, p.with);
                // A meeting on the margins of the release's gathering is not that gathering: only an event its own sentence names.
                const bool elsewhere = p.margins && std::none_of(m.sentences.begin(), m.sentences.end(), [&](std::size_t si) {
                                           return old.sentence.contains(sentences[si].tokens.sentence);
                                       });
                // "Earlier, ..." read in one sentence and an event of another: two events.
                const bool headline_said = context.headline && old.sentence.contains(sentences[*context.headline].tokens.sentence);
                const bool apart_in_time = !headline_said && !old.sentence.contains(said.sentence) &&
                                           (p.sequel || sequel_span(old.sentence));
                if (kin && old.start && (*old.start == p.date->start || holds_day) && !strangers && !other_counterpart &&
                    !another_meeting && !elsewhere && !apart_in_time) {
                    m.event = e;
                    if (holds_day) out.events[e].start = p.date->start;
                }
            }
            if (!m.event) {
                ExtractedEvent e;
                e.type = p.type;
                e.start = p.date->start;
                e.end = p.date->end;
                e.place = p.place;
                e.planned = p.planned;
                e.sentence = sentences[p.sentence].tokens.sentence;
                e.trigger = p.trigger;
                e.rule = p.rule;
                out.events.push_back(std::move(e));
                m.event = out.events.size() - 1;
            }
            ExtractedEvent& e = out.events[*m.event];
            if (e.rule.rfind("rule:", 0) != 0) e.rule = p.rule;  // the rule takes the credit (rule_relations.hpp)
            for (const std::string& r : m.also_by)
                if (r != e.rule && std::find(e.also_by.begin(), e.also_by.end(), r) == e.also_by.end()) e.also_by.push_back(r);
            append_unique(e.participants, p.who);
            append_unique(e.participants, p.with);
            // A place a rule read beside its trigger is better evidence than one found elsewhere in the sentence.
            // ... unless it only names the country of a place already known ("visit to Russia" and "in Moscow").
            const bool vaguer = p.place && e.place && out.entities[*p.place].type == EntityType::Country &&
                                out.entities[*e.place].type == EntityType::Place;
            if (p.place && (!e.place || p.place_stated) && !vaguer) e.place = p.place;
            // A meeting on the margins of the release's gathering is part of it (and named apart from it).
            if (p.margins && !e.part_of) {
                std::optional<std::size_t> whole = gathering_event;
                for (const Merged& g : merged)
                    if (!whole && gathering_sentence && g.event && g.p.type == gathering_type &&
                        std::find(g.sentences.begin(), g.sentences.end(), *gathering_sentence) != g.sentences.end())
                        whole = g.event;
                if (whole && *whole != *m.event) out.events[*m.event].part_of = whole;
            }
        }
        const std::optional<DateValue> day = p.date ? std::optional<DateValue>(p.date->start) : std::nullopt;
        // Who met whom: each of `who` each of `with`, or, for a meeting of several, every pair.
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        for (const std::size_t a : p.who)
            for (const std::size_t b : p.with) pairs.emplace_back(a, b);
        if (p.each)
            for (std::size_t i = 0; i < p.who.size(); ++i)
                for (std::size_t j = i + 1; j < p.who.size(); ++j) pairs.emplace_back(p.who[i], p.who[j]);
        for (const auto& pair : pairs) {
            // Named copies, not structured bindings: lambdas below capture them (clang before C++20 DR).
            const std::size_t a = pair.first, b = pair.second;
            if (a == b || !is_person(a) || !is_person(b)) continue;
            // An undated meeting adds nothing where the pair already met at a dated event.
            if (!m.event && std::any_of(met.begin(), met.end(), [&](const auto& k) {
                    return std::get<0>(k) == std::min(a, b) && std::get<1>(k) == std::max(a, b);
                }))
                continue;
            if (!met.emplace(std::min(a, b), std::max(a, b), m.event).second) {
                credit_rule(out, a, "pgo:metWith", b, p.rule);
                credit_rule(out, b, "pgo:metWith", a, p.rule);
                continue;
            }
            out.facts.push_back({a, "pgo:metWith", b, date_qualifier(day), m.event, false,
                                 sentences[p.sentence].tokens.sentence, p.rule});
        }
        // Who was at the place of an in-person event and holds no office of its country visited it.
        // An undated visit that has taken place ("X's recent visit to Ukraine") is still a visit.
        const bool undated_visit = !m.event && p.type == "Visit" && !p.planned;
        // The event may hold a place this mention did not read ("will hold talks with X" in a
        // headline whose place the hand-written reader took from "in Sochi").
        const std::optional<std::size_t> at = p.place ? p.place : (m.event ? out.events[*m.event].place : std::nullopt);
        if ((!m.event && !undated_visit) || !at || p.type == "PhoneCall") continue;
        std::vector<std::size_t> people = p.who;
        append_unique(people, p.with);
        std::vector<std::size_t> where{*at};
        append_unique(where, p.also_at);
        // A guest received in a building the document puts in a city ("at the Federal Chancellery in
        // Berlin") visited the city too.
        for (std::size_t k = 0, n = where.size(); k < n; ++k) {
            const ExtractedEntity& venue = out.entities[where[k]];
            if (venue.type != EntityType::Place || settlement(venue, lx)) continue;
            for (const ExtractedFact& f : out.facts)
                if (f.subject == where[k] && f.predicate == "pgo:locatedIn" && !f.object_is_event &&
                    out.entities[f.object].type == EntityType::Place && settlement(out.entities[f.object], lx)) {
                    append_unique(where, {f.object});
                    break;
                }
        }
        for (const std::size_t place : where)
        for (const std::size_t person : people) {
            const std::string code = country_code_of(out, lx, place);
            if (!is_person(person) || std::find(p.hosts.begin(), p.hosts.end(), person) != p.hosts.end()) continue;
            // An ambassador met where he is posted lives there: a meeting is no visit of his.
            if (p.type != "Visit" && posted_envoy(person)) continue;
            bool at_home = false;
            for (const ExtractedFact& f : out.facts)
                if (f.subject == person && f.predicate == "pgo:holdsPosition" && !f.object_is_event &&
                    (f.object == place || (!code.empty() && country_code_of(out, lx, f.object) == code)))
                    at_home = true;
            // One the document places in another country's office ("President of France X") is
            // a visitor, whatever bare titles ("Mr President") the release also gives him.
            // So is one whose bare office is settled as another state's ("X, Minister of African
            // Integration and Foreign Affairs": Senegal's, received in Paris).
            const bool placed_elsewhere = !code.empty() && (std::any_of(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) {
                return f.subject == person && f.predicate == "pgo:holdsPosition" && !f.object_is_event &&
                       out.entities[f.object].type == EntityType::Country && country_code_of(out, lx, f.object) != code;
            }) || std::any_of(out.offices_without_holder.begin(), out.offices_without_holder.end(), [&](const OfficeWithoutHolder& o) {
                if (o.person != person || !o.home_country) return false;
                const std::string held = country_code_of(out, lx, *o.home_country);
                return !held.empty() && held != code && held != home;
            }));
            if (!at_home && !placed_elsewhere) {
                // A place in the release's own country is home to whoever the document places in
                // no other country ("Taking part in the meeting at Novo-Ogaryovo were ...").
                if (!code.empty() && home == code) at_home = true;
                for (const OfficeWithoutHolder& o : out.offices_without_holder)
                    if (!at_home && o.person == person && !code.empty() && o.home_country &&
                        country_code_of(out, lx, *o.home_country) == code)
                        at_home = true;
                // The one who receives a guest on a visit to the place's country ("X held talks with
                // President of Chile Y, who is on a state visit to China") is its host, at home,
                // when the document places nobody of the event in that country's offices.
                if (!at_home && !code.empty()) {
                    const auto& held = office_codes();
                    auto office_country = [&](std::size_t who, bool here) {
                        const auto it = held.find(who);
                        if (it == held.end()) return false;
                        return std::any_of(it->second.begin(), it->second.end(), [&](const std::string& c) { return (c == code) == here; });
                    };
                    // Only a visit the text states ("on a state visit to"), not one this loop inferred.
                    const bool guest_visits_here = std::any_of(out.facts.begin(), out.facts.begin() + stated_facts, [&](const ExtractedFact& f) {
                        return f.predicate == "pgo:visited" && !f.object_is_event && f.subject != person &&
                               std::find(people.begin(), people.end(), f.subject) != people.end() && office_country(f.subject, false) &&
                               country_code_of(out, lx, f.object) == code;
                    });
                    const bool host_named = std::any_of(people.begin(), people.end(), [&](std::size_t who) { return office_country(who, true); });
                    if (guest_visits_here && !host_named && !office_country(person, false)) at_home = true;
                    // "X will hold talks with President of Serbia Y in Sochi": one the document gives no
                    // office at all, announced to meet there those it places in another country's offices,
                    // hosts (a release announces its own head's guests; of a meeting reported as done,
                    // such a one stays a visitor).
                    const bool no_office =
                        std::none_of(out.facts.begin(), out.facts.end(),
                                     [&](const ExtractedFact& f) { return f.subject == person && f.predicate == "pgo:holdsPosition"; }) &&
                        std::none_of(out.offices_without_holder.begin(), out.offices_without_holder.end(),
                                     [&](const OfficeWithoutHolder& o) { return o.person == person; });
                    const bool guests_from_abroad = std::any_of(people.begin(), people.end(), [&](std::size_t who) {
                        return who != person && office_country(who, false);
                    });
                    const bool announced = m.event && out.events[*m.event].planned;
                    if (no_office && guests_from_abroad && !host_named && announced && p.type != "Visit") at_home = true;
                }
            }
            if (at_home) continue;
            if (!visited.emplace(person, place).second) {
                credit_rule(out, person, "pgo:visited", place, p.rule);
                continue;
            }
            out.facts.push_back({person, "pgo:visited", place,
                                 date_qualifier(m.event ? out.events[*m.event].start : std::nullopt), m.event, false,
                                 sentences[p.sentence].tokens.sentence, p.rule});
        }
    }

    // A meeting read in the sentence that names a summit ("on the margins of the X Summit") is part of it;
    // so is one read on the margins of a session ("on the sidelines of the UN General Assembly").
    for (const Merged& meeting : merged) {
        if (!meeting.event || meeting.p.type == "Summit" || out.events[*meeting.event].part_of) continue;
        for (const Merged& summit : merged) {
            const bool frame = summit.p.type == "Summit" || (summit.p.type == "Session" && meeting.p.framed);
            if (!summit.event || !frame || summit.event == meeting.event) continue;
            const bool together = std::any_of(meeting.sentences.begin(), meeting.sentences.end(), [&](std::size_t si) {
                return std::find(summit.sentences.begin(), summit.sentences.end(), si) != summit.sentences.end();
            });
            if (!together || !within(out.events[*meeting.event], out.events[*summit.event])) continue;
            out.events[*meeting.event].part_of = summit.event;
            if (!out.events[*meeting.event].place) out.events[*meeting.event].place = out.events[*summit.event].place;
            break;
        }
    }

    // Signed, adopted or announced at the event the sentence names, else at the release's own subject.
    std::set<std::pair<std::size_t, std::size_t>> signed_at;
    std::set<std::size_t> signed_agreements;  // an agreement is signed once; the hand-written reading stands
    for (const ExtractedFact& f : out.facts)
        if (f.predicate == "pgo:signedAt") {
            signed_at.emplace(f.subject, f.object);
            signed_agreements.insert(f.subject);
        }
    auto event_of_sentence = [&](std::size_t si) -> std::optional<std::size_t> {
        for (const Merged& m : merged)
            if (m.event && std::find(m.sentences.begin(), m.sentences.end(), si) != m.sentences.end()) return m.event;
        return std::nullopt;
    };
    std::optional<std::size_t> subject_event;
    for (const Merged& m : merged)
        if (!subject_event && m.event && std::any_of(m.sentences.begin(), m.sentences.end(), [&](std::size_t si) { return context.states_subject(si); }))
            subject_event = m.event;
    // A joint statement that heads the release is the document its meeting adopted: "U.S.-Colombia
    // Joint Statement" over "President A met President B today". Messages (greetings, addresses) are not.
    if (context.headline && subject_event && out.events[*subject_event].type != "PhoneCall") {
        const SentenceAnalysis& h = sentences[*context.headline];
        for (std::size_t i = 0; i < h.mentions.size(); ++i) {
            const Candidate& m = h.mentions[i];
            if (m.type != EntityType::Agreement || m.nested || m.rule != "pattern:headline-document") continue;
            const std::size_t agreement = h.entity_of[i];
            if (out.entities[agreement].subtype == "Address" || signed_agreements.count(agreement)) continue;
            if (!signed_at.emplace(agreement, *subject_event).second) continue;
            signed_agreements.insert(agreement);
            out.facts.push_back({agreement, "pgo:signedAt", *subject_event, date_qualifier(out.events[*subject_event].start),
                                 *subject_event, true, h.tokens.sentence, "pattern:headline-document-adopted"});
        }
    }
    // "the Special Status Agreement signed in 2012": a signing the sentence dates is at the ceremony a rule
    // read there, whatever other event the sentence names, and whatever event the signing was read at before.
    auto ceremony_of_sentence = [&](std::size_t si) -> std::optional<std::size_t> {
        for (const Merged& m : merged)
            if (m.event && out.events[*m.event].type == "Ceremony" && std::find(m.sentences.begin(), m.sentences.end(), si) != m.sentences.end())
                return m.event;
        return std::nullopt;
    };
    for (const Signing& sg : signings) {
        if (const auto ceremony = ceremony_of_sentence(sg.sentence)) {
            const Span here = sentences[sg.sentence].tokens.sentence;
            for (const std::size_t agreement : sg.agreements) {
                if (signed_at.count({agreement, *ceremony})) continue;
                // The reading of the same sentence is replaced; a signing another sentence reports stands.
                auto signing_read = [&](const ExtractedFact& f, bool in_this_sentence) {
                    const bool same = f.sentence.begin == here.begin && f.sentence.end == here.end;
                    return f.predicate == "pgo:signedAt" && f.subject == agreement && same == in_this_sentence;
                };
                if (std::any_of(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) { return signing_read(f, false); }))
                    continue;
                std::erase_if(out.facts, [&](const ExtractedFact& f) { return signing_read(f, true); });
                signed_at.emplace(agreement, *ceremony);
                signed_agreements.insert(agreement);
                out.facts.push_back({agreement, "pgo:signedAt", *ceremony, date_qualifier(out.events[*ceremony].start), *ceremony, true,
                                     here, sg.rule});
            }
            continue;
        }
        std::optional<std::size_t> at = event_of_sentence(sg.sentence);
        // "A and B met at La Moneda. ... The two ministers signed X. B will travel on Wednesday to ...": a
        // signing reported as done is at the latest meeting (or session) held before it, dated to the day,
        // not at an event the release announces; so is one of a list ("At the close of the Session, the
        // two Ministers witnessed the signing of five instruments, namely:") that no event of the release frames.
        const bool done = context.tenses[sg.sentence] == Tense::Past || plural_signed_in_past(sentences[sg.sentence], lx);
        auto latest_held = [&]() -> std::optional<std::size_t> {
            const Span here = sentences[sg.sentence].tokens.sentence;
            std::optional<std::size_t> held;
            for (std::size_t e = 0; e < out.events.size(); ++e) {
                const ExtractedEvent& ev = out.events[e];
                if ((ev.type != "Meeting" && ev.type != "Session") || ev.planned || !ev.start ||
                    ev.start->precision() != DatePrecision::Day || ev.sentence.begin > here.begin)
                    continue;
                if (!held || ev.sentence.begin >= out.events[*held].sentence.begin) held = e;
            }
            return held;
        };
        if (!at && done && subject_event && out.events[*subject_event].planned) at = latest_held();
        // The release's own subject, when the sentence dates nothing else ("signed in 1999" is another day).
        if (!at && subject_event && !only_past_signings(sentences[sg.sentence], lx)) {
            const auto& start = out.events[*subject_event].start;
            const bool other_day = std::any_of(context.dates[sg.sentence].begin(), context.dates[sg.sentence].end(),
                                               [&](const DateMention& d) { return !start || d.range.start != *start; });
            if (!other_day) at = subject_event;
        }
        // So is one done before the plural of those who met ("In the presence of the two Ministers, A and B signed").
        const bool witnessed = !sg.planned && witnessed_by_plural(sentences[sg.sentence], lx);
        if (!at && ((sg.listed && !sg.planned) || (done && has_plural_signer_subject(sentences[sg.sentence])) || witnessed)) at = latest_held();
        if (!at) continue;
        for (const std::size_t agreement : sg.agreements) {
            if (signed_agreements.count(agreement) || !signed_at.emplace(agreement, *at).second) continue;
            signed_agreements.insert(agreement);
            std::vector<Attribute> when = date_qualifier(out.events[*at].start);
            if (sg.planned) when.push_back({"pgo:planned", {"true", "boolean"}});
            out.facts.push_back({agreement, "pgo:signedAt", *at, std::move(when), *at, true, sentences[sg.sentence].tokens.sentence, sg.rule});
            // The parties of a listed document are read with the list (rule_relations.cpp).
            if (!sg.listed) add_plural_parties(sentences[sg.sentence], agreement, *at, out);
        }
    }
}

void add_release_event_visitors(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                                const Lexicon& lx, DocumentExtraction& out) {
    const long envoy_class = lx.rules().words().find_class("envoy_word");
    // "arrived in Lima and held talks with X", "visited Lima, where she met X": a meeting the
    // sentence places nowhere took place in the city of the visit the same sentence reports.
    for (ExtractedEvent& e : out.events) {
        if (e.place || e.type != "Meeting" || !e.start) continue;
        for (const ExtractedEvent& v : out.events)
            if (v.type == "Visit" && v.place && v.start && v.sentence.begin == e.sentence.begin && v.sentence.end == e.sentence.end &&
                out.entities[*v.place].type == EntityType::Place && v.start->year == e.start->year) {
                e.place = v.place;
                break;
            }
    }
    std::set<std::pair<std::size_t, std::size_t>> visited;
    for (const ExtractedFact& f : out.facts)
        if (f.predicate == "pgo:visited") visited.emplace(f.subject, f.object);
    auto is_person = [&](std::size_t e) { return out.entities[e].type == EntityType::Person; };
    auto states_subject = [&](Span span) {
        for (const std::optional<std::size_t>& si : {context.headline, context.lead})
            if (si && sentences[*si].tokens.sentence.contains(span)) return true;
        return false;
    };
    for (std::size_t e = 0; e < out.events.size(); ++e) {
        const ExtractedEvent& ev = out.events[e];
        if (!ev.place || !ev.start || ev.type == "PhoneCall" || ev.type == "Visit" || !states_subject(ev.sentence)) continue;
        // A city or venue: an event placed in a whole country is often only placed by a name in its sentence.
        if (out.entities[*ev.place].type != EntityType::Place) continue;
        const std::string code = country_code_of(out, lx, *ev.place);
        if (code.empty()) continue;
        for (const std::size_t person : ev.participants) {
            if (!is_person(person) || visited.count({person, *ev.place})) continue;
            if (holds_envoy_office(out, lx, envoy_class, person)) continue;  // an ambassador met where posted
            bool elsewhere = false, here = false;
            for (const ExtractedFact& f : out.facts) {
                if (f.subject != person || f.predicate != "pgo:holdsPosition" || f.object_is_event) continue;
                const std::string held = country_code_of(out, lx, f.object);
                if (held == code) here = true;
                else if (out.entities[f.object].type == EntityType::Country) elsewhere = true;
            }
            if (!elsewhere || here) continue;
            visited.emplace(person, *ev.place);
            out.facts.push_back({person, "pgo:visited", *ev.place, date_qualifier(ev.start), e, false, ev.sentence,
                                 "pattern:event-place-visitor"});
        }
    }
    // A meeting or ceremony on the release's day that the text places nowhere took place where the
    // date line puts the release ("BEIJING, April 9 -- ... Also on Wednesday, X held talks with Y").
    // After the visitors above: the date line's place is read, not stated, and makes no visit.
    if (!context.dateline || !context.published || context.published->precision() != DatePrecision::Day) return;
    std::optional<std::size_t> dateline_place;
    const SentenceAnalysis& line = sentences[*context.dateline];
    for (std::size_t i = 0; i < line.mentions.size() && !dateline_place; ++i)
        if (line.mentions[i].type == EntityType::Place) dateline_place = line.entity_of[i];
    if (!dateline_place) return;
    for (ExtractedEvent& ev : out.events)
        if (!ev.place && ev.start && *ev.start == *context.published && (ev.type == "Meeting" || ev.type == "Ceremony"))
            ev.place = dateline_place;
}

}  // namespace pressgraph
