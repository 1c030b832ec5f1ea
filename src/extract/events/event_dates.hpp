#pragma once
// Which dates of a sentence date its events, and how (event_extraction.cpp).
#include <optional>
#include <vector>

#include "events/event_items.hpp"

namespace pressgraph::event_detail {

/// The dates of a sentence that date its events. A bare year ("in 2024, ... on January 29")
/// gives its year to the days listed after it and dates an event itself only as "in 2014"
/// when no such day follows; dates of periods ("since 2000", "from January"), of agreements
/// ("Programme for 2024-2026") and of a person's relative clause ("who was appointed on
/// June 27") date nothing. `found`: every date of the sentence (DocumentContext::dates).
[[nodiscard]] std::vector<DateMention> event_dates(const SentenceAnalysis& s, const std::vector<TriggerHit>& triggers,
                                                   const std::vector<DateMention>& found);

/// "May 14 marks the 30th anniversary of the signing of ...": moves `e` that many years
/// before the date when its trigger is what the anniversary is of.
void anniversary_shift(const SentenceAnalysis& s, const DateMention& d, const TriggerHit& t, ExtractedEvent& e);

/// The token "where" (or "when") that opens the relative clause holding `d`, if any.
[[nodiscard]] std::optional<std::size_t> where_clause(const SentenceAnalysis& s, const DateMention& d);

}  // namespace pressgraph::event_detail
