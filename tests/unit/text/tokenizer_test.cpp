#include "pressgraph/text/tokenizer.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace pressgraph;

namespace {
using Words = std::vector<std::string>;

Words words_of(const TokenizedSentence& s) {
    Words out;
    for (const Token& t : s.tokens) out.emplace_back(t.text);
    return out;
}

TokenizedSentence tokenize_all(const std::string& text) {
    return tokenize_sentence(text, Span{0, static_cast<std::uint32_t>(text.size())});
}
}  // namespace

TEST_CASE("tokenizer keeps inner hyphens and initialisms, splits punctuation", "[text][tokenizer]") {
    const std::string text = "Russian-Belarusian talks with U.S. officials, e.g. on trade.";
    const auto s = tokenize_all(text);
    CHECK(words_of(s) == Words{"Russian-Belarusian", "talks", "with", "U.S", ".", "officials", ",", "e.g", ".", "on",
                               "trade", "."});
    CHECK(s.tokens[0].word);
    CHECK_FALSE(s.tokens[4].word);
    CHECK_FALSE(s.tokens[6].word);
}

TEST_CASE("tokenizer splits a possessive 's off its word", "[text][tokenizer]") {
    const std::string text = "Lavrov\xE2\x80\x99s visit and Moldova's position";
    const auto s = tokenize_all(text);
    REQUIRE(words_of(s) == Words{"Lavrov", "'s", "visit", "and", "Moldova", "'s", "position"});
    CHECK(s.tokens[0].word);
    CHECK_FALSE(s.tokens[1].word);
    // The possessive token covers the curly apostrophe in the original.
    CHECK(s.tokens[0].span.of(text) == "Lavrov");
    CHECK(s.tokens[1].span.of(text) == "\xE2\x80\x99s");
    CHECK(s.tokens[2].span.of(text) == "visit");
    CHECK(s.tokens[5].span.of(text) == "'s");
    // An apostrophe inside a name is part of the name.
    CHECK(words_of(tokenize_all("O'Neill spoke")) == Words{"O'Neill", "spoke"});
}

TEST_CASE("tokenizer spans map back to the original bytes after multi-byte characters", "[text][tokenizer]") {
    // "Łódź – Chișinău: talks" with an en dash and a non-breaking space.
    const std::string text = "\xC5\x81\xC3\xB3" "d\xC5\xBA \xE2\x80\x93 Chi\xC8\x99in\xC4\x83u:\xC2\xA0talks";
    const auto s = tokenize_all(text);
    REQUIRE(words_of(s) == Words{"\xC5\x81\xC3\xB3" "d\xC5\xBA", "-", "Chi\xC8\x99in\xC4\x83u", ":", "talks"});
    CHECK(s.tokens[0].span.of(text) == "\xC5\x81\xC3\xB3" "d\xC5\xBA");
    CHECK(s.tokens[1].span.of(text) == "\xE2\x80\x93");
    CHECK(s.tokens[2].span.of(text) == "Chi\xC8\x99in\xC4\x83u");
    CHECK(s.tokens[3].span.of(text) == ":");
    CHECK(s.tokens[4].span.of(text) == "talks");
}

TEST_CASE("tokenizer spans are document offsets when the sentence starts later", "[text][tokenizer]") {
    const std::string text = "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA. The ministers met in Chisinau.";
    const auto b = static_cast<std::uint32_t>(text.find("The"));
    const auto s = tokenize_sentence(text, Span{b, static_cast<std::uint32_t>(text.size())});
    CHECK(s.sentence.begin == b);
    REQUIRE(s.tokens.size() == 6);
    for (const Token& t : s.tokens) CHECK(t.span.of(text) == t.text);
    CHECK(s.tokens[4].span.begin == text.find("Chisinau"));
}

TEST_CASE("token predicates", "[text][tokenizer]") {
    const std::string text = "SCO G20 Moldova moldova 2024 \xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA \xC3\x89mile A";
    const auto s = tokenize_all(text);
    REQUIRE(s.tokens.size() == 8);
    CHECK(s.tokens[0].all_caps());
    CHECK(s.tokens[0].capitalized());
    CHECK_FALSE(s.tokens[1].all_caps());  // one letter only
    CHECK_FALSE(s.tokens[1].numeric());
    CHECK(s.tokens[2].capitalized());
    CHECK_FALSE(s.tokens[2].all_caps());
    CHECK_FALSE(s.tokens[3].capitalized());
    CHECK(s.tokens[4].numeric());
    CHECK_FALSE(s.tokens[4].capitalized());
    CHECK(s.tokens[5].capitalized());  // Cyrillic capital
    CHECK(s.tokens[6].capitalized());  // Latin-1 capital
    CHECK(s.tokens[7].capitalized());
    CHECK_FALSE(s.tokens[7].all_caps());
}

TEST_CASE("Latin Extended-A capitals: pairs on even code points, and on odd ones for L-stroke to N-caron and Z-acute to Z-caron",
          "[text][tokenizer]") {
    // Łukasz Ńa Źródło Żaneta Žiga Ćwik Šimon; and their small letters łukasz źródło žiga šimon
    const auto s = tokenize_all("\xC5\x81" "ukasz \xC5\x83" "a \xC5\xB9" "r \xC5\xBB" "aneta \xC5\xBD" "iga \xC4\x86" "wik "
                                "\xC5\xA0" "imon \xC5\x82" "ukasz \xC5\xBA" "r \xC5\xBE" "iga \xC5\xA1" "imon");
    REQUIRE(s.tokens.size() == 11);
    for (std::size_t i = 0; i < 7; ++i) CHECK(s.tokens[i].capitalized());
    for (std::size_t i = 7; i < 11; ++i) CHECK_FALSE(s.tokens[i].capitalized());
}

TEST_CASE("token_key, join_tokens and surface", "[text][tokenizer]") {
    CHECK(token_key("St. Petersburg") == "St . Petersburg");
    CHECK(token_key("  Foreign   Minister ") == "Foreign Minister");
    CHECK(token_key("Russia\xE2\x80\x99s") == "Russia 's");
    CHECK(token_key("") == "");

    const std::string text = "He visited St. Petersburg, then Minsk.";
    const auto s = tokenize_all(text);
    REQUIRE(words_of(s) == Words{"He", "visited", "St", ".", "Petersburg", ",", "then", "Minsk", "."});
    CHECK(join_tokens(s.tokens, 2, 5) == "St . Petersburg");
    CHECK(surface(s, 2, 5) == "St. Petersburg");
    CHECK(surface(s, 5, 5).empty());
    CHECK(surface(s, 8, 10).empty());
}

TEST_CASE("a tokenised sentence survives being copied and moved", "[text][tokenizer]") {
    // Short sentences keep their normalised text in the string's own buffer (SSO): the
    // token views must follow the text when the sentence is moved into a container.
    std::vector<TokenizedSentence> kept;
    const std::string text = "Popescu spoke. Ivanova replied at length to the questions.";
    const auto end1 = static_cast<std::uint32_t>(text.find('.') + 1);
    kept.push_back(tokenize_sentence(text, {0, end1}));
    kept.push_back(tokenize_sentence(text, {end1 + 1, static_cast<std::uint32_t>(text.size())}));
    kept.reserve(64);  // force a reallocation: every element is moved again
    TokenizedSentence copy = kept[0];
    kept.clear();
    kept.shrink_to_fit();
    REQUIRE(copy.tokens.size() == 3);
    for (const Token& t : copy.tokens) {
        REQUIRE(t.text.data() >= copy.normalized.data());
        REQUIRE(t.text.data() + t.text.size() <= copy.normalized.data() + copy.normalized.size());
    }
    CHECK(words_of(copy) == Words{"Popescu", "spoke", "."});
    TokenizedSentence assigned;
    assigned = std::move(copy);
    REQUIRE(words_of(assigned) == Words{"Popescu", "spoke", "."});
    CHECK(assigned.tokens[0].text.data() == assigned.normalized.data());
}

TEST_CASE("reading past either end of a sentence's tokens gives the end token", "[text][tokenizer]") {
    const std::string text = "The talks took place at the Regional Executive Committee";
    const TokenizedSentence s = tokenize_sentence(text, Span{0, static_cast<std::uint32_t>(text.size())});
    const TokenList& t = s.tokens;
    REQUIRE(t.size() == 9);
    CHECK(t[8].text == "Committee");
    // One past the end, far past it, and an index that wrapped below zero.
    for (const std::size_t i : {t.size(), t.size() + 5, std::size_t{0} - 1}) {
        CHECK(t[i].text.empty());
        CHECK_FALSE(t[i].word);
        CHECK_FALSE(t[i].capitalized());
        CHECK(&t[i] == &TokenList::end_token());
    }
    const TokenList none;
    CHECK(none.back().text.empty());
    CHECK(none.front().text.empty());
}
