#pragma once
// What every later component of a document's extraction may read about the document as a
// whole, computed once: its date, which sentences are the headline, the date line's place
// and the lead, each sentence's tense and dates. Components read it; none changes it.
#include <optional>
#include <vector>

#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/date_normalizer.hpp"
#include "pressgraph/text/document.hpp"

namespace pressgraph {

struct DocumentContext {
    std::optional<DateValue> published;    ///< the release's day: the header's date, else a dateline's (its year, left out, the text's)
    std::optional<DateValue> anchor;       ///< `published`, else a date the text implies
    std::optional<std::size_t> headline;   ///< sentence index of the headline
    std::optional<std::size_t> dateline;   ///< sentence index of the date line's place
    std::optional<std::size_t> lead;       ///< the first sentence of the body
    std::vector<Tense> tenses;             ///< per sentence
    std::vector<std::vector<DateMention>> dates;  ///< per sentence, normalised against the anchor

    /// The headline or the lead: where a release states its own subject.
    [[nodiscard]] bool states_subject(std::size_t sentence) const {
        return sentence == headline || sentence == lead;
    }
};

/// Reads the context of `doc` from its sentences (after tokenising, before any recogniser).
[[nodiscard]] DocumentContext read_document_context(const Document& doc, const std::vector<SentenceAnalysis>& sentences);

}  // namespace pressgraph
