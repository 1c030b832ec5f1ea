#include "pressgraph/extract/phrase_index.hpp"

#include <catch2/catch.hpp>
#include <vector>

#include "support/sentence_fixture.hpp"

using namespace pressgraph;
using pressgraph::test::tokenize;

TEST_CASE("PhraseIndex finds the longest phrase starting at a token", "[extract][phrase_index]") {
    PhraseIndex index;
    index.add("Republic", 1);
    index.add("Republic of Moldova", 2);
    index.add("Republic of Moldova Government", 3);
    index.add("Moldova", 4);
    CHECK(index.size() == 4);

    const auto s = tokenize("The Republic of Moldova said");
    const auto& t = s->sentence.tokens;
    CHECK_FALSE(index.longest_at(t, 0));  // "The"
    const auto m = index.longest_at(t, 1);
    REQUIRE(m);
    CHECK(m->length == 3);
    CHECK(*m->ids == std::vector<std::uint32_t>{2});
    // A limit caps the length: then the shorter phrase is the longest match.
    const auto capped = index.longest_at(t, 1, 2);
    REQUIRE(capped);
    CHECK(capped->length == 1);
    CHECK(*capped->ids == std::vector<std::uint32_t>{1});
    const auto inner = index.longest_at(t, 3);
    REQUIRE(inner);
    CHECK(*inner->ids == std::vector<std::uint32_t>{4});
    CHECK_FALSE(index.longest_at(t, 99));
}

TEST_CASE("PhraseIndex does not run past the end of the sentence", "[extract][phrase_index]") {
    PhraseIndex index;
    index.add("Republic of Moldova Government", 3);
    const auto s = tokenize("the Republic of Moldova");
    CHECK_FALSE(index.longest_at(s->sentence.tokens, 1));
}

TEST_CASE("PhraseIndex compares tokens, so punctuation and spacing follow the tokenizer", "[extract][phrase_index]") {
    PhraseIndex index;
    index.add("St. Petersburg", 7);
    index.add("Lavrov\xE2\x80\x99s", 8);  // curly apostrophe: normalised like text
    const auto s = tokenize("He flew to St.  Petersburg and read Lavrov's note");
    const auto& t = s->sentence.tokens;
    const auto m = index.longest_at(t, 3);
    REQUIRE(m);
    CHECK(m->length == 3);  // "St", ".", "Petersburg"
    const auto l = index.longest_at(t, 8);
    REQUIRE(l);
    CHECK(l->length == 2);
    CHECK(index.find("St . Petersburg"));
    CHECK(index.find("St. Petersburg"));
}

TEST_CASE("PhraseIndex is case-sensitive unless asked otherwise", "[extract][phrase_index]") {
    PhraseIndex exact;
    exact.add("Foreign Minister", 1);
    PhraseIndex folded(true);
    folded.add("Foreign Minister", 1);

    const auto s = tokenize("the foreign minister and the FOREIGN MINISTER and the Foreign Minister");
    const auto& t = s->sentence.tokens;
    CHECK_FALSE(exact.longest_at(t, 1));
    CHECK_FALSE(exact.longest_at(t, 5));
    CHECK(exact.longest_at(t, 9));
    REQUIRE(folded.longest_at(t, 1));
    CHECK(folded.longest_at(t, 1)->length == 2);
    CHECK(folded.longest_at(t, 5));
    CHECK(folded.longest_at(t, 9));
    CHECK(folded.find("FOREIGN minister"));
    CHECK_FALSE(exact.find("foreign minister"));
}

TEST_CASE("PhraseIndex answers the same with a first-word slot worked out by the caller", "[extract][phrase_index]") {
    PhraseIndex folded(true);
    folded.add("Foreign Minister", 1);
    folded.add("Fortune", 2);
    const auto s = tokenize("the FOREIGN MINISTER and Foreign Minister met Foreigns at Fortune and Fortuna");
    const auto& t = s->sentence.tokens;
    std::size_t found = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        INFO(t[i].text);
        const auto plain = folded.longest_at(t, i);
        const auto slotted = folded.longest_at(t, i, PhraseIndex::first_word_slot(t[i].text), SIZE_MAX);
        REQUIRE(plain.has_value() == slotted.has_value());
        if (plain) CHECK(plain->length == slotted->length);
        found += plain.has_value();
    }
    CHECK(found == 3);  // FOREIGN MINISTER, Foreign Minister, Fortune; not Foreigns nor Fortuna
}

TEST_CASE("PhraseIndex keeps every id of a shared phrase once", "[extract][phrase_index]") {
    PhraseIndex index;
    index.add("Georgia", 10);
    index.add("Georgia", 20);
    index.add("Georgia", 10);
    index.add("", 30);  // an empty phrase is ignored
    CHECK(index.size() == 1);
    const auto* ids = index.find("Georgia");
    REQUIRE(ids);
    CHECK(*ids == std::vector<std::uint32_t>{10, 20});
    CHECK_FALSE(index.find("Georgian"));
}

TEST_CASE("PhraseIndex::may_start_with never rules out a first word that a phrase has", "[extract][phrase_index]") {
    PhraseIndex index(true);
    const std::vector<std::string> phrases = {"Foreign Minister", "Prime Minister", "Deputy Prime Minister", "Speaker",
                                              "Secretary of State", "Minister"};
    for (std::size_t i = 0; i < phrases.size(); ++i) index.add(phrases[i], static_cast<std::uint32_t>(i));
    // Every first word, in any case, may start a phrase: the filter has no false "no".
    for (const std::string_view word : {"Foreign", "FOREIGN", "prime", "Deputy", "speaker", "Secretary", "minister"})
        CHECK(index.may_start_with(word));
    CHECK_FALSE(index.may_start_with(""));
    // A word no phrase starts with is ruled out unless it shares a filter bit with one: of many
    // such words, most must be ruled out, or the filter spares nothing.
    std::size_t ruled_out = 0;
    const std::vector<std::string_view> others = {"the", "talks", "met", "said", "Kremlin", "visit", "agreed", "border",
                                                  "with", "and", "of", "cooperation", "economic", "President", "Monday"};
    for (const std::string_view word : others) {
        if (!index.may_start_with(word)) {
            ++ruled_out;
            const auto s = tokenize(std::string(word) + " Minister");
            CHECK_FALSE(index.longest_at(s->sentence.tokens, 0));  // a "no" is always right
        }
    }
    CHECK(ruled_out >= others.size() - 2);
}

TEST_CASE("a looked-up token's kept filter slot answers as its text does, and a copy with other text is not looked up", "[extract][phrase_index]") {
    PhraseIndex index(true);
    index.add("celebration", 1);
    index.add("state visit", 2);
    const auto s = tokenize("the celebrations and a State Visit");
    TokenList t = s->sentence.tokens;
    for (std::size_t i = 0; i < t.size(); ++i) {  // as Lexicon::look_up_words keeps them
        t.at(i).lexicon_word = 7;
        t.at(i).phrase_slot = static_cast<std::uint16_t>(PhraseIndex::first_word_slot(t[i].text));
    }
    for (std::size_t i = 0; i < t.size(); ++i) {
        CHECK(PhraseIndex::slot_of(t[i]) == PhraseIndex::first_word_slot(t[i].text));
        CHECK(index.longest_at(t, i).has_value() == index.longest_at(s->sentence.tokens, i).has_value());
    }
    REQUIRE(index.longest_at(t, 4));
    CHECK(index.longest_at(t, 4)->length == 2);
    // "celebrations" read as its singular: the copy must not keep the plural's slot.
    const Token singular = t[1].with_text("celebration");
    CHECK(singular.lexicon_word == Token::kNotLookedUp);
    const TokenList one{singular};
    REQUIRE(index.longest_at(one, 0));
    CHECK(*index.longest_at(one, 0)->ids == std::vector<std::uint32_t>{1});
}
