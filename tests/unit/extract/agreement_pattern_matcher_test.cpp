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

// The fixture with more heads and modifiers, for the descriptive and dated rules.
const Lexicon& document_lexicon() {
    static const Lexicon lexicon = [] {
        TempFolder folder;
        const std::string dir =
            write_fixture_lexicon(folder, {{"agreement_heads.tsv",
                                            "head\tsubtype\n"
                                            "Agreement\tTreaty\n"
                                            "Appeal\tAddress\n"
                                            "Declaration\tDeclaration\n"
                                            "Plan\tPlan\n"
                                            "Programme\tProgramme\n"
                                            "Statement\tStatement\n"
                                            "Treaty\tTreaty\n"},
                                           {"agreement_modifiers.tsv",
                                            "modifier\nbilateral\ninterstate\njoint\nministerial\n"}});
        return Lexicon::load(dir);
    }();
    return lexicon;
}

std::vector<Candidate> documents(const SentenceFixture& s) {
    const std::vector<bool> blocked(s.sentence.tokens.size(), false);
    return match_agreement_patterns(s.sentence, document_lexicon(), blocked);
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

TEST_CASE("a bare head is no agreement, a lower-case one needs a modifier, a year or 'on'",
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

TEST_CASE("several modifiers open a descriptive agreement, its canonical name starts at the head",
          "[extract][agreement_pattern_matcher]") {
    const auto s = tokenize("The sides will sign a bilateral interstate treaty on trade guarantees within the Eurasian Alliance.");
    const auto found = documents(*s);
    REQUIRE(found.size() == 1);
    CHECK(s->original(found[0].first, found[0].last) ==
          "bilateral interstate treaty on trade guarantees within the Eurasian Alliance");
    CHECK(found[0].canonical == "treaty on trade guarantees within the Eurasian Alliance");
    CHECK(found[0].rule == "pattern:agreement-descriptive");
}

TEST_CASE("a second topic, a time or 'within the framework' ends a descriptive agreement",
          "[extract][agreement_pattern_matcher]") {
    {
        const auto s = tokenize("They will adopt a joint declaration on strengthening the rule of law and on principles of trade.");
        const auto found = documents(*s);
        REQUIRE(found.size() == 1);
        CHECK(s->original(found[0].first, found[0].last) == "joint declaration on strengthening the rule of law");
    }
    {
        const auto s = tokenize("A joint appeal to the ministers of the Nordic countries on the subject of trade was discussed.");
        const auto found = documents(*s);
        REQUIRE(found.size() == 1);
        CHECK(s->original(found[0].first, found[0].last) == "joint appeal to the ministers of the Nordic countries");
    }
    {
        const auto s = tokenize("Ana Lopes welcomed the adoption of a joint ministerial statement on that date.");
        const auto found = documents(*s);
        REQUIRE(found.size() == 1);
        CHECK(s->original(found[0].first, found[0].last) == "joint ministerial statement");
        CHECK(found[0].canonical == "joint ministerial statement");
    }
    {
        const auto s = tokenize("They signed a joint statement on trade within the framework of the talks.");
        const auto found = documents(*s);
        REQUIRE(found.size() == 1);
        CHECK(s->original(found[0].first, found[0].last) == "joint statement on trade");
    }
}

TEST_CASE("a dated capitalised head takes a lower-case complement, 'for this year' dates a name",
          "[extract][agreement_pattern_matcher]") {
    const auto s = tokenize("They reviewed the 2025-2027 Programme for coordinated trade actions of the member states "
                            "and the Plan of Consultations for this year.");
    const auto found = documents(*s);
    REQUIRE(found.size() == 2);
    CHECK(found[0].canonical == "2025-2027 Programme for coordinated trade actions of the member states");
    CHECK(found[0].subtype == "Programme");
    CHECK(found[1].canonical == "Plan of Consultations for this year");
    // Undated, a capitalised head with a lower-case complement stays a heading word.
    CHECK(documents(*tokenize("Agreement on this point was reached quickly.")).empty());
}

TEST_CASE("'and' right after a document's head starts another name, inside its complement it joins words",
          "[extract][agreement_pattern_matcher]") {
    {
        const auto s = tokenize("They cited the Lisbon Treaty and UN principles.");
        const auto found = agreements(*s);
        REQUIRE(found.size() == 1);
        CHECK(found[0].canonical == "Lisbon Treaty");
    }
    {
        const auto s = tokenize("They cited the Treaty of Friendship and Cooperation yesterday.");
        const auto found = agreements(*s);
        REQUIRE(found.size() == 1);
        CHECK(found[0].canonical == "Treaty of Friendship and Cooperation");
    }
}

TEST_CASE("an initialism's dot before a hyphen compound stays inside an agreement's name",
          "[extract][agreement_pattern_matcher]") {
    const auto s = tokenize("They marked the anniversary of the Joint Statement on the U.S.-Chile Strategic Partnership.");
    const auto found = agreements(*s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "Joint Statement on the U.S.-Chile Strategic Partnership");
    // A dot that ends the sentence after the initialism is no part of the name.
    const auto t = tokenize("They recalled the Treaty on Cooperation with the U.S. Chile signed it too.");
    const auto other = agreements(*t);
    REQUIRE(other.size() == 1);
    CHECK(other[0].canonical.find("Chile") == std::string::npos);
}
