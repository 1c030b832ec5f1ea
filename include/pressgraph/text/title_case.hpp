#pragma once
// Datelines set their city in capitals ("LIMA", "NEW DELHI"), where the lexicon and the
// recognisers know names as names are written ("Lima", "New Delhi").
#include "pressgraph/text/tokenizer.hpp"

namespace pressgraph {

/// Rewrites, in the normalised form, the all-capital words without a dot ("LIMA", not "D.C.") of
/// a dateline's city as a name is written: the first letter kept, the others in lower case (ASCII
/// and Latin-1 letters). The city is the words before the first comma ("SAN JOSE" of "SAN JOSE,
/// Costa Rica"), or every word when none has a lower-case letter ("KYIV, UKRAINE"); nothing
/// changes when a word of the city has one ("UN Headquarters, New York"). Byte lengths, offsets
/// and the original text stay as they were. Returns whether it rewrote anything.
bool title_case_capitals(TokenizedSentence& sentence);

}  // namespace pressgraph
