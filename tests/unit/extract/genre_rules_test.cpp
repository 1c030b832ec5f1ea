// Offices and events read by the rules of ontology/rules/relations.rules (office.*) and events.rules, on invented
// text. For offices the holder is the document's own mention of a body, so bodies no lexicon lists hold offices too.
#include <catch2/catch.hpp>
#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

// A body under the headline "Meeting" and a date line.
DocumentExtraction extract(const std::string& body) { return extract_release("Meeting\n2025-03-12\n\n" + body + "\n"); }

// The start dates (ISO) of the document's events of `type`, in their order.
std::vector<std::string> starts_of(const DocumentExtraction& x, const std::string& type) {
    std::vector<std::string> out;
    for (const ExtractedEvent& e : x.events)
        if (e.type == type) out.push_back(e.start ? e.start->iso() : "");
    return out;
}

}  // namespace

TEST_CASE("offices in bodies the lexicon does not know: before, after and around the name", "[extract][relations]") {
    const auto x = extract(
        "Taking part were Director of the Lisbon Heritage Institute Ana Lopes, Porto Research Centre Director Pedro Costa "
        "and Chair Marta Vaz of the Braga Music Foundation.");
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Lopes");
    const std::size_t costa = entity(x, EntityType::Person, "Pedro Costa");
    const std::size_t vaz = entity(x, EntityType::Person, "Marta Vaz");
    const std::size_t institute = entity(x, EntityType::Organization, "Lisbon Heritage Institute");
    const std::size_t centre = entity(x, EntityType::Organization, "Porto Research Centre");
    const std::size_t foundation = entity(x, EntityType::Organization, "Braga Music Foundation");
    const ExtractedFact* f = fact(x, lopes, "pgo:holdsPosition", institute);
    REQUIRE(f);
    CHECK(qualifier(*f, "pgo:title") == "Director");
    CHECK(fact(x, costa, "pgo:holdsPosition", centre));
    CHECK(fact(x, vaz, "pgo:holdsPosition", foundation));
    // In a list, the office after a comma opens the next person's phrase: it is not Ana Lopes's.
    CHECK_FALSE(fact(x, lopes, "pgo:holdsPosition", centre));
}

TEST_CASE("a list of participants gives each their office, a body inside the holder's name holds nothing",
          "[extract][relations]") {
    const auto x = extract(
        "Participants: Ana Lopes, President and CEO, Lisbon Heritage Institute; Pedro Costa, Chairman of the Board "
        "of the Porto Research Centre.");
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Lopes");
    const std::size_t costa = entity(x, EntityType::Person, "Pedro Costa");
    const ExtractedFact* f = fact(x, lopes, "pgo:holdsPosition", entity(x, EntityType::Organization, "Lisbon Heritage Institute"));
    REQUIRE(f);
    CHECK(qualifier(*f, "pgo:title") == "President");
    CHECK(fact(x, costa, "pgo:holdsPosition", entity(x, EntityType::Organization, "Porto Research Centre")));
}

TEST_CASE("a year inside a participant's phrase does not date the meeting", "[extract][events]") {
    const auto x = extract("Yesterday, Foreign Minister Ana Lopes welcomed to the Belem Palace representatives of the 2022 laureates, "
                           "Pedro Costa and Marta Vaz.");
    bool found = false;
    for (const auto& e : x.events)
        if (e.type == "Meeting" && e.start) {
            found = true;
            CHECK(e.start->iso() == "2025-03-11");  // the day before the release, not "2022"
        }
    CHECK(found);
}

TEST_CASE("a counterpart, a delegation's leader and a guest after 'met' are met, the date after the place dates it",
          "[extract][events]") {
    const auto x = extract(
        "This year, Foreign Minister Ana Lopes met with her Chilean counterpart Pedro Costa in Lisbon on January 29. "
        "Prime Minister Marta Vaz met with a delegation led by Paulo Silva, Speaker of the National Congress of Peru.");
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Lopes");
    const std::size_t costa = entity(x, EntityType::Person, "Pedro Costa");
    CHECK(fact(x, lopes, "pgo:metWith", costa));
    bool dated = false;
    for (const auto& e : x.events) dated |= e.type == "Meeting" && e.start && e.start->iso() == "2025-01-29";
    CHECK(dated);
    CHECK(fact(x, entity(x, EntityType::Person, "Marta Vaz"), "pgo:metWith", entity(x, EntityType::Person, "Paulo Silva")));
}

TEST_CASE("memberships in apposition and in 'of which', signers are parties", "[extract][relations]") {
    const auto x = extract(
        "Chile, a founding member of the World Trade Organization, backs the reform. "
        "The sides discussed the Shanghai Cooperation Organisation, of which Peru and Ecuador are members. "
        "Chile and Portugal signed a Memorandum of Understanding on Cooperation in Education.");
    const std::size_t wto = entity(x, EntityType::Organization, "World Trade Organization");
    CHECK(fact(x, entity(x, EntityType::Country, "Chile"), "pgo:memberOf", wto));
    const std::size_t sco = entity(x, EntityType::Organization, "Shanghai Cooperation Organisation");
    CHECK(fact(x, entity(x, EntityType::Country, "Peru"), "pgo:memberOf", sco));
    CHECK(fact(x, entity(x, EntityType::Country, "Ecuador"), "pgo:memberOf", sco));
    CHECK_FALSE(fact(x, entity(x, EntityType::Country, "Chile"), "pgo:memberOf", sco));
    const std::size_t mou = entity(x, EntityType::Agreement, "Memorandum of Understanding on Cooperation in Education");
    CHECK(fact(x, mou, "pgo:party", entity(x, EntityType::Country, "Portugal")));
}

TEST_CASE("a spokesperson's statement heading the release is no agreement, a joint statement is", "[extract][entities]") {
    auto agreements = [&](const std::string& headline) {
        const auto x = extract_release(headline + "\n2025-03-12\n\nThe President met the Prime Minister.\n");
        return std::count_if(x.entities.begin(), x.entities.end(), [](const auto& e) { return e.type == EntityType::Agreement; });
    };
    CHECK(agreements("Statement by Press Secretary Ana Lopes on the President's Meeting with Prime Minister Pedro Costa") == 0);
    CHECK(agreements("Statement by NSC Spokesperson Ana Lopes on the Adviser's Meeting with Chilean Officials") == 0);
    CHECK(agreements("Statement by Senior Advisor and Chief Spokesperson Ana Lopes on the Visit of President Pedro Costa") == 0);
    CHECK(agreements("Joint Statement by President Ana Lopes and Prime Minister Pedro Costa on Energy Security") == 1);
    CHECK(agreements("Statement by the Presidents of Chile and Peru on Energy Security") == 1);
}

TEST_CASE("'the two sides signed' makes the signers' states the parties, an agreement naming its parties keeps them",
          "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister of Chile Pedro Costa held talks with Foreign Minister of Peru Marta Vaz in Lima on March 12. "
        "Following the talks, the two sides signed a Memorandum of Understanding on Cultural Exchange.");
    const std::size_t mou = entity(x, EntityType::Agreement, "Memorandum of Understanding on Cultural Exchange");
    CHECK(fact(x, mou, "pgo:party", entity(x, EntityType::Country, "Chile")));
    CHECK(fact(x, mou, "pgo:party", entity(x, EntityType::Country, "Peru")));
    CHECK_FALSE(fact(x, mou, "pgo:party", entity(x, EntityType::Person, "Pedro Costa")));
}

TEST_CASE("the states a bilateral alliance's name opens with are its members, a joint commission's and a university's are not", "[extract][relations]") {
    // A joint commission or committee of two governments is where they meet, not a body they are
    // members of (no gold of the project writes that membership).
    const auto x = extract(
        "The ministers welcomed the work of the Chile-Peru Joint Commission and of the Chile-Peru Alliance, and visited "
        "the Chilean-Peruvian University.");
    const std::size_t chile = entity(x, EntityType::Country, "Chile");
    const std::size_t peru = entity(x, EntityType::Country, "Peru");
    const std::size_t commission = entity(x, EntityType::Organization, "Chile-Peru Joint Commission");
    const std::size_t alliance = entity(x, EntityType::Organization, "Chile-Peru Alliance");
    CHECK_FALSE(fact(x, chile, "pgo:memberOf", commission));
    CHECK_FALSE(fact(x, peru, "pgo:memberOf", commission));
    CHECK(fact(x, chile, "pgo:memberOf", alliance));
    CHECK(fact(x, peru, "pgo:memberOf", alliance));
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:memberOf" && !f.object_is_event)
            CHECK(x.entities[f.object].canonical_name != "Chilean-Peruvian University");
}

TEST_CASE("a list of offices without names after a person makes no body and no office of that person", "[extract][entities]") {
    const auto x = extract(
        "The meeting was attended by presidential aide Pedro Costa, Foreign Minister, Minister of Industry and Trade, "
        "Economic Development Minister, Finance Minister, as well as the Prosecutor General.");
    const std::size_t costa = entity(x, EntityType::Person, "Pedro Costa");
    for (const auto& e : x.entities) CHECK(e.canonical_name != "Economic Development Minister");
    for (const auto& f : x.facts) CHECK_FALSE((f.subject == costa && f.predicate == "pgo:holdsPosition"));
}

TEST_CASE("a title in the plural gives each listed name the office, the attendees of a working meeting met its host",
          "[extract][relations][events]") {
    const auto x = extract(
        "President Ivan Petrov of Portugal held a working meeting, by video link, on fisheries policy. "
        "The meeting was attended by deputy prime ministers Ana Lopes, Rui Costa and Eva Silva, and presidential aides "
        "Marta Vaz and Paulo Sousa.");
    const std::size_t host = entity(x, EntityType::Person, "Ivan Petrov");
    // The titles name no country (Portugal is named in the host's office, so it is no guess at
    // the release's home): each listed name holds the office in the singular, its country left
    // to the merge, which reads it from the corpus.
    auto office_of = [&](std::size_t p) -> std::string {
        for (const OfficeWithoutHolder& o : x.offices_without_holder)
            if (o.person == p) return o.title;
        return {};
    };
    for (const char* name : {"Ana Lopes", "Rui Costa", "Eva Silva"}) {
        const std::size_t p = entity(x, EntityType::Person, name);
        CHECK(office_of(p) == "Deputy Prime Minister");
        CHECK((fact(x, host, "pgo:metWith", p) || fact(x, p, "pgo:metWith", host)));
    }
    CHECK(office_of(entity(x, EntityType::Person, "Paulo Sousa")) == "Presidential Aide");
    // The singular title before one name is no list: "Deputy Prime Minister" reads no plural.
    CHECK_FALSE(find_entity(x, EntityType::Person, "Lopes, Rui Costa"));
}

TEST_CASE("one side joined by the other: each of the first met each of the second", "[extract][events]") {
    const auto x = extract(
        "Secretary of State Ana Lopes and Secretary of Commerce Rui Costa were joined by European Commission Executive Vice "
        "Presidents Eva Silva and Marta Vaz.");
    const std::size_t commission = entity(x, EntityType::Organization, "European Commission");
    for (const char* a : {"Ana Lopes", "Rui Costa"})
        for (const char* b : {"Eva Silva", "Marta Vaz"}) {
            const std::size_t pa = entity(x, EntityType::Person, a), pb = entity(x, EntityType::Person, b);
            CHECK((fact(x, pa, "pgo:metWith", pb) || fact(x, pb, "pgo:metWith", pa)));
        }
    CHECK_FALSE(fact(x, entity(x, EntityType::Person, "Ana Lopes"), "pgo:metWith", entity(x, EntityType::Person, "Rui Costa")));
    const ExtractedFact* f = fact(x, entity(x, EntityType::Person, "Eva Silva"), "pgo:holdsPosition", commission);
    REQUIRE(f);
    CHECK(qualifier(*f, "pgo:title") == "Executive Vice President");
}

TEST_CASE("a call with several leaders listed is a call with each", "[extract][events]") {
    const auto x = extract(
        "President Ivan Petrov held calls on Monday with EU leaders Prime Minister Ana Lopes of Portugal, Chancellor Rui Costa "
        "of Austria, and President Eva Silva of Finland.");
    const std::size_t host = entity(x, EntityType::Person, "Ivan Petrov");
    for (const char* name : {"Ana Lopes", "Rui Costa", "Eva Silva"}) {
        const std::size_t p = entity(x, EntityType::Person, name);
        CHECK((fact(x, host, "pgo:metWith", p) || fact(x, p, "pgo:metWith", host)));
    }
}

TEST_CASE("a people named again and again is no release's home country", "[extract][relations]") {
    // Afghanistan once, its people three times: the country is the topic, so the bare title
    // "President" is no office of Afghanistan.
    const auto x = extract(
        "President Ivan Petrov will discuss Afghanistan with Prime Minister Ana Lopes of Chile, including help to the Afghans who "
        "worked with our teachers, and to young Afghans. Afghan students will receive grants.");
    const auto afghanistan = find_entity(x, EntityType::Country, "Afghanistan");
    REQUIRE(afghanistan);
    for (const OfficeWithoutHolder* o : offices_without_holder(x, entity(x, EntityType::Person, "Ivan Petrov")))
        CHECK(o->home_country != afghanistan);
}

TEST_CASE("an office only one state has by that name is that state's, where the release names the state", "[extract][relations]") {
    const auto x = extract(
        "The United States and Chile held their annual dialogue. Secretary of Commerce Ana Lopes met Foreign Minister Rui Costa "
        "of Chile. Chile and the United States agreed to meet again; Chile will host the next round.");
    const auto us = find_entity(x, EntityType::Country, "United States");
    REQUIRE(us);
    // Named twice, the United States is no home by count: the title alone places the office.
    const auto offices = offices_without_holder(x, entity(x, EntityType::Person, "Ana Lopes"));
    REQUIRE(!offices.empty());
    REQUIRE(offices.front()->home_country);
    CHECK(*offices.front()->home_country == *us);
}

TEST_CASE("three who will meet each meet each, and one who will be in a country on a visit visits it", "[extract][events]") {
    const auto x = extract(
        "On 26 November, President Ivan Petrov, President Ana Lopes and Prime Minister Eva Silva will meet in Lisbon. "
        "On 28 November, President Ivan Petrov will hold talks with President of Peru Marta Vaz, who will be in Chile on a working visit.");
    const std::size_t petrov = entity(x, EntityType::Person, "Ivan Petrov"), lopes = entity(x, EntityType::Person, "Ana Lopes"),
                      silva = entity(x, EntityType::Person, "Eva Silva");
    for (const auto& [a, b] : {std::pair{petrov, lopes}, std::pair{petrov, silva}, std::pair{lopes, silva}})
        CHECK((fact(x, a, "pgo:metWith", b) || fact(x, b, "pgo:metWith", a)));
    CHECK(fact(x, entity(x, EntityType::Person, "Marta Vaz"), "pgo:visited", entity(x, EntityType::Country, "Chile")));
}

TEST_CASE("the host's seat where the guest met the host's named president is no home of the guest", "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister Ana Lopes was received by President Pedro Costa of France at the Elysee Palace on Monday. The Minister "
        "conveyed greetings from the United States and discussed the trade between the United States and France.");
    const auto france = find_entity(x, EntityType::Country, "France");
    REQUIRE(france);
    CHECK(fact(x, entity(x, EntityType::Person, "Pedro Costa"), "pgo:holdsPosition", *france));
    // Her bare title is completed by the merge from the home the document gives it: not France.
    for (const OfficeWithoutHolder* o : offices_without_holder(x, entity(x, EntityType::Person, "Ana Lopes")))
        CHECK(o->home_country != france);
}

TEST_CASE("'the newly appointed Ambassador of X' names no office of the one who receives him", "[extract][relations]") {
    const auto x = extract("President Ana Lopes received the credentials of the newly appointed Ambassador of Chile, Joao Silva.");
    const auto chile = find_entity(x, EntityType::Country, "Chile");
    REQUIRE(chile);
    CHECK_FALSE(fact(x, entity(x, EntityType::Person, "Ana Lopes"), "pgo:holdsPosition", *chile));
}

TEST_CASE("'to welcome you here in X': the guest of the release's meeting visited X", "[extract][events]") {
    const auto x = extract_release("Talks with President of Chile Ana Lopes\n2025-03-12, Lisbon\n\nPresident Ivan Petrov held talks with President of Chile Ana "
        "Lopes.\n\nIvan Petrov: Madam President, it is a pleasure to welcome you here in Portugal.\n");
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Lopes");
    CHECK(fact(x, lopes, "pgo:visited", entity(x, EntityType::Country, "Portugal")));
    CHECK(fact(x, lopes, "pgo:visited", entity(x, EntityType::Place, "Lisbon")));
}

TEST_CASE("a document named for a state and a region has the state as party, not the region", "[extract][relations]") {
    const auto x = extract("The leaders discussed the U.S.-Caribbean Partnership for Coastal Resilience.");
    const auto us = find_entity(x, EntityType::Country, "United States");
    REQUIRE(us);
    bool party = false;
    for (const ExtractedFact& f : x.facts)
        if (f.predicate == "pgo:party" && f.object == *us && x.entities[f.subject].type == EntityType::Agreement) party = true;
    CHECK(party);
    CHECK_FALSE(find_entity(x, EntityType::Country, "Caribbean"));
}

TEST_CASE("a joint statement heading a release is signed at the meeting the release reports", "[extract][events]") {
    const auto x = extract_release("Joint Statement of Chile and Portugal\n2025-03-12\n\nPresident Ivan Petrov met with President Ana Lopes of Chile in Lisbon today.\n");
    bool signed_at_meeting = false;
    for (const ExtractedFact& f : x.facts)
        if (f.predicate == "pgo:signedAt" && f.object_is_event && x.events[f.object].type == "Meeting" &&
            x.entities[f.subject].type == EntityType::Agreement)
            signed_at_meeting = true;
    CHECK(signed_at_meeting);
}

TEST_CASE("a decision of a body is approved by it, not a document it is party to", "[extract][relations]") {
    const auto x = extract("The ministers welcomed the decision of the United Nations Security Council on the peacekeeping mission.");
    bool approved = false, party = false;
    for (const ExtractedFact& f : x.facts) {
        if (x.entities[f.subject].type != EntityType::Agreement || f.object_is_event) continue;
        if (x.entities[f.object].type != EntityType::Organization) continue;
        approved |= f.predicate == "pgo:approvedBy";
        party |= f.predicate == "pgo:party";
    }
    CHECK(approved);
    CHECK_FALSE(party);
}

TEST_CASE("a release's meeting whose headline names only the guest was its principal's", "[extract][events]") {
    auto read = [&](const std::string& body) {
        return extract_release("Meeting Lusotrans CEO Rui Costa\n2025-03-12, Lisbon\n\n" + body + "\n");
    };
    // The one official of the release's own country the document names hosted the meeting.
    const auto x = read("CEO of Lusotrans Rui Costa reported to the President on the company's results.\n\n"
                        "President of Portugal Ivan Petrov: Mr Costa, the company has had a good year.");
    CHECK(fact(x, entity(x, EntityType::Person, "Ivan Petrov"), "pgo:metWith", entity(x, EntityType::Person, "Rui Costa")));
    // Two officials of that country: no guess at which one was the host.
    const auto y = read("CEO of Lusotrans Rui Costa reported on the company's results.\n\nPresident of Portugal Ivan Petrov: Welcome.\n\n"
                        "Prime Minister of Portugal Marta Vaz: Thank you.");
    CHECK_FALSE(fact(y, entity(y, EntityType::Person, "Ivan Petrov"), "pgo:metWith", entity(y, EntityType::Person, "Rui Costa")));
}

TEST_CASE("'we adopted a joint statement' after talks the header dates: the speakers' states are its parties",
          "[extract][relations]") {
    const auto x = extract_release("Talks with President of Peru\n2025-03-12, Lima\n\nPresident of Chile Pedro Costa held talks with President of Peru "
        "Marta Vaz.\n\nMarta Vaz: After these talks we adopted a joint statement on trade.\n");
    std::set<std::string> parties;
    for (const ExtractedFact& f : x.facts)
        if (f.predicate == "pgo:party" && x.entities[f.subject].type == EntityType::Agreement)
            parties.insert(x.entities[f.object].canonical_name);
    CHECK(parties == std::set<std::string>{"Chile", "Peru"});
}

TEST_CASE("'we cooperate in X' makes the two states of a bilateral release members of X, not those of a trilateral one",
          "[extract][relations]") {
    auto members_of_wto = [&](const std::string& lead) {
        const auto x = extract_release("Talks\n2025-03-12, Lima\n\n" + lead +
                                                              "\n\nMarta Vaz: We cooperate closely at the UN and in the WTO.\n");
        std::set<std::string> members;
        for (const ExtractedFact& f : x.facts)
            if (f.predicate == "pgo:memberOf" && x.entities[f.object].canonical_name == "World Trade Organization")
                members.insert(x.entities[f.subject].canonical_name);
        return members;
    };
    CHECK(members_of_wto("President of Chile Pedro Costa held talks with President of Peru Marta Vaz.") ==
          std::set<std::string>{"Chile", "Peru"});
    CHECK(members_of_wto("President of Chile Pedro Costa held talks with President of Peru Marta Vaz and President of "
                         "Ecuador Rui Lima.")
              .empty());
}

TEST_CASE("a country named as where the guest travelled is no release's home", "[extract][relations]") {
    const auto x = extract_release("Readout of the President's Call\n2024-08-26\n\nPresident Ivan Petrov spoke today with Prime Minister Marta Vaz of "
        "Peru about her trip to Chile and Ecuador. The President praised her visits to Chile and Ecuador and the aid to "
        "Chile.\n");
    const std::size_t petrov = entity(x, EntityType::Person, "Ivan Petrov");
    for (const auto& o : x.offices_without_holder)
        if (o.person == petrov) CHECK_FALSE(o.home_country);
}

TEST_CASE("a plural makes parties only as the signing verb's subject, not anywhere in the sentence", "[extract][relations]") {
    const auto x = extract_release("Talks with President of Peru\n2025-03-12, Lima\n\nPresident of Chile Pedro Costa held talks with President of Peru "
        "Marta Vaz.\n\nMarta Vaz: The ministers of trade signed a Memorandum on Fisheries, and we discussed how they will "
        "implement it.\n");
    const auto state_parties = std::count_if(x.facts.begin(), x.facts.end(), [&](const ExtractedFact& f) {
        return f.predicate == "pgo:party" && x.entities[f.object].type == EntityType::Country;
    });
    CHECK(state_parties == 0);
}

TEST_CASE("a visit received in a seat of government took place in the city the date line puts the seat in", "[extract][events]") {
    const auto x = extract_release("Meeting with President of Chile\n2021-10-29, The Kremlin, Moscow\n\nThe President received in the Kremlin President of "
        "Chile Marta Vaz, who is on a working visit to Russia.\n");
    const std::size_t moscow = entity(x, EntityType::Place, "Moscow");
    bool visit_in_moscow = false;
    for (const ExtractedEvent& e : x.events) visit_in_moscow |= e.type == "Visit" && e.place == moscow;
    CHECK(visit_in_moscow);
    CHECK(fact(x, entity(x, EntityType::Person, "Marta Vaz"), "pgo:visited", moscow));
}

TEST_CASE("a title that takes the words a state's name opens with still gives the office in that state", "[extract][relations]") {
    const auto x = extract("The President met President of the Republic of Chile Marta Vaz in Lisbon.");
    const ExtractedFact* f = fact(x, entity(x, EntityType::Person, "Marta Vaz"), "pgo:holdsPosition", entity(x, EntityType::Country, "Chile"));
    REQUIRE(f);
    CHECK(qualifier(*f, "pgo:title") == "President");  // the office, without the words of the state's name
}

TEST_CASE("cooperation 'within' a body in a release about two states makes both members", "[extract][relations]") {
    const auto x = extract_release("Talks\n2025-03-12, Lima\n\nPresident of Chile Pedro Costa held talks with President of Peru Marta Vaz. The presidents "
        "stressed their interaction within the WTO framework.\n");
    std::set<std::string> members;
    for (const ExtractedFact& f : x.facts)
        if (f.predicate == "pgo:memberOf" && x.entities[f.object].canonical_name == "World Trade Organization")
            members.insert(x.entities[f.subject].canonical_name);
    CHECK(members == std::set<std::string>{"Chile", "Peru"});
}

TEST_CASE("a place the lexicon puts in one country is located in no other", "[extract][relations]") {
    const auto x = extract("The tour goes to 12 states, including Arizona, Ohio, Colorado, Georgia and Texas.");
    for (const ExtractedFact& f : x.facts)
        if (f.predicate == "pgo:locatedIn") CHECK(x.entities[f.object].canonical_name != "Georgia");
    const auto y = extract("The plant will be built in Braga and Porto, Portugal.");
    for (const char* city : {"Braga", "Porto"})  // every place of the list, not only the last
        CHECK(fact(y, entity(y, EntityType::Place, city), "pgo:locatedIn", entity(y, EntityType::Country, "Portugal")));
}

TEST_CASE("a release's meeting whose headline names only the guest: the lead's first other person hosted it", "[extract][events]") {
    const auto x = extract_release("Meeting with Minister of Agriculture Rui Costa\n2025-03-12, Lisbon\n\nIvan Petrov met with the Minister of Agriculture. "
        "Rui Costa reported to the President on the harvest.\n");
    CHECK(fact(x, entity(x, EntityType::Person, "Ivan Petrov"), "pgo:metWith", entity(x, EntityType::Person, "Rui Costa")));
}

TEST_CASE("participants listed after 'included:' join the release's meeting, with the offices the list gives", "[extract][events]") {
    const auto x = extract_release("Readout of the Ocean Policy Council Meeting\n2025-03-12\n\nToday, Chief of Staff Ivan Petrov hosted an Ocean Policy "
        "Council meeting.\n\nParticipants of the Ocean Policy Council meeting included:\n\n-   Secretary Ana Lopes, Department of "
        "Fisheries -   Director Rui Costa, Office of Ocean Policy -   Marta Vaz, Senior Advisor to the President\n");
    const std::size_t host = entity(x, EntityType::Person, "Ivan Petrov");
    for (const char* name : {"Ana Lopes", "Rui Costa", "Marta Vaz"}) {
        INFO(name);
        const std::size_t p = entity(x, EntityType::Person, name);
        CHECK((fact(x, host, "pgo:metWith", p) || fact(x, p, "pgo:metWith", host)));
    }
    CHECK(fact(x, entity(x, EntityType::Person, "Ana Lopes"), "pgo:holdsPosition", entity(x, EntityType::Organization, "Department of Fisheries")));
}

TEST_CASE("a headline announcing talks is the lead's meeting, and the guest from another state visits its city", "[extract][events]") {
    // The headline names the guest by office alone, so the two mentions share one person.
    const auto x = extract_release("On May 23, Ivan Petrov will hold talks with President of Chile\n2025-05-20\n\n"
        "On May 23, Ivan Petrov will hold talks in Lisbon with President of the Republic of Chile Ana Lopes.\n");
    CHECK(starts_of(x, "Meeting").size() == 1);
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Lopes");
    CHECK(fact(x, lopes, "pgo:visited", entity(x, EntityType::Place, "Lisbon")));
    // The host holds no office of another state: he is at home, or nowhere said.
    CHECK_FALSE(fact(x, entity(x, EntityType::Person, "Ivan Petrov"), "pgo:visited", entity(x, EntityType::Place, "Lisbon")));
}

TEST_CASE("a release that never names its state gives its bare titles the state of its date line or seat of government", "[extract][relations]") {
    const auto x = extract_release("Meeting with members of the Security Council\n2025-03-12, Lisbon\n\nThe President held a meeting. "
        "Taking part in the closed meeting were Prime Minister Rui Costa and Defence Minister Ana Lopes.\n");
    const auto portugal = find_entity(x, EntityType::Country, "Portugal");
    REQUIRE(portugal);
    for (const char* name : {"Rui Costa", "Ana Lopes"}) {
        INFO(name);
        const auto offices = offices_without_holder(x, entity(x, EntityType::Person, name));
        REQUIRE(offices.size() == 1);
        CHECK(offices.front()->home_country == portugal);
    }
    // The scene's seat of government tells the state where no date line does.
    const auto w = extract_release("Readout\n2025-03-12\n\nNational Security Advisor Ivan Petrov hosted President Rui Costa "
        "of Chile at the White House. They discussed the threat Peru poses to Peru's neighbours and Peru's plans.\n");
    const auto us = find_entity(w, EntityType::Country, "United States");
    REQUIRE(us);
    const auto petrov = offices_without_holder(w, entity(w, EntityType::Person, "Ivan Petrov"));
    REQUIRE(petrov.size() == 1);
    CHECK(petrov.front()->home_country == us);
    // Without an office to complete, no state is added that the text does not name.
    const auto y = extract_release("Meeting\n2025-03-12, Lisbon\n\nThe President held a meeting on the harvest.\n");
    CHECK_FALSE(find_entity(y, EntityType::Country, "Portugal"));
}

TEST_CASE("an undated headline's trip is the body's, on the body's day", "[extract][events]") {
    const auto x = extract_release("Minister Lopes travels to Chile\n2025-03-10\n\nForeign Minister Ana Lopes will travel to "
        "Santiago de Chile on Wednesday (12 March).\n");
    CHECK(starts_of(x, "Visit") == std::vector<std::string>{"2025-03-12"});
}

TEST_CASE("'held a summit meeting with X' is one event, of the trigger's kind", "[extract][events]") {
    const auto x = extract_release("Norland-Chile Summit Meeting\n2025-03-12\n\nOn March 11, Mr. Ivan Petrov, Prime Minister of "
        "Portugal, held a summit meeting with H.E. Mr. Rui Costa, President of the Republic of Chile.\n");
    std::vector<std::string> kinds;
    for (const ExtractedEvent& e : x.events) kinds.push_back(e.type);
    CHECK(kinds == std::vector<std::string>{"Summit"});
    CHECK(fact(x, entity(x, EntityType::Person, "Ivan Petrov"), "pgo:metWith", entity(x, EntityType::Person, "Rui Costa")));
}

TEST_CASE("who receives a guest on a stated visit to the place's country is its host, not a visitor", "[extract][events]") {
    const auto x = extract_release("Talks with President of Chile\n2025-03-12\n\nOn March 12, President Ivan Petrov held talks with "
        "Chilean President Ana Lopes, who is on a state visit to Portugal, at the Ajuda Palace in Lisbon.\n");
    CHECK(fact(x, entity(x, EntityType::Person, "Ana Lopes"), "pgo:visited", entity(x, EntityType::Country, "Portugal")));
    const std::size_t petrov = entity(x, EntityType::Person, "Ivan Petrov");
    for (const ExtractedFact& f : x.facts) CHECK_FALSE((f.subject == petrov && f.predicate == "pgo:visited"));
    // With no visit stated, a meeting abroad leaves the one whose state is not given a visitor.
    const auto y = extract_release("Readout\n2025-03-12\n\nOn March 12, Adviser Ivan Petrov met with President Ana Lopes of Chile in Lisbon, Portugal.\n");
    CHECK(fact(y, entity(y, EntityType::Person, "Ivan Petrov"), "pgo:visited", entity(y, EntityType::Place, "Lisbon")));
}

TEST_CASE("a known body opening a longer body's name owns it, and stays a body of its own", "[extract][relations]") {
    const auto x = extract("They discussed the African Union, the role of the African Union Commission and the UN General Assembly.");
    const std::size_t au = entity(x, EntityType::Organization, "African Union");
    const std::size_t commission = entity(x, EntityType::Organization, "African Union Commission");
    CHECK(au != commission);
    CHECK(fact(x, commission, "pgo:partOf", au));
    const auto un = find_entity(x, EntityType::Organization, "United Nations");
    REQUIRE(un);
    CHECK(fact(x, entity(x, EntityType::Organization, "United Nations General Assembly"), "pgo:partOf", *un));
}

TEST_CASE("a vaguer date in the lead that holds the release's day is that day", "[extract][events]") {
    const auto x = extract_release("Meeting with Cabinet members\n2025-01-14, Lisbon\n\nThe President held the first meeting with "
        "Cabinet members in 2025, via videoconference.\n\nTaking part in the meeting were Prime Minister Ana Lopes and "
        "Finance Minister Rui Costa.\n");
    CHECK(starts_of(x, "Meeting") == std::vector<std::string>{"2025-01-14"});
}

TEST_CASE("a call the host convened, and who joined it listed after", "[extract][events]") {
    const auto x = extract_release("Readout of the President's Call with Allies\n2025-01-14\n\nPresident Ivan Petrov hosted a "
        "conference call today with allied leaders and close partners.\n\nJoining President Petrov on the call were Prime Minister Ana Lopes of "
        "Chile and President Rui Costa of Peru.\n");
    const std::size_t host = entity(x, EntityType::Person, "Ivan Petrov");
    for (const char* name : {"Ana Lopes", "Rui Costa"}) {
        INFO(name);
        const std::size_t p = entity(x, EntityType::Person, name);
        CHECK((fact(x, host, "pgo:metWith", p) || fact(x, p, "pgo:metWith", host)));
    }
}

TEST_CASE("the offices listed among a state's administration are that state's, and each listed was met", "[extract][relations]") {
    const auto x = extract_release("Readout\n2025-03-12\n\nAdviser Ivan Petrov visited Lisbon and met with senior members of President "
        "Rui Costa of Portugal's administration, including Chief of Cabinet Ana Lopes, Economy Minister Eva Silva, and Central "
        "Bank President Marta Vaz.\n");
    const std::size_t portugal = entity(x, EntityType::Country, "Portugal");
    const std::size_t petrov = entity(x, EntityType::Person, "Ivan Petrov");
    for (const char* name : {"Ana Lopes", "Eva Silva"}) {
        INFO(name);
        const std::size_t p = entity(x, EntityType::Person, name);
        CHECK(fact(x, p, "pgo:holdsPosition", portugal));
        CHECK((fact(x, petrov, "pgo:metWith", p) || fact(x, p, "pgo:metWith", petrov)));
        for (const OfficeWithoutHolder* o : offices_without_holder(x, p)) CHECK(o->home_country == portugal);
    }
    for (const ExtractedFact& f : x.facts)  // a body in the list holds no office
        if (f.predicate == "pgo:holdsPosition") CHECK(x.entities[f.subject].type == EntityType::Person);
}

TEST_CASE("a guest received in a building the text puts in a city visited the city too", "[extract][events]") {
    const auto x = extract_release("Readout\n2025-03-12\n\nFederal Chancellor Ivan Petrov today received the President of the Republic of "
        "Chile, Ana Lopes, at the Federal Chancellery in Berlin for talks.\n");
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Lopes");
    CHECK(fact(x, lopes, "pgo:visited", entity(x, EntityType::Place, "Berlin")));
    CHECK(fact(x, entity(x, EntityType::Person, "Ivan Petrov"), "pgo:metWith", lopes));
}

TEST_CASE("a joint statement by two office holders has them and their states as parties, not a meeting's persons", "[extract][relations]") {
    const auto x = extract_release("Joint Statement by President Ana Lopes of Chile and President Rui Costa of Peru\n2025-03-12\n\n"
        "Today, President Ana Lopes of Chile and President Rui Costa of Peru met in Lima.\n");
    std::set<std::string> parties;
    for (const ExtractedFact& f : x.facts)
        if (f.predicate == "pgo:party") parties.insert(x.entities[f.object].canonical_name);
    CHECK(parties == std::set<std::string>{"Ana Lopes", "Chile", "Peru", "Rui Costa"});
    const auto y = extract_release("Joint Statement from Chile and Peru following the Meeting between President Ana Lopes and "
        "President Rui Costa\n2025-03-12\n\nToday, President Ana Lopes of Chile and President Rui Costa of Peru met in Lima.\n");
    for (const ExtractedFact& f : y.facts)
        if (f.predicate == "pgo:party") CHECK(y.entities[f.object].type != EntityType::Person);
}

TEST_CASE("a meeting the sentence of a visit places nowhere took place in the visit's city", "[extract][events]") {
    for (const char* body : {"On March 12, President Ana Lopes arrived in Lima and held talks with President of Peru Rui Costa.",
                             "On March 12, Foreign Minister Ana Lopes visited Lima, where she met with President of Peru Rui Costa."}) {
        INFO(body);
        const auto x = extract_release(std::string("Readout\n2025-03-12\n\n") + body + "\n");
        const std::size_t lima = entity(x, EntityType::Place, "Lima");
        bool placed = false;
        for (const ExtractedEvent& e : x.events) placed |= e.type == "Meeting" && e.place == lima;
        CHECK(placed);
    }
}

TEST_CASE("'yesterday evening' dates a call the day before the release, 'next week' a trip by its month", "[extract][events]") {
    const auto x = extract(
        "Vice President Ivan Petrov spoke yesterday evening with Prime Minister of Chile Ana Lopes.\n"
        "The leaders agreed that a senior team will hold talks in Lisbon next week.");
    CHECK(starts_of(x, "PhoneCall") == std::vector<std::string>{"2025-03-11"});
    CHECK(starts_of(x, "Meeting") == std::vector<std::string>{"2025-03"});
}

TEST_CASE("a meeting on the release's day that the text places nowhere was held where the date line puts the release",
          "[extract][events]") {
    const auto x = extract_release(
        "Chilean minister meets Portuguese counterpart\n\n2025-03-12 10:00:00\n\n"
        "LISBON, March 12 (Agency) -- Foreign Minister Ana Lopes met with Chilean Foreign Minister Rui Costa in Lisbon on "
        "Wednesday.\n\n"
        "Costa said Chile is ready to expand trade.\n\n"
        "Also on Wednesday, Costa held talks with Portuguese Finance Minister Eva Silva.\n\n"
        "Costa spoke by telephone on Wednesday with Foreign Minister of Peru Marta Vaz.\n");
    const std::size_t lisbon = entity(x, EntityType::Place, "Lisbon");
    const std::size_t silva = entity(x, EntityType::Person, "Eva Silva");
    bool placed = false;
    for (const ExtractedEvent& e : x.events) {
        if (e.type == "Meeting" && std::find(e.participants.begin(), e.participants.end(), silva) != e.participants.end())
            placed = e.place == lisbon;
        if (e.type == "PhoneCall") CHECK_FALSE(e.place.has_value());  // a call is held nowhere
    }
    CHECK(placed);
}
