#pragma once
// Cross-document entity resolution: rewrites the resolution keys of the per-document
// extractions so that the spellings of one real-world entity across the corpus meet on one
// key (and so one node and one IRI). Deterministic: the outcome does not depend on the
// order of `extractions`.
#include <vector>

#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph {

/// Five rules, in order:
/// 1. Names of organisations, agreements and places with one signature (name_signature.hpp)
///    are one entity; a name whose signature lies within exactly one other's is that one
///    ("State Duma" / "Russian State Duma", "Brest Fortress" / "Brest Hero Fortress"); the
///    words signatures fold are the lexicon's.
/// 2. Persons with one surname and different given names who hold the same office of the
///    same country or body, attested within two years, are one person spelt two ways.
/// 3. A person named by surname alone ("President Putin") is the one person of the corpus
///    with that surname and a full name, when there is exactly one; among several, the one
///    holding an office (title and country or body) the surname alone holds too, when exactly
///    one does ("President Biden" is President Joe Biden, not a namesake of his family).
/// 4. An office named without its holder (ExtractedEntity::office) is the person the corpus
///    attests in it nearest to the document's date.
/// 5. A national office written without its country (OfficeWithoutHolder) gets the one
///    country the corpus names for that person and title, if the document mentions it:
///    a pgo:holdsPosition fact is added with the rule "corpus:office-country".
void resolve_across_documents(std::vector<DocumentExtraction>& extractions, const Lexicon& lexicon);

}  // namespace pressgraph
