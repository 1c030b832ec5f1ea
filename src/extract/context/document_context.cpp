#include "context/document_context.hpp"

#include "events/event_extraction.hpp"

namespace pressgraph {

DocumentContext read_document_context(const Document& doc, const std::vector<SentenceAnalysis>& sentences) {
    DocumentContext c;
    c.published = doc.published;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const Span s = sentences[i].tokens.sentence;
        if (doc.title && s == *doc.title) c.headline = i;
        else if (doc.dateline && s == *doc.dateline) c.dateline = i;
        else if (!c.lead) c.lead = i;
    }
    // The same anchor the hand-written event extractor reads relative dates against.
    DocumentExtraction header;
    header.published = doc.published;
    c.anchor = document_anchor(sentences, header);
    c.tenses.reserve(sentences.size());
    c.dates.reserve(sentences.size());
    for (const auto& s : sentences) {
        c.tenses.push_back(sentence_tense(s.tokens, s.words));
        c.dates.push_back(find_dates(s.tokens, s.words, c.anchor, c.tenses.back()));
    }
    return c;
}

}  // namespace pressgraph
