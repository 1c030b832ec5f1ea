// Agreements, where and when they are signed, and their parties, as the genre writes them
// (event_signing.cpp, rule_events.cpp, agreement_parties.cpp, agreement_pattern_matcher.cpp,
// events.rules): on invented text, with invented persons and real countries, cities and bodies.
// None of these sentences is taken from an evaluation document.
#include <catch2/catch.hpp>
#include <string>

#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

DocumentExtraction extract(const std::string& body) { return extract_release("Talks\n2026-05-12\n\n" + body + "\n"); }

// The events an agreement is signed at, by type and start date, joined by "; " ("" when none).
std::string signed_at(const DocumentExtraction& x, const std::string& agreement) {
    const auto a = find_entity(x, EntityType::Agreement, agreement);
    if (!a) return "no agreement";
    std::string out;
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:signedAt" && f.subject == *a && f.object_is_event && f.object < x.events.size()) {
            const ExtractedEvent& e = x.events[f.object];
            out += (out.empty() ? "" : "; ") + e.type + " " + (e.start ? e.start->iso() : "undated");
        }
    return out;
}

constexpr auto A = EntityType::Agreement;
constexpr auto C = EntityType::Country;
constexpr auto O = EntityType::Organization;
constexpr auto P = EntityType::Person;

}  // namespace

TEST_CASE("documents listed on the lines after 'signed the following instruments:' are signed at the sentence's meeting",
          "[extract][events]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima on 11 May 2026.\n\n"
        "At the end of the meeting, the Foreign Ministers signed the following instruments:\n\n"
        "- Memorandum of Understanding on Cooperation in Fisheries;\n"
        "- Agreement on the Mutual Recognition of Driving Licences;\n"
        "- Work Programme 2026-2027 of the Joint Commission.\n\n"
        "The ministers agreed to meet again in Santiago in 2027.");
    CHECK(signed_at(x, "Memorandum of Understanding on Cooperation in Fisheries") == "Meeting 2026-05-11");
    CHECK(signed_at(x, "Agreement on the Mutual Recognition of Driving Licences") == "Meeting 2026-05-11");
    CHECK(has_fact(x, A, "Agreement on the Mutual Recognition of Driving Licences", "pgo:party", C, "Chile"));
    CHECK(has_fact(x, A, "Agreement on the Mutual Recognition of Driving Licences", "pgo:party", C, "Peru"));
}

TEST_CASE("'will witness the exchange of the following documents:' lists documents signed, not a sentence after the list",
          "[extract][events][relations]") {
    const auto x = extract(
        "President of Chile Ana Lopes will pay a state visit to Peru from 12 to 14 May 2026 at the invitation of "
        "President of Peru Rui Costa.\n\n"
        "The two leaders will witness the exchange of the following documents:\n"
        "i. Memorandum of Understanding on Antarctic Research;\n"
        "ii. Programme of Cultural Exchange for the years 2026 - 2029.\n\n"
        "The Lima Declaration on Energy was adopted in 2019.");
    CHECK(signed_at(x, "Memorandum of Understanding on Antarctic Research") == "Visit 2026-05-12");
    CHECK(has_fact(x, A, "Memorandum of Understanding on Antarctic Research", "pgo:party", C, "Chile"));
    CHECK(has_fact(x, A, "Memorandum of Understanding on Antarctic Research", "pgo:party", C, "Peru"));
    CHECK(signed_at(x, "Lima Declaration on Energy").find("Visit") == std::string::npos);
}

TEST_CASE("a document the text recalls as signed in a year is signed at that year's ceremony, not at the release's event",
          "[extract][events]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima on 11 May 2026. "
        "The two ministers recalled that the two countries enjoy relations anchored on the Special Status Agreement signed in 2012.");
    CHECK(signed_at(x, "Special Status Agreement") == "Ceremony 2012");
}

TEST_CASE("a dated signing of a state's with a document named by its parties' compound is that day's ceremony",
          "[extract][events][relations]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes will pay an official visit to Poland from 8 to 10 June 2026. "
        "Poland is a member of the European Union, with which Chile signed the EU-Chile Digital Trade Agreement in May 2025.");
    CHECK(signed_at(x, "EU-Chile Digital Trade Agreement") == "Ceremony 2025-05");
    CHECK(has_fact(x, A, "EU-Chile Digital Trade Agreement", "pgo:party", C, "Chile"));
    CHECK(has_fact(x, A, "EU-Chile Digital Trade Agreement", "pgo:party", O, "European Union"));
}

TEST_CASE("an abbreviation in brackets after the document still reads its signing date", "[extract][events]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima on 11 May 2026. "
        "They praised the Chile-Peru Economic Partnership Agreement (CP-EPA), signed in December 2017.");
    CHECK(signed_at(x, "Chile-Peru Economic Partnership Agreement") == "Ceremony 2017-12");
}

TEST_CASE("'the two ministers signed X' is at the meeting held, not at a visit the next sentence announces", "[extract][events]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes and her Peruvian counterpart, Rui Costa, met at the Government Palace in Lima "
        "on 11 May 2026.\n\n"
        "The two ministers signed a joint declaration on lithium and a protocol on the border crossing, which will reopen in March.\n\n"
        "Rui Costa will travel on 12 May to Arequipa, where he is expected to meet members of the regional council.");
    CHECK(signed_at(x, "protocol on the border crossing") == "Meeting 2026-05-11");
}

TEST_CASE("'the two ministers are expected to sign' an instrument makes the two states its parties, not the ministers",
          "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes will pay an official visit to Peru from 12 to 14 May 2026. "
        "In Lima she will hold talks with Foreign Minister of Peru Rui Costa. "
        "The two ministers are expected to sign a Memorandum of Understanding on Cooperation in Fisheries.");
    CHECK(has_fact(x, A, "Memorandum of Understanding on Cooperation in Fisheries", "pgo:party", C, "Chile"));
    CHECK(has_fact(x, A, "Memorandum of Understanding on Cooperation in Fisheries", "pgo:party", C, "Peru"));
    CHECK_FALSE(has_fact(x, A, "Memorandum of Understanding on Cooperation in Fisheries", "pgo:party", P, "Ana Lopes"));
}

TEST_CASE("the bodies a document's compound names are its parties", "[extract][relations]") {
    const auto x = extract(
        "The ministers of the Southern Common Market (MERCOSUR) and the European Free Trade Association (EFTA) met in Lima. "
        "They welcomed the ratification of the MERCOSUR-EFTA Free Trade Agreement.");
    CHECK(has_fact(x, A, "MERCOSUR-EFTA Free Trade Agreement", "pgo:party", O, "Mercosur"));
    CHECK(has_fact(x, A, "MERCOSUR-EFTA Free Trade Agreement", "pgo:party", O, "European Free Trade Association"));
}

TEST_CASE("'Agreed Minutes of the Joint Commission' is a document, 'minutes on' in lower case is time", "[extract][entities]") {
    const auto x = extract(
        "The two delegations signed the Agreed Minutes of the 4th Session of the Chile-Peru Joint Commission. "
        "The ministers then spoke for forty minutes on the phone with the President.");
    CHECK(find_entity(x, A, "Agreed Minutes of the 4th Session of the Chile-Peru Joint Commission"));
    for (const auto& e : x.entities) CHECK_FALSE((e.type == A && e.canonical_name.find("minutes on") != std::string::npos));
}
