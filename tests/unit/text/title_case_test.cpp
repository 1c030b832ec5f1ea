#include "pressgraph/text/title_case.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace pressgraph;

namespace {

std::vector<std::string> words_after_title_case(const std::string& text, bool& rewrote) {
    TokenizedSentence s = tokenize_sentence(text, Span{0, static_cast<std::uint32_t>(text.size())});
    rewrote = title_case_capitals(s);
    std::vector<std::string> words;
    for (const Token& t : s.tokens) words.emplace_back(t.text);
    return words;
}

}  // namespace

TEST_CASE("title_case_capitals writes a city set in capitals as a name", "[text][title_case]") {
    bool rewrote = false;
    CHECK(words_after_title_case("NEW DELHI", rewrote) == std::vector<std::string>{"New", "Delhi"});
    CHECK(rewrote);
    // Latin-1 capitals too; an abbreviation with dots stays as written.
    const std::string text = "BRAS\xC3\x8D" "LIA, D.C.";
    const auto words = words_after_title_case(text, rewrote);
    REQUIRE(words.size() >= 2);
    CHECK(words.front() == "Bras\xC3\xAD" "lia");
    CHECK(std::find(words.begin(), words.end(), "D.C") != words.end());
}

TEST_CASE("title_case_capitals rewrites the city before a state or country", "[text][title_case]") {
    bool rewrote = false;
    CHECK(words_after_title_case("SAN JOSE, Costa Rica", rewrote) == std::vector<std::string>{"San", "Jose", ",", "Costa", "Rica"});
    CHECK(rewrote);
    CHECK(words_after_title_case("KYIV, UKRAINE", rewrote) == std::vector<std::string>{"Kyiv", ",", "Ukraine"});
}

TEST_CASE("title_case_capitals leaves a city written as a name, and acronyms beside lower case", "[text][title_case]") {
    bool rewrote = true;
    CHECK(words_after_title_case("Astana", rewrote) == std::vector<std::string>{"Astana"});
    CHECK_FALSE(rewrote);
    CHECK(words_after_title_case("UN Headquarters, New York", rewrote) == std::vector<std::string>{"UN", "Headquarters", ",", "New", "York"});
    CHECK_FALSE(rewrote);
}
