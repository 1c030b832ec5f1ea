#include "context/document_context.hpp"

#include "events/event_extraction.hpp"

namespace pressgraph {

namespace {

// The day the release speaks from: the header's (or a dated dateline's) date, else a dateline's
// month and day in the year the text names most, as a year left out is read everywhere else.
std::optional<DateValue> release_date(const Document& doc, const std::vector<SentenceAnalysis>& sentences) {
    if (doc.published || !doc.dateline_day) return doc.published;
    const auto year_of_text = inferred_anchor(sentences);
    if (!year_of_text) return std::nullopt;
    const DateValue day{year_of_text->year, doc.dateline_day->month, doc.dateline_day->day};
    return day.valid() ? std::optional(day) : std::nullopt;
}

}  // namespace

DocumentContext read_document_context(const Document& doc, const std::vector<SentenceAnalysis>& sentences) {
    DocumentContext c;
    c.published = release_date(doc, sentences);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const Span s = sentences[i].tokens.sentence;
        if (doc.title && s == *doc.title) c.headline = i;
        else if (doc.dateline && s == *doc.dateline) c.dateline = i;
        else if (doc.dateline_agency && s == *doc.dateline_agency) continue;  // the agency is no lead
        else if (!c.lead) c.lead = i;
    }
    // The one anchor every stage reads relative dates against.
    c.anchor = c.published ? c.published : inferred_anchor(sentences);
    c.tenses.reserve(sentences.size());
    c.dates.reserve(sentences.size());
    for (const auto& s : sentences) {
        c.tenses.push_back(sentence_tense(s.tokens, s.words));
        c.dates.push_back(find_dates(s.tokens, s.words, c.anchor, c.tenses.back()));
    }
    return c;
}

}  // namespace pressgraph
