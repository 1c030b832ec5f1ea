// Signings, their events and their parties as the genre writes them (event_signing.cpp,
// relations.rules), and the places and bodies named around them (relation_extraction.cpp), on
// invented text: invented persons, real countries, cities and bodies. None of these sentences is
// taken from an evaluation document.
#include <catch2/catch.hpp>
#include <string>

#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

DocumentExtraction extract(const std::string& body) { return extract_release("Talks\n2025-11-12\n\n" + body + "\n"); }

// The event an agreement is signed at, by its type and start date ("" when none).
std::string signed_at(const DocumentExtraction& x, const std::string& agreement) {
    const auto a = find_entity(x, EntityType::Agreement, agreement);
    if (!a) return "no agreement";
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:signedAt" && f.subject == *a && f.object_is_event && f.object < x.events.size()) {
            const ExtractedEvent& e = x.events[f.object];
            return e.type + " " + (e.start ? e.start->iso() : "undated");
        }
    return "";
}

constexpr auto A = EntityType::Agreement;
constexpr auto C = EntityType::Country;

}  // namespace

TEST_CASE("'the two ministers signed X' after the sentence of their talks is signed at those talks", "[extract][events]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima on November 10. "
        "The ministers discussed trade, energy and fisheries. "
        "The two ministers signed a Memorandum of Understanding on Fisheries.");
    CHECK(signed_at(x, "Memorandum of Understanding on Fisheries") == "Meeting 2025-11-10");
}

TEST_CASE("a signing by the plural of those who met is not at a meeting the release announces", "[extract][events]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima on November 10. "
        "They also discussed the next meeting of the ministers, to be held in Santiago in March 2026. "
        "The two ministers signed a Memorandum of Understanding on Fisheries.");
    CHECK(signed_at(x, "Memorandum of Understanding on Fisheries") == "Meeting 2025-11-10");
}

TEST_CASE("'following the meeting, X was signed' follows the meeting held, not the one announced", "[extract][events]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held a meeting with Foreign Minister of Peru Rui Costa in Lima on November 10. "
        "The ministers also discussed the preparations for the next meeting of the Joint Commission, to be held in Santiago "
        "in the spring of 2026. "
        "Following the meeting, a Protocol on Customs Cooperation was also signed.");
    CHECK(signed_at(x, "Protocol on Customs Cooperation") == "Meeting 2025-11-10");
}

TEST_CASE("'X was signed by the two ministers' makes the release's two states its parties", "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima on November 10. "
        "An Agreement on Cultural Cooperation was then signed by the two Ministers in the presence of both delegations.");
    CHECK(has_fact(x, A, "Agreement on Cultural Cooperation", "pgo:party", C, "Chile"));
    CHECK(has_fact(x, A, "Agreement on Cultural Cooperation", "pgo:party", C, "Peru"));
}

TEST_CASE("'the signing of X by A and B' and 'X was signed by A and B' make A and B its parties", "[extract][relations]") {
    const auto x = extract(
        "The leaders welcomed the signing of the Memorandum on Fisheries by Chile and Peru. "
        "In 2019 the Treaty on Good Neighbourliness was signed by Ecuador and Colombia.");
    CHECK(has_fact(x, A, "Memorandum on Fisheries", "pgo:party", C, "Chile"));
    CHECK(has_fact(x, A, "Memorandum on Fisheries", "pgo:party", C, "Peru"));
    CHECK(has_fact(x, A, "Treaty on Good Neighbourliness", "pgo:party", C, "Ecuador"));
    CHECK(has_fact(x, A, "Treaty on Good Neighbourliness", "pgo:party", C, "Colombia"));
}

TEST_CASE("documents listed before 'were approved by X', or after 'X approved', are all X's approvals", "[extract][relations]") {
    const auto x = extract(
        "The Programme of Cultural Cooperation and the Action Plan on Tourism were approved by the Council of the European Union. "
        "The Council of the European Union also approved the Strategy for the Sahel and the Action Plan on Migration.");
    const auto O = EntityType::Organization;
    for (const char* document : {"Programme of Cultural Cooperation", "Action Plan on Tourism", "Strategy for the Sahel",
                                 "Action Plan on Migration"})
        CHECK(has_fact(x, A, document, "pgo:approvedBy", O, "Council of the European Union"));
}

TEST_CASE("'City, Region' places a city in a region of its country when the city's name is also another country's",
          "[extract][relations]") {
    const auto x = extract("The next round of the talks will be held in San Francisco, California, in May. The ministers "
                           "first met in Ottawa, Ontario, on Monday.");
    const auto L = EntityType::Place;
    CHECK(has_fact(x, L, "San Francisco", "pgo:locatedIn", L, "California"));
    CHECK(has_fact(x, L, "Ottawa", "pgo:locatedIn", L, "Ontario"));
}

TEST_CASE("an Arrangement is a document two governments sign", "[extract][entities]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima on November 10. "
        "The ministers agreed to conclude an Arrangement on Maritime Security Cooperation.");
    CHECK(find_entity(x, A, "Arrangement on Maritime Security Cooperation"));
}

TEST_CASE("a treaty signed at the release's meeting is between the two states of those who met", "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima on November 10. "
        "Following the talks, an Agreement on Cooperation in Fisheries Research was signed.");
    CHECK(has_fact(x, A, "Agreement on Cooperation in Fisheries Research", "pgo:party", C, "Chile"));
    CHECK(has_fact(x, A, "Agreement on Cooperation in Fisheries Research", "pgo:party", C, "Peru"));
}

TEST_CASE("'the ministers signed' read as one person makes no person a party", "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima on November 10. "
        "On November 8, Minister Lopes also spoke by phone with the Foreign Minister of Ecuador, Eva Silva. "
        "The ministers signed a Memorandum of Understanding on Fisheries.");
    const auto memorandum = find_entity(x, A, "Memorandum of Understanding on Fisheries");
    REQUIRE(memorandum);
    for (const auto& f : x.facts)
        if (f.subject == *memorandum && f.predicate == "pgo:party" && !f.object_is_event)
            CHECK(x.entities[f.object].type != EntityType::Person);
}
