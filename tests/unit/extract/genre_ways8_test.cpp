// Ways of the genre read after the ninth blind batch of the genre set (tests/data/genre g63-g68),
// each on invented text: invented persons, real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("an Irish name keeps its Ó, Nic or Ní and ends before the letters of a seat", "[extract][entities]") {
    const auto x = extract_release("Ministers meet\n2026-11-26\n\nThe Minister for Health, Ciarán Ó Briain TD, met the Minister for "
                                   "Education, Sinéad Nic Giolla TD, and Aoife Ní Mhurchú TD in Cork.\n");
    CHECK(find_entity(x, EntityType::Person, "Ciarán Ó Briain"));
    CHECK(find_entity(x, EntityType::Person, "Sinéad Nic Giolla"));
    CHECK(find_entity(x, EntityType::Person, "Aoife Ní Mhurchú"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Sinéad Nic"));
}

TEST_CASE("a peer is named by rank and title, but an office the rank opens is no person", "[extract][entities]") {
    const auto x = extract_release("Talks in London\n2026-11-26\n\nThe Minister of State, Baroness Hartwell, met the Lord Mayor of "
                                   "London and the First Lady Ana Lopes.\n");
    CHECK(find_entity(x, EntityType::Person, "Baroness Hartwell"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Lord Mayor"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Lady Ana Lopes"));
}

TEST_CASE("a house named by its own name is a venue, a chamber is not", "[extract][entities]") {
    const auto x = extract_release("Talks in Dublin\n2026-11-26\n\nThe ministers met at Kilbrook House, Dublin. The Speaker of the "
                                   "House of Commons later spoke at the Lower House.\n");
    CHECK(find_entity(x, EntityType::Place, "Kilbrook House"));
    CHECK_FALSE(find_entity(x, EntityType::Organization, "Kilbrook House"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Lower House"));
}

TEST_CASE("a dateline in figures between dots dates the release and keeps its first sentence", "[extract][header]") {
    const auto x = extract_release("Federal Councillor travels to Accra\n\nBern, 20.11.2026 - On 22 November, Federal Councillor "
                                   "Marco Keller will meet the Minister for Foreign Affairs of Ghana in Accra.\n");
    CHECK(find_entity(x, EntityType::Person, "Marco Keller"));
    CHECK(find_entity(x, EntityType::Place, "Accra"));
}

TEST_CASE("a form of address between an office of a state and the name leaves the office to that state", "[extract][relations]") {
    const auto x = extract_release("Joint Commission held\n2026-12-08\n\nThe Session was co-chaired by the Minister of Foreign Affairs of "
                                   "the Republic of Peru Hon. Ana Lopes. The delegation included the High Commissioner of Chile to "
                                   "the Maldives Mr. Rui Costa.\n");
    CHECK(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:holdsPosition", EntityType::Country, "Peru"));
    CHECK(has_fact(x, EntityType::Person, "Rui Costa", "pgo:holdsPosition", EntityType::Country, "Chile"));
    CHECK_FALSE(has_fact(x, EntityType::Person, "Rui Costa", "pgo:holdsPosition", EntityType::Country, "Maldives"));
}

TEST_CASE("a border crossing named by its place is a place, a document about it keeps its name", "[extract][entities]") {
    const auto x = extract_release("Talks held\n2026-11-01\n\nThe ministers discussed trade through the Agarak border crossing. "
                                   "Migrants crossing the river were helped. They also signed a protocol on the Tavush border crossing.\n");
    CHECK(find_entity(x, EntityType::Place, "Agarak border crossing"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Migrants crossing"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Tavush border crossing"));
}
