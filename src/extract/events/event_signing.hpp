#pragma once
// pgo:signedAt: the event where an agreement is signed, adopted, approved or endorsed.
#include <optional>
#include <vector>

#include "events/event_items.hpp"

namespace pressgraph {

/// What the event stage knows about the document when it looks for signings.
struct SigningContext {
    const std::vector<SentenceAnalysis>& sentences;
    const Lexicon& lexicon;
    /// For each sentence, the events it names (indices into DocumentExtraction::events).
    const std::vector<std::vector<std::size_t>>& events_of_sentence;
    /// For each sentence, the token range of each event's trigger, parallel to events_of_sentence.
    const std::vector<std::vector<std::pair<std::size_t, std::size_t>>>& trigger_of_sentence;
    const std::vector<Tense>& tenses;
    std::optional<std::size_t> main_visit;  ///< the visit the document announces or reports, if any
};

/// True for a word or phrase that starts with a verb or noun of signing ("signing of").
[[nodiscard]] bool is_signing_word(std::string_view text, const Lexicon& lexicon);

/// True when a signing verb of the sentence has a plural subject a few words before it ("the two
/// ministers signed", "the sides are expected to sign"), whose parties plural_signers reads.
[[nodiscard]] bool has_plural_signer_subject(const SentenceAnalysis& s);

/// "In the presence of the two Ministers, A and B signed ...", "witnessed by the leaders": the sentence
/// reports a signing done (a past form of the signing verb, no "will") before a plural of signers
/// (`signer_plural`, a `witness_word` a few words before it).
[[nodiscard]] bool witnessed_by_plural(const SentenceAnalysis& s, const Lexicon& lexicon);

/// "the two Ministers witnessed the signing of five instruments of cooperation, namely:", "the following
/// instruments were signed:": when sentence `si` closes on a colon and signs (or exchanges), the documents
/// the lines after it open with, one a line ("- Memorandum of Understanding on ...;"); else none.
[[nodiscard]] std::vector<std::size_t> listed_documents(const std::vector<SentenceAnalysis>& sentences, std::size_t si,
                                                        const Lexicon& lexicon);

/// True when a plural subject's signing verb is a past form: "the two ministers signed X" (not "will
/// sign", "are to be signed"), whatever tense the rest of the sentence has.
[[nodiscard]] bool plural_signed_in_past(const SentenceAnalysis& s, const Lexicon& lexicon);

/// True when the sentence has a verb or noun of signing ("sign", "adopted", "approval", ...).
[[nodiscard]] bool signs_something(const SentenceAnalysis& s);

/// Appends pgo:signedAt facts: each agreement that the sentence says is (to be) signed,
/// adopted, approved or endorsed points to the event the sentence names for it ("at the
/// meeting", "during the visit", "the signing of X" itself), else the event it follows
/// ("Following the talks, ... will sign"), else the meeting of the document's main visit.
/// "Both documents were approved" takes the agreements of the sentence before. No fact
/// without an event.
void extract_signings(const SigningContext& context, DocumentExtraction& out);

/// Whether every signing sentence `s` names is one of the past ("eight years since the signing of
/// the Treaty", "the anniversary of signing the Treaty"): such a signing is at no event of the release.
[[nodiscard]] bool only_past_signings(const SentenceAnalysis& s, const Lexicon& lexicon);

/// After the event rules: a signing reported as done ("After the talks, the two ministers signed ...") that
/// went to the document's visit, in a sentence that names no visit, goes to the latest meeting or session
/// held during that visit (in its place, or elsewhere in the country it visits: a venue of its city) that the text reports up to
/// the signing. An announced signing ("will sign during the visit") stays at the visit.
void attach_past_signings_to_visit_meetings(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon,
                                            DocumentExtraction& out);

/// After the event rules: a signing "following the meeting" that went to the document's visit,
/// because no event of the text's own patterns was that meeting, goes to the latest event of the
/// kind it follows that the rules found since, in its sentence or before.
void attach_signings_to_followed_events(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon,
                                        DocumentExtraction& out);

/// "The two sides signed ...", "the ministers are expected to sign ...": the parties a plural
/// subject of sentence `s` names for a signing at event `at`: the persons of that day's events
/// (holding the office the plural names, if it names one), or their states for "sides" and when
/// `for_states` (an instrument states are parties to: "the two ministers will sign a Memorandum").
[[nodiscard]] std::vector<std::size_t> plural_signers(const SentenceAnalysis& s, const ExtractedEvent& at,
                                                      const DocumentExtraction& out, bool for_states = false);

/// Appends pgo:party facts for `agreement` signed at event `at` in sentence `s` by a plural subject,
/// unless the document already names its parties.
void add_plural_parties(const SentenceAnalysis& s, std::size_t agreement, std::size_t at, DocumentExtraction& out);

}  // namespace pressgraph
