#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/extract/recognizers.hpp"
#include "support/lexicon_fixture.hpp"
#include "support/sentence_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {
std::vector<Candidate> agreements(const SentenceFixture& s, std::vector<bool> blocked = {}) {
    if (blocked.empty()) blocked.assign(s.sentence.tokens.size(), false);
    return match_agreement_patterns(s.sentence, fixture_lexicon(), blocked);
}
}  // namespace

TEST_CASE("an agreement is a head noun with its complements", "[extract][agreement_pattern_matcher]") {
    const auto s = tokenize("The ministers recalled the Treaty on the Creation of the Alliance signed in 2001.");
    const auto found = agreements(*s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "Treaty on the Creation of the Alliance");
    CHECK(s->original(found[0].first, found[0].last) == "Treaty on the Creation of the Alliance");
    CHECK(found[0].type == EntityType::Agreement);
    CHECK(found[0].subtype == "Treaty");
    CHECK(found[0].rule == "pattern:agreement-head");
}

TEST_CASE("modifiers before the head belong to the agreement", "[extract][agreement_pattern_matcher]") {
    const auto s = tokenize("They adopted the Joint Declaration on Cooperation in Trade.");
    const auto found = agreements(*s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "Joint Declaration on Cooperation in Trade");
    CHECK(found[0].subtype == "Declaration");
}

TEST_CASE("a bare head is no agreement; a lower-case one needs a modifier, a year or 'on'",
          "[extract][agreement_pattern_matcher]") {
    CHECK(agreements(*tokenize("A Statement was issued by the press office.")).empty());
    CHECK(agreements(*tokenize("They signed a treaty yesterday.")).empty());
    const auto s = tokenize("They adopted a joint statement on trade.");
    const auto found = agreements(*s);
    REQUIRE(found.size() == 1);
    CHECK(s->original(found[0].first, found[0].first + 2) == "joint statement");
    CHECK(found[0].subtype == "Statement");
}

TEST_CASE("claimed tokens end an agreement name", "[extract][agreement_pattern_matcher]") {
    const auto s = tokenize("the Treaty of Ion Popescu");
    REQUIRE(agreements(*s).size() == 1);
    CHECK(agreements(*s, {false, false, false, true, true}).empty());
}
