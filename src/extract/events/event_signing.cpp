#include "events/event_signing.hpp"

#include <algorithm>
#include <set>

#include "events/rule_events.hpp"
#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

std::size_t gap(std::size_t a_first, std::size_t a_last, std::size_t b_first, std::size_t b_last) {
    if (a_last <= b_first) return b_first - a_last;
    if (b_last <= a_first) return a_first - b_last;
    return 0;
}

struct AgreementAt {
    std::size_t entity;
    std::optional<std::pair<std::size_t, std::size_t>> tokens;  ///< none when taken from the sentence before
};

// "a joint appeal ... with an invitation to work on a Charter", "an address on the subject of
// promoting the Charter": a document named as the topic of another is not what is signed.
bool topic_of_another(const SentenceAnalysis& s, const Candidate& m, const Lexicon& lexicon) {
    const WordClasses& c = lexicon.word_classes();
    std::size_t k = m.first;
    while (k > 0 && (token_is(s.tokens, k - 1, "the") || token_is(s.tokens, k - 1, "a") || token_is(s.tokens, k - 1, "an"))) --k;
    if (k == 0) return false;
    if (s.words.is(k - 1, c.signing_word)) return false;
    if (s.words.is(k - 1, c.topic_preposition)) return true;
    const std::string w = ascii_lower(s.tokens.tokens[k - 1].text);
    const auto& endings = lexicon.words_of(c.gerund_ending);
    return w.size() > 4 && std::any_of(endings.begin(), endings.end(), [&](const std::string& e) { return w.ends_with(e); });
}

std::vector<AgreementAt> agreements_of(const SentenceAnalysis& s, bool with_tokens, const Lexicon& lexicon) {
    std::vector<AgreementAt> out;
    std::set<std::size_t> topic_ends;  // where the documents named as the topic of another end
    for (const Candidate& m : s.mentions)
        if (m.type == EntityType::Agreement && !m.nested && topic_of_another(s, m, lexicon)) topic_ends.insert(m.last);
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.type != EntityType::Agreement || m.nested || topic_of_another(s, m, lexicon)) continue;
        // Its short form in brackets right after it ("including the Convention on the Law of the Sea (UNCLOS)")
        // is the same topic, not a document signed on its own.
        if (m.first > 0 && token_is(s.tokens, m.first - 1, "(") && topic_ends.count(m.first - 1)) continue;
        if (std::any_of(out.begin(), out.end(), [&](const AgreementAt& a) { return a.entity == s.entity_of[i]; })) continue;
        out.push_back({s.entity_of[i], with_tokens ? std::optional(std::pair(m.first, m.last)) : std::nullopt});
    }
    return out;
}

// "Both documents were approved ...": a plural anaphor for the documents named just before.
bool refers_back(const SentenceAnalysis& s) {
    const WordClasses& c = s.words.classes();
    for (std::size_t k = 0; k + 1 < s.tokens.tokens.size(); ++k)
        if (s.words.is(k, c.plural_reference_word) && s.words.is(k + 1, c.document_plural)) return true;
    return false;
}

std::vector<std::size_t> signing_tokens(const SentenceAnalysis& s) {
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < s.tokens.tokens.size(); ++k)
        if (s.words.is(k, s.words.classes().signing_word)) out.push_back(k);
    return out;
}

// The event that an agreement of sentence `si` is signed at, among the sentence's own events:
// the one whose trigger is the signing word itself ("the signing of the Treaty"), else the one
// nearest the signing word nearest the agreement.
std::optional<std::size_t> own_event(const SigningContext& c, std::size_t si, const AgreementAt& a,
                                     const DocumentExtraction& out) {
    const auto& events = c.events_of_sentence[si];
    const auto& triggers = c.trigger_of_sentence[si];
    if (events.empty()) return std::nullopt;
    const auto verbs = signing_tokens(c.sentences[si]);
    std::optional<std::size_t> verb;
    if (a.tokens) {
        std::size_t best = SIZE_MAX;
        for (auto v : verbs) {
            const std::size_t d = gap(v, v + 1, a.tokens->first, a.tokens->second) + (v > a.tokens->first ? 2 : 0);
            if (d < best) { best = d; verb = v; }
        }
    } else if (!verbs.empty()) {
        verb = verbs.front();
    }
    if (!verb) return events.front();
    // "adopted at a meeting of ...", "signed during the visit": the event the signing is framed by.
    for (std::size_t k = 0; k < events.size(); ++k)
        if (framed(c.sentences[si], triggers[k].first, true) && triggers[k].first > *verb && triggers[k].first <= *verb + 12) return events[k];
    // A signing among the items of a visit is part of the visit.
    for (auto ev : events)
        if (out.events[ev].type == "Visit") return ev;
    std::optional<std::size_t> at;
    std::size_t best = SIZE_MAX;
    for (std::size_t k = 0; k < events.size(); ++k) {
        const std::size_t d = gap(triggers[k].first, triggers[k].second, *verb, *verb + 1);
        if (d < best) { best = d; at = events[k]; }
    }
    return at;
}

// Held during the document's main visit: from its first day to its last, or the day after
// an arrival.
bool during_main_visit(const SigningContext& c, const ExtractedEvent& ev, const DocumentExtraction& out, bool any_place = false) {
    if (!c.main_visit) return false;
    const ExtractedEvent& visit = out.events[*c.main_visit];
    if (!ev.start || !visit.start) return false;
    DateValue last = visit.end.value_or(*visit.start);
    if (!visit.end) ++last.day;
    return !(*ev.start < *visit.start) && !(last < *ev.start) && (any_place || !ev.place || !visit.place || ev.place == visit.place);
}

// "Following the talks, ... will sign": the latest event named before of the kind the
// sentence follows.
std::optional<std::size_t> followed_event(const SigningContext& c, std::size_t si, const DocumentExtraction& out) {
    const SentenceAnalysis& s = c.sentences[si];
    for (std::size_t k = 0; k + 2 < s.tokens.tokens.size(); ++k) {
        if (!s.words.is(k, s.words.classes().following_word) || !token_is(s.tokens, k + 1, "the")) continue;
        const auto hits = find_triggers(c.sentences[si], c.lexicon);
        const auto hit = std::find_if(hits.begin(), hits.end(), [&](const TriggerHit& h) { return h.first == k + 2; });
        if (hit == hits.end()) continue;
        // Of the events of that kind named before, the one of the main visit first.
        // The latest such event; one held during the main visit first, then one the text dates
        // itself (not only as part of the visit's programme), then one named by the same word.
        std::optional<std::size_t> best;
        int best_rank = -1;
        for (std::size_t back = si + 1; back-- > 0;)
            for (auto ev : c.events_of_sentence[back]) {
                const ExtractedEvent& e = out.events[ev];
                if (e.type != hit->type) continue;
                // "Following the meeting, X was signed": a meeting the release announces ("the next
                // meeting, to be held in ...") is not the one a past signing followed.
                if (e.planned && c.tenses[si] == Tense::Past) continue;
                // A past signing follows a meeting the release reports with its day, not one it places in a
                // month or a year ("the next meeting, in Lima in 2027").
                const bool held_on_a_day = c.tenses[si] != Tense::Past || (e.start && e.start->precision() == DatePrecision::Day);
                const int rank = (held_on_a_day ? 8 : 0) + (during_main_visit(c, e, out) ? 4 : 0) +
                                 (e.rule != "pattern:visit-programme" ? 2 : 0) +
                                 (ascii_lower(e.trigger) == ascii_lower(hit->text) ? 1 : 0);
                if (rank > best_rank) { best = ev; best_rank = rank; }
            }
        return best;
    }
    return std::nullopt;
}

// The plural subject of a signing verb of `s` ("the two ministers signed", "the sides are to sign"):
// the token of a signer plural a few words before the verb, if any.
std::optional<std::size_t> plural_subject(const SentenceAnalysis& s) {
    const WordClasses& c = s.words.classes();
    constexpr std::size_t kSubjectReach = 5;
    const auto verbs = signing_tokens(s);
    std::optional<std::size_t> out;
    for (std::size_t k = 0; k < s.tokens.tokens.size(); ++k)
        if (s.words.is(k, c.signer_plural) &&
            std::any_of(verbs.begin(), verbs.end(), [&](std::size_t v) { return v > k && v - k <= kSubjectReach; }))
            out = k;
    return out;
}

// "A held talks with B in Lima. ... The two ministers signed X": a signing by the plural of those who
// met, in a sentence that names no event, follows no meeting and is of no visit of the release, is at
// the latest meeting the release names up to it whose tense is the sentence's (a past signing is at no
// meeting the release announces).
std::optional<std::size_t> meeting_of_signers(const SigningContext& c, std::size_t si, const DocumentExtraction& out) {
    if (!plural_subject(c.sentences[si])) return std::nullopt;
    const Tense tense = plural_signed_in_past(c.sentences[si], c.lexicon) ? Tense::Past : c.tenses[si];
    for (std::size_t back = si + 1; back-- > 0;)
        for (auto ev : c.events_of_sentence[back]) {
            const ExtractedEvent& e = out.events[ev];
            if (e.type != "Meeting" || !e.start) continue;
            if ((tense == Tense::Past && e.planned) || (tense == Tense::Future && !e.planned)) continue;
            // A meeting held is reported with its day; one placed in a month or a year is announced.
            if (tense == Tense::Past && e.start->precision() != DatePrecision::Day) continue;
            return ev;
        }
    return std::nullopt;
}

// The meeting of the document's main visit, or the visit.
std::optional<std::size_t> visit_event(const SigningContext& c, std::size_t si, const DocumentExtraction& out) {
    if (!c.main_visit) return std::nullopt;
    const ExtractedEvent& visit = out.events[*c.main_visit];
    const Tense tense = plural_signed_in_past(c.sentences[si], c.lexicon) ? Tense::Past : c.tenses[si];
    if (tense != Tense::Unknown && tense != (visit.planned ? Tense::Future : Tense::Past)) return std::nullopt;
    // The meetings held during the visit: one the text dates itself first, then one of the
    // visit's programme.
    std::optional<std::size_t> programme;
    // "In Astana, the two ministers are expected to sign ...": the visit's meeting in the city the sentence opens with.
    if (const auto city = opening_place(c.sentences[si], c.lexicon)) {
        for (std::size_t e = 0; e < out.events.size(); ++e) {
            const ExtractedEvent& ev = out.events[e];
            if ((ev.type != "Meeting" && ev.type != "Session") || ev.place != city || !during_main_visit(c, ev, out, true)) continue;
            if (ev.rule != "pattern:visit-programme") return e;
            if (!programme) programme = e;
        }
        if (programme) return programme;
    }
    for (std::size_t e = 0; e < out.events.size(); ++e) {
        const ExtractedEvent& ev = out.events[e];
        if ((ev.type != "Meeting" && ev.type != "Session") || !during_main_visit(c, ev, out)) continue;
        if (ev.rule != "pattern:visit-programme") return e;
        if (!programme) programme = e;
    }
    return programme ? programme : c.main_visit;
}

// "the two Ministers witnessed the signing of five instruments of cooperation, namely:", "the following
// instruments were signed:", then one document a line ("- Memorandum of Understanding on ...;"): a sentence
// that closes on a colon and signs (or exchanges) names no document itself; the lines after it list them.
std::vector<AgreementAt> listed_agreements(const SigningContext& c, std::size_t si) {
    std::vector<AgreementAt> out;
    for (const std::size_t document : listed_documents(c.sentences, si, c.lexicon)) out.push_back({document, std::nullopt});
    return out;
}

}  // namespace

// "The two ministers signed X, which will open in March": the signing verb after a plural subject is a past
// form ("signed", not "will sign", "are to be signed"), whatever else the sentence says of the future.
bool plural_signed_in_past(const SentenceAnalysis& s, const Lexicon& lexicon) {
    const auto subject = plural_subject(s);
    if (!subject) return false;
    const rules::WordTable& words = lexicon.rules().words();
    const long past_ending = words.find_class("past_ending");
    const long future = words.find_class("future_auxiliary");
    const long be = words.find_class("infinitive_be");
    if (past_ending < 0) return false;
    const auto& endings = lexicon.words_of(static_cast<std::size_t>(past_ending));
    for (std::size_t k = *subject + 1; k < s.tokens.tokens.size() && k <= *subject + 3; ++k) {
        if ((future >= 0 && s.words.is(k, static_cast<std::size_t>(future))) || (be >= 0 && s.words.is(k, static_cast<std::size_t>(be))))
            return false;
        if (!s.words.is(k, s.words.classes().signing_word)) continue;
        const std::string w = ascii_lower(s.tokens.tokens[k].text);
        return std::any_of(endings.begin(), endings.end(), [&](const std::string& e) { return w.ends_with(e); });
    }
    return false;
}

std::vector<std::size_t> listed_documents(const std::vector<SentenceAnalysis>& sentences, std::size_t si, const Lexicon& lexicon) {
    std::vector<std::size_t> out;
    const SentenceAnalysis& s = sentences[si];
    const long verb = lexicon.rules().words().find_class("signed_list_verb");
    const TokenList& t = s.tokens.tokens;
    if (verb < 0 || t.empty() || t.back().text != ":") return out;
    bool signing = false;
    for (std::size_t k = 0; k < t.size() && !signing; ++k) signing = s.words.is(k, static_cast<std::size_t>(verb));
    if (!signing) return out;
    constexpr std::size_t kBullet = 2;  // the document opens its line, after a bullet or a number
    constexpr std::size_t kEnumerator = 2;  // "ii ." split off as a sentence of its own: the next line's number
    for (std::size_t j = si + 1; j < sentences.size(); ++j) {
        const SentenceAnalysis& line = sentences[j];
        if (line.mentions.empty() && line.tokens.tokens.size() <= kEnumerator) continue;
        const TokenList& lt = line.tokens.tokens;
        // Only a bullet or a number before the document ("-", "2.", "iii."), not an article ("The Lima
        // Declaration was adopted in 2019": the text goes on after the list).
        auto enumerator_before = [&](std::size_t first) {
            for (std::size_t k = 0; k < first; ++k) {
                const bool mark = !lt[k].word || (!lt[k].text.empty() && lt[k].text[0] >= '0' && lt[k].text[0] <= '9');
                const bool numeral = lt[k].text.size() <= kEnumerator + 2 && k + 1 < lt.size() &&
                                     (lt[k + 1].text == "." || lt[k + 1].text == ")");
                if (!mark && !numeral) return false;
            }
            return true;
        };
        std::optional<std::size_t> document;
        for (std::size_t m = 0; m < line.mentions.size() && !document; ++m)
            if (line.mentions[m].type == EntityType::Agreement && line.mentions[m].first <= kBullet && !line.mentions[m].nested &&
                enumerator_before(line.mentions[m].first))
                document = line.entity_of[m];
        if (!document) break;
        if (std::find(out.begin(), out.end(), *document) == out.end()) out.push_back(*document);
    }
    return out;
}

bool has_plural_signer_subject(const SentenceAnalysis& s) { return plural_subject(s).has_value(); }

bool witnessed_by_plural(const SentenceAnalysis& s, const Lexicon& lexicon) {
    const rules::WordTable& words = lexicon.rules().words();
    const long witness = words.find_class("witness_word");
    const long past_ending = words.find_class("past_ending");
    const long future = words.find_class("future_auxiliary");
    if (witness < 0 || past_ending < 0) return false;
    // A signing done: a past form of the signing verb ("signed"), and no "will" in the sentence.
    const auto& endings = lexicon.words_of(static_cast<std::size_t>(past_ending));
    bool done = false;
    for (std::size_t k = 0; k < s.tokens.tokens.size(); ++k) {
        if (future >= 0 && s.words.is(k, static_cast<std::size_t>(future))) return false;
        if (!s.words.is(k, s.words.classes().signing_word)) continue;
        const std::string w = ascii_lower(s.tokens.tokens[k].text);
        done |= std::any_of(endings.begin(), endings.end(), [&](const std::string& e) { return w.ends_with(e); });
    }
    if (!done) return false;
    constexpr std::size_t kReach = 4;  // "in the presence of the two Ministers", "witnessed by both leaders"
    for (std::size_t k = 0; k < s.tokens.tokens.size(); ++k) {
        if (!s.words.is(k, s.words.classes().signer_plural)) continue;
        for (std::size_t j = k > kReach ? k - kReach : 0; j < k; ++j)
            if (s.words.is(j, static_cast<std::size_t>(witness))) return true;
    }
    return false;
}

bool signs_something(const SentenceAnalysis& s) { return !signing_tokens(s).empty(); }

bool is_signing_word(std::string_view text, const Lexicon& lexicon) {
    return lexicon.word_in(text.substr(0, text.find(' ')), lexicon.word_classes().signing_word);
}

// "The ministers are expected to sign ...": a plural subject makes the event's office
// holders ("ministers" -> persons holding a minister's office) the parties.
std::vector<std::size_t> plural_signers(const SentenceAnalysis& s, const ExtractedEvent& at,
                                        const DocumentExtraction& out, bool for_states) {
    const WordClasses& c = s.words.classes();
    // The plural is the signing verb's subject: a few words before it ("we adopted", "the
    // parties are expected to sign"), not any "we" or "they" of the sentence.
    std::vector<std::size_t> signers;
    const auto subject = plural_subject(s);
    if (!subject) return signers;
    const std::string plural = ascii_lower(s.tokens.tokens[*subject].text);
    const bool names_office = s.words.is(*subject, c.office_plural);  // "ministers": the persons holding a minister's office
    const bool names_sides = for_states || s.words.is(*subject, c.side_plural);  // "the two sides": the states the signers act for
    const std::string office = names_office ? plural.substr(0, plural.size() - 1) : "";  // the office: the plural's singular
    std::set<std::size_t> candidates;
    for (const auto& ev : out.events)
        if (ev.start == at.start)
            for (auto p : ev.participants)
                if (out.entities[p].type == EntityType::Person) candidates.insert(p);
    for (auto p : candidates) {
        bool holds = office.empty();
        for (const auto& f : out.facts)
            if (f.subject == p && f.predicate == "pgo:holdsPosition")
                for (const auto& q : f.qualifiers) holds |= ascii_lower(q.value.lexical).find(office) != std::string::npos;
        if (holds) signers.push_back(p);
    }
    if (!names_sides) return signers;
    // Each signer's state, when every signer holds the office of one.
    std::vector<std::size_t> states;
    for (const auto p : signers) {
        std::optional<std::size_t> state;
        for (const auto& f : out.facts)
            if (f.subject == p && f.predicate == "pgo:holdsPosition" && !f.object_is_event &&
                out.entities[f.object].type == EntityType::Country)
                state = f.object;
        // A title without its country is the country the release speaks for.
        for (const auto& o : out.offices_without_holder)
            if (!state && o.person == p && o.home_country) state = o.home_country;
        if (!state) return signers;
        if (std::find(states.begin(), states.end(), *state) == states.end()) states.push_back(*state);
    }
    return states;
}

void add_plural_parties(const SentenceAnalysis& s, std::size_t agreement, std::size_t at, DocumentExtraction& out) {
    // "the sides signed a Memorandum on Tourism between the Ministries of A and B":
    // an agreement that names its parties is theirs, not the persons' who signed it.
    const bool names_parties = std::any_of(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) {
        return f.subject == agreement && f.predicate == "pgo:party" && !f.object_is_event;
    });
    if (names_parties) return;
    // An instrument (a treaty, an agreement, a memorandum) is the states' the signers act for: "the two ministers
    // are expected to sign a Memorandum on Fisheries"; a statement or an appeal stays its signers'.
    const bool instrument = out.entities[agreement].subtype == "Treaty";
    if (const auto signers = plural_signers(s, out.events[at], out, instrument); signers.size() >= 2)
        for (auto p : signers)
            out.facts.push_back({agreement, "pgo:party", p, {}, at, false, s.tokens.sentence, "pattern:plural-signers"});
}

// "eight years since the signing of the Treaty", "the anniversary of signing the Treaty": every
// signing the sentence names is one of the past.
bool only_past_signings(const SentenceAnalysis& s, const Lexicon& lexicon) {
    const long since = lexicon.rules().words().find_class("past_signing_cue");
    const WordClasses& c = s.words.classes();
    const auto verbs = signing_tokens(s);
    return !verbs.empty() && since >= 0 && std::all_of(verbs.begin(), verbs.end(), [&](std::size_t k) {
        std::size_t before = k;
        if (before > 0 && token_is(s.tokens, before - 1, "the")) --before;
        if (before > 0 && s.words.is(before - 1, static_cast<std::size_t>(since))) return true;
        return before > 1 && token_is(s.tokens, before - 1, "of") && s.words.is(before - 2, c.anniversary_noun);
    });
}

void attach_signings_to_followed_events(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon,
                                        DocumentExtraction& out) {
    for (ExtractedFact& f : out.facts) {
        if (f.predicate != "pgo:signedAt" || !f.object_is_event || f.object >= out.events.size()) continue;
        const auto s = std::find_if(sentences.begin(), sentences.end(),
                                    [&](const SentenceAnalysis& x) { return x.tokens.sentence == f.sentence; });
        if (s == sentences.end()) continue;
        std::optional<std::string> followed;
        for (std::size_t k = 0; k + 2 < s->tokens.tokens.size() && !followed; ++k) {
            if (!s->words.is(k, s->words.classes().following_word) || !token_is(s->tokens, k + 1, "the")) continue;
            for (const TriggerHit& h : find_triggers(*s, lexicon))
                if (h.first == k + 2) followed = h.type;
        }
        if (!followed || out.events[f.object].type == *followed) continue;
        // The latest event of that kind whose sentence is this one or one before it (of a signing
        // reported as done, not one the release announces).
        const bool signing_planned = std::any_of(f.qualifiers.begin(), f.qualifiers.end(),
                                                 [](const Attribute& a) { return a.predicate == "pgo:planned"; });
        // Of a past signing, a meeting dated to the day first (as in followed_event).
        auto on_a_day = [&](const ExtractedEvent& ev) {
            return signing_planned || (ev.start && ev.start->precision() == DatePrecision::Day);
        };
        std::optional<std::size_t> best;
        for (std::size_t e = 0; e < out.events.size(); ++e) {
            const ExtractedEvent& ev = out.events[e];
            if (ev.type != *followed || ev.sentence.begin > f.sentence.begin) continue;
            if (ev.planned && !signing_planned) continue;
            if (!best || on_a_day(ev) > on_a_day(out.events[*best]) ||
                (on_a_day(ev) == on_a_day(out.events[*best]) && ev.sentence.begin > out.events[*best].sentence.begin))
                best = e;
        }
        if (!best) continue;
        f.object = *best;
        f.event = *best;
        std::erase_if(f.qualifiers, [](const Attribute& a) { return a.predicate == "pgo:date"; });
        if (const auto& start = out.events[*best].start)
            f.qualifiers.insert(f.qualifiers.begin(), {"pgo:date", {start->iso(), std::string(start->xsd_type())}});
    }
}

void attach_past_signings_to_visit_meetings(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon,
                                            DocumentExtraction& out) {
    const long visit_noun = lexicon.rules().words().find_class("visit_noun");
    for (ExtractedFact& f : out.facts) {
        if (f.predicate != "pgo:signedAt" || !f.object_is_event || f.object >= out.events.size()) continue;
        const ExtractedEvent& visit = out.events[f.object];
        if (visit.type != "Visit" || visit.planned || !visit.start) continue;
        if (std::any_of(f.qualifiers.begin(), f.qualifiers.end(), [](const Attribute& a) { return a.predicate == "pgo:planned"; }))
            continue;
        const auto s = std::find_if(sentences.begin(), sentences.end(),
                                    [&](const SentenceAnalysis& x) { return x.tokens.sentence == f.sentence; });
        if (s == sentences.end()) continue;
        // "During the visit, the two sides signed ...": a signing the sentence places in the visit stays there.
        bool names_visit = false;
        for (std::size_t k = 0; k < s->tokens.tokens.size() && visit_noun >= 0; ++k)
            names_visit |= s->words.is(k, static_cast<std::size_t>(visit_noun));
        if (names_visit) continue;
        DateValue last = visit.end.value_or(*visit.start);
        if (!visit.end) ++last.day;
        const std::string visit_country = visit.place ? country_code_of(out, lexicon, *visit.place) : std::string();
        auto in_visit = [&](const ExtractedEvent& ev) {
            if (!ev.start || ev.start->precision() != DatePrecision::Day || *ev.start < *visit.start || last < *ev.start) return false;
            if (!ev.place || !visit.place || ev.place == visit.place) return true;
            return !visit_country.empty() && country_code_of(out, lexicon, *ev.place) == visit_country;
        };
        // The latest meeting or session of the visit that the text reports up to the signing; else (an event
        // is placed at its latest mention: talks reported first and recalled after) the first reported.
        std::optional<std::size_t> best;
        std::optional<std::size_t> first;
        for (std::size_t e = 0; e < out.events.size(); ++e) {
            const ExtractedEvent& ev = out.events[e];
            if ((ev.type != "Meeting" && ev.type != "Session") || ev.planned || !in_visit(ev)) continue;
            if (ev.sentence.begin > f.sentence.begin) {
                if (!first || ev.sentence.begin < out.events[*first].sentence.begin) first = e;
                continue;
            }
            if (!best || ev.sentence.begin > out.events[*best].sentence.begin) best = e;
        }
        if (!best) best = first;
        if (!best) continue;
        f.object = *best;
        f.event = *best;
        std::erase_if(f.qualifiers, [](const Attribute& a) { return a.predicate == "pgo:date"; });
        if (const auto& start = out.events[*best].start)
            f.qualifiers.insert(f.qualifiers.begin(), {"pgo:date", {start->iso(), std::string(start->xsd_type())}});
    }
}

void extract_signings(const SigningContext& c, DocumentExtraction& out) {
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (std::size_t si = 0; si < c.sentences.size(); ++si) {
        const SentenceAnalysis& s = c.sentences[si];
        std::vector<AgreementAt> listed = listed_agreements(c, si);
        if (!signs_something(s) && listed.empty()) continue;
        const bool past = only_past_signings(s, c.lexicon);
        std::vector<AgreementAt> agreements = agreements_of(s, true, c.lexicon);
        if (agreements.empty()) agreements = std::move(listed);
        if (agreements.empty() && si > 0 && refers_back(s)) agreements = agreements_of(c.sentences[si - 1], false, c.lexicon);
        for (const AgreementAt& a : agreements) {
            std::optional<std::size_t> at = own_event(c, si, a, out);
            if (!at) at = followed_event(c, si, out);
            if (!at) at = visit_event(c, si, out);
            if (!at) at = meeting_of_signers(c, si, out);
            // A signing of the past ("since the signing of") is at an event of a year before the release's
            // (the signing itself, "signed in 1999"), not at the one it is remembered at.
            if (at && past && (!out.events[*at].start || (out.published && out.published->year <= out.events[*at].start->year)))
                continue;
            if (!at || !seen.emplace(a.entity, *at).second) continue;
            std::vector<Attribute> when;
            if (const auto& start = out.events[*at].start) when.push_back({"pgo:date", {start->iso(), std::string(start->xsd_type())}});
            // "will sign", "are expected to adopt": announced.
            if (c.tenses[si] == Tense::Future || (c.tenses[si] == Tense::Unknown && out.events[*at].planned))
                when.push_back({"pgo:planned", {"true", "boolean"}});
            out.facts.push_back({a.entity, "pgo:signedAt", *at, when, *at, true, s.tokens.sentence, "pattern:sign-at-event"});
            if (a.tokens) add_plural_parties(s, a.entity, *at, out);
        }
    }
}

}  // namespace pressgraph
