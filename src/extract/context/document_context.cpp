#include "context/document_context.hpp"

#include "events/event_extraction.hpp"

namespace pressgraph {

DocumentContext read_document_context(const Document& doc, const std::vector<SentenceAnalysis>& sentences) {
    DocumentContext c;
    c.published = doc.published;
    std::vector<TokenizedSentence> tokens;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const Span s = sentences[i].tokens.sentence;
        if (doc.title && s == *doc.title) c.headline = i;
        else if (doc.dateline && s == *doc.dateline) c.dateline = i;
        else if (!c.lead) c.lead = i;
    }
    c.anchor = doc.published;
    if (!c.anchor) {
        for (const auto& s : sentences) tokens.push_back(s.tokens);
        c.anchor = infer_document_date(tokens);
    }
    c.tenses.reserve(sentences.size());
    c.dates.reserve(sentences.size());
    for (const auto& s : sentences) {
        c.tenses.push_back(sentence_tense(s.tokens));
        c.dates.push_back(find_dates(s.tokens, c.anchor, c.tenses.back()));
    }
    return c;
}

}  // namespace pressgraph
