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

TEST_CASE("shoals, reefs and a body's Headquarters are places, news agencies and foreign ministries bodies", "[extract][entities]") {
    const auto x = extract_release(
        "Ministers meet\n2026-02-24\n\nThe Minister welcomed the Prime Minister of Chile, Ana Lopes, to NATO Headquarters on Tuesday. "
        "They discussed vessels near Scarborough Shoal and the Great Barrier Reef. The Minister received the Director of the "
        "Goethe-Institut at the Quai d'Orsay, the Yonhap News Agency and the Saudi Press Agency reported. "
        "Global Affairs Canada and the South-East European Cooperation Process (SEECP) issued statements.\n");
    CHECK(find_entity(x, EntityType::Place, "NATO Headquarters"));
    CHECK(find_entity(x, EntityType::Place, "Scarborough Shoal"));
    CHECK(find_entity(x, EntityType::Place, "Great Barrier Reef"));
    CHECK(find_entity(x, EntityType::Place, "Quai d'Orsay"));
    CHECK(find_entity(x, EntityType::Organization, "Goethe-Institut"));
    CHECK(find_entity(x, EntityType::Organization, "Yonhap News Agency"));
    CHECK(find_entity(x, EntityType::Organization, "Saudi Press Agency"));
    CHECK(find_entity(x, EntityType::Organization, "Global Affairs Canada"));
    CHECK(find_entity(x, EntityType::Organization, "South-East European Cooperation Process"));
}

TEST_CASE("the bare titles of one whose office is one state's stay that state's, not the country the release names most", "[extract][relations]") {
    // Peru is named most; "Federal Foreign Minister" is Germany's office.
    const auto x = extract_release(
        "Foreign Minister Weber travels to Peru\n\n02.03.2026 - Press release\n\nFederal Foreign Minister Lukas Weber "
        "will travel to South America from 3 to 5 March. Germany and Peru are partners. Peru is reforming its economy and Peru welcomes "
        "investment. In Lima, Minister Weber and Rosa Quispe are expected to sign a declaration on green hydrogen. Foreign "
        "Minister of Chile Ana Lopes will join them.\n");
    const auto weber = entity(x, EntityType::Person, "Lukas Weber");
    const auto peru = entity(x, EntityType::Country, "Peru");
    std::size_t offices = 0;
    for (const auto& o : x.offices_without_holder)
        if (o.person == weber && o.home_country) {
            ++offices;
            CHECK(*o.home_country != peru);
        }
    CHECK(offices >= 2);
}

TEST_CASE("a body's head inside a longer title of office names no body", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-03-15\n\nThe Minister met the Prime Cabinet Secretary and Cabinet Secretary for "
                                   "Foreign Affairs of the Republic of Kenya, Mr Rui Costa, in Lisbon.\n");
    CHECK_FALSE(find_entity(x, EntityType::Organization, "Prime Cabinet"));
    const auto costa = entity(x, EntityType::Person, "Rui Costa");
    CHECK(fact(x, costa, "pgo:holdsPosition", entity(x, EntityType::Country, "Kenya")));
}

TEST_CASE("a release its author writes in the first person: 'I' is the person of its byline", "[extract][events]") {
    const auto x = extract_release(
        "Visit to Peru\n\n12 May 2026\n\nSenator the Hon. Rosa Whitby, Minister for Trade\n\n"
        "Today I will travel to Peru. In Lima, I will meet Foreign Minister of Peru Paulo Ramos.\n");
    const auto whitby = entity(x, EntityType::Person, "Rosa Whitby");
    const auto ramos = entity(x, EntityType::Person, "Paulo Ramos");
    CHECK((fact(x, whitby, "pgo:metWith", ramos) || fact(x, ramos, "pgo:metWith", whitby)));
    CHECK(fact(x, whitby, "pgo:visited", entity(x, EntityType::Country, "Peru")));
    // Quoted speech keeps its "I" to the speaker it quotes: no first-person release.
    const auto y = extract_release("Talks\n2026-05-12\n\nPresident Ana Lopes met the press. \"I will meet Foreign Minister of Peru "
                                   "Paulo Ramos,\" said Rui Costa.\n");
    const auto lopes = entity(y, EntityType::Person, "Ana Lopes");
    const auto ramos2 = entity(y, EntityType::Person, "Paulo Ramos");
    CHECK_FALSE(fact(y, lopes, "pgo:metWith", ramos2));
}

TEST_CASE("a guest whose bare office is settled as another state's visits the host's capital", "[extract][events]") {
    // The release is France's (the Quai d'Orsay); "Minister of African Integration and Foreign Affairs"
    // is Senegal's office, so its holder received in Paris is a visitor there.
    const auto x = extract_release(
        "Senegal - Visit to Paris by Ms Awa Diop Sene, Minister of African Integration and Foreign Affairs (10 February 2026)\n\n"
        "The Minister will receive his Senegalese counterpart at the Quai d'Orsay on Tuesday 10 February. Senegal and France "
        "are partners.\n");
    const auto guest = entity(x, EntityType::Person, "Awa Diop Sene");
    CHECK(fact(x, guest, "pgo:visited", entity(x, EntityType::Place, "Paris")));
}

TEST_CASE("a name of several words opened by the last part of a hyphenated word is that name, not its last word", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-05-12\n\nThey convened the Chile-Papua New Guinea Forum and the Peru\xE2\x80\x93New Zealand "
                                   "Partnership. Chile-Peru trade grew.\n");
    CHECK(find_entity(x, EntityType::Country, "Papua New Guinea"));
    CHECK(find_entity(x, EntityType::Country, "New Zealand"));
    CHECK_FALSE(find_entity(x, EntityType::Country, "Guinea"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Zealand"));
}

TEST_CASE("'the Federal Minister' is the lead's Federal Foreign Minister", "[extract][events]") {
    const auto x = extract_release("Minister travels to Peru\n2026-04-14\n\nFederal Foreign Minister Lukas Weber will travel to Chile on "
                                   "15 April. On 17 April the Federal Minister will travel to Lima.\n");
    CHECK(fact(x, entity(x, EntityType::Person, "Lukas Weber"), "pgo:visited", entity(x, EntityType::Place, "Lima")));
}
