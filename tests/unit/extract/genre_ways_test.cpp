// Ways other publishers write that the rules of the genre read (events.rules, relations.rules,
// entities.rules, the date context and the header reader), on invented text: invented persons,
// real countries, cities and bodies.
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

// A body under the headline "Meeting" and a date line.
DocumentExtraction extract(const std::string& body) { return extract_release("Meeting\n2025-11-12\n\n" + body + "\n"); }

std::size_t count_of(const DocumentExtraction& x, const std::string& type) {
    return static_cast<std::size_t>(std::count_if(x.events.begin(), x.events.end(), [&](const ExtractedEvent& e) { return e.type == type; }));
}

bool has_entity(const DocumentExtraction& x, EntityType type, const std::string& name) {
    return find_entity(x, type, name).has_value();
}

}  // namespace

TEST_CASE("a meeting on the margins of a leaders' summit is part of that summit, which is an event too", "[extract][events]") {
    const auto x = extract(
        "On 12 November 2025, President Rui Costa met Prime Minister Ana Lopes of Chile on the margins of the BRICS Leaders' "
        "Summit in Lisbon.");
    const ExtractedEvent* summit = first_event(x, "Summit");
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(summit);
    REQUIRE(meeting);
    REQUIRE(summit->start);
    CHECK(summit->start->iso() == "2025-11-12");
    REQUIRE(meeting->part_of);
    CHECK(&x.events[*meeting->part_of] == summit);
    CHECK(fact(x, entity(x, EntityType::Person, "Rui Costa"), "pgo:metWith", entity(x, EntityType::Person, "Ana Lopes")));
}

TEST_CASE("the leaders' meeting of a group, framing a meeting on its sidelines, is a summit", "[extract][events]") {
    const auto x = extract(
        "On 10 November 2025, Foreign Minister Eva Silva met with Foreign Minister of Peru Paulo Ramos on the sidelines of "
        "the APEC Leaders' Meeting in Lima.");
    const ExtractedEvent* summit = first_event(x, "Summit");
    REQUIRE(summit);
    REQUIRE(summit->place);
    CHECK(x.entities[*summit->place].canonical_name == "Lima");
    REQUIRE(first_event(x, "Meeting"));
}

TEST_CASE("a name after a lower-case descriptor of a person is a person's, but not a name the lexicon knows", "[extract][entities]") {
    const auto x = extract("The minister also met opposition leader Tavor Brandtke and veteran diplomat Ilse Varnholt in Lima. "
                           "The party leader New Zealand said nothing.");
    CHECK(has_entity(x, EntityType::Person, "Tavor Brandtke"));
    CHECK(has_entity(x, EntityType::Person, "Ilse Varnholt"));
    CHECK_FALSE(has_entity(x, EntityType::Person, "New Zealand"));
    CHECK(has_entity(x, EntityType::Country, "New Zealand"));
}

TEST_CASE("'X and her counterpart, Y, met' is a meeting of the two", "[extract][events]") {
    const auto x = extract("Foreign Minister Eva Silva and her counterpart, Peruvian Foreign Minister Paulo Ramos, met in Lima on Monday.");
    CHECK(fact(x, entity(x, EntityType::Person, "Eva Silva"), "pgo:metWith", entity(x, EntityType::Person, "Paulo Ramos")));
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(meeting);
    REQUIRE(meeting->place);
    CHECK(x.entities[*meeting->place].canonical_name == "Lima");
}

TEST_CASE("'received today, at the Palace, the Minister of ..., Y,' is a meeting at the palace", "[extract][events]") {
    const auto x = extract(
        "Foreign Minister Rui Costa received today, at the Belem Palace, the Minister of Foreign Affairs of Chile, Ana Lopes, for talks.");
    CHECK(fact(x, entity(x, EntityType::Person, "Rui Costa"), "pgo:metWith", entity(x, EntityType::Person, "Ana Lopes")));
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(meeting);
    REQUIRE(meeting->start);
    CHECK(meeting->start->iso() == "2025-11-12");
    REQUIRE(meeting->place);
    CHECK(x.entities[*meeting->place].canonical_name == "Belem Palace");
}

TEST_CASE("'will welcome X to <place>' is X's planned visit there", "[extract][events]") {
    const auto x = extract("On December 1, President Carla Neves will welcome President Ana Lopes of Chile to Lisbon.");
    const ExtractedEvent* visit = first_event(x, "Visit");
    REQUIRE(visit);
    CHECK(visit->planned);
    REQUIRE(visit->start);
    CHECK(visit->start->iso() == "2025-12-01");
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Lopes");
    CHECK(fact(x, lopes, "pgo:visited", entity(x, EntityType::Place, "Lisbon")));
    CHECK(fact(x, lopes, "pgo:metWith", entity(x, EntityType::Person, "Carla Neves")));
}

TEST_CASE("'earlier in the day' and 'later that day' take the day dated before them", "[extract][events][dates]") {
    const auto x = extract(
        "On November 10, Foreign Minister Eva Silva met with President of Chile Ana Lopes in Santiago. "
        "Later that day, Foreign Minister Eva Silva met with Finance Minister Ana Torres.");
    std::vector<std::string> days;
    for (const ExtractedEvent& e : x.events)
        if (e.type == "Meeting" && e.start) days.push_back(e.start->iso());
    CHECK(std::count(days.begin(), days.end(), "2025-11-10") == 2);
    CHECK(std::count(days.begin(), days.end(), "2025-11-12") == 0);
}

TEST_CASE("'earlier in the day' with no day before it is the release's day", "[extract][events][dates]") {
    const auto x = extract("Earlier in the day, Foreign Minister Eva Silva met with Finance Minister Ana Torres of Chile.");
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(meeting);
    REQUIRE(meeting->start);
    CHECK(meeting->start->iso() == "2025-11-12");
}

TEST_CASE("wire copy closing on 'Published <day>' is dated by it", "[text][header]") {
    const auto x = extract_release(
        "Chile and Peru sign fisheries pact\n\nLIMA (AP) — Chile and Peru signed a fisheries pact on Tuesday, officials said.\n\n"
        "The ministers met in Lima.\n\nPublished Nov. 11, 2025\n");
    REQUIRE(x.published);
    CHECK(x.published->iso() == "2025-11-11");
}

TEST_CASE("'US$' is a currency, not the United States", "[extract][entities]") {
    const auto x = extract("The fund is worth US$40 million, the minister of Chile said.");
    CHECK_FALSE(has_entity(x, EntityType::Country, "United States"));
    const auto y = extract("The US pledged support to Chile.");
    CHECK(has_entity(y, EntityType::Country, "United States"));
}

TEST_CASE("'the two ministers signed X': the parties are the ministers' states", "[extract][relations]") {
    const auto x = extract(
        "Foreign Minister of Chile Eva Silva met with Foreign Minister of Peru Paulo Ramos in Lima. "
        "The two ministers signed the Memorandum of Understanding on Fisheries.");
    const std::size_t mou = entity(x, EntityType::Agreement, "Memorandum of Understanding on Fisheries");
    CHECK(fact(x, mou, "pgo:party", entity(x, EntityType::Country, "Chile")));
    CHECK(fact(x, mou, "pgo:party", entity(x, EntityType::Country, "Peru")));
    CHECK_FALSE(fact(x, mou, "pgo:party", entity(x, EntityType::Person, "Eva Silva")));
}

TEST_CASE("a capitalised Foreign Ministers' Meeting is a meeting, a body's foreign ministers' meeting a session", "[extract][events]") {
    const auto x = extract("On 10 November 2025, the Chile-Peru Foreign Ministers' Meeting was held in Lima.");
    CHECK(count_of(x, "Meeting") == 1);
    CHECK(count_of(x, "Session") == 0);
    const auto y = extract("On 10 November 2025, the CIS foreign ministers' meeting was held in Minsk.");
    CHECK(count_of(y, "Session") == 1);
}

TEST_CASE("a state's term on a council is a membership of it", "[extract][relations]") {
    const auto x = extract("Portugal congratulated Chile on the start of Chile's two-year term on the UN Security Council.");
    CHECK(fact(x, entity(x, EntityType::Country, "Chile"), "pgo:memberOf",
               entity(x, EntityType::Organization, "United Nations Security Council")));
}

TEST_CASE("a meeting on the sidelines of a general assembly is part of the assembly's session", "[extract][events]") {
    const auto x = extract(
        "On 10 November 2025, Foreign Minister Ivan Petrov met Rui Costa, Minister of Foreign Affairs of Chile, on the sidelines "
        "of the UN General Assembly in New York.");
    const ExtractedEvent* session = first_event(x, "Session");
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(session);
    REQUIRE(meeting);
    REQUIRE(meeting->part_of);
    CHECK(&x.events[*meeting->part_of] == session);
    REQUIRE(session->place);
    CHECK(x.entities[*session->place].canonical_name == "New York");
}

TEST_CASE("an ambassador named with the state he is posted to is met, and visits nothing by being met there", "[extract][events]") {
    const auto x = extract_release(
        "Deputy minister meets envoy\n\n12 NOV 2025, 10:00\n\nLIMA, November 12. /Andina/. Deputy Foreign Minister Ivan Petrov met "
        "with Chilean Ambassador to Peru Ana Lopes on Wednesday to discuss trade.\n");
    const std::size_t lopes = entity(x, EntityType::Person, "Ana Lopes");
    CHECK(fact(x, entity(x, EntityType::Person, "Ivan Petrov"), "pgo:metWith", lopes));
    for (const ExtractedFact& f : x.facts) CHECK_FALSE((f.subject == lopes && f.predicate == "pgo:visited"));
}

TEST_CASE("wire copy: the meeting in the paragraph after a dated lead is on the lead's day, how long it lasted read past",
          "[extract][events]") {
    const auto x = extract_release(
        "Chile and Peru agree on fisheries\n\nLIMA, Peru (AP) — The foreign ministers of Chile and Peru agreed on Tuesday to expand "
        "cooperation on fisheries.\n\nChilean Foreign Minister Eva Silva and her Peruvian counterpart, Paulo Ramos, met for nearly "
        "three hours at the Casa Rosada, the government said.\n\nPublished Nov. 12, 2025\n");
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(meeting);
    REQUIRE(meeting->start);
    CHECK(meeting->start->iso() == "2025-11-11");
    REQUIRE(meeting->place);
    CHECK(x.entities[*meeting->place].canonical_name == "Casa Rosada");
    CHECK(fact(x, entity(x, EntityType::Person, "Eva Silva"), "pgo:metWith", entity(x, EntityType::Person, "Paulo Ramos")));
}

TEST_CASE("an announced visit's programme city by city: each city is visited", "[extract][events]") {
    const auto x = extract(
        "Minister of State Rui Costa will pay an official visit to Peru and Chile from 14 to 18 November 2025. "
        "In Lima, Minister of State Rui Costa will call on the President of Peru. "
        "In Santiago, Minister of State Rui Costa will meet Foreign Minister of Chile Ana Lopes.");
    const std::size_t costa = entity(x, EntityType::Person, "Rui Costa");
    CHECK(fact(x, costa, "pgo:visited", entity(x, EntityType::Country, "Peru")));
    CHECK(fact(x, costa, "pgo:visited", entity(x, EntityType::Place, "Lima")));
    CHECK(fact(x, costa, "pgo:visited", entity(x, EntityType::Place, "Santiago")));
}

TEST_CASE("a gathering named at length on whose margins a dated meeting was held is held that day", "[extract][events]") {
    const auto x = extract(
        "Today, Vice President Eva Silva met with Prime Minister Paulo Ramos of Peru on the margins of the Asia Pacific Economic "
        "Cooperation (APEC) Leaders' Meeting in Lima, Peru.");
    const ExtractedEvent* summit = first_event(x, "Summit");
    const ExtractedEvent* meeting = first_event(x, "Meeting");
    REQUIRE(summit);
    REQUIRE(meeting);
    REQUIRE(summit->start);
    CHECK(summit->start->iso() == "2025-11-12");
    REQUIRE(meeting->part_of);
    CHECK(&x.events[*meeting->part_of] == summit);
    REQUIRE(meeting->place);
    CHECK(x.entities[*meeting->place].canonical_name == "Lima");
}
