#include "pressgraph/extract/word_classes.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sstream>

#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/util/errors.hpp"
#include "support/lexicon_fixture.hpp"
#include "support/sentence_fixture.hpp"
#include "support/temp_folder.hpp"

using namespace pressgraph;
using pressgraph::test::TempFolder;

namespace {

// The project's word_classes.tsv without the line of class `name`.
std::string word_classes_without(const std::string& name) {
    std::istringstream in(test::project_word_classes());
    std::string out, line;
    while (std::getline(in, line))
        if (line.rfind(name + "\t", 0) != 0) out += line + "\n";
    return out;
}

}  // namespace

TEST_CASE("every word class the extraction code tests is in ontology/rules and has words", "[extract][word_classes]") {
    const Lexicon lx = Lexicon::load((std::filesystem::path(PRESSGRAPH_SOURCE_DIR) / "ontology" / "lexicon").string());
    const auto& table = lx.rules().words();
    std::set<std::string_view> names;
    for (const auto& e : WordClasses::entries()) {
        INFO(e.name);
        CHECK(names.insert(e.name).second);  // each class once
        const long id = table.find_class(e.name);
        REQUIRE(id >= 0);
        CHECK(lx.word_classes().*e.field == static_cast<std::size_t>(id));
        CHECK_FALSE(lx.words_of(static_cast<std::size_t>(id)).empty());
        for (const auto& w : lx.words_of(static_cast<std::size_t>(id))) {
            CHECK(w == rules::lower_word(w));  // lower-case single words
            CHECK(w.find(' ') == std::string::npos);
        }
    }
    // A field that no entry sets would stay 0, the id of the file's first class.
    CHECK(names.size() == sizeof(WordClasses) / sizeof(WordClasses::Id));
}

TEST_CASE("a lexicon without a word class the code tests does not load, and says which", "[extract][word_classes]") {
    TempFolder folder;
    SECTION("a class deleted from word_classes.tsv") {
        const std::string dir = write_fixture_lexicon(folder, {}, word_classes_without("signing_word"));
        try {
            (void)Lexicon::load(dir);
            FAIL("a lexicon without the class signing_word loaded");
        } catch (const InputError& e) {
            CHECK(e.file() == (folder.path() / "rules" / "word_classes.tsv").string());
            CHECK(e.problem().find("'signing_word'") != std::string::npos);
        }
    }
    SECTION("no rules folder beside the lexicon") {
        const std::string dir = write_fixture_lexicon(folder);
        std::filesystem::remove_all(folder.path() / "rules");
        CHECK_THROWS_AS(Lexicon::load(dir), InputError);
    }
}

TEST_CASE("SentenceWords tests a token's classes by index, in any case or as written", "[extract][word_classes]") {
    const Lexicon& lx = test::fixture_lexicon();
    const auto& c = lx.word_classes();
    const auto s = test::tokenize("Both members met , the MEMBERS of the Organisation and both members");
    const SentenceWords words = lx.sentence_words(s->sentence.tokens);
    REQUIRE(words.size() == s->sentence.tokens.size());
    CHECK(words.is(0, c.both_word));
    CHECK_FALSE(words.is_lower(0, c.both_word));
    CHECK(words.is_lower_or_title(0, c.both_word));
    CHECK(words.is_lower(1, c.members_noun));
    CHECK_FALSE(words.is(2, c.members_noun));
    CHECK(words.is(5, c.members_noun));
    CHECK_FALSE(words.is_lower_or_title(5, c.members_noun));  // "MEMBERS"
    CHECK(words.is_lower_or_title(8, c.generic_body_title));   // "Organisation"
    CHECK_FALSE(words.is_lower(8, c.generic_body_noun));
    CHECK(words.is_lower(10, c.both_word));
    CHECK_FALSE(words.is(99, c.both_word));  // past the end: no class
    const SentenceWords none;                 // made without a lexicon: no token, no class
    CHECK_FALSE(none.is(0, none.classes().both_word));
    // any(): some token has the class, in any case.
    CHECK(words.any(c.members_noun));
    CHECK(words.any(c.generic_body_title));
    CHECK_FALSE(words.any(c.signing_word));
    CHECK_FALSE(none.any(none.classes().both_word));
    const auto other = test::tokenize("The treaty was SIGNED yesterday");
    CHECK(lx.sentence_words(other->sentence.tokens).any(c.signing_word));
    CHECK(lx.word_in("Signed", c.signing_word));
    CHECK_FALSE(lx.word_in("signed the", c.signing_word));
}

TEST_CASE("a token looked up once answers class and calendar tests as a lookup of its text does", "[extract][word_classes]") {
    const Lexicon& lx = test::fixture_lexicon();
    using Calendar = DateWords::Calendar;
    const auto s = test::tokenize("The Minister met them on Monday , 3 March , and MARCH members said However the Kremlin");
    TokenList looked_up = s->sentence.tokens;
    const SentenceWords words = lx.look_up_words(looked_up);
    const TokenList& as_made = s->sentence.tokens;  // never looked up: every test hashes the text
    REQUIRE(looked_up.size() == as_made.size());
    for (std::size_t i = 0; i < as_made.size(); ++i) {
        INFO(as_made[i].text);
        CHECK(as_made[i].lexicon_word == Token::kNotLookedUp);
        CHECK(looked_up[i].lexicon_word == words.id(i));
        CHECK(lx.word_id(looked_up[i]) == lx.word_id(as_made[i]));
        for (const Calendar kind : {Calendar::Month, Calendar::Weekday, Calendar::Quarter})
            CHECK(lx.calendar_number(looked_up[i], kind) == lx.calendar_number(as_made[i], kind));
        for (const std::size_t c : {lx.word_classes().name_breaking_word, lx.word_classes().members_noun})
            CHECK(lx.token_in(looked_up[i], c) == lx.token_in(as_made[i], c));
    }
    CHECK(lx.calendar_number(looked_up[5], Calendar::Weekday) == 1);  // "Monday"
    CHECK(lx.calendar_number(looked_up[8], Calendar::Month) == 3);    // "March"
    CHECK(lx.calendar_number(looked_up[11], Calendar::Month) == 3);   // "MARCH"
    CHECK(lx.token_in(looked_up[12], lx.word_classes().members_noun));
    CHECK_FALSE(lx.token_in(looked_up[13], lx.word_classes().members_noun));
}

TEST_CASE("word_case reads how a word is written", "[extract][word_classes]") {
    CHECK(word_case("member") == WordCase::Lower);
    CHECK(word_case("co-chaired") == WordCase::Lower);
    CHECK(word_case("Region") == WordCase::Title);
    CHECK(word_case("REGION") == WordCase::Other);
    CHECK(word_case("McDonald") == WordCase::Other);
    CHECK(word_case(",") == WordCase::Lower);
}
