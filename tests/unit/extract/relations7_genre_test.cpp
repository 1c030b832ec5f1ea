// Signings and the events they are signed at as the genre writes them (event_signing.cpp), on invented
// text: invented persons, real countries and cities. None of these sentences is taken from an
// evaluation document.
#include <catch2/catch.hpp>
#include <string>

#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

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

const std::string kVisit =
    "Peruvian Foreign Minister visits Chile\n\nSantiago, 12 November 2025\n\n"
    "Foreign Minister of Peru Rui Costa is on an official visit to Chile from 11 to 13 November.\n\n"
    "Today Minister Costa called on President of Chile Eva Silva at the Presidential Palace in Santiago.\n\n";

}  // namespace

TEST_CASE("a signing reported as done during a visit is signed at the visit's meeting held before it", "[extract][events]") {
    const auto x = extract_release(kVisit + "The two sides signed a Memorandum of Understanding on Fisheries.\n");
    CHECK(signed_at(x, "Memorandum of Understanding on Fisheries") == "Meeting 2025-11-12");
}

TEST_CASE("a signing the sentence places in the visit stays at the visit", "[extract][events]") {
    const auto x = extract_release(kVisit + "During the visit, the two sides signed a Memorandum of Understanding on Fisheries.\n");
    CHECK(signed_at(x, "Memorandum of Understanding on Fisheries") == "Visit 2025-11-11");
}

TEST_CASE("a visit to a city holds the meetings at the city's venues: a signing done there is at that meeting", "[extract][events]") {
    const auto x = extract_release(
        "Peruvian Foreign Minister visits Chile\n\nSantiago, 12 November 2025\n\n"
        "Foreign Minister of Peru Rui Costa is paying an official visit to Santiago on 11 and 12 November.\n\n"
        "Today Minister Costa called on President of Chile Eva Silva at the Presidential Palace in Santiago.\n\n"
        "The two sides signed a Memorandum of Understanding on Fisheries.\n");
    CHECK(signed_at(x, "Memorandum of Understanding on Fisheries") == "Meeting 2025-11-12");
}

namespace {

const std::string kWitnessed =
    "Chile and Peru: fisheries memorandum signed\n2025-11-12\n\n"
    "Chile and Peru agreed to deepen their cooperation in fisheries and aquaculture.\n\n"
    "Foreign Minister of Chile Ana Lopes received Foreign Minister of Peru Rui Costa in Santiago on November 10.\n\n";

}  // namespace

TEST_CASE("'In the presence of the two Ministers, A and B then signed X' is signed at the ministers' meeting held", "[extract][events]") {
    const auto x = extract_release(kWitnessed +
                                   "In the presence of the two Ministers, the Ambassador of Peru to Chile, Eva Silva, and the Secretary "
                                   "General of the Ministry, Paulo Ramos, then signed a Memorandum of Understanding on Fisheries.\n");
    CHECK(signed_at(x, "Memorandum of Understanding on Fisheries") == "Meeting 2025-11-10");
}

TEST_CASE("a signing announced before the two ministers is not put at a meeting already held", "[extract][events]") {
    const auto x = extract_release(kWitnessed +
                                   "In the presence of the two Ministers, the Ambassador of Peru to Chile, Eva Silva, and the Secretary "
                                   "General of the Ministry, Paulo Ramos, will then sign a Memorandum of Understanding on Fisheries.\n");
    CHECK(signed_at(x, "Memorandum of Understanding on Fisheries") != "Meeting 2025-11-10");
}
