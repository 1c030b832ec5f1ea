// Ways of the genre read after the third batch of the genre set (tests/data/genre g13-g24), each
// on invented text: invented persons, real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("a day stated in full in the headline of an undated release is its day", "[extract][dates]") {
    // No date line; the headline closes with the day, as ministries' visit notices do.
    const auto x = extract_release(
        "Chile - Visit to Paris by Ms Ana Lopes, Minister of Foreign Affairs (3 March 2026)\n\n"
        "The Minister will receive his Chilean counterpart, Ms Ana Lopes, in Paris on Tuesday 3 March. "
        "They will discuss the summit to be held in Lima in November 2026.\n");
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(meeting);
    REQUIRE(meeting->start);
    CHECK(meeting->start->iso() == "2026-03-03");
}

TEST_CASE("a name may hold two particles in a row or the same particle twice", "[extract][entities]") {
    const auto x = extract_release(
        "Talks\n2026-02-24\n\nSecretary General Joost van der Linde met the Prime Minister of Chile, Ana Lopes, in Brussels. "
        "The Minister received Sheikh Khalid bin Omar bin Saleh, Minister of Finance, in Doha.\n");
    CHECK(find_entity(x, EntityType::Person, "Joost van der Linde"));
    CHECK(find_entity(x, EntityType::Person, "Khalid bin Omar bin Saleh"));
}

TEST_CASE("a headline's verb after a title starts no name", "[extract][entities]") {
    const auto x = extract_release("Foreign Minister Receives Phone Call from Chilean Counterpart\n2026-01-03\n\n"
                                   "Foreign Minister Rui Costa received a phone call today from the Foreign Minister of Chile, Ana Lopes.\n");
    CHECK_FALSE(find_entity(x, EntityType::Person, "Receives Phone"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Receives"));
}

TEST_CASE("a town's name after a title is the person whose full name holds it", "[extract][entities]") {
    // "Salinas" is a town's name; "Secretary Salinas" is the Secretary named in full before, whose
    // first surname it is.
    const auto x = extract_release(
        "Minister meets Peruvian counterpart\n2026-03-20\n\nToday the Minister of Foreign Affairs met with Rodrigo Salinas Ortega, "
        "Peru's Minister of Foreign Affairs, in Ottawa. Earlier in the day, Minister Salinas met with the Minister of Trade, Mark Dubois.\n");
    const auto salinas = find_entity(x, EntityType::Person, "Rodrigo Salinas Ortega");
    REQUIRE(salinas);
    CHECK_FALSE(find_entity(x, EntityType::Place, "Salinas"));
    const auto dubois = find_entity(x, EntityType::Person, "Mark Dubois");
    REQUIRE(dubois);
    CHECK((fact(x, *salinas, "pgo:metWith", *dubois) || fact(x, *dubois, "pgo:metWith", *salinas)));
}

TEST_CASE("one given no office who meets another country's official in a city hosts him there", "[extract][events]") {
    // Ivan Petrov holds no office in the text; the President of Serbia is the one who travels.
    const auto x = extract_release("On 25 November, Ivan Petrov will hold talks with President of Serbia Marko Jovanovic in Sochi\n"
                                   "2021-11-24\n\nOn 25 November, Ivan Petrov will hold talks with President of Serbia Marko Jovanovic in Sochi.\n");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    const auto guest = entity(x, EntityType::Person, "Marko Jovanovic");
    const auto sochi = entity(x, EntityType::Place, "Sochi");
    CHECK(fact(x, petrov, "pgo:metWith", guest));
    CHECK_FALSE(fact(x, petrov, "pgo:visited", sochi));
    CHECK(fact(x, guest, "pgo:visited", sochi));
}

TEST_CASE("'the Secretary' of two Secretaries is the lead's, and 'he' stays with whom the last sentence meant", "[extract][events]") {
    const auto x = extract_release(
        "Secretary Petrov's Meeting with Chilean Secretary of Foreign Affairs Lopes\n2026-03-03\n\n"
        "Secretary of State Ivan Petrov met today with Chilean Secretary of Foreign Affairs Ana Lopes in Washington. "
        "The Secretary and Secretary Lopes discussed trade. "
        "From Santiago, the Secretary will travel to Lima on March 20, where he will meet with Peruvian Foreign Minister Rui Costa.\n");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    const auto costa = entity(x, EntityType::Person, "Rui Costa");
    CHECK((fact(x, petrov, "pgo:metWith", costa) || fact(x, costa, "pgo:metWith", petrov)));
}
