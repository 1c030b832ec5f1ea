#pragma once
// The parts of a dated sentence that belong to each of its dates.
//
// A sentence of the genre often lists several events: "met on March 2 in Lima,
// at the inauguration of ... on April 17 in Braga, on June 5 and July 9 in Lisbon". Each
// date gets an *item*: the stretch of text from the end of the previous item to the first
// separator (comma, semicolon, "and") after the date, or to the closing bracket when the
// date is inside brackets ("(November 5, chaired by ...)"). An item's trigger, place and
// persons are read inside it; what an item leaves unsaid comes from its neighbours (the
// place shared by "March 2 and June 9 in Kazan", the persons of the list's subject).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/date_normalizer.hpp"

namespace pressgraph {

/// An event word found in a sentence (ontology/lexicon/event_triggers.tsv).
struct TriggerHit {
    std::size_t first = 0;
    std::size_t last = 0;  ///< one past the last token
    std::string type;      ///< Meeting, Visit, ...
    std::string text;      ///< as written
    std::string kind;      ///< noun | verb | phrase | name
    bool counted = false;  ///< "held nine meetings": it counts events and names none of them
};

/// The triggers of a sentence in text order. Plurals count ("meetings"); a trigger of kind
/// `name` counts only when capitalised ("Culture Days"). A trigger preceded by a number
/// ("held nine meetings", "two telephone conversations") or followed by "N times" counts
/// events and names none of them: it is marked `counted` (it may still head a list of dates:
/// "they have met four times: on February 3 ..., on May 20 ...").
[[nodiscard]] std::vector<TriggerHit> find_triggers(const SentenceAnalysis& s, const Lexicon& lexicon);

/// The token range of one date's item.
struct DateItem {
    std::size_t begin = 0;
    std::size_t end = 0;  ///< one past the last token
    bool bracketed = false;
};

/// One item per date, covering the sentence without overlaps, in text order.
[[nodiscard]] std::vector<DateItem> split_items(const SentenceAnalysis& s, const std::vector<DateMention>& dates);

/// The place (or, failing one, the country) of the event dated by dates[j]: a place named
/// with "in"/"at" (or "to" after a visit, or as the subject of "hosted") right after the
/// date, else before it in the item, else later in the item; an item without one shares
/// the place of the next date when only "and" or a comma separates them. Places named
/// with "of" ("the liberation of Minsk") or in apposition ("Pinsk, the Brest Region") are
/// not event places.
[[nodiscard]] std::optional<std::size_t> item_place(const SentenceAnalysis& s, const std::vector<DateMention>& dates,
                                                    const std::vector<DateItem>& items, std::size_t j,
                                                    bool visit);

/// Entity indices of the persons named in [begin, end), in text order, without repeats.
[[nodiscard]] std::vector<std::size_t> persons_in(const SentenceAnalysis& s, std::size_t begin, std::size_t end);

/// Persons introduced by "chaired by", "co-chaired by" or "presided over by" in [begin, end).
[[nodiscard]] std::vector<std::size_t> chairs_in(const SentenceAnalysis& s, std::size_t begin, std::size_t end);

/// True when token `i` follows, within a few words, a phrase that makes what follows the
/// frame of another event: "during", "on the sidelines of", "within the framework of",
/// "as part of", "at".
[[nodiscard]] bool framed(const SentenceAnalysis& s, std::size_t i, bool count_at);

/// "visit to Belarus": the country a visit named by `t` is made to, when named right after it.
[[nodiscard]] std::optional<std::size_t> visited_country(const SentenceAnalysis& s, const TriggerHit& t);

/// "In Copenhagen, the Minister will meet ...", "In Astana he will hold talks": the place that opens the
/// sentence after "in" (followed by a comma, or by a pronoun that leaves it out), if any.
[[nodiscard]] std::optional<std::size_t> opening_place(const SentenceAnalysis& s, const Lexicon& lexicon);

/// ASCII case-insensitive comparison of token `i` with `word`.
[[nodiscard]] bool token_is(const TokenizedSentence& s, std::size_t i, std::string_view word);

}  // namespace pressgraph
