#pragma once
// In-document resolution: a surname alone ("Lopes", "President Vaz") refers to the
// full name the same document gives; an acronym defined in the text refers to its
// expansion. Then mentions are grouped into the document's entities.
#include <vector>

#include "pressgraph/extract/candidate.hpp"
#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/text/document.hpp"
#include "pressgraph/text/tokenizer.hpp"

namespace pressgraph {

/// One sentence during extraction: its tokens (and their word classes), the tokens already
/// claimed by a mention, and the mentions selected so far.
struct SentenceAnalysis {
    TokenizedSentence tokens;
    std::vector<bool> claimed;
    std::vector<Candidate> mentions;
    std::vector<std::size_t> entity_of;  ///< for each mention, its entity's index (set by build_entities)
    SentenceWords words;                 ///< the tokens looked up once in the lexicon's word classes
};

/// The country or body an office belongs to, as a lexicon name when the lexicon knows it:
/// "Belarusian" and "Republic of Belarus" both give "Belarus"; empty when none is named.
std::string holder_key(const SentenceAnalysis& s, const TitleReading& title, const Lexicon& lexicon);

/// Offices named without a name ("the Belarusian Foreign Minister", "his Russian
/// counterpart", "the Presidents of Russia and Belarus") become mentions of the persons
/// the document names as their holders, or of the office itself (Candidate::office).
/// "his Belarusian counterpart Marta Vaz" gives the named person the title.
void resolve_office_references(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon);

/// Rewrites surname-only persons to the document's full name and adds the mentions of
/// surnames and acronyms that no recogniser claimed.
void resolve_in_document(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon);

/// Groups the sentences' mentions into entities, in order of first mention; sorts each
/// sentence's mentions by position and records their entity indices in `entity_of`.
void build_entities(const Document& doc, std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon,
                    DocumentExtraction& out);

/// Keeps the text of every sentence that an entity's first mention, a fact or an event cites.
void record_cited_sentences(const Document& doc, DocumentExtraction& out);

}  // namespace pressgraph
