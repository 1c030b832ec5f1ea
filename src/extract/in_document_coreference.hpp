#pragma once
// In-document resolution: a surname alone ("Lavrov", "President Putin") refers to the
// full name the same document gives; an acronym defined in the text refers to its
// expansion. Then mentions are grouped into the document's entities.
#include <vector>

#include "pressgraph/extract/candidate.hpp"
#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/text/document.hpp"
#include "pressgraph/text/tokenizer.hpp"

namespace pressgraph {

/// One sentence during extraction: its tokens, the tokens already claimed by a mention,
/// and the mentions selected so far.
struct SentenceAnalysis {
    TokenizedSentence tokens;
    std::vector<bool> claimed;
    std::vector<Candidate> mentions;
};

/// Rewrites surname-only persons to the document's full name and adds the mentions of
/// surnames and acronyms that no recogniser claimed.
void resolve_in_document(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon);

/// Groups the sentences' mentions into entities, in order of first mention.
void build_entities(const Document& doc, const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon,
                    DocumentExtraction& out);

}  // namespace pressgraph
