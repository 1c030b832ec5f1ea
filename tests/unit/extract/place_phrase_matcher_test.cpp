#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/extract/recognizers.hpp"
#include "support/lexicon_fixture.hpp"
#include "support/sentence_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {
std::vector<std::string> places_in(const char* text) {
    const auto s = tokenize(text);
    const std::vector<bool> blocked(s->sentence.tokens.size(), false);
    std::vector<std::string> out;
    for (const Candidate& c : match_place_phrases(s->sentence, fixture_lexicon(), blocked))
        if (c.rule == "pattern:place-phrase") out.push_back(c.canonical);
    return out;
}
}  // namespace

TEST_CASE("an unknown capitalised word after 'in' is a place", "[extract][place_phrase_matcher]") {
    CHECK(places_in("The forum opened in Davos on Monday.") == std::vector<std::string>{"Davos"});
    CHECK(places_in("The ministers met in Tarvinsk.") == std::vector<std::string>{"Tarvinsk"});
}

TEST_CASE("a field of study, a language, a plural or faith after 'in' is no place", "[extract][place_phrase_matcher]") {
    for (const char* text : {"She holds a degree in Economics.", "He earned a doctorate in Sociology.",
                             "The statement was issued in English.", "They invest in Schools and clinics.",
                             "Funds go to programs in Communities.", "They share faith in God and family values.",
                             "She worked in Management.", "Grants support research in HBCUs."}) {
        INFO(text);
        CHECK(places_in(text).empty());
    }
}
