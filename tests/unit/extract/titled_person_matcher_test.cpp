#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "pressgraph/extract/recognizers.hpp"
#include "support/lexicon_fixture.hpp"
#include "support/sentence_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {
std::string holder_of(const SentenceFixture& s, const Candidate& c) {
    REQUIRE(c.title);
    if (c.title->holder_last <= c.title->holder_first) return {};
    return s.original(c.title->holder_first, c.title->holder_last);
}
}  // namespace

TEST_CASE("a national title with an 'of' complement: holder and person are split", "[extract][titled_person_matcher]") {
    const auto s = tokenize("Foreign Minister of the Republic of Moldova Ion Popescu met his counterpart.");
    const auto found = match_titled_persons(s->sentence, fixture_lexicon());
    REQUIRE(found.size() == 1);
    const Candidate& c = found[0];
    CHECK(c.type == EntityType::Person);
    CHECK(c.canonical == "Ion Popescu");
    CHECK(s->original(c.first, c.last) == "Ion Popescu");
    CHECK(c.rule == "pattern:title-person");
    CHECK(c.priority == 4);
    REQUIRE(c.title);
    CHECK(c.title->title == "Foreign Minister");
    CHECK(c.title->scope == "national");
    CHECK(c.title->exclusive);
    CHECK(holder_of(*s, c) == "Republic of Moldova");
}

TEST_CASE("a body title: the holder is the body named before the person", "[extract][titled_person_matcher]") {
    SECTION("regional executive committee") {
        const auto s = tokenize("Chair of the Gomel Region Executive Committee Ivan Petrov opened the forum.");
        const auto found = match_titled_persons(s->sentence, fixture_lexicon());
        REQUIRE(found.size() == 1);
        CHECK(found[0].canonical == "Ivan Petrov");
        CHECK(found[0].title->title == "Chair");
        CHECK(found[0].title->scope == "body");
        CHECK(holder_of(*s, found[0]) == "Gomel Region Executive Committee");
    }
    SECTION("parliament") {
        const auto s = tokenize("Speaker of the National Assembly Maria Ivanova received the delegation.");
        const auto found = match_titled_persons(s->sentence, fixture_lexicon());
        REQUIRE(found.size() == 1);
        CHECK(found[0].canonical == "Maria Ivanova");
        CHECK(found[0].title->title == "Speaker");
        CHECK(holder_of(*s, found[0]) == "National Assembly");
    }
}

TEST_CASE("a title with the holder before it and the name after it", "[extract][titled_person_matcher]") {
    const auto s = tokenize("Moldovan President Anna Rusu arrived in Chisinau.");
    const auto found = match_titled_persons(s->sentence, fixture_lexicon());
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "Anna Rusu");
    CHECK(found[0].title->title == "President");
    CHECK(holder_of(*s, found[0]) == "Moldovan");
}

TEST_CASE("a title before a surname alone, and a role with a comma", "[extract][titled_person_matcher]") {
    const auto a = tokenize("Later President Popescu said the talks were useful.");
    const auto found_a = match_titled_persons(a->sentence, fixture_lexicon());
    REQUIRE(found_a.size() == 1);
    CHECK(found_a[0].canonical == "Popescu");

    // Titles match in any case; a comma may stand between a role and a known given name.
    const auto b = tokenize("The talks were opened by the ambassador, Maria Ivanova, in Chisinau.");
    const auto found_b = match_titled_persons(b->sentence, fixture_lexicon());
    REQUIRE(found_b.size() == 1);
    CHECK(found_b[0].canonical == "Maria Ivanova");
    CHECK(found_b[0].title->title == "Ambassador");
    CHECK_FALSE(found_b[0].title->exclusive);
}

TEST_CASE("a title without a name is not a person", "[extract][titled_person_matcher]") {
    for (const char* text : {"The Foreign Minister said that the talks went well.",
                             "Foreign Minister of Moldova met the press.",
                             "The Speaker of the National Assembly opened the session."}) {
        INFO(text);
        const auto s = tokenize(text);
        CHECK(match_titled_persons(s->sentence, fixture_lexicon()).empty());
    }
}

TEST_CASE("a form of address and initials before a surname, a title's list of portfolios", "[extract][titled_person_matcher]") {
    const auto s = tokenize("Foreign Minister Dr. S. K. Popescu met Minister of Foreign Affairs, Trade and Industry Ivan Petrov.");
    const auto found = match_titled_persons(s->sentence, fixture_lexicon());
    REQUIRE(found.size() == 2);
    CHECK(found[0].canonical == "S. K. Popescu");
    CHECK(s->original(found[0].first, found[0].last) == "S. K. Popescu");
    CHECK(found[1].canonical == "Ivan Petrov");
    CHECK(found[1].title->title == "Minister of Foreign Affairs");
}

TEST_CASE("after a title, a given name that is also a country's name opens a person's name", "[extract][titled_person_matcher]") {
    const auto s = tokenize("Talks were held with Foreign Minister Moldova Smith on Monday.");
    const auto found = match_titled_persons(s->sentence, fixture_lexicon());
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "Moldova Smith");
    // A country alone after a title is no person.
    const auto alone = tokenize("He met the Foreign Minister Moldova delegation.");
    for (const auto& c : match_titled_persons(alone->sentence, fixture_lexicon())) CHECK(c.canonical != "Moldova");
}

TEST_CASE("without a known given name, the last two words after 'Title of ...' are a name only after a holder the lexicon vouches for",
          "[extract][titled_person_matcher]") {
    // No given name, and a holder the lexicon cannot vouch for: the words are the holder's own.
    for (const char* text : {"She was also Ambassador of Freshman Academic Advising at a college.",
                             "He served as Chair of Urban Ecosystem Restoration Team until May."}) {
        INFO(text);
        const auto s = tokenize(text);
        CHECK(match_titled_persons(s->sentence, fixture_lexicon()).empty());
    }
    // A known country at the holder's end, a body's head noun inside it, or a list of portfolios.
    for (const auto& [text, name] : std::vector<std::pair<const char*, const char*>>{
             {"Chair of the Anti-Corruption Bureau of Moldova Tarkan Yilmazer spoke.", "Tarkan Yilmazer"},
             {"Chair of the Committee on Rural Transit Tarkan Yilmazer spoke.", "Tarkan Yilmazer"},
             {"Ambassador of Construction, Housing and Utilities Tarkan Yilmazer spoke.", "Tarkan Yilmazer"}}) {
        INFO(text);
        const auto s = tokenize(text);
        const auto found = match_titled_persons(s->sentence, fixture_lexicon());
        REQUIRE(found.size() == 1);
        CHECK(found[0].canonical == name);
    }
}

TEST_CASE("a form of address after the comma that follows a title opens the holder's name ('the Minister, Mr Ion Popescu')",
          "[extract][titled_person_matcher]") {
    const auto s = tokenize("It was signed by the Minister of Foreign Affairs, Mr Ion Popescu, on Tuesday.");
    const auto found = match_titled_persons(s->sentence, fixture_lexicon());
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "Ion Popescu");
    REQUIRE(found[0].title);
    CHECK(found[0].title->title == "Minister of Foreign Affairs");
}

TEST_CASE("one common word in title case after a title is no surname, a surname ending like a plural is",
          "[extract][titled_person_matcher]") {
    for (const char* text : {"Remarks by the President Announces new steps.", "The Ambassador Traveling to Chisinau spoke.",
                             "A statement by President Jr was read.", "The Chair Communities were thanked.",
                             "The Speaker Innovation award was given."}) {
        INFO(text);
        const auto s = tokenize(text);
        CHECK(match_titled_persons(s->sentence, fixture_lexicon()).empty());
    }
    for (const char* text : {"President Adams spoke.", "Ambassador Fleming spoke.", "Chair Rinkevics spoke.", "Speaker Mohammed spoke."}) {
        INFO(text);
        const auto s = tokenize(text);
        CHECK(match_titled_persons(s->sentence, fixture_lexicon()).size() == 1);
    }
}
