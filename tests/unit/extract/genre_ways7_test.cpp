// Ways of the genre read after the eighth blind batch of the genre set (tests/data/genre g57-g62),
// each on invented text: invented persons, real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("a body the lexicon writes with a hyphen is found written with a spaced dash", "[extract][entities]") {
    const auto x = extract_release("Ministers meet\n2026-07-02\n\nThe ministers discussed cooperation under the Mekong \u2013 Lancang "
                                   "Cooperation framework in Hanoi.\n");
    CHECK(find_entity(x, EntityType::Organization, "Lancang-Mekong Cooperation"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Mekong"));
}

TEST_CASE("a venue named with its head first is a place, not its last word", "[extract][entities]") {
    const auto x = extract_release("Ministers meet\n2026-07-02\n\nThe ministers held a working meeting at the Palacio Municipal de Cusco. "
                                   "The President was later received at Istana Melawati and at the Lima Convention Centre.\n");
    CHECK(find_entity(x, EntityType::Place, "Palacio Municipal de Cusco"));
    CHECK(find_entity(x, EntityType::Place, "Istana Melawati"));
    CHECK(find_entity(x, EntityType::Place, "Lima Convention Centre"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Melawati"));
    CHECK_FALSE(find_entity(x, EntityType::Organization, "Lima Convention Centre"));
}

TEST_CASE("a hotel and a canal named after a place are places", "[extract][entities]") {
    const auto x = extract_release("Session held\n2026-10-05\n\nThe session was held at the Serena Hotel in Kampala and discussed the "
                                   "Panama Canal.\n");
    CHECK(find_entity(x, EntityType::Place, "Serena Hotel"));
    CHECK(find_entity(x, EntityType::Place, "Panama Canal"));
}

TEST_CASE("Malaysian styles and the apostrophe of Dato' stay out of a person's name", "[extract][entities]") {
    const auto x = extract_release("Visit announced\n2026-07-31\n\nThe visit is at the invitation of the Prime Minister of Malaysia, "
                                   "YAB Dato' Seri Rahim bin Osman.\n");
    CHECK(find_entity(x, EntityType::Person, "Rahim bin Osman"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Seri Rahim bin Osman"));
}

TEST_CASE("a range of years with a spaced dash stays in a document's name", "[extract][entities]") {
    const auto x = extract_release("Ministers sign\n2026-07-22\n\nThe ministers signed the Plan of Action on Tourism Cooperation 2026 - 2030 "
                                   "and the Programme of Cultural Exchange for the years 2027 - 2029 in Vientiane.\n");
    CHECK(find_entity(x, EntityType::Agreement, "Plan of Action on Tourism Cooperation 2026 - 2030"));
    CHECK(find_entity(x, EntityType::Agreement, "Programme of Cultural Exchange for the years 2027 - 2029"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "Plan of Action on Tourism Cooperation 2026"));
}

TEST_CASE("two given names in a row after a title's portfolio are both the person's", "[extract][entities]") {
    const auto x = extract_release("Talks held\n2026-05-05\n\nThe delegation included Undersecretary for ASEAN Affairs "
                                   "Jose Antonio S. Villaroel and Director for Treaties Maria Elena Cruz.\n");
    CHECK(find_entity(x, EntityType::Person, "Jose Antonio S. Villaroel"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Antonio S. Villaroel"));
}

TEST_CASE("a Vietnamese name of three words after a portfolio keeps its family name", "[extract][entities]") {
    const auto x = extract_release("Talks held\n2026-05-05\n\nThe delegation included Minister of Planning and Investment "
                                   "Do Thi Minh. It also included Minister of Industry and Trade Tran Van Binh.\n");
    CHECK(find_entity(x, EntityType::Person, "Do Thi Minh"));
    CHECK(find_entity(x, EntityType::Person, "Tran Van Binh"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Thi Minh"));
}

TEST_CASE("two parties joined by a spaced dash open a document's name", "[extract][entities]") {
    const auto x = extract_release("Trade talks\n2026-07-31\n\nThe Peru - Chile Free Trade Agreement continues to underpin "
                                   "the relationship, the ministers said in Lima.\n");
    CHECK(find_entity(x, EntityType::Agreement, "Peru - Chile Free Trade Agreement"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "Chile Free Trade Agreement"));
}
