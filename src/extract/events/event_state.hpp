#pragma once
// The events of one document while its sentences are read (event_extraction.cpp): the
// events named so far, which sentence names which, and the facts they will carry. Shared
// by the parts of the events stage: dated sentences, the visit programme
// (event_programme.cpp) and in-document coreference of events (event_coreference.cpp).
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "events/event_items.hpp"
#include "pressgraph/extract/document_extraction.hpp"

namespace pressgraph::event_detail {

inline bool contains(const std::vector<std::size_t>& v, std::size_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }

inline void add_unique(std::vector<std::size_t>& v, std::size_t x) {
    if (!contains(v, x)) v.push_back(x);
}

/// The persons among entity indices `ids`.
[[nodiscard]] std::vector<std::size_t> persons_only(const DocumentExtraction& out, const std::vector<std::size_t>& ids);

/// Every element of `a` is in `b`.
[[nodiscard]] bool subset(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b);

/// Two persons who met at an event, before the events of the document are final.
struct PendingPair {
    std::size_t a, b, event;
    Span sentence;
    std::string rule;
};

/// Two persons said to have met a number of times, at events the text does not tell apart.
struct CountedPair {
    std::size_t a, b;
    std::optional<DateValue> year;
    Span sentence;
};

/// A person who visited a place or country, at an event.
struct PendingVisit {
    std::size_t person, place, event;
    Span sentence;
    std::string rule;
};

/// Adds events to the document; one real event named twice (same type, dates, place and
/// parent, and the persons of one among those of the other) is one event.
struct EventBuilder {
    DocumentExtraction& out;
    std::map<std::tuple<std::string, std::string, std::string, long long, long long>, std::vector<std::size_t>> index;

    std::size_t add(ExtractedEvent e);
};

/// What the sentences of a document have named so far.
struct EventState {
    EventBuilder builder;
    std::vector<std::vector<std::size_t>> events_of_sentence;
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> trigger_of_sentence;  ///< each event's trigger tokens
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

/// Undated sentences of the programme of the document's main visit `main` ("The minister's
/// programme also has talks with A and B, and a trip to X, where the minister
/// will lay flowers"): a meeting with each counterpart, ceremonies at their landmark,
/// places visited. `dated` and `tenses` are per sentence.
void programme_events(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, const std::vector<bool>& dated,
                      const std::vector<Tense>& tenses, std::size_t main, EventState& st);

/// One event named in several sentences becomes one: the mention with the more precise
/// date keeps it, and takes the others' place, end, participants and chairs where it lacks
/// them. Renumbers everything in `st` and `main` that points to events. The events of the
/// `headline` sentence name the release's own event in short, and join the body's with their persons.
/// An event read in a sentence of `sequels` ("Earlier, ...", "Later in the day, ...") is another event
/// than those of other sentences (the headline's aside).
void merge_mentions(EventState& st, std::optional<std::size_t>& main, std::optional<std::size_t> headline,
                    const std::vector<bool>& sequels);

}  // namespace pressgraph::event_detail
