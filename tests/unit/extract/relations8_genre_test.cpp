// Relations as the newest genre batches write them (relations.rules, rule_relations.cpp, event_signing.cpp,
// agreement_parties.cpp), on invented text: invented persons, real countries and cities. None of these
// sentences is taken from an evaluation document; each case has a control that must not fire.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

const std::string kHead =
    "Chile and Peru hold talks\n\nLima, 12 November 2025\n\n"
    "The Minister of Foreign Affairs of Chile, Ana Lopes, received Foreign Minister of Peru Rui Costa in Lima.\n\n";

bool holds(const DocumentExtraction& x, const std::string& person, EntityType holder_type, const std::string& holder) {
    return has_fact(x, EntityType::Person, person, "pgo:holdsPosition", holder_type, holder);
}

bool party(const DocumentExtraction& x, const std::string& agreement, EntityType party_type, const std::string& who) {
    return has_fact(x, EntityType::Agreement, agreement, "pgo:party", party_type, who);
}

// The agreements whose name holds `part`.
std::vector<std::size_t> agreements_named(const DocumentExtraction& x, const std::string& part) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < x.entities.size(); ++i)
        if (x.entities[i].type == EntityType::Agreement && x.entities[i].canonical_name.find(part) != std::string::npos) out.push_back(i);
    return out;
}

// Whether a fact `predicate` is given to an agreement whose name holds `part`.
bool any_fact_of(const DocumentExtraction& x, const std::string& part, const std::string& predicate) {
    for (const std::size_t a : agreements_named(x, part))
        for (const auto& f : x.facts)
            if (f.predicate == predicate && f.subject == a) return true;
    return false;
}

// Whether the agreement whose name holds `part` has the state `state` as a party.
bool state_party_of(const DocumentExtraction& x, const std::string& part, const std::string& state) {
    const auto c = find_entity(x, EntityType::Country, state);
    for (const std::size_t a : agreements_named(x, part))
        if (c && fact(x, a, "pgo:party", *c)) return true;
    return false;
}

}  // namespace

TEST_CASE("an office's portfolios written out before 'of' its state: 'the Minister of X and Y of Chile, Name'", "[extract][relations]") {
    const auto x = extract_release(kHead +
                                   "Also present was the Minister of International Relations and Trade of the Republic of Ecuador, Eva Silva, "
                                   "who arrived on Sunday.\n\n"
                                   "The Deputy Minister of Investment of the Kingdom of Spain, Paulo Ramos, attended as well.\n\n"
                                   "The talks were joined by the Deputy Prime Minister and Minister of Foreign Affairs and Expatriates of the "
                                   "Republic of Panama, Marta Dias.\n");
    CHECK(holds(x, "Eva Silva", EntityType::Country, "Ecuador"));
    CHECK(holds(x, "Paulo Ramos", EntityType::Country, "Spain"));
    CHECK(holds(x, "Marta Dias", EntityType::Country, "Panama"));
    // Control: the portfolio does not swallow the state of another office ("of Chile and Chair of ...").
    CHECK_FALSE(holds(x, "Eva Silva", EntityType::Country, "Chile"));
}

TEST_CASE("the name first, then the office with its portfolios and its state", "[extract][relations]") {
    const auto x = extract_release(kHead + "The guests included Eva Silva, Minister of Foreign Affairs and Foreign Trade of Jamaica.\n");
    CHECK(holds(x, "Eva Silva", EntityType::Country, "Jamaica"));
}

TEST_CASE("a body's office named with the body's state, then the holder: 'the President of the X (XY) of Panama, Name'", "[extract][relations]") {
    const auto x = extract_release(kHead + "The President of the Superior Council of Fisheries (SCF) of Panama, Eva Silva, spoke first.\n");
    CHECK(holds(x, "Eva Silva", EntityType::Organization, "Superior Council of Fisheries"));
}

TEST_CASE("a state's office and a body's office, then the holder with his rank", "[extract][relations]") {
    const auto x = extract_release(kHead +
                                   "The Permanent Representative of Uruguay and Chair of the Lisbon Heritage Council, Ambassador Eva Silva, "
                                   "spoke last.\n");
    CHECK(holds(x, "Eva Silva", EntityType::Country, "Uruguay"));
}

TEST_CASE("two offices after the state's adjective: 'Bolivian Deputy Prime Minister and Foreign Minister Name'", "[extract][relations]") {
    const auto x = extract_release(kHead +
                                   "Bolivian Deputy Prime Minister and Foreign Minister Eva Silva joined them.\n\n"
                                   "The former Colombian Deputy Prime Minister and Foreign Minister Paulo Ramos sent a message.\n");
    CHECK(holds(x, "Eva Silva", EntityType::Country, "Bolivia"));
    // Control: an office no longer held.
    CHECK_FALSE(holds(x, "Paulo Ramos", EntityType::Country, "Colombia"));
}

TEST_CASE("the state's adjective, an office for a portfolio, the name after a comma", "[extract][relations]") {
    const auto x = extract_release(kHead +
                                   "The Colombian Minister of State for Trade Policy, Eva Silva, was present.\n\n"
                                   "The UK Minister of State for the Caribbean, Paulo Ramos, was present too.\n\n"
                                   "The former Bolivian Minister of State for Trade Policy, Marta Dias, sent a message.\n");
    CHECK(holds(x, "Eva Silva", EntityType::Country, "Colombia"));
    CHECK(holds(x, "Paulo Ramos", EntityType::Country, "United Kingdom"));
    CHECK_FALSE(holds(x, "Marta Dias", EntityType::Country, "Bolivia"));
}

TEST_CASE("'Chile and Peru signed on Wednesday X and Y': both documents are theirs", "[extract][relations]") {
    const auto x = extract_release(
        "Chile and Peru sign agreements\n\nLima, 12 November 2025\n\n"
        "Chile and Peru signed on Wednesday an Agreement on the Avoidance of Double Taxation and a Memorandum of "
        "Understanding on Fisheries.\n");
    CHECK(party(x, "Agreement on the Avoidance of Double Taxation", EntityType::Country, "Chile"));
    CHECK(party(x, "Agreement on the Avoidance of Double Taxation", EntityType::Country, "Peru"));
    CHECK(party(x, "Memorandum of Understanding on Fisheries", EntityType::Country, "Peru"));
}

TEST_CASE("'the two governments had signed X': in a release about two states, theirs", "[extract][relations]") {
    // Signed years before: no signing event of the release gives the parties.
    const auto x = extract_release(kHead + "The Minister recalled that the two governments had signed an Agreement on Cooperation in Fisheries "
                                           "in 2019.\n");
    CHECK(party(x, "Agreement on Cooperation in Fisheries", EntityType::Country, "Chile"));
    CHECK(party(x, "Agreement on Cooperation in Fisheries", EntityType::Country, "Peru"));
}

TEST_CASE("'the Foreign Ministers put their signatures to X'", "[extract][relations]") {
    const auto x = extract_release(kHead + "In 2019 the Foreign Ministers put their signatures to an Agreement on Cooperation in Fisheries.\n");
    CHECK(party(x, "Agreement on Cooperation in Fisheries", EntityType::Country, "Chile"));
    CHECK(party(x, "Agreement on Cooperation in Fisheries", EntityType::Country, "Peru"));
}

TEST_CASE("'a memorandum between the diplomatic academies of A and B' is the two states'", "[extract][relations]") {
    const auto x = extract_release(kHead +
                                   "They praised the work done under the memorandum of understanding on cooperation between the diplomatic "
                                   "academies of Chile and Peru.\n\n"
                                   "They also praised the memorandum of understanding on training between the diplomatic academy of Chile and "
                                   "the Lisbon Heritage Institute.\n");
    const std::string academies = "memorandum of understanding on cooperation between the diplomatic academies of Chile and Peru";
    CHECK(party(x, academies, EntityType::Country, "Chile"));
    CHECK(party(x, academies, EntityType::Country, "Peru"));
    // Control: one academy is a body of its own, not its state.
    REQUIRE_FALSE(agreements_named(x, "on training").empty());
    CHECK_FALSE(state_party_of(x, "on training", "Chile"));
}

TEST_CASE("a treaty named as the topic of the adopted document, with its short form in brackets, is not signed", "[extract][relations]") {
    const auto x = extract_release(
        "Ministry of Foreign Affairs\n\nThursday, 12 November 2025\n\n"
        "Joint Declaration adopted at the 4th Trilateral Meeting of the Foreign Ministers of Chile, Peru and Ecuador (Lima, 12 November "
        "2025)\n\n"
        "Minister of Foreign Affairs Ana Lopes hosted today, Thursday 12 November, the 4th Trilateral Meeting of the Foreign Ministers of "
        "Chile, Peru and Ecuador at the Ministry of Foreign Affairs in Lima, with the participation of the Minister of Foreign Affairs of "
        "the Republic of Peru, Rui Costa, and the Minister of Foreign Affairs of the Republic of Ecuador, Eva Silva.\n\n"
        "At the conclusion of the meeting, the three Ministers adopted a Joint Declaration, in which they reaffirmed their commitment to "
        "international law, including the UN Convention on the Law of the Sea (UNCLOS), and agreed to deepen cooperation in fisheries.\n");
    REQUIRE_FALSE(agreements_named(x, "Law of the Sea").empty());
    CHECK_FALSE(any_fact_of(x, "Law of the Sea", "pgo:signedAt"));
    CHECK_FALSE(any_fact_of(x, "Law of the Sea", "pgo:party"));
    // Control: the declaration itself is adopted at the meeting.
    CHECK(any_fact_of(x, "Joint Declaration", "pgo:signedAt"));
}

TEST_CASE("'Name, Director of the Institute's Centre': the office is in the body's own body", "[extract][relations]") {
    const auto x = extract_release(kHead +
                                   "The talks were prepared by Ambassador Eva Silva, Director of the Lisbon Heritage Institute's Centre for "
                                   "Oral History, and others.\n");
    CHECK(holds(x, "Eva Silva", EntityType::Organization, "Centre for Oral History"));
    // Control: not the body that owns it.
    CHECK_FALSE(holds(x, "Eva Silva", EntityType::Organization, "Lisbon Heritage Institute"));
}

TEST_CASE("the co-chairs of a session, holding offices of two states, met each other", "[extract][relations]") {
    const auto x = extract_release(
        "Chile and Peru hold Joint Commission\n\nLima, 12 November 2025\n\n"
        "The Ministerial Session of the Joint Commission, which took place in Lima on Wednesday, 12 November 2025, was co-chaired by "
        "the Minister of Foreign Affairs of Chile, Ana Lopes, and the Minister of Foreign Affairs of Peru, Rui Costa.\n");
    const bool met = has_fact(x, EntityType::Person, "Ana Lopes", "pgo:metWith", EntityType::Person, "Rui Costa") ||
                     has_fact(x, EntityType::Person, "Rui Costa", "pgo:metWith", EntityType::Person, "Ana Lopes");
    CHECK(met);
}

TEST_CASE("two officials of one state co-chairing a session did not meet as counterparts", "[extract][relations]") {
    const auto x = extract_release(
        "Chile hosts trade council\n\nSantiago, 12 November 2025\n\n"
        "The Ministerial Session of the Trade Council, which took place in Santiago on Wednesday, 12 November 2025, was co-chaired by "
        "the Minister of Foreign Affairs of Chile, Ana Lopes, and the Minister of Trade of Chile, Eva Silva.\n");
    const bool met = has_fact(x, EntityType::Person, "Ana Lopes", "pgo:metWith", EntityType::Person, "Eva Silva") ||
                     has_fact(x, EntityType::Person, "Eva Silva", "pgo:metWith", EntityType::Person, "Ana Lopes");
    CHECK_FALSE(met);
}

TEST_CASE("a document whose name says between whom it is: the persons who sign it are no parties", "[extract][relations]") {
    const auto x = extract_release(
        "Chile and Peru sign programme\n\nLima, 12 November 2025\n\n"
        "Foreign Minister of Chile Ana Lopes and Foreign Minister of Peru Rui Costa signed a Programme of Cooperation between the "
        "Ministries of Foreign Affairs of Chile and Peru for 2026-2027.\n\n"
        "Foreign Minister of Chile Ana Lopes and Foreign Minister of Peru Rui Costa also signed a Memorandum of Understanding on "
        "Consular Cooperation.\n");
    REQUIRE_FALSE(agreements_named(x, "Programme of Cooperation between").empty());
    const auto lopes = find_entity(x, EntityType::Person, "Ana Lopes");
    REQUIRE(lopes);
    bool person_party = false;
    for (const std::size_t a : agreements_named(x, "Programme of Cooperation between")) person_party |= fact(x, a, "pgo:party", *lopes) != nullptr;
    CHECK_FALSE(person_party);
    // Control: a memorandum named by its subject alone is its signers' (as the genre's gold has it).
    bool signer_party = false;
    for (const std::size_t a : agreements_named(x, "Consular Cooperation")) signer_party |= fact(x, a, "pgo:party", *lopes) != nullptr;
    CHECK(signer_party);
}

namespace {

const std::string kLeaders =
    "Chile and Peru hold talks\n\nLima, 12 November 2025\n\n"
    "President of Chile Ana Lopes and President of Peru Rui Costa held talks in Lima.\n\n";

bool member(const DocumentExtraction& x, const std::string& state, const std::string& body) {
    return has_fact(x, EntityType::Country, state, "pgo:memberOf", EntityType::Organization, body);
}

}  // namespace

TEST_CASE("'the two sides discussed cooperation in regional and multilateral fora including X and Y'", "[extract][relations]") {
    const auto x = extract_release(kLeaders + "The two sides also discussed cooperation in regional and multilateral fora including the "
                                              "Pacific Alliance and APEC.\n");
    CHECK(member(x, "Chile", "Pacific Alliance"));
    CHECK(member(x, "Peru", "Asia-Pacific Economic Cooperation"));
}

TEST_CASE("cooperation with bodies is no membership of them", "[extract][relations]") {
    const auto x = extract_release(kLeaders + "The two sides also discussed cooperation with international organizations including the World "
                                              "Bank.\n");
    CHECK_FALSE(member(x, "Chile", "World Bank"));
}

TEST_CASE("'Chile's Pacific Alliance Chairmanship': the state chairing a body is its member", "[extract][relations]") {
    const auto x = extract_release(kLeaders + "\"Peru fully supports Chile's Pacific Alliance Chairmanship this year,\" Rui Costa said.\n");
    CHECK(member(x, "Chile", "Pacific Alliance"));
}

TEST_CASE("a body's office for a portfolio, the name after a comma: 'the OAS Special Envoy for X, Name'", "[extract][relations]") {
    const auto x = extract_release(kHead + "The OAS Special Envoy for Fisheries Policy, Eva Silva, was present.\n");
    CHECK(holds(x, "Eva Silva", EntityType::Organization, "Organization of American States"));
}
