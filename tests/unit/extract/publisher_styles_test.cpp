// How releases of other publishers (foreign ministries, presidential offices, agencies, UN and EU
// bodies) name their officials and date their events, on invented releases: persons, places and
// wording are made up; countries, cities and titles of office are real.
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("an office named before a form of address and an unknown given name is that person's office", "[extract][entities]") {
    // "Special Envoy for Climate Prof. X Y": the courtesy title is no office; the envoy's office is read.
    const auto x = extract_release("Talks in Lima\n\nNAIROBI, 4 March 2025 -- Special Envoy for Climate Prof. Oduya Kemboi "
                                   "met the Foreign Minister of Peru, Ana Lopes, in Lima.\n");
    const std::size_t envoy = entity(x, EntityType::Person, "Oduya Kemboi");
    const auto offices = offices_without_holder(x, envoy);
    REQUIRE(offices.size() == 1);
    CHECK(offices.front()->title == "Special Envoy");
    CHECK(offices.front()->home_country == find_entity(x, EntityType::Country, "Kenya"));
}

TEST_CASE("a person named after an office and a form of address is named by the name, not the office", "[extract][entities]") {
    const auto x = extract_release("Credentials\n2025-03-04\n\nThe Ambassador of Japan, H.E. Mr. Qarlo Vintessa, called on the "
                                   "Minister. Ambassador Vintessa conveyed greetings.\n");
    const std::size_t envoy = entity(x, EntityType::Person, "Qarlo Vintessa");
    // The office named without its holder's name resolves to the person; the node keeps the name.
    const KnowledgeGraph g = merge_extractions({x}, real_lexicon());
    const auto node = g.find(entity_iri(EntityType::Person, x.entities[envoy].resolution_key));
    REQUIRE(node);
    CHECK(g.node(*node).label == "Qarlo Vintessa");
}

TEST_CASE("a form of address before a name and a surname in capitals is a person whatever the given name", "[extract][entities]") {
    // Ministries that write the surname in capitals do so for names no lexicon lists.
    const auto x = extract_release("Courtesy call\n2025-03-04\n\nH.E. Mr. Qarlo VINTESSA, Ambassador of Japan, called on the "
                                   "Minister. The Minister received H.E. Ms. ODAKURA Mivane the same day.\n");
    CHECK(find_entity(x, EntityType::Person, "Qarlo Vintessa"));
    CHECK(find_entity(x, EntityType::Person, "Mivane Odakura"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Qarlo"));
}

TEST_CASE("a release whose headline opens with its state's office or ministry speaks for that state", "[extract][relations]") {
    // Without a dateline, bare titles take the state the headline names as the release's own.
    const auto kenya = [](const DocumentExtraction& x) { return find_entity(x, EntityType::Country, "Kenya"); };
    for (const char* headline : {"Kenyan Foreign Minister meets Peruvian counterpart",
                                 "Ministry of Foreign Affairs of the Republic of Kenya"}) {
        INFO(headline);
        const auto x = extract_release(std::string(headline) + "\n2025-03-04\n\nForeign Minister Oduya Kemboi met the Foreign "
                                       "Minister of Peru, Ana Lopes.\n");
        const auto offices = offices_without_holder(x, entity(x, EntityType::Person, "Oduya Kemboi"));
        REQUIRE(offices.size() == 1);
        REQUIRE(kenya(x));
        CHECK(offices.front()->home_country == kenya(x));
    }
    // So does the place a release closes with.
    const auto y = extract_release("Foreign Minister meets Peruvian counterpart\n\nForeign Minister Oduya Kemboi met the Foreign "
                                   "Minister of Peru, Ana Lopes.\n\nNairobi\nMarch 4, 2025\n");
    const auto offices = offices_without_holder(y, entity(y, EntityType::Person, "Oduya Kemboi"));
    REQUIRE(offices.size() == 1);
    CHECK(offices.front()->home_country == kenya(y));
    // A headline about a meeting with another state's official does not make that state the release's.
    const auto z = extract_release("Telephone conversation with President of Peru Ana Lopes\n2025-03-04\n\nForeign Minister "
                                   "Oduya Kemboi had a telephone conversation with President of Peru Ana Lopes.\n");
    for (const auto* o : offices_without_holder(z, entity(z, EntityType::Person, "Oduya Kemboi")))
        CHECK(o->home_country != find_entity(z, EntityType::Country, "Peru"));
}

TEST_CASE("'his first meeting ... in' the release's year is the release's meeting, on the release's day", "[extract][events]") {
    const auto x = extract_release("Talks in Lima\n2025-03-04\n\nForeign Minister Ivan Petrov met Foreign Minister of Chile Ana "
                                   "Lopes in Lima. It was his first meeting with Ana Lopes in 2025.\n");
    std::vector<std::string> starts;
    for (const ExtractedEvent& e : x.events)
        if (e.type == "Meeting") starts.push_back(e.start ? e.start->iso() : "");
    CHECK(std::find(starts.begin(), starts.end(), "2025") == starts.end());
    CHECK(std::find(starts.begin(), starts.end(), "2025-03-04") != starts.end());
    // Another year is another meeting's.
    const auto y = extract_release("Talks in Lima\n2025-03-04\n\nForeign Minister Ivan Petrov met Foreign Minister of Chile Ana "
                                   "Lopes in Lima. They last met in 2023.\n");
    bool earlier = false;
    for (const ExtractedEvent& e : y.events) earlier |= e.start && e.start->year == 2023;
    CHECK(earlier);
}

TEST_CASE("a portfolio joined to a title by 'and' runs on to the holder's name", "[extract][entities]") {
    const auto x = extract_release("Talks\n2025-04-09\n\nPeruvian Minister of Agriculture and Livestock Ana Maria Barbosa met "
                                   "Chilean Minister of Agriculture and Rural Affairs Qiao Renlan in Lima.\n");
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Maria Barbosa");
    const std::size_t qiao = entity(x, EntityType::Person, "Qiao Renlan");
    CHECK(fact(x, lopes, "pgo:holdsPosition", entity(x, EntityType::Country, "Peru")));
    CHECK(fact(x, qiao, "pgo:holdsPosition", entity(x, EntityType::Country, "Chile")));
    // Without a word of portfolio between, "and" joins two persons.
    const auto y = extract_release("Talks\n2025-04-09\n\nThe President received the Minister of Agriculture and Ana Lopes.\n");
    CHECK(find_entity(y, EntityType::Person, "Ana Lopes"));
}

TEST_CASE("a surname the lexicon knows only as a town's name is the person named in full", "[extract][entities]") {
    // "Barbosa" is also a town; after "Ana Maria Barbosa" it is her surname.
    const auto x = extract_release("Talks\n2025-04-09\n\nPresident Ivan Petrov met Minister of Agriculture of Peru Ana Maria "
                                   "Barbosa in Lima. Barbosa held talks with Foreign Minister of Chile Rui Costa.\n");
    const std::size_t barbosa = entity(x, EntityType::Person, "Ana Maria Barbosa");
    CHECK_FALSE(find_entity(x, EntityType::Place, "Barbosa"));
    CHECK(fact(x, barbosa, "pgo:metWith", entity(x, EntityType::Person, "Rui Costa")));
}

TEST_CASE("a document's subject after 'concerning' is part of its name", "[extract][entities]") {
    const auto x = extract_release("Talks\n2025-07-08\n\nThe two ministers signed the Memorandum of Understanding concerning "
                                   "Water Supply in Lima.\n");
    CHECK(find_entity(x, EntityType::Agreement, "Memorandum of Understanding concerning Water Supply"));
    // "Grant" is a given name, "Aid" no surname.
    const auto y = extract_release("Talks\n2025-07-08\n\nThe ministers discussed the Grant Aid for the Project in Lima.\n");
    CHECK_FALSE(find_entity(y, EntityType::Person, "Grant Aid"));
}

TEST_CASE("a state the release pairs with the counterpart whose office it names is the release's own, named once or twice",
          "[extract][relations]") {
    // "between Portugal and Chile", "the Portugal-Chile alliance":
    // a release writes its own state beside its guest's; a bare title there is that state's.
    const auto portugal = [](const DocumentExtraction& x) { return find_entity(x, EntityType::Country, "Portugal"); };
    for (const char* body : {"President Rui Costa spoke today with Ana Lopes, President of Chile. They discussed the friendship "
                             "between Portugal and Chile.",
                             "Foreign Minister Rui Costa will meet President of Chile Ana Lopes to reaffirm the "
                             "Portugal-Chile alliance."}) {
        INFO(body);
        const auto x = extract_release(std::string("Readout\n2025-03-04\n\n") + body + "\n");
        const auto offices = offices_without_holder(x, entity(x, EntityType::Person, "Rui Costa"));
        REQUIRE(offices.size() == 1);
        REQUIRE(portugal(x));
        CHECK(offices.front()->home_country == portugal(x));
    }
    // A state named once beside another state, neither the counterpart's, is no release's home.
    const auto y = extract_release("Readout\n2025-03-04\n\nPresident Rui Costa spoke today with Ana Lopes, President of Chile. "
                                   "They discussed trade between Portugal and Peru.\n");
    for (const auto* o : offices_without_holder(y, entity(y, EntityType::Person, "Rui Costa"))) CHECK_FALSE(o->home_country);
}
