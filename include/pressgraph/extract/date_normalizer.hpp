#pragma once
// The date normaliser of the extraction stage: finds date expressions in a tokenised
// sentence ("June 24-25", "early December 2024", "the fourth quarter of 2024",
// "22.11.2024", "next year") and turns them into calendar values. Dates without a year
// take it from an anchor (the document's date), corrected by the sentence's tense. The words
// read (months, weekdays, "quarter", "will", "was") are the lexicon's word classes: each
// function takes the sentence's tokens looked up in them (Lexicon::sentence_words).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pressgraph/extract/word_classes.hpp"
#include "pressgraph/text/tokenizer.hpp"
#include "pressgraph/util/date_value.hpp"
#include "pressgraph/util/span.hpp"

namespace pressgraph {

/// A date or a span of dates. `end` is set for ranges ("June 24-25", "2024-2026", quarters);
/// both ends have the same precision.
struct DateRange {
    DateValue start;
    std::optional<DateValue> end;
    /// "" for a plain date; "early", "mid" or "late" for "early December 2024";
    /// "quarter:N" (N 1-4) for a calendar quarter, whose start and end are its first and last month.
    std::string qualifier;

    friend bool operator==(const DateRange&, const DateRange&) = default;
};

/// One date expression in a sentence.
struct DateMention {
    std::size_t first_token = 0;  ///< first token of the expression
    std::size_t last_token = 0;   ///< one past its last token (half-open, as surface() and join_tokens take)
    Span span;                    ///< bytes in the original text, first token's begin to last token's end
    DateRange range;
    bool year_inferred = false;   ///< the year came from the anchor (and tense), not from the text
};

/// What the sentence says about when its event happens relative to the document date.
enum class Tense { Past, Future, Unknown };

/// Finds and normalises every date expression in a tokenised sentence, in text order and
/// without overlaps. `anchor` is the document's date (publication date, or inferred): dates
/// without a year take the anchor's year, or the next (previous) year when `tense` is Future
/// (Past) and the anchor's year would put the date on the wrong side of the anchor. "this
/// year", "next year" and "last year" count from the anchor's year. Without an anchor,
/// expressions that need one are skipped. Impossible dates ("February 30") are never produced;
/// bare numbers count as years only within 1900-2100 and not as amounts ("2,000", "80th",
/// "2000 %") or parts of document numbers ("1184-24-06-2024").
[[nodiscard]] std::vector<DateMention> find_dates(const TokenizedSentence& s, const SentenceWords& words,
                                                  std::optional<DateValue> anchor, Tense tense);

/// The tense of a sentence from its verbs: "will", "shall", "is/are to", "is expected to",
/// "is scheduled", "plans to", "upcoming" mean Future; "was", "were", "had", "held", common
/// irregular past forms and a verb ending in -ed among the first words mean Past. Future cues
/// win when both occur (a sentence announcing a coming event often reports it in the past).
[[nodiscard]] Tense sentence_tense(const TokenizedSentence& s, const SentenceWords& words);

/// A date for a document without a header date, from its sentences: the first day date that
/// states its year; else the latest month stated with a year ("December 2024" -> 2024-12);
/// else the first day date without a year ("On November 21-22") in the latest year the
/// text states; nullopt when the text gives no year. `words[i]` are the words of `sentences[i]`.
[[nodiscard]] std::optional<DateValue> infer_document_date(const std::vector<TokenizedSentence>& sentences,
                                                           const std::vector<SentenceWords>& words);

}  // namespace pressgraph
