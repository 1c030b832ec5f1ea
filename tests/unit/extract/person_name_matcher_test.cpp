#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/extract/recognizers.hpp"
#include "support/lexicon_fixture.hpp"
#include "support/sentence_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("match_person_names reads a known given name and a capitalised surname", "[extract][person_name_matcher]") {
    const auto s = tokenize("Yesterday Ion Popescu and Sergei Ivanovich Volkov visited Chisinau.");
    const auto found = match_person_names(s->sentence, fixture_lexicon());
    REQUIRE(found.size() == 2);
    CHECK(found[0].canonical == "Ion Popescu");
    CHECK(s->original(found[0].first, found[0].last) == "Ion Popescu");
    CHECK(found[0].type == EntityType::Person);
    CHECK(found[0].rule == "pattern:given-name-surname");
    CHECK(found[0].priority == 3);
    // The patronymic is part of the mention but not of the canonical name.
    CHECK(s->original(found[1].first, found[1].last) == "Sergei Ivanovich Volkov");
    CHECK(found[1].canonical == "Sergei Volkov");
}

TEST_CASE("match_person_names refuses surnames that are names of other things", "[extract][person_name_matcher]") {
    for (const char* text : {"Anna Moldova", "Maria Chisinau is a place", "Ivan SCO", "Ion Committee members",
                             "Maria Treaty text", "Anna Moldovan wine", "Ivan said", "ion popescu", "Anna Monday"}) {
        INFO(text);
        const auto s = tokenize(text);
        CHECK(match_person_names(s->sentence, fixture_lexicon()).empty());
    }
}

TEST_CASE("match_person_names needs a given name the lexicon knows", "[extract][person_name_matcher]") {
    const auto s = tokenize("Bogdan Popescu met Mariya Ivanova.");
    const auto found = match_person_names(s->sentence, fixture_lexicon());
    REQUIRE(found.size() == 1);  // Bogdan is not in the fixture; Mariya is a variant of Maria
    CHECK(found[0].canonical == "Mariya Ivanova");
}

TEST_CASE("a given name before a title is not a person ('... Asia Foreign Ministers' Meeting')",
          "[extract][person_name_matcher]") {
    const auto s = tokenize("They met at the Central Maria Foreign Ministers' Meeting and at the Maria Foreign Minister talks.");
    CHECK(match_person_names(s->sentence, fixture_lexicon()).empty());
}

TEST_CASE("a given name right after an article names a thing, and so do the later words of its run",
          "[extract][person_name_matcher]") {
    for (const char* text : {"Funds went to the Ion Popescu Hub in spring.", "During a Maria Vasile retrospective, guests spoke.",
                             "They toured the Anna Ivan Sergei Memorial Trail.", "These Ivan Popescu Charities give."}) {
        INFO(text);
        const auto s = tokenize(text);
        CHECK(match_person_names(s->sentence, fixture_lexicon()).empty());
    }
    // Without the article the same words are a person's name.
    const auto s = tokenize("Funds went to Ion Popescu in spring.");
    const auto found = match_person_names(s->sentence, fixture_lexicon());
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "Ion Popescu");
}

TEST_CASE("a given name before a head noun of a named thing is no person ('... Charities', '... Mountains')",
          "[extract][person_name_matcher]") {
    for (const char* text : {"Donors gave to Ivan Popescu Charities on Monday.", "Hikers crossed Anna Vasile Mountains yesterday.",
                             "Students visited Maria Popescu Campus.", "He leaked Ion Vasile Papers."}) {
        INFO(text);
        const auto s = tokenize(text);
        CHECK(match_person_names(s->sentence, fixture_lexicon()).empty());
    }
}

TEST_CASE("a family name before a hyphenated given name is a person ('Park Ji-hoon'), an English compound is not",
          "[extract][person_name_matcher]") {
    const auto s = tokenize("Minister Park Ji-hoon and former President Moon Jae-in met the New York-based Arleigh Burke-class crew.");
    const auto found = match_person_names(s->sentence, fixture_lexicon());
    std::vector<std::string> names;
    for (const Candidate& c : found) names.push_back(c.canonical);
    CHECK(names == std::vector<std::string>{"Park Ji-hoon", "Moon Jae-in"});
    // A name word after the given name makes the run a longer name's.
    const auto hall = tokenize("They toured the Chiang Kai-shek Memorial Hall.");
    CHECK(match_person_names(hall->sentence, fixture_lexicon()).empty());
}

TEST_CASE("a given name before a summit, forum, games, expo or dialogue names the event, not a person",
          "[extract][person_name_matcher]") {
    for (const char* text : {"Leaders prepared the EU-Central Anna Summit in May.", "She opened Ivan Popescu Forum yesterday.",
                             "Athletes came to Maria Vasile Games.", "Guests visited Ion Popescu Expo.", "He joined Anna Ivan Dialogue."}) {
        INFO(text);
        const auto s = tokenize(text);
        CHECK(match_person_names(s->sentence, fixture_lexicon()).empty());
    }
}

TEST_CASE("a name followed by a plural or abstract noun names a thing ('... Industries', '... Television')",
          "[extract][person_name_matcher]") {
    for (const char* text : {"Grants went to Ivan Popescu Industries last year.", "She spoke on Maria Vasile Television today.",
                             "They joined Anna Lopesco Cities in May."}) {
        INFO(text);
        const auto s = tokenize(text);
        CHECK(match_person_names(s->sentence, fixture_lexicon()).empty());
    }
    // A surname ending like a plural is no plural: "Ion Roberts".
    const auto s = tokenize("Yesterday Ion Roberts spoke.");
    REQUIRE(match_person_names(s->sentence, fixture_lexicon()).size() == 1);
}
