#include "relations/rule_relations.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "entities/token_predicates.hpp"
#include "context/home_country.hpp"
#include "events/event_signing.hpp"
#include "events/rule_events.hpp"
#include "context/mention_annotations.hpp"
#include "relations/agreement_parties.hpp"
#include "relations/relation_extraction.hpp"
#include "context/rule_trace.hpp"
#include "pressgraph/extract/engine/pattern_matcher.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph {

namespace {

// The predicates a rule may state, as ontology CURIEs (pgo:signedAt needs an event: events stage).
std::optional<std::string> predicate_curie(const std::string& p) {
    static constexpr std::string_view kPredicates[] = {"holdsPosition", "metWith", "visited", "memberOf",
                                                       "locatedIn",     "party",   "partOf",  "approvedBy"};
    for (const std::string_view k : kPredicates)
        if (p == k) return "pgo:" + p;
    return std::nullopt;
}

// Whether the span [first, last) lies inside a longer mention: "National Assembly of Chile" in
// "Council of the National Assembly of Chile" is part of another body's name, no holder itself.
bool inside_longer_mention(const rules::AnnotatedSentence& a, std::uint32_t first, std::uint32_t last,
                           const std::vector<std::uint16_t>& labels) {
    for (const rules::Annotation& an : a.annotations())
        if (an.first <= first && an.last >= last && an.last - an.first > last - first &&
            std::find(labels.begin(), labels.end(), an.label) != labels.end())
            return true;
    return false;
}

// Whether a mention of entity `entity` spans exactly [first, last).
bool spans_exactly(const rules::AnnotatedSentence& a, std::uint32_t first, std::uint32_t last, std::size_t entity,
                   const std::vector<std::uint16_t>& labels) {
    for (const rules::Annotation& an : a.annotations())
        if (an.first == first && an.last == last && an.payload == entity &&
            std::find(labels.begin(), labels.end(), an.label) != labels.end())
            return true;
    return false;
}

// The two states a bilateral release is about: those whose offices its persons hold (a bare
// title's: the state the release speaks for), or one such state and the release's own (its date
// line's, "2025-03-12, Lima"), when that makes exactly two; none otherwise (a trilateral summit's
// "we" names no one pair).
std::vector<std::size_t> two_sides(const DocumentExtraction& out, std::optional<std::size_t> home) {
    std::vector<std::size_t> states;
    auto add = [&](std::size_t state) {
        if (std::find(states.begin(), states.end(), state) == states.end()) states.push_back(state);
    };
    for (const ExtractedFact& f : out.facts)
        if (f.predicate == "pgo:holdsPosition" && !f.object_is_event && out.entities[f.subject].type == EntityType::Person &&
            out.entities[f.object].type == EntityType::Country)
            add(f.object);
    // An office by its bare title ("Foreign Minister Ana Lopes") is of the state the release speaks for.
    for (const OfficeWithoutHolder& o : out.offices_without_holder)
        if (o.home_country) add(*o.home_country);
    if (states.size() == 1 && home && *home != states.front()) states.push_back(*home);
    if (states.size() != 2) states.clear();
    std::sort(states.begin(), states.end());
    return states;
}

// "The two ministers signed the Memorandum": an agreement's parties are states, so persons the
// capture only refers to, two or more ("the two ministers", "the leaders"), stand for the states
// whose offices they hold; persons named by name stay parties.
std::vector<std::size_t> parties_for_references(const SentenceAnalysis& s, const rules::AnnotatedSentence& a, std::uint32_t first,
                                                std::uint32_t last, std::vector<std::size_t> objects, const rules::Labels& L,
                                                const DocumentExtraction& out) {
    // The references overlapping the capture ("The two ministers" around its "ministers").
    std::vector<std::size_t> referred;
    for (const rules::Annotation& an : a.annotations())
        if (an.first < last && an.last > first && an.label == L.ref &&
            std::find(referred.begin(), referred.end(), an.payload) == referred.end())
            referred.push_back(an.payload);
    // A person named in the capture by a mention no reference covers, and by a name: "ministers" read as
    // one of the release's persons names no one ("The ministers signed ...").
    auto named = [&](std::size_t e) {
        return std::any_of(a.annotations().begin(), a.annotations().end(), [&](const rules::Annotation& an) {
            if (an.first < first || an.last > last || an.label != L.person || an.payload != e) return false;
            bool plural_only = true;
            for (std::uint32_t k = an.first; k < an.last && plural_only; ++k) plural_only = s.words.is(k, s.words.classes().signer_plural);
            if (plural_only) return false;
            return std::none_of(a.annotations().begin(), a.annotations().end(), [&](const rules::Annotation& r) {
                return r.label == L.ref && r.payload == e && r.first <= an.first && an.last <= r.last;
            });
        });
    };
    auto read_from_plural = [&](std::size_t e) {
        return out.entities[e].type == EntityType::Person && !named(e) &&
               std::find(referred.begin(), referred.end(), e) == referred.end();
    };
    std::erase_if(objects, read_from_plural);
    if (referred.size() < 2) return objects;
    std::vector<std::size_t> parties;
    auto add = [&](std::size_t e) {
        if (std::find(parties.begin(), parties.end(), e) == parties.end()) parties.push_back(e);
    };
    for (const std::size_t e : objects) {
        if (named(e) || std::find(referred.begin(), referred.end(), e) == referred.end()) {
            add(e);
            continue;
        }
        for (const ExtractedFact& f : out.facts)
            if (f.subject == e && f.predicate == "pgo:holdsPosition" && !f.object_is_event &&
                out.entities[f.object].type == EntityType::Country)
                add(f.object);
    }
    return parties;
}

// Whether a mention of `entity` in [first, last) stands outside every longer body named there:
// "members of the UN Security Council" names a membership of the Council, not of the UN in its name.
bool outermost_within(const rules::AnnotatedSentence& a, std::uint32_t first, std::uint32_t last, std::size_t entity,
                      const std::vector<std::uint16_t>& labels) {
    for (const rules::Annotation& an : a.annotations()) {
        if (an.payload != entity || an.first < first || an.last > last ||
            std::find(labels.begin(), labels.end(), an.label) == labels.end())
            continue;
        const bool inside = std::any_of(a.annotations().begin(), a.annotations().end(), [&](const rules::Annotation& o) {
            return o.first >= first && o.last <= last && o.first <= an.first && o.last >= an.last &&
                   o.last - o.first > an.last - an.first && std::find(labels.begin(), labels.end(), o.label) != labels.end();
        });
        if (!inside) return true;
    }
    return false;
}

// Whether the lexicon puts `place` in a country other than the one `container` is or lies in.
bool elsewhere(const DocumentExtraction& out, const Lexicon& lx, std::size_t place, std::size_t container) {
    // A name the lexicon knows in several countries ("Ottawa", "Ontario") may lie in any of them: the two
    // are in one country when their names share one.
    auto countries = [&](std::size_t e) {
        std::vector<std::string_view> codes;
        if (const auto* ids = lx.names().find(out.entities[e].canonical_name))
            for (const std::uint32_t id : *ids)
                if (lx.entry(id).type == out.entities[e].type && !lx.entry(id).country.empty()) codes.push_back(lx.entry(id).country);
        return codes;
    };
    const auto in = countries(place), around = countries(container);
    if (in.size() + around.size() > 2 && std::any_of(in.begin(), in.end(), [&](std::string_view code) {
            return std::find(around.begin(), around.end(), code) != around.end();
        }))
        return false;
    const std::string inside = country_code_of(out, lx, place);
    const std::string outside = country_code_of(out, lx, container);
    return !inside.empty() && !outside.empty() && inside != outside;
}

// Whether the lexicon knows `place` only as an area of no one country (a world region, a sea:
// "the Middle East", "the Americas"), which lies in no place: "the Summit of the Americas in Quito"
// is held there, and "the Middle East, North Korea" lists.
bool international_area(const DocumentExtraction& out, const Lexicon& lx, std::size_t place) {
    if (out.entities[place].type != EntityType::Place) return false;
    const auto* ids = lx.names().find(out.entities[place].canonical_name);
    if (!ids) return false;
    bool known = false;
    for (const std::uint32_t id : *ids) {
        if (lx.entry(id).type != EntityType::Place) continue;
        if (!lx.entry(id).country.empty()) return false;
        known = true;
    }
    return known;
}

// "Portugal and Peru established relations in 1853. ... Both countries are members of the WTO": where the
// release's persons hold the offices of more or fewer than two states, the two states a sentence
// names as a pair ("A and B", no longer list), nearest before the pronoun, in it or the two sentences
// before it.
std::vector<std::size_t> pair_named_before(const std::vector<SentenceAnalysis>& sentences, std::size_t si, std::size_t before) {
    for (std::size_t back = 0; back <= 2 && back <= si; ++back) {
        const SentenceAnalysis& s = sentences[si - back];
        const TokenList& t = s.tokens.tokens;
        auto country_at = [&](std::size_t token) -> std::optional<std::size_t> {
            for (std::size_t i = 0; i < s.mentions.size(); ++i)
                if (s.mentions[i].first == token && s.mentions[i].type == EntityType::Country) return i;
            return std::nullopt;
        };
        std::vector<std::size_t> pair;
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            const Candidate& a = s.mentions[i];
            if (a.type != EntityType::Country || (back == 0 && a.last > before) || a.last + 1 >= t.size() || t[a.last].text != "and") continue;
            const auto b = country_at(a.last + 1);
            if (!b || (back == 0 && s.mentions[*b].last > before) || s.entity_of[i] == s.entity_of[*b]) continue;
            // Part of a longer list: "A, B and C", "A and B and C".
            if (a.first > 0 && t[a.first - 1].text == "," ) continue;
            const std::size_t after = s.mentions[*b].last;
            if (after + 1 < t.size() && (t[after].text == "," || t[after].text == "and") && country_at(after + 1)) continue;
            pair = {s.entity_of[i], s.entity_of[*b]};
        }
        if (!pair.empty()) {
            std::sort(pair.begin(), pair.end());
            return pair;
        }
    }
    return {};
}

// "At the close of the Session, the two Ministers witnessed the signing of five instruments of
// cooperation, namely:" and then one document a line ("- Memorandum of Understanding on ...;"): in a
// release about two states, the documents listed are theirs.
void add_parties_of_signed_lists(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lx,
                                 const std::vector<std::size_t>& sides, DocumentExtraction& out) {
    if (sides.size() != 2) return;
    std::set<std::size_t> settled;  // agreements whose parties the text names
    for (const ExtractedFact& f : out.facts)
        if (f.predicate == "pgo:party") settled.insert(f.subject);
    for (std::size_t i = 0; i + 1 < sentences.size(); ++i)
        for (const std::size_t document : listed_documents(sentences, i, lx)) {
            if (!settled.insert(document).second) continue;
            // The line that names the document is the evidence.
            Span line = sentences[i].tokens.sentence;
            for (std::size_t j = i + 1; j < sentences.size(); ++j)
                if (std::find(sentences[j].entity_of.begin(), sentences[j].entity_of.end(), document) != sentences[j].entity_of.end()) {
                    line = sentences[j].tokens.sentence;
                    break;
                }
            for (const std::size_t side : sides)
                out.facts.push_back({document, "pgo:party", side, {}, std::nullopt, false, line, "pattern:signed-list-sides"});
        }
}

}  // namespace

void add_office_claims(const std::vector<OfficeClaim>& claims, const Lexicon& lx, DocumentExtraction& out) {
    for (const OfficeClaim& c : claims) {
        const bool known = std::any_of(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) {
            return f.subject == c.person && f.object == c.holder && f.predicate == "pgo:holdsPosition";
        });
        if (known) continue;
        bool exclusive = false;
        if (const auto* ids = lx.titles().find(c.title)) exclusive = lx.title(ids->front()).exclusive;
        out.facts.push_back({c.person, "pgo:holdsPosition", c.holder,
                             {{"pgo:title", {c.title, "string"}}, {"pgo:exclusiveOffice", {exclusive ? "true" : "false", "boolean"}}},
                             std::nullopt, false, c.sentence, "coreference:office-of-the-subject"});
    }
}

void credit_rule(DocumentExtraction& out, std::size_t subject, const std::string& predicate, std::size_t object,
                 const std::string& rule) {
    for (ExtractedFact& f : out.facts)
        if (f.subject == subject && f.object == object && f.predicate == predicate && !f.object_is_event &&
            f.rule.rfind("rule:", 0) != 0)
            f.rule = rule;
}

void add_co_chairs_met(DocumentExtraction& out) {
    // The states and bodies whose offices a person holds (a title without its state: the release's own).
    auto sides_of = [&](std::size_t person) {
        std::set<std::size_t> sides;
        for (const ExtractedFact& f : out.facts)
            if (f.subject == person && f.predicate == "pgo:holdsPosition" && !f.object_is_event) sides.insert(f.object);
        for (const OfficeWithoutHolder& o : out.offices_without_holder)
            if (o.person == person && o.home_country) sides.insert(*o.home_country);
        return sides;
    };
    std::set<std::pair<std::size_t, std::size_t>> met;
    for (const ExtractedFact& f : out.facts)
        if (f.predicate == "pgo:metWith") met.emplace(std::min(f.subject, f.object), std::max(f.subject, f.object));
    const std::size_t events = out.events.size();
    for (std::size_t e = 0; e < events; ++e) {
        std::vector<std::size_t> chairs;
        for (const std::size_t c : out.events[e].chairs)
            if (c < out.entities.size() && out.entities[c].type == EntityType::Person &&
                std::find(chairs.begin(), chairs.end(), c) == chairs.end())
                chairs.push_back(c);
        for (std::size_t i = 0; i < chairs.size(); ++i)
            for (std::size_t j = i + 1; j < chairs.size(); ++j) {
                const std::size_t a = chairs[i], b = chairs[j];
                const std::set<std::size_t> sa = sides_of(a), sb = sides_of(b);
                if (sa.empty() || sb.empty()) continue;
                if (std::any_of(sa.begin(), sa.end(), [&](std::size_t x) { return sb.count(x) > 0; })) continue;
                if (!met.emplace(std::min(a, b), std::max(a, b)).second) continue;
                std::vector<Attribute> when;
                if (const auto& start = out.events[e].start) when.push_back({"pgo:date", {start->iso(), std::string(start->xsd_type())}});
                out.facts.push_back({a, "pgo:metWith", b, std::move(when), e, false, out.events[e].sentence, "pattern:co-chairs-met"});
            }
    }
}

void add_parties_of_release_signings(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                                     const Lexicon& lx, DocumentExtraction& out) {
    std::set<std::size_t> settled;  // agreements whose parties or approver the text names
    std::vector<std::pair<std::size_t, std::size_t>> signings;  // (agreement, fact index)
    for (std::size_t i = 0; i < out.facts.size(); ++i) {
        const ExtractedFact& f = out.facts[i];
        if (f.predicate == "pgo:party" || f.predicate == "pgo:approvedBy") settled.insert(f.subject);
        if (f.predicate != "pgo:signedAt" || !f.object_is_event || f.object >= out.events.size()) continue;
        const ExtractedEvent& at = out.events[f.object];
        if (!at.start || (out.published && at.start->year < out.published->year)) continue;
        // An instrument two sides sign (a treaty, an agreement, a memorandum, a protocol), not a statement,
        // an address or a plan, whose authors the text names when it means them.
        if (out.entities[f.subject].subtype != "Treaty") continue;
        const auto s = std::find_if(sentences.begin(), sentences.end(),
                                    [&](const SentenceAnalysis& x) { return x.tokens.sentence == f.sentence; });
        // A plural subject that signed ("the ministers of trade signed") names the signers itself
        // (event_signing.cpp); one that will sign ("The two ministers are expected to sign a Memorandum", its
        // signing read at the visit of one of them) signs an instrument of the two sides'.
        if (s == sentences.end() || only_past_signings(*s, lx) || (has_plural_signer_subject(*s) && plural_signed_in_past(*s, lx)))
            continue;
        signings.emplace_back(f.subject, i);
    }
    if (signings.empty()) return;
    const std::string home_code = home_country_code(sentences, context, lx, out);
    const std::vector<std::size_t> release_sides = two_sides(out, home_country_entity(home_code, lx, out));
    // The states of the signing event's participants, when they are two: a release about three states
    // signs at the meeting of two of them.
    auto event_sides = [&](const ExtractedEvent& at) {
        std::vector<std::size_t> states;
        auto add = [&](std::size_t state) {
            if (std::find(states.begin(), states.end(), state) == states.end()) states.push_back(state);
        };
        for (const std::size_t p : at.participants) {
            if (out.entities[p].type == EntityType::Country) add(p);
            if (out.entities[p].type != EntityType::Person) continue;
            for (const ExtractedFact& f : out.facts)
                if (f.subject == p && f.predicate == "pgo:holdsPosition" && !f.object_is_event &&
                    out.entities[f.object].type == EntityType::Country)
                    add(f.object);
        }
        if (states.size() != 2) return release_sides;
        std::sort(states.begin(), states.end());
        return states;
    };
    for (const auto& [agreement, index] : signings) {
        if (!settled.insert(agreement).second) continue;
        const ExtractedFact signing = out.facts[index];  // a copy: facts grow below
        for (const std::size_t side : event_sides(out.events[signing.object]))
            out.facts.push_back({agreement, "pgo:party", side, {}, signing.event, false, signing.sentence, "pattern:release-signing-sides"});
    }
}

void apply_relation_rules(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                          const std::vector<rules::AnnotatedSentence>& annotated,
                          const Lexicon& lx, DocumentExtraction& out) {
    // A place the lexicon puts in one country lies in no other: "Ohio, Texas, ..., Georgia"
    // lists U.S. states, and the last is not the country that holds the others.
    std::erase_if(out.facts, [&](const ExtractedFact& f) {
        return f.predicate == "pgo:locatedIn" && !f.object_is_event &&
               (elsewhere(out, lx, f.subject, f.object) || international_area(out, lx, f.subject));
    });
    const std::string home_code = home_country_code(sentences, context, lx, out);
    // The sentence the home was read from: the dateline, else a headline that opens with its state's office.
    const SentenceAnalysis* home_source = context.dateline ? &sentences[*context.dateline] : nullptr;
    if (!home_source && context.headline && !home_code.empty() && headline_home_code(sentences, context, lx) == home_code)
        home_source = &sentences[*context.headline];
    complete_offices_from_home(home_code, home_source, lx, out);
    complete_offices_from_host_city(sentences, home_code, lx, out);
    complete_offices_from_city_met_in(sentences, home_code, lx, out);
    const std::optional<std::size_t> home = home_country_entity(home_code, lx, out);  // the release's own state
    add_agreement_parties(sentences, lx, out);
    add_members_named_in_bodies(sentences, lx, out);
    const auto& rules_of_kind = lx.rules().with_verb("fact");
    if (rules_of_kind.empty()) return;
    const rules::Labels& L = lx.labels();
    const std::vector<std::uint16_t> any_entity{L.person, L.country, L.organization, L.place, L.agreement};
    // The ontology's range where a capture may hold mentions of several kinds ("President of Chile
    // Ana Lopes adopted ..."): an approval is a person's or a body's, a membership is in a body.
    auto in_range = [&](const std::string& predicate, std::size_t object) {
        const EntityType type = out.entities[object].type;
        if (predicate == "pgo:approvedBy") return type == EntityType::Person || type == EntityType::Organization;
        if (predicate == "pgo:memberOf") return type == EntityType::Organization;
        return true;
    };
    std::set<std::tuple<std::size_t, std::string, std::size_t>> known;
    for (const auto& f : out.facts)
        if (!f.object_is_event) known.emplace(f.subject, f.predicate, f.object);
    std::optional<std::vector<std::size_t>> sides;  // read once, when a rule asks for them
    const long state_nouns = lx.rules().words().find_class("state_plural_noun");  // "countries", "governments"

    const rules::RuleAnchors& anchors = lx.rules().anchors_of("fact");
    std::vector<std::uint32_t> candidates;
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const SentenceAnalysis& s = sentences[si];
        const rules::AnnotatedSentence& a = annotated[si];
        if (rule_trace_enabled()) trace_rules("relations", a, lx.rules(), "fact");
        anchors.candidates(a, candidates);
        for (const std::uint32_t ri : candidates) {
            const rules::Rule* r = rules_of_kind[ri];
            if (!rules::may_match(r->pattern, a)) continue;
            const auto& args = r->action.positional;
            if (args.size() < 3)
                throw InputError(r->file, "rule '" + r->id + "': 'fact' takes a predicate, a subject and an object", r->line);
            const auto curie = predicate_curie(args[0]);
            if (!curie) throw InputError(r->file, "rule '" + r->id + "': unknown predicate '" + args[0] + "'", r->line);
            const std::string& predicate = *curie;
            const int sc = r->pattern.capture_index(args[1]);
            const int oc = r->pattern.capture_index(args[2]);
            if (sc < 0 || oc < 0) throw InputError(r->file, "rule '" + r->id + "': subject and object must be captures", r->line);
            bool planned = context.tenses[si] == Tense::Future;
            bool dateline_only = false;
            bool for_sides = false;
            for (std::size_t k = 3; k < args.size(); ++k) {
                planned |= args[k] == "planned";
                dateline_only |= args[k] == "dateline";
                for_sides |= args[k] == "sides";
            }
            if (dateline_only && context.dateline != si) continue;
            if (for_sides && !sides) sides = two_sides(out, home);
            // title=CAPTURE names the office the match read ("Ana Lopes, Director of the Institute");
            // title="..." states it outright.
            const std::string* title_arg = r->action.get("title");
            const int title_capture = title_arg ? r->pattern.capture_index(*title_arg) : -1;
            for (const auto& m : rules::find_matches(r->pattern, a)) {
                if (!m.has(static_cast<std::size_t>(sc)) || !m.has(static_cast<std::size_t>(oc))) continue;
                const auto [sf, sl] = m.capture(static_cast<std::size_t>(sc));
                const auto [of, ol] = m.capture(static_cast<std::size_t>(oc));
                // "the prospects of Chile's membership in ...", "its path to membership": wanting or
                // working to join, a few words before the membership, is no membership.
                constexpr std::size_t kBidReach = 4;
                if (predicate == "pgo:memberOf" && membership_bid_before(s, m.first, kBidReach, lx)) continue;
                // The two states the pronoun stands for: the release's, else, for "both countries", "the two
                // governments" (not "we", "the leaders"), a pair of states named just before it.
                std::vector<std::size_t> pair;
                if (for_sides && !sides->empty()) {
                    pair = *sides;
                } else if (for_sides && state_nouns >= 0) {
                    const bool party_sides = predicate == "pgo:party";
                    const std::uint32_t pf = party_sides ? of : sf, pl = party_sides ? ol : sl;
                    bool names_states = false;
                    for (std::uint32_t k = pf; k < pl; ++k) names_states |= s.words.is(k, static_cast<std::size_t>(state_nouns));
                    if (names_states) pair = pair_named_before(sentences, si, pf);
                }
                if (for_sides && pair.empty()) continue;
                const TitleEntry* office = nullptr;
                if (title_capture >= 0 && m.has(static_cast<std::size_t>(title_capture))) {
                    const auto [tf, tl] = m.capture(static_cast<std::size_t>(title_capture));
                    if (detail::past_office(s.tokens.tokens, tf, lx)) continue;  // "the former Prime Minister of Peru, X"
                    if (const rules::Annotation* t = a.exactly(tf, tl, L.title)) office = &lx.title(t->payload);
                    if (inside_longer_mention(a, of, ol, any_entity)) continue;
                    // A title that names its own body ("Chairman of the House of the Assembly")
                    // is held there; what follows names the body's parent.
                    if (!entities_within(a, tf, tl, {L.country, L.organization, L.place}).empty()) continue;
                }
                // `sides`: the subject capture is a pronoun ("we", "our countries") for the two states;
                // of a party, the object is ("the two ministers signed ...", "both sides concluded ...").
                const bool party = predicate == "pgo:party";
                const std::vector<std::size_t> subjects = for_sides && !party ? pair : entities_within(a, sf, sl, any_entity);
                std::vector<std::size_t> objects =
                    !party                ? entities_within(a, of, ol, any_entity)
                    : for_sides           ? pair
                                          : parties_for_references(s, a, of, ol, entities_within(a, of, ol, any_entity), L, out);
                // "the former Chilean Minister of State, X": an office no longer held, whatever the rule
                // captured as its title.
                if (predicate == "pgo:holdsPosition" && detail::past_office(s.tokens.tokens, m.first, lx)) continue;
                // An office's state named by its people's adjective ("her Peruvian counterpart, Ana Lopes").
                const bool named_by_demonym = objects.empty() && predicate == "pgo:holdsPosition";
                if (named_by_demonym)
                    for (const rules::Annotation& an : a.annotations())
                        if (an.label == L.demonym && an.first >= of && an.last <= ol && lx.entry(an.payload).type == EntityType::Country) {
                            const Token& w = s.tokens.tokens[an.first];
                            objects.push_back(lexicon_country_entity(lx, lx.entry(an.payload),
                                                                     {w.span, s.tokens.sentence, std::string(w.text), "lexicon:demonym"}, out));
                        }
                for (const std::size_t subject : subjects) {
                    // A party is an agreement's, not a body's or document's named inside it ("Programme between the
                    // Ministries of A and B", "Guidelines for Implementing the Treaty").
                    if (party && (out.entities[subject].type != EntityType::Agreement ||
                                  !outermost_within(a, sf, sl, subject, {L.agreement})))
                        continue;
                    // An agreement that names other parties ("between the Ministries of A and B") is
                    // theirs, not the signers' states.
                    if (party && for_sides && std::any_of(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) {
                            return f.subject == subject && f.predicate == "pgo:party" && !f.object_is_event &&
                                   std::find(pair.begin(), pair.end(), f.object) == pair.end();
                        }))
                        continue;
                    // A document whose name says between whom it is ("a Programme between the Ministries of A and
                    // B", "a memorandum between the foreign ministries of the two countries") is theirs: the persons
                    // who sign it act for them and are no parties of their own.
                    bool names_between = false;
                    for (std::uint32_t k = sf; k < sl && party; ++k) names_between |= s.words.is_lower(k, s.words.classes().between_word);
                    for (const std::size_t object : objects) {
                        if (subject == object || !in_range(predicate, object)) continue;
                        if (names_between && out.entities[object].type == EntityType::Person) continue;
                        // Offices are held by persons: a body named in a list of office holders holds none.
                        if (predicate == "pgo:holdsPosition" && out.entities[subject].type != EntityType::Person) continue;
                        // Members are states and bodies: the persons of a list of leaders are none.
                        if (predicate == "pgo:memberOf" && out.entities[subject].type != EntityType::Country &&
                            out.entities[subject].type != EntityType::Organization)
                            continue;
                        if (predicate == "pgo:locatedIn" && (elsewhere(out, lx, subject, object) || international_area(out, lx, subject)))
                            continue;  // as above
                        if (predicate == "pgo:memberOf" && !outermost_within(a, of, ol, object, {L.organization})) continue;
                        // An office is held in the body the whole holder capture names, not in
                        // a body named inside it ("House of the National Assembly").
                        // (A state named by its adjective has no mention of its own there.)
                        if (title_capture >= 0 && !named_by_demonym && !spans_exactly(a, of, ol, object, any_entity)) continue;
                        if (!known.emplace(subject, predicate, object).second) {
                            credit_rule(out, subject, predicate, object, "rule:" + r->id);
                            continue;
                        }
                        std::vector<Attribute> qualifiers;
                        if (title_capture >= 0) {
                            // the title capture must be one title of office, not a form of address ("Mr.", "Dr.")
                            if (!office || office->scope == "generic") continue;
                            qualifiers.push_back({"pgo:title", {lx.short_title(office->title), "string"}});
                            qualifiers.push_back({"pgo:exclusiveOffice", {office->exclusive ? "true" : "false", "boolean"}});
                        } else if (const std::string* title = r->action.get("title")) {
                            qualifiers.push_back({"pgo:title", {*title, "string"}});
                        }
                        if (planned) qualifiers.push_back({"pgo:planned", {"true", "boolean"}});
                        out.facts.push_back({subject, predicate, object, std::move(qualifiers), std::nullopt, false,
                                             s.tokens.sentence, "rule:" + r->id});
                        // The state a rule gives a person's office is the one their bare titles
                        // ("Economy Minister A") are of, not the release's own.
                        if (predicate == "pgo:holdsPosition" && out.entities[object].type == EntityType::Country)
                            for (OfficeWithoutHolder& o : out.offices_without_holder)
                                if (o.person == subject) o.home_country = object;
                    }
                }
            }
        }
    }
    // After the rules of offices: the two states are read from the offices they give.
    add_parties_of_signed_lists(sentences, lx, two_sides(out, home), out);
}

}  // namespace pressgraph
