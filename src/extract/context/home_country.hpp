#pragma once
// The country a release speaks for, from where it was written: the date line's place
// ("2021-11-26, Sochi"), the state whose office its headline opens with, or the seats of
// government it names as the scene ("at the White House"). A title without a country ("President Ivan Petrov", "the Foreign Minister") in such
// a release is that country's, and its holders are at home there, not visiting.
#include <optional>
#include <string>
#include <vector>

#include "context/document_context.hpp"
#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph {

/// The ISO 3166 code of the release's own country, or "" when its header and scenes do not tell.
[[nodiscard]] std::string home_country_code(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                                            const Lexicon& lexicon, const DocumentExtraction& out);

/// The ISO 3166 code of the state whose office or ministry the headline opens with ("Kenyan Foreign
/// Minister meets ...", "UAE Foreign Minister receives ...", "Ministry of Foreign Affairs of the
/// Republic of Kenya"), or "": releases head their news with their own officials; another state's
/// official comes after a verb or "with" ("Telephone conversation with President of Peru ...").
[[nodiscard]] std::string headline_home_code(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                                             const Lexicon& lexicon);

/// The document's entity of the country `home_code` names (ISO 3166), if the document names it.
[[nodiscard]] std::optional<std::size_t> home_country_entity(const std::string& home_code, const Lexicon& lexicon,
                                                             const DocumentExtraction& out);

/// A visit's programme, city by city ("In Copenhagen, Minister X will meet Minister for Foreign
/// Affairs Y"): the offices written without their country of the persons met there (not of the
/// sentence's first person, the visitor) are the host country's, when the lexicon puts the city in a
/// country the document names other than the release's own (`home_code`). Runs after
/// complete_offices_from_home and leaves offices the document places elsewhere alone.
void complete_offices_from_host_city(const std::vector<SentenceAnalysis>& sentences, const std::string& home_code,
                                     const Lexicon& lexicon, DocumentExtraction& out);

/// "The Foreign Secretary travelled to Accra for talks with President X", "in Nuku'alofa, where she will
/// meet Prime Minister A and Foreign Minister B": the bare offices of persons met (a cue such as "with",
/// "met" before the name, or a list after one) near a city after "in" or "to" whose state is not the
/// release's own are that state's. Runs after complete_offices_from_host_city.
void complete_offices_from_city_met_in(const std::vector<SentenceAnalysis>& sentences, const std::string& home_code,
                                       const Lexicon& lexicon, DocumentExtraction& out);

/// Gives offices written without their country (OfficeWithoutHolder) the release's own
/// country where no other reading set one. Where the document never names that country, its
/// entity is made from the lexicon, mentioned by the `dateline` or the seat of government the
/// country was read from.
void complete_offices_from_home(const std::string& home_code, const SentenceAnalysis* dateline, const Lexicon& lexicon,
                                DocumentExtraction& out);

}  // namespace pressgraph
