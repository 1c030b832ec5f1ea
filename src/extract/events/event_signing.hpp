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

/// True when the sentence has a verb or noun of signing ("sign", "adopted", "approval", ...).
[[nodiscard]] bool signs_something(const SentenceAnalysis& s);

/// Appends pgo:signedAt facts: each agreement that the sentence says is (to be) signed,
/// adopted, approved or endorsed points to the event the sentence names for it ("at the
/// meeting", "during the visit", "the signing of X" itself), else the event it follows
/// ("Following the talks, ... will sign"), else the meeting of the document's main visit.
/// "Both documents were approved" takes the agreements of the sentence before. No fact
/// without an event.
void extract_signings(const SigningContext& context, DocumentExtraction& out);

}  // namespace pressgraph
