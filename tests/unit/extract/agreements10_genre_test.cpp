// Agreement names as the genre writes them, tenth pass (agreement_pattern_matcher.cpp,
// agreement_heads.tsv, word_classes.tsv): heads of several words, topics in lower case after a
// capitalised head, the parties' long names, brackets inside a name. On invented text, with invented
// persons and real countries, cities and bodies; none of these sentences is taken from an
// evaluation document.
#include <catch2/catch.hpp>
#include <string>

#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

DocumentExtraction extract(const std::string& body) { return extract_release("Talks\n2026-05-12\n\n" + body + "\n"); }

bool has_agreement(const DocumentExtraction& x, const std::string& name) {
    return find_entity(x, EntityType::Agreement, name).has_value();
}

}  // namespace

TEST_CASE("'Exchange of Notes' is a document's head, 'Exchange' alone is none", "[extract][agreements]") {
    const auto x = extract(
        "After the meeting, Foreign Minister of Chile Ana Lopes and the Ambassador of Peru to Chile Rui Costa signed the "
        "Exchange of Notes on Peruvian grant aid for the renovation of the Valparaiso Library, in the presence of the "
        "Deputy Minister.");
    CHECK(has_agreement(x, "Exchange of Notes on Peruvian grant aid for the renovation of the Valparaiso Library"));
    const auto y = extract(
        "In Santiago on Tuesday, the two ministers signed an exchange of notes on Chile's provision of patrol boats to the "
        "Peruvian Navy under the Pacific Partnership Programme.");
    CHECK(has_agreement(y, "exchange of notes on Chile's provision of patrol boats to the Peruvian Navy"));
    // Controls: an exchange of views, and the Stock Exchange, name no document.
    const auto z = extract(
        "Foreign Minister Ana Lopes held an exchange of views on regional security with the head of the Santiago Stock "
        "Exchange of Chile on 11 May 2026.");
    for (const auto& e : z.entities) CHECK_FALSE((e.type == EntityType::Agreement && e.canonical_name.find("xchange") != std::string::npos));
}

TEST_CASE("a capitalised head's topic written in lower case stays in the name", "[extract][agreements]") {
    const auto x = extract(
        "Foreign Minister Ana Lopes and the President of the Andean Development Corporation Rui Costa signed a Memorandum "
        "of Understanding on disaster risk financing at the Ministry on Monday 11 May 2026.");
    CHECK(has_agreement(x, "Memorandum of Understanding on disaster risk financing"));
    CHECK_FALSE(has_agreement(x, "Memorandum of Understanding"));
    // "between [the parties] on consular cooperation": the topic after the parties.
    const auto y = extract(
        "The ministers signed a Memorandum of Understanding between the Ministry of Foreign Affairs of the Republic of "
        "Chile and the Ministry of Foreign Affairs of the Republic of Peru on consular cooperation.");
    CHECK(has_agreement(y,
                        "Memorandum of Understanding between the Ministry of Foreign Affairs of the Republic of Chile and the "
                        "Ministry of Foreign Affairs of the Republic of Peru on consular cooperation"));
    // Controls: "on the sidelines of", "on behalf of" and a time after "on" are no topic.
    const auto z = extract(
        "The ministers signed the Memorandum of Understanding on the sidelines of the summit. Rui Costa signed the "
        "Framework Agreement on behalf of Peru. They signed the Cooperation Agreement on this date.");
    CHECK(has_agreement(z, "Memorandum of Understanding"));
    CHECK(has_agreement(z, "Framework Agreement"));
    CHECK(has_agreement(z, "Cooperation Agreement"));
    CHECK_FALSE(has_agreement(z, "Memorandum of Understanding on the sidelines of the summit"));
}

TEST_CASE("an indefinite article inside a capitalised complement stays in the name", "[extract][agreements]") {
    const auto x = extract(
        "At the end of the meeting, the two Ministers signed a Memorandum of Understanding on the Establishment of a "
        "Mechanism for Regular Consultations.");
    CHECK(has_agreement(x, "Memorandum of Understanding on the Establishment of a Mechanism for Regular Consultations"));
    // Control: "for a" before lower-case words ends the name.
    const auto y = extract("The Agreement on Fisheries was extended for a period of five years.");
    CHECK(has_agreement(y, "Agreement on Fisheries"));
}

TEST_CASE("a document named by its two parties' long names is read whole", "[extract][agreements][relations]") {
    const auto x = extract(
        "Following the talks, Ana Lopes and Rui Costa signed the Plan of Consultations between the Ministry of Foreign "
        "Affairs of the Republic of Chile and the Ministry of Foreign Affairs and International Trade of the Republic of "
        "Peru for 2027-2028.");
    CHECK(has_agreement(x,
                        "Plan of Consultations between the Ministry of Foreign Affairs of the Republic of Chile and the "
                        "Ministry of Foreign Affairs and International Trade of the Republic of Peru for 2027-2028"));
}

TEST_CASE("a party's abbreviation in brackets stays inside a document named by its parties", "[extract][agreements]") {
    const auto x = extract(
        "The ministers witnessed the signing of the Memorandum of Understanding between the Chilean Diplomatic Academy "
        "(ACADE) and the Diplomatic Academy of Peru.");
    CHECK(has_agreement(x, "Memorandum of Understanding between the Chilean Diplomatic Academy (ACADE) and the Diplomatic "
                           "Academy of Peru"));
    // Control: the document's own abbreviation before "between" is no party's.
    const auto y = extract(
        "The ministers reviewed the Comprehensive Economic Partnership Agreement (CEPA) between Chile and Peru.");
    CHECK_FALSE(has_agreement(y, "Comprehensive Economic Partnership Agreement (CEPA) between Chile and Peru"));
}

TEST_CASE("a plan's years in brackets are part of its name", "[extract][agreements]") {
    const auto x = extract("The ministers reviewed the implementation of the Chile-Peru Plan of Action (2026-2030) and agreed to meet again.");
    CHECK(has_agreement(x, "Chile-Peru Plan of Action (2026-2030)"));
    // Control: an abbreviation in brackets is no part of it.
    const auto y = extract("The ministers reviewed the implementation of the Chile-Peru Plan of Action (CPPA) and agreed to meet again.");
    CHECK_FALSE(has_agreement(y, "Chile-Peru Plan of Action (CPPA)"));
}

TEST_CASE("a state's name of two words before a spaced dash opens a joint body inside a name", "[extract][agreements]") {
    const auto x = extract(
        "The two Ministers signed the Agreed Minutes of the 3rd Session of the Costa Rica - Panama Joint Commission.");
    CHECK(has_agreement(x, "Agreed Minutes of the 3rd Session of the Costa Rica - Panama Joint Commission"));
    CHECK_FALSE(has_agreement(x, "Agreed Minutes of the 3rd Session of the Costa Rica"));
}

TEST_CASE("the second party's abbreviation in brackets closes a document named by its parties", "[extract][agreements]") {
    const auto x = extract(
        "The ministers witnessed the signing of the Memorandum of Understanding between the Chilean Export Agency and the "
        "Agency for the Promotion of Investment of Peru (APIP).");
    CHECK(has_agreement(x, "Memorandum of Understanding between the Chilean Export Agency and the Agency for the Promotion "
                           "of Investment of Peru (APIP)"));
}

TEST_CASE("a lower-case verb before 'to' ends a topic read after a capitalised head", "[extract][agreements]") {
    const auto x = extract("Chile and Peru sign a Memorandum of Understanding on water management and agree to expand trade.");
    CHECK(has_agreement(x, "Memorandum of Understanding on water management"));
    // Control: a second noun after "and" stays in the topic.
    const auto y = extract("Chile and Peru signed a Memorandum of Understanding on maritime search and rescue in Lima.");
    CHECK(has_agreement(y, "Memorandum of Understanding on maritime search and rescue"));
}

TEST_CASE("a state's possessive inside a capitalised name stays in it", "[extract][agreements]") {
    const auto x = extract(
        "The ministers recalled the Basic Principles of Cooperation on the Protection of Chile's Critical Infrastructure "
        "adopted in 2020.");
    CHECK(has_agreement(x, "Basic Principles of Cooperation on the Protection of Chile's Critical Infrastructure"));
    // Control: a possessive right after the head, before an office, is no part of the name.
    const auto y = extract("The Cooperation Agreement's President Ana Lopes spoke in Lima.");
    CHECK_FALSE(has_agreement(y, "Cooperation Agreement's President Ana Lopes"));
}

TEST_CASE("bodies named as the two parties inside a document's name are its parties", "[extract][agreements][relations]") {
    const auto x = extract(
        "After the talks, the two Ministers witnessed the signing of the Memorandum of Understanding on Cooperation between "
        "the Diplomatic Academy of Chile and the Higher Institute of International Studies of Peru.");
    const std::string mou =
        "Memorandum of Understanding on Cooperation between the Diplomatic Academy of Chile and the Higher Institute of "
        "International Studies of Peru";
    REQUIRE(has_agreement(x, mou));
    CHECK(has_fact(x, EntityType::Agreement, mou, "pgo:party", EntityType::Organization, "Diplomatic Academy of Chile"));
    CHECK(has_fact(x, EntityType::Agreement, mou, "pgo:party", EntityType::Organization,
                   "Higher Institute of International Studies of Peru"));
    // Control: a body after "and" with no "between" before it is no nested name of the document.
    const auto y = extract(
        "The two Ministers signed the Memorandum of Understanding on Cooperation in Education and the Higher Institute of "
        "International Studies of Peru hosted a reception.");
    CHECK_FALSE(has_fact(y, EntityType::Agreement, "Memorandum of Understanding on Cooperation in Education", "pgo:party",
                         EntityType::Organization, "Higher Institute of International Studies of Peru"));
}
