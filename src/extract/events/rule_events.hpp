#pragma once
// Event rules (ontology/rules/events.rules), the action `event`:
//   event TYPE [who=CAPTURE] [with=CAPTURE] [at=CAPTURE] [on=CAPTURE] [set_off_clause=CAPTURE] [subject] [planned] [apart] [hosts_at_home] [on_release_day]
// `who` are the actors (hosts, callers), `with` their counterparts; each actor met each
// counterpart (pgo:metWith); with `apart`, in an event of its own with each ("calls with A and B").
// `subject` marks a rule that only holds in the headline or the lead, where a release names its own
// subject.
//
// An event is dated by its `on` capture, else by the sentence's one date, else by "today"
// or "yesterday", else, when the headline or the lead states it, by the release's date.
// An undated match is no event (the genre's gold lists dated events) but its meetings are
// still facts. Events of one type on one day are one event; an event the hand-written
// extractor already found takes the rule's participants instead of a second node.
#include <optional>
#include <string>
#include <vector>

#include "context/document_context.hpp"
#include "pressgraph/extract/engine/annotated_sentence.hpp"
#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph {

/// The `event` and `signing` rules of a rule book with their captures and flags, read once when
/// the extractor is made rather than for every document. Throws InputError (file and line) for an
/// event rule that names no event type, a signing rule without its one capture, or an argument
/// naming a capture the pattern lacks.
struct EventRulePlan {
    struct EventRule {
        const rules::Rule* rule = nullptr;
        std::string type;  ///< Meeting, PhoneCall, ...
        std::vector<int> who, with, at, on;
        std::vector<int> participants;  ///< who and with together, for the date of a match
        bool subject_only = false, planned = false, joins = false, each = false, apart = false;
        bool hosts = false;  ///< hosts_at_home: whoever receives or welcomes the guest visits nothing
        bool on_release_day = false;  ///< what the match tells holds on the release's day ("X, who is on a visit to Chile")
    };
    struct SigningRule {
        const rules::Rule* rule = nullptr;
        std::size_t agreement = 0;  ///< the capture of the agreement signed
    };
    std::vector<EventRule> events;  ///< positions as in RuleBook::with_verb("event") and anchors_of("event")
    std::vector<SigningRule> signings;

    explicit EventRulePlan(const rules::RuleBook& book);
};

/// Reads: mentions, entities, facts (offices held, for who visited where), the context.
/// Adds: events, and the facts they carry (metWith, visited).
void apply_event_rules(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                       const std::vector<rules::AnnotatedSentence>& annotated, const EventRulePlan& plan,
                       const Lexicon& lexicon, DocumentExtraction& out);

/// Reads: events (after both readers), offices held, the context. Places a meeting the sentence of a
/// visit places nowhere in the visit's city. Adds: visited, for the release's own
/// in-person event as the hand-written reader found it (headline or lead: "is to hold talks in
/// Lima with the President of Chile X"): whom the document places in another country's office came
/// to its place. Events a release only recounts are left alone: its summaries of past meetings
/// name where, not who travelled.
void add_release_event_visitors(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                                const Lexicon& lexicon, DocumentExtraction& out);

/// The ISO 3166 code of the country `entity` is, or lies in (a country, or a place the
/// lexicon or a locatedIn fact of the document places in a country); empty when unknown.
[[nodiscard]] std::string country_code_of(const DocumentExtraction& out, const Lexicon& lexicon, std::size_t entity);

/// Whether a place is a building the lexicon lists (a seat of government, a venue, a landmark).
[[nodiscard]] bool is_building(const ExtractedEntity& place, const Lexicon& lexicon);

/// The release's principal: the one person outside `guests` whom the document gives an office of
/// the country `home` (ISO 3166), or none when it names no such person or more than one.
[[nodiscard]] std::optional<std::size_t> principal_of(const DocumentExtraction& out, const Lexicon& lexicon,
                                                      const std::string& home, const std::vector<std::size_t>& guests);

}  // namespace pressgraph
