#pragma once
// The mention recognisers of the extraction pipeline. Each *matches* on one tokenised
// sentence and returns candidates; the MentionSelector *applies* them (settles overlaps).
// They read general knowledge from the Lexicon and name nothing of any document.
#include <vector>

#include "pressgraph/extract/candidate.hpp"
#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/text/tokenizer.hpp"

namespace pressgraph {

/// Countries, organisations and places from the lexicon (longest match, case-sensitive).
[[nodiscard]] std::vector<Candidate> match_lexicon_names(const TokenizedSentence& s, const Lexicon& lx);

/// Persons introduced by a title or role phrase: "Foreign Minister Ana Lopes",
/// "Chair of the Northern Region Executive Committee Ivan Petrov", "Russian President X Y".
[[nodiscard]] std::vector<Candidate> match_titled_persons(const TokenizedSentence& s, const Lexicon& lx);

/// Persons written as a known given name and a capitalised surname: "Marta Vaz".
[[nodiscard]] std::vector<Candidate> match_person_names(const TokenizedSentence& s, const Lexicon& lx);

/// Organisations built on a head noun with modifiers and "of ..." complements:
/// "Supreme State Council of the Union State". Tokens in `blocked` (claimed by persons)
/// end a name.
[[nodiscard]] std::vector<Candidate> match_organization_patterns(const TokenizedSentence& s, const Lexicon& lx,
                                                                 const std::vector<bool>& blocked);

/// Landmarks, venues and memorials built on a head noun: "Riverside Hero Fortress",
/// "Monument to the Unknown Sailor".
[[nodiscard]] std::vector<Candidate> match_landmark_patterns(const TokenizedSentence& s, const Lexicon& lx,
                                                             const std::vector<bool>& blocked);

/// Places no list holds, from their context: "in Zelenodol (Minsk Region)", "visit to Korvala".
[[nodiscard]] std::vector<Candidate> match_place_phrases(const TokenizedSentence& s, const Lexicon& lx,
                                                         const std::vector<bool>& blocked);

/// Agreements built on a head noun: "Treaty on the Establishment of the Union State",
/// "Charter of Regional Partnership and Dialogue", "joint statement on ...".
[[nodiscard]] std::vector<Candidate> match_agreement_patterns(const TokenizedSentence& s, const Lexicon& lx,
                                                              const std::vector<bool>& blocked);

/// Ministries named by portfolio and country in any of the genre's ways, one candidate per
/// country: "the Russian Foreign Ministry", "the foreign ministries of Russia and Belarus",
/// "Ministry of Justice of the Russian Federation" (canonical: "Ministry of <portfolio> of <country>").
[[nodiscard]] std::vector<Candidate> match_ministry_phrases(const TokenizedSentence& s, const Lexicon& lx,
                                                            const std::vector<bool>& blocked);
/// Bodies described in lower case with a named complement: "a joint commission on the
/// application of the Treaty on Good Neighbourliness between the two republics".
[[nodiscard]] std::vector<Candidate> match_described_bodies(const TokenizedSentence& s, const Lexicon& lx,
                                                            const std::vector<bool>& blocked);
/// Festivals named by an appositive: "International Arts Festival Golden Lyre in
/// Tarnovo", "the Golden Lyre in Tarnovo international arts festival".
[[nodiscard]] std::vector<Candidate> match_festival_names(const TokenizedSentence& s, const Lexicon& lx,
                                                          const std::vector<bool>& blocked);
/// Persons and other entities proposed by the entity rules of ontology/rules (the actions
/// `person` and `entity`), over the sentence's lexicon lookups and name shapes.
[[nodiscard]] std::vector<Candidate> match_entity_rules(const TokenizedSentence& s, const Lexicon& lx);
/// The same, with the sentence's words already looked up (Lexicon::sentence_words).
[[nodiscard]] std::vector<Candidate> match_entity_rules(const TokenizedSentence& s, const SentenceWords& words,
                                                        const Lexicon& lx);

/// Keeps non-overlapping candidates: higher priority first, then longer, then earlier.
[[nodiscard]] std::vector<Candidate> select_mentions(std::vector<Candidate> candidates, std::vector<bool>& claimed);

}  // namespace pressgraph
