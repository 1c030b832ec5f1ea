#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "pressgraph/extract/recognizers.hpp"
#include "support/lexicon_fixture.hpp"
#include "support/sentence_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {
// The canonical names of the ministries found, ignoring the nested copies.
std::multiset<std::string> ministries(const std::string& text) {
    const auto s = tokenize(text);
    std::vector<bool> blocked(s->sentence.tokens.size(), false);
    std::multiset<std::string> out;
    for (const auto& c : match_ministry_phrases(s->sentence, fixture_lexicon(), blocked))
        if (!c.nested) out.insert(c.canonical);
    return out;
}
}  // namespace

TEST_CASE("ministries are named by portfolio and country in the genre's ways", "[extract][ministry_phrase_matcher]") {
    const std::string moldova = "Ministry of Foreign Affairs of the Republic of Moldova";
    const std::string norland = "Ministry of Foreign Affairs of the Kingdom of Norland";
    CHECK(ministries("The Moldovan Foreign Ministry said so.") == std::multiset<std::string>{moldova});
    CHECK(ministries("the Ministry of Foreign Affairs of Moldova") == std::multiset<std::string>{moldova});
    CHECK(ministries("the Ministry of Foreign Affairs of the Republic of Moldova") == std::multiset<std::string>{moldova});
    CHECK(ministries("The Norlandic Ministry of Defence replied.") ==
          std::multiset<std::string>{"Ministry of Defence of the Kingdom of Norland"});
    SECTION("one phrase, one ministry per country") {
        CHECK(ministries("the foreign ministries of Moldova and Norland meet") == std::multiset<std::string>{moldova, norland});
        CHECK(ministries("Moldovan and Norlandic foreign ministries meet") == std::multiset<std::string>{moldova, norland});
        CHECK(ministries("the foreign ministry collegiums of Moldova and Norland") ==
              std::multiset<std::string>{moldova, norland});
    }
    SECTION("a country without an official name keeps its name") {
        // The fixture's countries all have one; a ministry of an unknown portfolio is not read.
        CHECK(ministries("the Moldovan weather ministry").empty());
        CHECK(ministries("the foreign ministries of the region").empty());
    }
}

TEST_CASE("all countries of a shared phrase stand together after selection", "[extract][mention_selector]") {
    const auto s = tokenize("the foreign ministries of Moldova and Norland meet");
    std::vector<bool> claimed(s->sentence.tokens.size(), false);
    auto candidates = match_ministry_phrases(s->sentence, fixture_lexicon(), claimed);
    auto countries = match_lexicon_names(s->sentence, fixture_lexicon());
    candidates.insert(candidates.end(), countries.begin(), countries.end());
    const auto kept = select_mentions(candidates, claimed);
    std::multiset<std::string> names;
    for (const auto& c : kept) names.insert(c.canonical);
    CHECK(names == std::multiset<std::string>{"Ministry of Foreign Affairs of the Kingdom of Norland",
                                              "Ministry of Foreign Affairs of the Republic of Moldova"});
}
