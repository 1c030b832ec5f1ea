#include <catch2/catch.hpp>
#include <algorithm>
#include <string>

#include "pressgraph/extract/name_grouping.hpp"
#include "support/lexicon_fixture.hpp"

using namespace pressgraph;

namespace {
NameSignature sig(const char* name) { return name_signature(name, test::fixture_lexicon()); }

NameToGroup org(const char* name, std::size_t mentions = 1, bool lexicon = false) {
    return {EntityType::Organization, name, mentions, lexicon};
}
}  // namespace

TEST_CASE("a name's signature ignores order, function words, plurals and word families", "[extract][name_signature]") {
    CHECK(sig("Treaty on the Creation of the Norland Union") == sig("Treaty Establishing the Norland Union"));
    CHECK(sig("Joint Norland-Moldovan Commission on History") == sig("Joint Norland-Moldovan History Commission"));
    CHECK(sig("Regional Group of Forces") == sig("Regional Force Grouping"));
    CHECK(sig("Programme of Joint Actions for 2024-2026") == sig("joint actions program for 2024–2026"));
    CHECK(sig("Plan for 2025").numbers == std::vector<std::string>{"2025"});
    CHECK_FALSE(sig("Plan for 2025") == sig("Plan for 2026"));
    CHECK(sig("Gomel Fortress").within(sig("Gomel Hero Fortress")));
    CHECK_FALSE(sig("Gomel Hero Fortress").within(sig("Gomel Fortress")));
    CHECK_FALSE(sig("Plan for 2025").within(sig("Great Plan for 2025 and 2026")));
}

TEST_CASE("names are grouped by signature and by containment", "[extract][name_grouping]") {
    SECTION("one signature: the most used name names the group") {
        const auto r = group_names({org("Treaty on the Creation of the Norland Union", 3),
                                    org("Treaty Establishing the Norland Union", 1)}, test::fixture_lexicon());
        REQUIRE(r.size() == 1);
        CHECK(r.at({EntityType::Organization, "Treaty Establishing the Norland Union"}) ==
              "Treaty on the Creation of the Norland Union");
    }
    SECTION("a name within exactly one other joins it") {
        const auto r = group_names({org("State Chamber", 2), org("Norlandic State Chamber", 1)}, test::fixture_lexicon());
        CHECK(r.at({EntityType::Organization, "Norlandic State Chamber"}) == "State Chamber");
    }
    SECTION("a name within two others stays apart") {
        const auto r = group_names({org("Union Treaty"), org("Union Treaty on Security Guarantees"),
                                    org("Union Treaty on Trade Customs")}, test::fixture_lexicon());
        CHECK(r.empty());
    }
    SECTION("a part is not its whole") {
        const auto r = group_names({org("National Assembly of Norland"),
                                    org("Council of the National Assembly of Norland")}, test::fixture_lexicon());
        CHECK(r.empty());
    }
    SECTION("an added word of area makes another body") {
        const auto r = group_names({org("Union Council of Ministers"), org("Union Council of Foreign Ministers")}, test::fixture_lexicon());
        CHECK(r.empty());
    }
    SECTION("two lexicon names never join; one word joins nothing") {
        CHECK(group_names({org("United Nations", 5, true), org("United Nations General Assembly", 1, true)}, test::fixture_lexicon()).empty());
        CHECK(group_names({org("Council"), org("Security Council")}, test::fixture_lexicon()).empty());
    }
    SECTION("types are kept apart") {
        CHECK(group_names({org("Gomel Fortress"), {EntityType::Place, "Gomel Hero Fortress", 1, false}}, test::fixture_lexicon()).empty());
    }
    SECTION("the result does not depend on input order") {
        std::vector<NameToGroup> names = {org("State Chamber", 2), org("Norlandic State Chamber"),
                                          org("Treaty Establishing the Union"), org("Treaty on the Creation of the Union"),
                                          org("Gomel Hero Fortress"), org("Gomel Fortress")};
        const auto expected = group_names(names, test::fixture_lexicon());
        std::reverse(names.begin(), names.end());
        CHECK(group_names(names, test::fixture_lexicon()) == expected);
        std::rotate(names.begin(), names.begin() + 2, names.end());
        CHECK(group_names(names, test::fixture_lexicon()) == expected);
    }
}

TEST_CASE("romanisations and translations of one name meet, the closest container wins for documents",
          "[extract][name_grouping]") {
    CHECK(sig("Slavianski Choir") == sig("Slavyansky Choir"));
    CHECK(sig("Slavonic Choir") == sig("Slavyanskiy Choir"));
    CHECK(sig("Slavic Choir in Vitebsk").within(sig("International Festival of Song, Slavyansky Choir in Vitebsk")));
    // The appositive after a comma is the festival itself, not a part of "song".
    CHECK(group_names({org("Slavic Choir in Vitebsk"), org("International Festival of Song, Slavyansky Choir in Vitebsk")}, test::fixture_lexicon())
              .size() == 1);
    auto agreement = [](const char* name) { return NameToGroup{EntityType::Agreement, name, 1, false}; };
    const auto r = group_names({agreement("Union Treaty"), agreement("Treaty Establishing the Union"),
                                agreement("Treaty on Security Guarantees within the Union")}, test::fixture_lexicon());
    CHECK(r.at({EntityType::Agreement, "Union Treaty"}) == "Treaty Establishing the Union");
    CHECK_FALSE(r.count({EntityType::Agreement, "Treaty on Security Guarantees within the Union"}));
}
