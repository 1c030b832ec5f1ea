#include "pressgraph/extract/engine/pattern_matcher.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/extract/engine/rule_book.hpp"
#include "pressgraph/util/errors.hpp"
#include "support/sentence_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::rules;
using pressgraph::test::tokenize;

namespace {

// A rule book with two word classes and the labels Person and Country, for invented sentences.
struct Fixture {
    RuleBook book;
    std::uint16_t person, country;
    Fixture() {
        person = static_cast<std::uint16_t>(book.words().label_id("Person"));
        country = static_cast<std::uint16_t>(book.words().label_id("Country"));
        book.add_word_classes("class\twords\nmeet_verb\tmeet|met|meets\ncall_noun\tcall|conversation\n", "test.tsv");
        // Words are interned when rules load, before any sentence is read: do the same here.
        for (const char* w : {"talks", "and", "a", "phone", "telephone", "in", "again", "maria", "yesterday", "with", "had", "of"})
            book.words().intern(w);
    }
    CompiledPattern pattern(const std::string& text) { return compile_pattern(text, book.words()); }
};

// The text of each match (tokens joined by spaces) and of its captures.
std::vector<std::string> matched(const CompiledPattern& p, const AnnotatedSentence& s) {
    std::vector<std::string> out;
    for (const auto& m : find_matches(p, s)) {
        std::string text = join_tokens(s.tokens(), m.first, m.last);
        for (std::size_t c = 0; c < p.captures.size(); ++c)
            if (m.has(c)) text += " [" + p.captures[c] + "=" + join_tokens(s.tokens(), m.capture(c).first, m.capture(c).second) + "]";
        out.push_back(text);
    }
    return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("words match case-insensitively, classes by membership", "[extract][engine]") {
    Fixture f;
    const auto s = tokenize("The ministers Met in Oslo and then met again.");
    AnnotatedSentence a(s->sentence.tokens, f.book.words());
    a.finish();
    CHECK(matched(f.pattern("@meet_verb in Cap"), a) == Texts{"Met in Oslo"});
    CHECK(matched(f.pattern("met again"), a) == Texts{"met again"});
    CHECK(matched(f.pattern("@meet_verb"), a) == Texts{"Met", "met"});
    CHECK(matched(f.pattern("unknownword"), a).empty());
}

TEST_CASE("an annotation is consumed whole, captures give its tokens", "[extract][engine]") {
    Fixture f;
    const auto s = tokenize("Anna Maria Berg met Jan Novak of Norland yesterday.");
    AnnotatedSentence a(s->sentence.tokens, f.book.words());
    a.annotate({0, 3, f.person, 0});
    a.annotate({4, 6, f.person, 1});
    a.annotate({7, 8, f.country, 2});
    a.finish();
    CHECK(matched(f.pattern("x:<Person> @meet_verb y:<Person> (of c:<Country>)?"), a) ==
          Texts{"Anna Maria Berg met Jan Novak of Norland [x=Anna Maria Berg] [y=Jan Novak] [c=Norland]"});
    // An annotation must start where the pattern stands: "Maria Berg" is no Person.
    CHECK(matched(f.pattern("Maria y:<Person>"), a).empty());
    CHECK(matched(f.pattern("<Person|Country> yesterday"), a) == Texts{"Norland yesterday"});
}

TEST_CASE("the longest match wins at each start, matches do not overlap", "[extract][engine]") {
    Fixture f;
    const auto s = tokenize("talks talks talks and talks");
    AnnotatedSentence a(s->sentence.tokens, f.book.words());
    a.finish();
    CHECK(matched(f.pattern("talks+"), a) == Texts{"talks talks talks", "talks"});
    CHECK(matched(f.pattern("talks{1,2}"), a) == Texts{"talks talks", "talks", "talks"});
    CHECK(matched(f.pattern("talks (and talks)?"), a) == Texts{"talks", "talks", "talks and talks"});
    CHECK(matched(f.pattern("!talks"), a) == Texts{"and"});
}

TEST_CASE("a final $ anchors a match at the end of the sentence", "[extract][engine]") {
    Fixture f;
    const auto s = tokenize("talks in Oslo and talks in Bergen");
    AnnotatedSentence a(s->sentence.tokens, f.book.words());
    a.finish();
    CHECK(matched(f.pattern("talks in Cap"), a) == Texts{"talks in Oslo", "talks in Bergen"});
    CHECK(matched(f.pattern("talks in Cap $"), a) == Texts{"talks in Bergen"});
    CHECK(matched(f.pattern("talks in Cap$"), a) == Texts{"talks in Bergen"});
    CHECK(f.pattern("talks $").ends_sentence);
    CHECK_FALSE(f.pattern("talks").ends_sentence);
    // The longest match that reaches the end, not the longest one.
    CHECK(matched(f.pattern("and talks (in Cap)? $"), a) == Texts{"and talks in Bergen"});
    CHECK(matched(f.pattern("Oslo (and talks)? $"), a).empty());
}

TEST_CASE("a rule file keeps a final lone $ and still expands definitions before it", "[extract][engine]") {
    RuleBook book;
    book.add_rules("define place (in Cap)\n\nrule test.at-end\n  match   talks $place $\n  fact    visited x y\n", "test.rules");
    REQUIRE(book.rules().size() == 1);
    CHECK(book.rules().front().pattern.ends_sentence);
}

TEST_CASE("alternatives and optional captures", "[extract][engine]") {
    Fixture f;
    const auto s = tokenize("a phone call with him; a conversation");
    AnnotatedSentence a(s->sentence.tokens, f.book.words());
    a.finish();
    CHECK(matched(f.pattern("a m:(phone|telephone)? n:@call_noun"), a) == Texts{"a phone call [m=phone] [n=call]", "a conversation [n=conversation]"});
    CHECK(matched(f.pattern("PUNCT a"), a) == Texts{"; a"});
}

TEST_CASE("the prefilter skips sentences without the pattern's anchor", "[extract][engine]") {
    Fixture f;
    const auto s = tokenize("Nothing here.");
    AnnotatedSentence a(s->sentence.tokens, f.book.words());
    a.finish();
    const auto p = f.pattern("Cap? @call_noun");
    CHECK(p.anchor == CompiledPattern::Anchor::Class);
    CHECK_FALSE(may_match(p, a));
    CHECK(f.pattern("<Person> met").anchor == CompiledPattern::Anchor::Word);
    CHECK(f.pattern("<Person>").anchor == CompiledPattern::Anchor::Label);
    CHECK(f.pattern("(a | b)").anchor == CompiledPattern::Anchor::None);
}

TEST_CASE("the prefilter asks for every test a match must pass, each with its alternatives", "[extract][engine]") {
    Fixture f;
    const auto s = tokenize("Maria had a telephone conversation yesterday.");
    AnnotatedSentence a(s->sentence.tokens, f.book.words());
    a.finish();
    // The anchor ("with") is the best single test; the class @meet_verb is required too.
    const auto p = f.pattern("(had|held) a @call_noun with @meet_verb");
    CHECK(p.required.size() == 5);  // (had|held), a, @call_noun, with, @meet_verb
    CHECK_FALSE(may_match(p, a));  // no "with", no meeting verb
    CHECK(may_match(f.pattern("(had|held) a (phone|telephone)? @call_noun"), a));
    // A branch that requires nothing makes its alternatives no requirement: "a" or nothing.
    CHECK(f.pattern("(a | Cap?) @call_noun").required.size() == 1);
    // A requirement the sentence lacks, after an anchor it has: skipped, and indeed no match.
    const auto q = f.pattern("conversation (in|with)");
    CHECK_FALSE(may_match(q, a));
    CHECK(matched(q, a).empty());
}

TEST_CASE("work stays bounded on long runs: a match is at most the window long", "[extract][engine]") {
    Fixture f;
    std::string text;
    for (int i = 0; i < 300; ++i) text += "talks ";
    const auto s = tokenize(text);
    AnnotatedSentence a(s->sentence.tokens, f.book.words());
    a.finish();
    const auto ms = find_matches(f.pattern("talks* talks"), a);
    REQUIRE_FALSE(ms.empty());
    for (const auto& m : ms) CHECK(m.last - m.first <= kMaxMatchTokens);
    std::size_t covered = 0;
    for (const auto& m : ms) covered += m.last - m.first;
    CHECK(covered == 300);
}

TEST_CASE("bad patterns name the column of the mistake", "[extract][engine]") {
    Fixture f;
    auto column_of = [&](const std::string& text) -> std::size_t {
        try {
            (void)f.pattern(text);
        } catch (const PatternError& e) {
            return e.column();
        }
        return 0;
    };
    CHECK(column_of("met @unknown_class") == 6);
    CHECK(column_of("met <Nobody>") == 6);
    CHECK(column_of("(met") == 5);
    CHECK(column_of("met{1,40}") > 0);
    CHECK(column_of("met?") == 1);  // can match nothing
    CHECK(column_of("x:met x:met") > 0);
    CHECK(column_of("!(a b)") > 0);
}

TEST_CASE("rule files: ids, actions, examples, and errors with file and line", "[extract][engine]") {
    Fixture f;
    f.book.add_rules("# a comment\n"
                     "rule call.with\n"
                     "  match  a:<Person> had a @call_noun with b:<Person>\n"
                     "  event  PhoneCall who=a with=b title=\"Prime Minister\"\n"
                     "  example Ivan Petrov had a call with Jan Novak.\n"
                     "  priority 3\n",
                     "calls.rules");
    REQUIRE(f.book.rules().size() == 1);
    const Rule& r = f.book.rules().front();
    CHECK(r.id == "call.with");
    CHECK(r.action.verb == "event");
    CHECK(r.action.positional == std::vector<std::string>{"PhoneCall"});
    CHECK(*r.action.get("who") == "a");
    CHECK(*r.action.get("title") == "Prime Minister");
    CHECK(r.examples.size() == 1);
    CHECK(r.priority == 3);
    CHECK(f.book.with_verb("event").size() == 1);
    CHECK(f.book.with_verb("fact").empty());
    auto line_of = [&](const std::string& text) -> std::size_t {
        try {
            RuleBook other;
            other.words().label_id("Person");
            other.add_rules(text, "x.rules");
        } catch (const InputError& e) {
            return e.line();
        }
        return 0;
    };
    CHECK(line_of("rule a\n  match <Person>\n  event Meeting\nrule a\n  match x\n  event Meeting\n") == 4);  // duplicate id
    CHECK(line_of("rule b\n  event Meeting\n") == 1);                                  // no match line
    CHECK(line_of("rule c\n  match @nope\n  event Meeting\n") == 2);                   // unknown class
    CHECK(line_of("  match x\n") == 1);                                                // no rule line
    CHECK(line_of("rule Bad Id\n") == 1);
}

TEST_CASE("word classes: one line each, a class named twice is an error with both lines", "[extract][engine]") {
    RuleBook book;
    try {
        book.add_word_classes("class\twords\nmeet_verb\tmeet|met\n# more\nmeet_verb\tmeets\n", "classes.tsv");
        FAIL("a class written on two lines was accepted");
    } catch (const InputError& e) {
        CHECK(e.file() == "classes.tsv");
        CHECK(e.line() == 4);
        CHECK(e.problem().find("line 2") != std::string::npos);
    }
}

TEST_CASE("a quoted word may hold an escaped quote or backslash", "[extract][engine]") {
    Fixture f;
    const auto p = f.pattern("\"\\\"\" a");
    const auto s = tokenize("the \" a \" group");
    AnnotatedSentence a(s->sentence.tokens, f.book.words());
    a.finish();
    CHECK(matched(p, a) == Texts{"\" a"});
}

TEST_CASE("a sentence's candidate rules are those whose anchor it holds, in file order", "[extract][engine]") {
    Fixture f;
    f.book.add_rules("rule a.word\n  match  a:<Person> had talks\n  event  Meeting who=a\n"
                     "rule b.class\n  match  a:<Person> @meet_verb b:<Person>\n  event  Meeting who=a with=b\n"
                     "rule c.label\n  match  a:<Country>\n  fact   memberOf a a\n"
                     "rule d.word\n  match  a:<Person> had a @call_noun\n  event  PhoneCall who=a\n"
                     "rule e.country\n  match  with a:<Country>\n  event  Meeting who=a\n",
                     "anchors.rules");
    const auto& events = f.book.with_verb("event");
    REQUIRE(events.size() == 4);
    const RuleAnchors& anchors = f.book.anchors_of("event");
    auto candidates_in = [&](const std::string& text, bool country) {
        const auto s = tokenize(text);
        AnnotatedSentence a(s->sentence.tokens, f.book.words());
        a.annotate({0, 2, f.person, 0});
        if (country) a.annotate({static_cast<std::uint32_t>(s->sentence.tokens.size() - 2),
                                 static_cast<std::uint32_t>(s->sentence.tokens.size() - 1), f.country, 1});
        a.finish();
        std::vector<std::uint32_t> out;
        anchors.candidates(a, out);
        // Every rule left out can match nothing here; those kept are in the order of with_verb.
        for (std::uint32_t i = 0; i < events.size(); ++i)
            if (std::find(out.begin(), out.end(), i) == out.end()) CHECK(find_matches(events[i]->pattern, a).empty());
        return out;
    };
    const auto met = candidates_in("Anna Berg met Jan Novak in Norland .", true);
    CHECK(std::is_sorted(met.begin(), met.end()));
    CHECK(std::find(met.begin(), met.end(), 1U) != met.end());  // b.class: "met" is of meet_verb
    CHECK(std::find(met.begin(), met.end(), 2U) == met.end());  // d.word: no call
    const auto call = candidates_in("Anna Berg had a call yesterday .", false);
    CHECK(std::find(call.begin(), call.end(), 2U) != call.end());
    CHECK(std::find(call.begin(), call.end(), 1U) == call.end());
    // A verb no rule has: no candidates.
    const auto s = tokenize("Anna Berg met Jan Novak .");
    AnnotatedSentence a(s->sentence.tokens, f.book.words());
    a.finish();
    std::vector<std::uint32_t> none{7};
    f.book.anchors_of("no such verb").candidates(a, none);
    CHECK(none.empty());
}
