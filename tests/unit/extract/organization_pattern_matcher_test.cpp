#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/extract/recognizers.hpp"
#include "support/lexicon_fixture.hpp"
#include "support/sentence_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {
std::vector<Candidate> orgs(const SentenceFixture& s, std::vector<bool> blocked = {}) {
    if (blocked.empty()) blocked.assign(s.sentence.tokens.size(), false);
    return match_organization_patterns(s.sentence, fixture_lexicon(), blocked);
}
}  // namespace

TEST_CASE("an organisation is a run of capitalised words ending in a head noun, with complements",
          "[extract][organization_pattern_matcher]") {
    const auto s = tokenize("The Supreme Council of the Alliance (SCA) met in Chisinau; the SCA adopted a declaration.");
    const auto found = orgs(*s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "Supreme Council of the Alliance");
    CHECK(s->original(found[0].first, found[0].last) == "Supreme Council of the Alliance");
    CHECK(found[0].type == EntityType::Organization);
    CHECK(found[0].subtype == "Other");
    CHECK(found[0].rule == "pattern:organization-head");
}

TEST_CASE("modifiers before the head and 'and' inside a complement", "[extract][organization_pattern_matcher]") {
    const auto a = tokenize("He addressed the Gomel Region Executive Committee yesterday.");
    const auto found_a = orgs(*a);
    REQUIRE(found_a.size() == 1);
    CHECK(found_a[0].canonical == "Gomel Region Executive Committee");
    CHECK(found_a[0].subtype == "StateBody");

    const auto b = tokenize("the Committee for Trade and Investment met");
    const auto found_b = orgs(*b);
    REQUIRE(found_b.size() == 1);
    CHECK(found_b[0].canonical == "Committee for Trade and Investment");
}

TEST_CASE("a bare head, or a head that needs a complement without one, is no name",
          "[extract][organization_pattern_matcher]") {
    CHECK(orgs(*tokenize("The Council met on Monday.")).empty());
    // Alliance needs a complement or a modifier that is more than a demonym or a country's name.
    CHECK(orgs(*tokenize("The Norlandic Alliance met on Monday.")).empty());
    CHECK(orgs(*tokenize("The Moldova Alliance met on Monday.")).empty());
    const auto s = tokenize("the Alliance of Northern States met");
    const auto found = orgs(*s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "Alliance of Northern States");
    CHECK(found[0].subtype == "International");
}

TEST_CASE("tokens claimed by persons and titles of office end an organisation name",
          "[extract][organization_pattern_matcher]") {
    const auto s = tokenize("the Council of Ion Popescu");
    const auto free = orgs(*s);
    REQUIRE(free.size() == 1);
    CHECK(free[0].canonical == "Council of Ion Popescu");
    // With "Ion Popescu" claimed by a person, "Council" is left bare.
    CHECK(orgs(*s, {false, false, false, true, true}).empty());

    const auto t = tokenize("National Assembly Speaker Maria Ivanova");
    const auto found = orgs(*t);
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "National Assembly");
}

TEST_CASE("a descriptive modifier lets a head that needs a complement stand, 'and' may join modifiers",
          "[extract][organization_pattern_matcher]") {
    const auto a = tokenize("The Northern Alliance met on Monday.");
    const auto found_a = orgs(*a);
    REQUIRE(found_a.size() == 1);
    CHECK(found_a[0].canonical == "Northern Alliance");

    const auto b = tokenize("Comment by the Trade and Industry Ministry on the talks");
    const auto found_b = orgs(*b);
    REQUIRE(found_b.size() == 1);
    CHECK(found_b[0].canonical == "Trade and Industry Ministry");
    CHECK(found_b[0].subtype == "Ministry");

    // A name or a head on a side of "and" makes a list: the name is what follows the last "and".
    const auto c = tokenize("talks between Moldova and Norland Council members");
    const auto found_c = orgs(*c);
    REQUIRE(found_c.size() == 1);
    CHECK(found_c[0].canonical == "Norland Council");
    const auto d = tokenize("the Assembly and Executive Committee met");
    const auto found_d = orgs(*d);
    REQUIRE(found_d.size() == 1);
    CHECK(found_d[0].canonical == "Executive Committee");
}
