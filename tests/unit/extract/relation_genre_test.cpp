// Memberships, places, parts of bodies and agreement parties as the genre writes them
// (relations.rules, agreement_parties.cpp), on invented text: invented persons, real
// countries, cities and bodies. None of these sentences is taken from an evaluation document.
#include <catch2/catch.hpp>
#include <string>

#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

DocumentExtraction extract(const std::string& body) { return extract_release("Meeting\n2025-11-12\n\n" + body + "\n"); }

constexpr auto C = EntityType::Country;
constexpr auto O = EntityType::Organization;
constexpr auto L = EntityType::Place;

// A release about two states: their leaders' offices name them.
const std::string kTwoStates = "President of Chile Ana Lopes and President of Peru Rui Costa held talks in Lima. ";

}  // namespace

TEST_CASE("'both countries are members of X' in a release about two states makes both members", "[extract][relations]") {
    const auto x = extract(kTwoStates + "Both countries are members of the World Trade Organization and work closely together.");
    CHECK(has_fact(x, C, "Chile", "pgo:memberOf", O, "World Trade Organization"));
    CHECK(has_fact(x, C, "Peru", "pgo:memberOf", O, "World Trade Organization"));
}

TEST_CASE("'their commitment as NATO Allies' makes the two states of the release members", "[extract][relations]") {
    const auto x = extract(kTwoStates + "They reaffirmed their commitment as NATO Allies to collective defence.");
    CHECK(has_fact(x, C, "Chile", "pgo:memberOf", O, "North Atlantic Treaty Organization"));
    CHECK(has_fact(x, C, "Peru", "pgo:memberOf", O, "North Atlantic Treaty Organization"));
}

TEST_CASE("'a state and its NATO Allies' makes the state a member", "[extract][relations]") {
    const auto x = extract("Portugal and its NATO Allies agreed on new measures to protect undersea cables.");
    CHECK(has_fact(x, C, "Portugal", "pgo:memberOf", O, "North Atlantic Treaty Organization"));
}

TEST_CASE("states in brackets after a grouping are its members", "[extract][relations]") {
    const auto x = extract("The ministers discussed the work of the Pacific Alliance grouping (Chile, Colombia, Mexico and Peru) on trade.");
    for (const char* state : {"Chile", "Colombia", "Mexico", "Peru"}) CHECK(has_fact(x, C, state, "pgo:memberOf", O, "Pacific Alliance"));
}

TEST_CASE("a state's status as a member, its turn in the chair, an observer state", "[extract][relations]") {
    const auto x = extract(
        "The ministers welcomed Portugal's status as a non-permanent member of the UN Security Council. "
        "Peru, as chair of the Pacific Alliance, hosted the meeting. "
        "Spain, an observer state of the Pacific Alliance, sent its foreign minister.");
    CHECK(has_fact(x, C, "Portugal", "pgo:memberOf", O, "United Nations Security Council"));
    CHECK(has_fact(x, C, "Peru", "pgo:memberOf", O, "Pacific Alliance"));
    CHECK(has_fact(x, C, "Spain", "pgo:memberOf", O, "Pacific Alliance"));
}

TEST_CASE("a place in a part of a country named by its direction, a region of a country", "[extract][relations]") {
    const auto x = extract("They laid flowers at the Memorial of Peace in northern Chile. Aid reached the Antofagasta region of Chile on Monday. Aid reached the Amhara region of Ethiopia.");
    CHECK(has_fact(x, L, "Memorial of Peace", "pgo:locatedIn", C, "Chile"));
    CHECK(has_fact(x, L, "Antofagasta region", "pgo:locatedIn", C, "Chile"));
    CHECK(has_fact(x, L, "Amhara", "pgo:locatedIn", C, "Ethiopia"));
}

TEST_CASE("a body under another's aegis, a body's own office named with a possessive", "[extract][relations]") {
    const auto x = extract(
        "The Lisbon Heritage Institute, which operates under the aegis of UNESCO, opened the exhibition. "
        "UNESCO's World Heritage Committee met in Lima.");
    CHECK(has_fact(x, O, "Lisbon Heritage Institute", "pgo:partOf", O, "United Nations Educational, Scientific and Cultural Organization"));
    CHECK(has_fact(x, O, "World Heritage Committee", "pgo:partOf", O, "United Nations Educational, Scientific and Cultural Organization"));
}

TEST_CASE("a membership is in the body a capture names, not in a body inside its name", "[extract][relations]") {
    const auto x = extract("The ministers welcomed Portugal's status as a non-permanent member of the UN Security Council.");
    CHECK(has_fact(x, C, "Portugal", "pgo:memberOf", O, "United Nations Security Council"));
    CHECK_FALSE(has_fact(x, C, "Portugal", "pgo:memberOf", O, "United Nations"));
}

TEST_CASE("both states of a compound split at a full stop are parties: 'the U.S.-Peru ... Agreement'", "[extract][relations]") {
    const auto x = extract("The Secretary welcomed the signing of the U.S.-Peru Fisheries Framework Agreement in Lima.");
    CHECK(has_fact(x, EntityType::Agreement, "U.S.-Peru Fisheries Framework Agreement", "pgo:party", C, "Peru"));
    CHECK(has_fact(x, EntityType::Agreement, "U.S.-Peru Fisheries Framework Agreement", "pgo:party", C, "United States"));
}

TEST_CASE("a body whose name opens with another body's name and goes on with 'of' is no part of it", "[extract][relations]") {
    const auto x = extract("The delegation visited the Moscow State University of Fine Arts.");
    CHECK_FALSE(has_fact(x, O, "Moscow State University of Fine Arts", "pgo:partOf", O, "Lomonosov Moscow State University"));
    const auto y = extract("The OAS Council of Foreign Ministers met in Lima.");
    CHECK(has_fact(y, O, "OAS Council of Foreign Ministers", "pgo:partOf", O, "Organization of American States"));
}

TEST_CASE("'the two ministers signed' in a release about two states makes both states parties", "[extract][relations]") {
    const auto x = extract_release(
        "Chile and Peru expand fisheries cooperation\n\nLIMA (Wire) - The foreign ministers of Chile and Peru met in Lima on Tuesday.\n\n"
        "Chilean Foreign Minister Ana Lopes and her Peruvian counterpart, Rui Costa, held talks for two hours.\n\n"
        "The two ministers signed a Memorandum of Understanding on Fisheries.\n");
    const auto a = "Memorandum of Understanding on Fisheries";
    CHECK(has_fact(x, EntityType::Agreement, a, "pgo:party", C, "Chile"));
    CHECK(has_fact(x, EntityType::Agreement, a, "pgo:party", C, "Peru"));
}

TEST_CASE("an agreement that names other parties gets no states from 'the parties signed'", "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima. At the end of the visit "
        "the parties signed a Plan of Consultations between the Ministries of Foreign Affairs of Chile and Peru.");
    const auto a = find_entity(x, EntityType::Agreement,
                               "Plan of Consultations between the Ministries of Foreign Affairs of Chile and Peru");
    REQUIRE(a);
    CHECK_FALSE(fact(x, *a, "pgo:party", entity(x, C, "Chile")));
    CHECK_FALSE(fact(x, *a, "pgo:party", entity(x, C, "Peru")));
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:party") CHECK(x.entities[f.subject].type == EntityType::Agreement);
}

TEST_CASE("a country's city named with its describing words: 'Brazil's northern port city of Manaus'", "[extract][relations]") {
    const auto x = extract("The plant will be built in Brazil's northern port city of Manaus. The forum opened in Chile's Atacama area city of Antofagasta.");
    CHECK(has_fact(x, L, "Manaus", "pgo:locatedIn", C, "Brazil"));
    CHECK(has_fact(x, L, "Antofagasta", "pgo:locatedIn", C, "Chile"));
}

TEST_CASE("the states of a body's leaders listed by office are its members, the leaders are not", "[extract][relations]") {
    const auto x = extract(
        "The President spoke with fellow G20 leaders President Ana Lopes of Chile, Prime Minister Rui Costa of Portugal and "
        "President Eva Silva of Peru.");
    for (const char* state : {"Chile", "Portugal", "Peru"}) CHECK(has_fact(x, C, state, "pgo:memberOf", O, "Group of Twenty"));
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:memberOf") CHECK(x.entities[f.subject].type != EntityType::Person);
}

TEST_CASE("'the Memorandum between the two governments' in a release about two states makes both parties", "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister Ana Lopes held talks with Peruvian Foreign Minister Rui Costa in Santiago. Ana Lopes said that Chile "
        "and Peru are close partners and that Chile values its ties with Peru. After the talks, the two foreign ministers "
        "witnessed the signing of the Memorandum of Understanding on Fisheries between the two governments.");
    const auto a = "Memorandum of Understanding on Fisheries";
    CHECK(has_fact(x, EntityType::Agreement, a, "pgo:party", C, "Chile"));
    CHECK(has_fact(x, EntityType::Agreement, a, "pgo:party", C, "Peru"));
}

TEST_CASE("'endorsed unanimously by the Council' names the approver, a passive without a document names none of the sentence before", "[extract][relations]") {
    const auto x = extract(
        "The Declaration on Oceans was endorsed unanimously by the UN Security Council. The Charter of the Sea was published. "
        "It was later adopted by the General Assembly of the Organization of American States.");
    CHECK(has_fact(x, EntityType::Agreement, "Declaration on Oceans", "pgo:approvedBy", O, "United Nations Security Council"));
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:approvedBy") CHECK(x.entities[f.object].canonical_name != "General Assembly of the Organization of American States");
}

TEST_CASE("'Both documents were approved by X' approves the documents of the sentence before", "[extract][relations]") {
    const auto x = extract(
        "The ministers discussed the Declaration on Oceans and the Programme on Fisheries. Both documents were approved by the "
        "Government of Chile on Monday.");
    CHECK(has_fact(x, EntityType::Agreement, "Declaration on Oceans", "pgo:approvedBy", O, "Government of Chile"));
    CHECK(has_fact(x, EntityType::Agreement, "Programme on Fisheries", "pgo:approvedBy", O, "Government of Chile"));
}

TEST_CASE("a world region lies in no place or country: 'the Summit of the Americas in Quito', 'the Middle East, Peru'", "[extract][relations]") {
    const auto x = extract(
        "At the Summit of the Americas in Quito, the leaders discussed the Middle East, Peru and the South China Sea.");
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:locatedIn") {
            CHECK(x.entities[f.subject].canonical_name != "Americas");
            CHECK(x.entities[f.subject].canonical_name != "Middle East");
        }
}

TEST_CASE("'both countries' where the release names three states' offices: the pair named just before", "[extract][relations]") {
    const auto x = extract(
        "Minister of State of Portugal Ana Lopes will visit Chile and Peru next week. She will meet Foreign Minister of Chile "
        "Rui Costa and Foreign Minister of Peru Eva Silva. Portugal and Peru established diplomatic relations in 1853. Trade "
        "between the two countries grew last year. Both countries are members of the World Trade Organization.");
    CHECK(has_fact(x, C, "Portugal", "pgo:memberOf", O, "World Trade Organization"));
    CHECK(has_fact(x, C, "Peru", "pgo:memberOf", O, "World Trade Organization"));
    CHECK_FALSE(has_fact(x, C, "Chile", "pgo:memberOf", O, "World Trade Organization"));
}

TEST_CASE("'the ministers signed X and Y': both documents are the two states'", "[extract][relations]") {
    const auto x = extract(
        "The foreign ministers of Chile and Peru met in Lima. Foreign Minister of Chile Ana Lopes thanked Foreign Minister of "
        "Peru Rui Costa. The ministers signed a Memorandum on Tourism and the Joint Declaration on Energy.");
    for (const char* a : {"Memorandum on Tourism", "Joint Declaration on Energy"})
        for (const char* state : {"Chile", "Peru"}) CHECK(has_fact(x, EntityType::Agreement, a, "pgo:party", C, state));
}

TEST_CASE("'the leaders' stands for no pair of states named before it", "[extract][relations]") {
    const auto x = extract(
        "President of Chile Ana Lopes, President of Peru Rui Costa and President of Mexico Eva Silva met in Lima. They "
        "discussed Poland and Ukraine. The leaders will continue to work together through regional groups like the Pacific "
        "Alliance.");
    CHECK_FALSE(has_fact(x, C, "Poland", "pgo:memberOf", O, "Pacific Alliance"));
    CHECK_FALSE(has_fact(x, C, "Ukraine", "pgo:memberOf", O, "Pacific Alliance"));
}

TEST_CASE("'years since the signing of X' signs X at no event of the release, a signing of today does", "[extract][events]") {
    const auto x = extract(
        "President Ana Lopes met President Rui Costa of Peru in Lima today. Next month both nations celebrate ten years since the "
        "signing of the Treaty on Fisheries. The leaders also signed the Joint Declaration on Energy.");
    const auto treaty = find_entity(x, EntityType::Agreement, "Treaty on Fisheries");
    const auto declaration = find_entity(x, EntityType::Agreement, "Joint Declaration on Energy");
    REQUIRE(declaration);
    bool treaty_signed = false, declaration_signed = false;
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:signedAt") {
            treaty_signed |= treaty && f.subject == *treaty;
            declaration_signed |= f.subject == *declaration;
        }
    CHECK_FALSE(treaty_signed);
    CHECK(declaration_signed);
}

TEST_CASE("'the Brazilian city of Joinville': a demonym before a settlement noun places the settlement", "[extract][relations]") {
    const auto x = extract(
        "A school has been operating in the Brazilian city of Joinville for years. The Chilean port city of Antofagasta "
        "hosted the forum.");
    CHECK(has_fact(x, L, "Joinville", "pgo:locatedIn", C, "Brazil"));
    CHECK(has_fact(x, L, "Antofagasta", "pgo:locatedIn", C, "Chile"));
}

TEST_CASE("'Tucson, Arizona': a city, then a region of its country, but not a list of regions", "[extract][relations]") {
    const auto x = extract("The President will travel to Tucson, Arizona, on Monday. They toured Ohio, New York, North Carolina and Texas.");
    CHECK(has_fact(x, L, "Tucson", "pgo:locatedIn", L, "Arizona"));
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:locatedIn") CHECK(x.entities[f.subject].canonical_name == "Tucson");
}

TEST_CASE("an interstate document named by its kind alone gets no parties, one with a topic gets the two states", "[extract][relations]") {
    const auto x = extract(
        "President of Chile Ana Lopes met President of Peru Rui Costa in Lima. Chile and Peru discussed trade. The university "
        "was established under an intergovernmental agreement. The sides will sign a bilateral interstate agreement on fisheries.");
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:party") CHECK(x.entities[f.subject].canonical_name != "intergovernmental agreement");
    const auto fisheries = find_entity(x, EntityType::Agreement, "agreement on fisheries");
    REQUIRE(fisheries);
    CHECK(fact(x, *fisheries, "pgo:party", entity(x, C, "Chile")));
    CHECK(fact(x, *fisheries, "pgo:party", entity(x, C, "Peru")));
}

TEST_CASE("'the Institute has a Centre for X': a body's own body", "[extract][relations]") {
    const auto x = extract("The Lisbon Heritage Institute has a Centre for Oral History. The SCO comprises Chile, Peru and Portugal.");
    CHECK(has_fact(x, O, "Centre for Oral History", "pgo:partOf", O, "Lisbon Heritage Institute"));
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:partOf") CHECK(x.entities[f.subject].type == EntityType::Organization);
}

TEST_CASE("a path, a bridge, the prospects, goals or negotiations towards membership make no member", "[extract][relations]") {
    for (const char* sentence : {"The ministers discussed Chile's path to membership in the European Union.",
                                 "They welcomed progress in Peru's accession negotiations with the World Trade Organization.",
                                 "The leaders discussed the prospects of Chile's membership in the European Union.",
                                 "The agreement is a key part of Chile's bridge to membership in the European Union.",
                                 "The reforms are in line with Chile's EU accession goals."}) {
        INFO(sentence);
        const auto x = extract(kTwoStates + sentence);
        CHECK_FALSE(has_fact(x, C, "Chile", "pgo:memberOf", O, "European Union"));
        CHECK_FALSE(has_fact(x, C, "Peru", "pgo:memberOf", O, "World Trade Organization"));
    }
    // Membership itself still is.
    const auto x = extract(kTwoStates + "Chile's membership in the World Trade Organization dates from 1995.");
    CHECK(has_fact(x, C, "Chile", "pgo:memberOf", O, "World Trade Organization"));
}

TEST_CASE("a name then a state's office after a comma, with no holder, is an office of the release's state", "[extract][relations]") {
    const auto x = extract_release("Cabinet meeting\n\nNAIROBI, 4 March 2025 -- The President chaired a meeting of the Cabinet. "
                                   "Taking part were Ana Lopes, Senior Advisor; Rui Costa, Deputy Minister of Trade, Industry and "
                                   "Competition; and Eva Silva, Minister of Culture of Chile.\n");
    for (const char* name : {"Ana Lopes", "Rui Costa"}) {
        const auto offices = offices_without_holder(x, entity(x, EntityType::Person, name));
        REQUIRE(offices.size() == 1);
        CHECK(offices.front()->home_country == find_entity(x, C, "Kenya"));
    }
    CHECK(offices_without_holder(x, entity(x, EntityType::Person, "Ana Lopes")).front()->title == "Senior Advisor");
    // An office that names its state is that state's, not the release's.
    CHECK(has_fact(x, EntityType::Person, "Eva Silva", "pgo:holdsPosition", C, "Chile"));
    CHECK(offices_without_holder(x, entity(x, EntityType::Person, "Eva Silva")).empty());
}

TEST_CASE("'the two ministers signed three agreements, including A, B and C' makes the two states parties to each", "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima. "
        "The two ministers signed three agreements, including a Memorandum of Understanding on Fisheries, an Agreement on the "
        "Exemption of Visa Requirements for holders of service passports, and a Roadmap for Cooperation in Tourism.");
    for (const char* state : {"Chile", "Peru"}) {
        CHECK(has_fact(x, EntityType::Agreement, "Memorandum of Understanding on Fisheries", "pgo:party", C, state));
        CHECK(has_fact(x, EntityType::Agreement, "Roadmap for Cooperation in Tourism", "pgo:party", C, state));
    }
    CHECK_FALSE(has_fact(x, EntityType::Agreement, "Roadmap for Cooperation in Tourism", "pgo:party", EntityType::Person, "Ana Lopes"));
}

TEST_CASE("memberships the genre states: allies within a body, the body's Nth member, close coordination at bodies", "[extract][relations]") {
    const auto x = extract(kTwoStates +
                           "Portugal and Spain are Allies within the North Atlantic Treaty Organization (NATO). "
                           "Ecuador became NATO's 33rd member on 5 June 2027. "
                           "The two presidents agreed to continue close coordination at the Pacific Alliance and the Andean Community (CAN).");
    CHECK(has_fact(x, C, "Portugal", "pgo:memberOf", O, "North Atlantic Treaty Organization"));
    CHECK(has_fact(x, C, "Spain", "pgo:memberOf", O, "North Atlantic Treaty Organization"));
    CHECK(has_fact(x, C, "Ecuador", "pgo:memberOf", O, "North Atlantic Treaty Organization"));
    CHECK(has_fact(x, C, "Chile", "pgo:memberOf", O, "Andean Community"));
    CHECK(has_fact(x, C, "Peru", "pgo:memberOf", O, "Pacific Alliance"));
    CHECK_FALSE(has_fact(x, C, "Ecuador", "pgo:memberOf", O, "Pacific Alliance"));
}

TEST_CASE("the office of a region or a city written before the name is held in that place", "[extract][relations]") {
    const auto x = extract("The President held a working meeting with Governor of Kamchatka Territory Ana Lopes. "
                           "Mayor of Lisbon Rui Costa also took part.");
    CHECK(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:holdsPosition", L, "Kamchatka Territory"));
    CHECK(has_fact(x, EntityType::Person, "Rui Costa", "pgo:holdsPosition", L, "Lisbon"));
}

TEST_CASE("the first of two offices joined by a dash before a name is that person's too", "[extract][relations]") {
    const auto x = extract_release("Meeting with Government members\n\nThe Kremlin, Moscow, 12 November 2025 -- Taking part were "
                                   "Deputy Prime Minister - Presidential Envoy to the Volga Federal District Ana Lopes, "
                                   "First Deputy Speaker of the Federation Council - Secretary of the Council for Culture Rui Costa, "
                                   "and Director of the Federal Customs Service - Eva Silva, Minister of Culture.\n");
    const auto offices = offices_without_holder(x, entity(x, EntityType::Person, "Ana Lopes"));
    REQUIRE_FALSE(offices.empty());
    CHECK(offices.front()->title == "Deputy Prime Minister");
    CHECK(has_fact(x, EntityType::Person, "Rui Costa", "pgo:holdsPosition", O, "Federation Council"));
    // A dash that opens the next entry of a list joins no offices.
    CHECK_FALSE(has_fact(x, EntityType::Person, "Eva Silva", "pgo:holdsPosition", O, "Federal Customs Service"));
}

TEST_CASE("documents listed one a line after a sentence that signs and ends on a colon are the two states'", "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister of Chile Ana Lopes held talks with Foreign Minister of Peru Rui Costa in Lima.\n\n"
        "At the close of the session, the two Ministers witnessed the signing of two instruments of cooperation, namely:\n"
        "- Memorandum of Understanding on Cooperation in Fisheries;\n"
        "- Agreement on Cultural Cooperation.\n\n"
        "The Ministers also discussed the Treaty on Good Neighbourliness.");
    for (const char* state : {"Chile", "Peru"}) {
        CHECK(has_fact(x, EntityType::Agreement, "Memorandum of Understanding on Cooperation in Fisheries", "pgo:party", C, state));
        CHECK(has_fact(x, EntityType::Agreement, "Agreement on Cultural Cooperation", "pgo:party", C, state));
        // A document named after the list is no signed one.
        CHECK_FALSE(has_fact(x, EntityType::Agreement, "Treaty on Good Neighbourliness", "pgo:party", C, state));
    }
}

TEST_CASE("a counterpart named by a people's adjective holds an office of that state, not of the release's", "[extract][relations]") {
    const auto x = extract_release("Talks\n\nNAIROBI, 4 March 2025 -- The Principal Secretary met her Peruvian counterpart, "
                                   "State Minister Amb. Ana Lopes, in Nairobi.\n");
    CHECK(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:holdsPosition", C, "Peru"));
    CHECK_FALSE(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:holdsPosition", C, "Kenya"));
}

TEST_CASE("'In Peru, X met with ... Foreign Minister Y': the bare offices of those met are the named state's", "[extract][relations]") {
    const auto x = extract_release("Readout\n\nNAIROBI, 4 March 2025 -- In Peru, Dr. Ana Lopes met with President Rui Costa and "
                                   "Foreign Minister Eva Silva.\n");
    const auto offices = offices_without_holder(x, entity(x, EntityType::Person, "Eva Silva"));
    REQUIRE(offices.size() == 1);
    CHECK(offices.front()->home_country == find_entity(x, C, "Peru"));
}

TEST_CASE("the bare offices of persons met near a foreign city are that city's state's", "[extract][relations]") {
    const auto x = extract_release("Foreign Secretary visits Peru\n\nLONDON, 4 March 2025 -- The Foreign Secretary travelled to Lima for "
                                   "talks with President Ana Lopes. The Minister will be in Santiago on 6 March, where she will meet "
                                   "Prime Minister Rui Costa and Foreign Minister Eva Silva. Chile and Peru are partners. "
                                   "Back in London, the Foreign Secretary will brief Prime Minister Mia Hart.\n");
    auto home_of = [&](const char* name) { return offices_without_holder(x, entity(x, EntityType::Person, name)).front()->home_country; };
    CHECK(home_of("Ana Lopes") == find_entity(x, C, "Peru"));
    CHECK(home_of("Rui Costa") == find_entity(x, C, "Chile"));
    CHECK(home_of("Eva Silva") == find_entity(x, C, "Chile"));
    // A city of the release's own state leaves the bare office the release's.
    CHECK(home_of("Mia Hart") != find_entity(x, C, "Chile"));
    CHECK(home_of("Mia Hart") != find_entity(x, C, "Peru"));
}

TEST_CASE("'his French and German counterparts, A and B': each holds an office of the state of its adjective", "[extract][relations]") {
    const auto x = extract("Foreign Minister of Poland Jan Nowak hosted his French and German counterparts, Ana Lopes and Rui Costa, in Lodz.");
    CHECK(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:holdsPosition", C, "France"));
    CHECK(has_fact(x, EntityType::Person, "Rui Costa", "pgo:holdsPosition", C, "Germany"));
    CHECK_FALSE(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:holdsPosition", C, "Germany"));
    CHECK_FALSE(has_fact(x, EntityType::Person, "Rui Costa", "pgo:holdsPosition", C, "France"));
}

TEST_CASE("a city and a dash opening the lead say the release's state", "[extract][relations]") {
    const auto x = extract("Lima - Minister of Agriculture Ana Lopes held talks with Minister of Agriculture of Chile Rui Costa on Monday. "
                           "Chile and Peru agreed to cooperate.");
    const auto offices = offices_without_holder(x, entity(x, EntityType::Person, "Ana Lopes"));
    REQUIRE(offices.size() == 1);
    CHECK(offices.front()->home_country == find_entity(x, C, "Peru"));
}

TEST_CASE("a state's office with its portfolio, then a comma and the name, is an office of the release's state", "[extract][relations]") {
    const auto x = extract("Lima - Minister of Foreign Affairs, Andean Cooperation and Peruvians Abroad, Ana Lopes, held talks with "
                           "Minister of Foreign Affairs of Chile, Rui Costa, on Monday.");
    const auto offices = offices_without_holder(x, entity(x, EntityType::Person, "Ana Lopes"));
    REQUIRE(offices.size() == 1);
    CHECK(offices.front()->home_country == find_entity(x, C, "Peru"));
    CHECK(offices_without_holder(x, entity(x, EntityType::Person, "Rui Costa")).empty());
}

TEST_CASE("'from' names an agreement's parties after the document's head noun, not inside a name", "[extract][relations]") {
    const auto x = extract_release("Joint Statement from Chile and Peru on Fisheries\n2025-11-12\n\n"
                                   "Ireland thanked Portugal for its contribution to the Grain from Ukraine programme.\n");
    CHECK(has_fact(x, EntityType::Agreement, "Joint Statement from Chile and Peru on Fisheries", "pgo:party", C, "Chile"));
    CHECK(has_fact(x, EntityType::Agreement, "Joint Statement from Chile and Peru on Fisheries", "pgo:party", C, "Peru"));
    CHECK_FALSE(has_fact(x, EntityType::Agreement, "Grain from Ukraine programme", "pgo:party", C, "Ukraine"));
}

TEST_CASE("'of the' inside a document's name names its parties only before their leaders", "[extract][relations]") {
    const auto x = extract_release("Communique of the Chairperson of the African Union Commission on the visit to Lima\n2025-11-12\n\n"
                                   "The Chairperson visited Lima. The Joint Statement of the Leaders of Chile and Peru was issued.\n");
    CHECK(has_fact(x, EntityType::Agreement, "Joint Statement of the Leaders of Chile and Peru", "pgo:party", C, "Chile"));
    CHECK(has_fact(x, EntityType::Agreement, "Joint Statement of the Leaders of Chile and Peru", "pgo:party", C, "Peru"));
    CHECK_FALSE(has_fact(x, EntityType::Agreement, "Communique of the Chairperson of the African Union Commission on the visit to Lima",
                         "pgo:party", O, "African Union Commission"));
}

TEST_CASE("'the process of integration within a body' makes no member of the two states", "[extract][relations]") {
    const auto x = extract(kTwoStates + "They exchanged views on migration and on the process of integration within the Andean Community. "
                                        "They agreed to cooperate closely within the Pacific Alliance.");
    CHECK_FALSE(has_fact(x, C, "Chile", "pgo:memberOf", O, "Andean Community"));
    CHECK(has_fact(x, C, "Chile", "pgo:memberOf", O, "Pacific Alliance"));
}

TEST_CASE("'A and B are members of the EU, with which C signed ...': C is no member", "[extract][relations]") {
    const auto x = extract("Portugal and Spain are members of the European Union, with which Chile signed a trade agreement in 2023.");
    CHECK(has_fact(x, C, "Portugal", "pgo:memberOf", O, "European Union"));
    CHECK(has_fact(x, C, "Spain", "pgo:memberOf", O, "European Union"));
    CHECK_FALSE(has_fact(x, C, "Chile", "pgo:memberOf", O, "European Union"));
}

TEST_CASE("a form of address is no office: 'a courtesy call from Mr. Lopes at the ASEAN Secretariat'", "[extract][relations]") {
    const auto x = extract("Secretary-General of ASEAN Dr. Rui Costa received a courtesy call from Mr. Lopes at the ASEAN Secretariat. "
                           "Ana Lopes is Deputy Minister of Peru.");
    CHECK_FALSE(has_fact(x, EntityType::Person, "Ana Lopes", "pgo:holdsPosition", O, "Association of Southeast Asian Nations"));
}

TEST_CASE("a state and an international body joined in a standing body's name are its members, not a dialogue's", "[extract][relations]") {
    const auto x = extract("The European Union and Chile met. The Chile-EU Energy Council met in Lima. "
                           "The Chile-EU Dialogue on Mining took place in Santiago.");
    CHECK(has_fact(x, C, "Chile", "pgo:memberOf", O, "Chile-EU Energy Council"));
    CHECK(has_fact(x, O, "European Union", "pgo:memberOf", O, "Chile-EU Energy Council"));
    CHECK_FALSE(has_fact(x, O, "European Union", "pgo:memberOf", O, "Chile-EU Dialogue on Mining"));
}
