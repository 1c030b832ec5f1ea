// Ways of the genre read after the seventh blind batch of the genre set (tests/data/genre g51-g56),
// each on invented text: invented persons, real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("a chain of honorifics between a title and a name stays out of the name", "[extract][entities]") {
    // Bruneian and Malaysian honours ("Dato Paduka Haji"), the South Asian "Md.", the Fijian "Ratu".
    const auto x = extract_release("Dialogue held\n2026-07-02\n\nThe Dialogue was co-chaired by Dato Paduka Haji Osman bin Yusof "
                                   "and Mr. Rui Costa. Foreign Secretary Md. Karim Hossain also met Ratu Jone Tuilagi in Suva.\n");
    CHECK(find_entity(x, EntityType::Person, "Osman bin Yusof"));
    CHECK(find_entity(x, EntityType::Person, "Karim Hossain"));
    CHECK(find_entity(x, EntityType::Person, "Jone Tuilagi"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Md"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Yusof"));
}

TEST_CASE("a crossing, a gap, a channel, a corridor or a hall named after a place is a place", "[extract][entities]") {
    const auto x = extract_release("Ministers meet\n2026-03-03\n\nThe ministers met in Lisbon and discussed the Rafah Crossing, the Beagle Channel, the Lobito Corridor and the Suwałki Gap. "
                                   "Earlier, the minister laid a wreath in the Hall of Remembrance.\n");
    CHECK(find_entity(x, EntityType::Place, "Rafah Crossing"));
    CHECK(find_entity(x, EntityType::Place, "Beagle Channel"));
    CHECK(find_entity(x, EntityType::Place, "Lobito Corridor"));
    CHECK(find_entity(x, EntityType::Place, "Suwałki Gap"));
    CHECK(find_entity(x, EntityType::Place, "Hall of Remembrance"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Suwałki"));
}

TEST_CASE("groupings named after a city are bodies, not the city", "[extract][entities]") {
    const auto x = extract_release("Ministers meet\n2026-05-21\n\nThe ministers of the Weimar Triangle met in Vilnius with "
                                   "the Bucharest Nine and spoke about EFTA, MERCOSUR and NORDEFCO.\n");
    CHECK(find_entity(x, EntityType::Organization, "Weimar Triangle"));
    CHECK(find_entity(x, EntityType::Organization, "Bucharest Nine"));
    CHECK(find_entity(x, EntityType::Organization, "European Free Trade Association"));
    CHECK(find_entity(x, EntityType::Organization, "Mercosur"));
    CHECK(find_entity(x, EntityType::Organization, "Nordic Defence Cooperation"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Weimar"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Bucharest"));
}

TEST_CASE("a second lower-case noun after 'and' stays in a document's topic, a verb ends it", "[extract][entities]") {
    const auto x = extract_release("Ministers sign\n2026-03-03\n\nThe ministers signed a memorandum of understanding on cooperation "
                                   "in agriculture and aquaculture, and an agreement on visa exemption for holders of diplomatic "
                                   "and service passports. They also signed a memorandum of understanding on tourism and "
                                   "discussed regional issues.\n");
    CHECK(find_entity(x, EntityType::Agreement, "memorandum of understanding on cooperation in agriculture and aquaculture"));
    CHECK(find_entity(x, EntityType::Agreement,
                      "agreement on visa exemption for holders of diplomatic and service passports"));
    CHECK(find_entity(x, EntityType::Agreement, "memorandum of understanding on tourism"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "memorandum of understanding on tourism and discussed regional issues"));
}

TEST_CASE("a body's name ends where its holder's given name starts, without a comma", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-05-12\n\nMr. Rui Costa will also meet the Speaker of the House of Representatives "
                                   "Rachid Benali on Wednesday. He met the Speaker of the Council of the Federation Ana Lopes.\n");
    CHECK(find_entity(x, EntityType::Organization, "House of Representatives"));
    CHECK(find_entity(x, EntityType::Organization, "Council of the Federation"));
    CHECK_FALSE(find_entity(x, EntityType::Organization, "House of Representatives Rachid"));
    CHECK_FALSE(find_entity(x, EntityType::Organization, "Council of the Federation Ana"));
}

TEST_CASE("a declaration of intent takes its topic, a communique ends before 'issued'", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-03-03\n\nFollowing the meeting, the ministers signed a joint declaration of intent on "
                                   "cooperation in emergency preparedness. In a joint communique issued after the talks, Chile "
                                   "reiterated its support.\n");
    CHECK(find_entity(x, EntityType::Agreement, "declaration of intent on cooperation in emergency preparedness"));
    CHECK(find_entity(x, EntityType::Agreement, "joint communique"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "declaration of intent"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "joint communique issued after the talks"));
}

TEST_CASE("an envoy named with the city of the posting, and a given name that is also a title before 'bin'", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-06-08\n\nJapanese Ambassador in Dhaka Kenji Moriyama was present. The Secretary-General "
                                   "met HE Dr. Sultan bin Rashid Al-Tamimi in Doha. HE Prime Minister Sheikh Hamad bin Nasser Al-Sulaiti "
                                   "also attended.\n");
    CHECK(find_entity(x, EntityType::Person, "Kenji Moriyama"));
    CHECK(find_entity(x, EntityType::Person, "Sultan bin Rashid Al-Tamimi"));
    CHECK(find_entity(x, EntityType::Person, "Hamad bin Nasser Al-Sulaiti"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Rashid Al-Tamimi"));
}

TEST_CASE("a document's name leaves out the year before it, the month after 'in', the city after 'in' and a count", "[extract][entities]") {
    const auto x = extract_release("Chile, Peru Sign Three Cooperation Agreements\n2026-03-03\n\nThe ministers recalled the 1984 Treaty of "
                                   "Peace and Friendship and the EU-Chile Advanced Framework Agreement signed in December 2023. "
                                   "They signed an agreement on border trade and customs cooperation in Lima.\n");
    CHECK(find_entity(x, EntityType::Agreement, "Treaty of Peace and Friendship"));
    CHECK(find_entity(x, EntityType::Agreement, "EU-Chile Advanced Framework Agreement"));
    CHECK(find_entity(x, EntityType::Agreement, "agreement on border trade and customs cooperation"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "EU-Chile Advanced Framework Agreement signed in December 2023"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "agreement on border trade and customs cooperation in Lima"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "Three Cooperation Agreements"));
}

TEST_CASE("'Amb.' after a comma opens a person, a ministry's Division and the Catholic Church are bodies", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-03-05\n\nThe meeting was led by the Principal Secretary for Foreign Affairs, Amb. Wanjiku "
                                   "Njeri Kamau, and officials of the Economic Relations Division. Envoys of the Catholic Church "
                                   "attended.\n");
    CHECK(find_entity(x, EntityType::Person, "Wanjiku Njeri Kamau"));
    CHECK(find_entity(x, EntityType::Organization, "Economic Relations Division"));
    CHECK(find_entity(x, EntityType::Organization, "Catholic Church"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Catholic Church"));
}

TEST_CASE("'for the period <years>' closes a capitalised document's name", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-06-04\n\nThe ministers approved the Programme of Cultural Cooperation for the period "
                                   "2027-2029 and issued a joint statement.\n");
    CHECK(find_entity(x, EntityType::Agreement, "Programme of Cultural Cooperation for the period 2027-2029"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "Programme of Cultural Cooperation"));
}

TEST_CASE("a body's complement keeps the particles of a Spanish or French name", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-06-10\n\nThe President of the Administrative Commission of the Río de la Plata (CARP), "
                                   "Ambassador Rui Costa, met the minister in Montevideo.\n");
    CHECK(find_entity(x, EntityType::Organization, "Administrative Commission of the Río de la Plata"));
    CHECK_FALSE(find_entity(x, EntityType::Organization, "Administrative Commission of the Río"));
}

TEST_CASE("a particle after a given name opens the surname of the holder named after a body", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-05-12\n\nMr. Rui Costa will meet the Speaker of the House of Representatives Karim "
                                   "El Mansouri on Wednesday.\n");
    CHECK(find_entity(x, EntityType::Person, "Karim El Mansouri"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "El Mansouri"));
}

TEST_CASE("a city named with 'City' is one place, two of them joined by 'and' are two", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-05-04\n\nThe session was held in Pasay City. The ministers later flew to Kuwait City and "
                                   "Mexico City, and visited the Liberty Monument and Victory Park.\n");
    CHECK(find_entity(x, EntityType::Place, "Pasay City"));
    CHECK(find_entity(x, EntityType::Place, "Kuwait City"));
    CHECK(find_entity(x, EntityType::Place, "Mexico City"));
    CHECK(find_entity(x, EntityType::Place, "Victory Park"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Kuwait City and Mexico City"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Liberty Monument and Victory Park"));
}

TEST_CASE("a port is a place, a code of conduct a document", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-03-03\n\nThey discussed the Port of Aarhus, the Chittagong Deep Sea Port and the Code of "
                                   "Conduct in the South China Sea, and visited Port Moresby.\n");
    CHECK(find_entity(x, EntityType::Place, "Port of Aarhus"));
    CHECK(find_entity(x, EntityType::Place, "Chittagong Deep Sea Port"));
    CHECK(find_entity(x, EntityType::Place, "Port Moresby"));
    CHECK(find_entity(x, EntityType::Agreement, "Code of Conduct in the South China Sea"));
}

TEST_CASE("the ruling parties of Laos and Viet Nam are bodies the lexicon knows", "[extract][entities]") {
    const auto x = extract_release("Talks\n2026-03-03\n\nHe met leaders of the Lao People's Revolutionary Party and of the Communist "
                                   "Party of Vietnam in Vientiane.\n");
    CHECK(find_entity(x, EntityType::Organization, "Lao People's Revolutionary Party"));
    CHECK(find_entity(x, EntityType::Organization, "Communist Party of Vietnam"));
}
