// Which office a title before a name gives: an office "to the" another office ("Deputy National Security
// Advisor to the Vice President X" makes X the adviser, not the Vice President; "Special Adviser to
// Secretary of State X", without the article, names the Secretary), and a past office ("former Foreign
// Minister X" holds it no more). Invented persons, real countries.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

// The titles the document gives `person`: of each holdsPosition, and of each office named by a bare
// title, whose country the merge completes.
std::set<std::string> titles_of(const DocumentExtraction& x, const std::string& person) {
    std::set<std::string> out;
    const auto p = find_entity(x, EntityType::Person, person);
    if (!p) return out;
    for (const ExtractedFact& f : x.facts)
        if (f.subject == *p && f.predicate == "pgo:holdsPosition") out.insert(qualifier(f, "pgo:title"));
    for (const OfficeWithoutHolder* o : offices_without_holder(x, *p)) out.insert(o->title);
    return out;
}

}  // namespace

TEST_CASE("an office 'to the' another office: the name after it holds the first", "[extract][entities]") {
    const auto x = extract_release(
        "Readout of a meeting\n\nMarch 3, 2026\n\n"
        "Today, Deputy National Security Advisor to the Vice President Eva Silva met Foreign Minister of Chile Ana Lopes. "
        "Chief of Staff to the President of Peru Rui Costa also attended.\n");
    const auto eva = titles_of(x, "Eva Silva");
    CHECK_FALSE(eva.count("Vice President"));
    CHECK(eva.count("Deputy National Security Advisor"));
    const auto rui = titles_of(x, "Rui Costa");
    CHECK_FALSE(rui.count("President"));
    CHECK(rui.count("Chief of Staff"));
}

TEST_CASE("an office 'to' a titled person without an article: the name is that person's", "[extract][entities]") {
    const auto x = extract_release(
        "Envoy named\n\nMarch 3, 2026\n\n"
        "Ana Lopes is currently Special Adviser to Secretary of State Rui Costa on Ocean Issues.\n");
    CHECK_FALSE(titles_of(x, "Rui Costa").count("Special Adviser"));
}

TEST_CASE("a former office is no office held: 'former Foreign Minister of Chile X', 'the former Prime Minister of Peru, X'", "[extract][entities]") {
    const auto x = extract_release(
        "Minister meets former counterpart\n\nLisbon, 3 March 2026\n\n"
        "Foreign Minister of Portugal Rui Costa met with former Foreign Minister of Chile Ana Lopes in Lisbon on 3 March 2026. "
        "The former Prime Minister of Peru, Eva Silva, also attended the meeting, with the erstwhile President Ivan Petrov.\n");
    CHECK(find_entity(x, EntityType::Person, "Ana Lopes"));
    CHECK(titles_of(x, "Ana Lopes").empty());
    CHECK(find_entity(x, EntityType::Person, "Eva Silva"));
    CHECK(titles_of(x, "Eva Silva").empty());
    CHECK(titles_of(x, "Ivan Petrov").empty());
    CHECK(titles_of(x, "Rui Costa").count("Foreign Minister"));  // the current office beside them is read
}

TEST_CASE("a name of two given names and two surnames after a title is read whole", "[extract][entities]") {
    // Spanish and Portuguese names: two given names, then the father's and the mother's surnames.
    const auto x = extract_release(
        "Joint communique\n\nLima, 19 May 2026\n\n"
        "The Peruvian delegation was made up of the Vice Minister of Foreign Affairs, Andres Felipe Rojas Mejia, "
        "and the Deputy Foreign Minister, Carlos Manuel Pereira Ruz; Minister Ana Lopes led it.\n");
    CHECK(find_entity(x, EntityType::Person, "Andres Felipe Rojas Mejia"));
    CHECK(find_entity(x, EntityType::Person, "Carlos Manuel Pereira Ruz"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Andres Felipe Rojas"));
    CHECK(titles_of(x, "Andres Felipe Rojas Mejia").count("Vice Minister of Foreign Affairs"));
    // One given name: three words at most, so the word after the name stays out of it.
    const auto y = extract_release(
        "Joint communique\n\nLima, 19 May 2026\n\n"
        "The Deputy Foreign Minister, Carlos Torres Ruz, met Minister Ana Lopes in Lima.\n");
    CHECK(find_entity(y, EntityType::Person, "Carlos Torres Ruz"));
}
