#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/recognizers.hpp"
#include "support/lexicon_fixture.hpp"
#include "support/sentence_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("match_lexicon_names finds countries, organisations and places, longest first", "[extract][lexicon_matcher]") {
    const auto s = tokenize("The Republic of Moldova and the SCO met in Chisinau and St. Petersburg.");
    const auto found = match_lexicon_names(s->sentence, fixture_lexicon());
    REQUIRE(found.size() == 4);

    CHECK(s->original(found[0].first, found[0].last) == "Republic of Moldova");
    CHECK(found[0].type == EntityType::Country);
    CHECK(found[0].canonical == "Moldova");
    CHECK(found[0].rule == "lexicon:country");
    CHECK(found[0].subtype.empty());

    CHECK(s->original(found[1].first, found[1].last) == "SCO");
    CHECK(found[1].type == EntityType::Organization);
    CHECK(found[1].canonical == "Shanghai Cooperation Organisation");
    CHECK(found[1].subtype == "International");

    CHECK(found[2].canonical == "Chisinau");
    CHECK(found[2].type == EntityType::Place);
    CHECK(found[2].subtype.empty());  // a place kind is not an organisation subtype

    CHECK(s->original(found[3].first, found[3].last) == "St. Petersburg");
    CHECK(found[3].canonical == "St Petersburg");
    for (const auto& c : found) CHECK(c.priority == 2);
}

TEST_CASE("match_lexicon_names ignores lower-case words", "[extract][lexicon_matcher]") {
    const auto s = tokenize("moldova and chisinau are written in lower case here");
    CHECK(match_lexicon_names(s->sentence, fixture_lexicon()).empty());
}

TEST_CASE("match_lexicon_names prefers a country, then a capital, on a shared form", "[extract][lexicon_matcher]") {
    Lexicon lx;
    lx.add_entry({EntityType::Place, "Georgia", "region", "US", "lexicon:place", ""}, {});
    lx.add_entry({EntityType::Country, "Georgia", "", "GE", "lexicon:country", ""}, {});
    lx.add_entry({EntityType::Place, "Victoria", "city", "CA", "lexicon:place", ""}, {});
    lx.add_entry({EntityType::Place, "Victoria", "capital", "SC", "lexicon:place", ""}, {});
    lx.add_entry({EntityType::Organization, "Group of Twenty", "International", "", "lexicon:organization", ""}, {"G20"});
    const auto s = tokenize("Georgia sent a delegation to Victoria for the G20 meeting.");
    const auto found = match_lexicon_names(s->sentence, lx);
    REQUIRE(found.size() == 3);
    CHECK(found[0].type == EntityType::Country);
    CHECK(found[0].rule == "lexicon:country");
    CHECK(found[1].type == EntityType::Place);
    CHECK(found[1].canonical == "Victoria");
    CHECK(found[2].canonical == "Group of Twenty");
}
