#include "pressgraph/text/sentence_splitter.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace pressgraph;

namespace {
Span whole(const std::string& text) { return {0, static_cast<std::uint32_t>(text.size())}; }

std::vector<std::string> sentences_of(const std::string& text, Span region) {
    std::vector<std::string> out;
    for (const Span& s : split_sentences(text, region)) out.emplace_back(s.of(text));
    return out;
}
std::vector<std::string> sentences_of(const std::string& text) { return sentences_of(text, whole(text)); }

using Sentences = std::vector<std::string>;
}  // namespace

TEST_CASE("split_sentences splits at full stops, question and exclamation marks", "[text][sentence_splitter]") {
    CHECK(sentences_of("The ministers met. They talked! Was it useful? Yes.") ==
          Sentences{"The ministers met.", "They talked!", "Was it useful?", "Yes."});
    CHECK(sentences_of("One sentence without a full stop") == Sentences{"One sentence without a full stop"});
    CHECK(sentences_of("").empty());
    CHECK(sentences_of("   \n  ").empty());
}

TEST_CASE("split_sentences does not split after abbreviations and initials", "[text][sentence_splitter]") {
    CHECK(sentences_of("The forum opened in St. Petersburg on Monday. Talks followed.") ==
          Sentences{"The forum opened in St. Petersburg on Monday.", "Talks followed."});
    CHECK(sentences_of("Mr. Smith met U.S. officials in Chisinau. They discussed trade.") ==
          Sentences{"Mr. Smith met U.S. officials in Chisinau.", "They discussed trade."});
    CHECK(sentences_of("A message from V. Putin was read out. The session closed.") ==
          Sentences{"A message from V. Putin was read out.", "The session closed."});
    CHECK(sentences_of("Resolution No. 5 was adopted. It enters into force in May.") ==
          Sentences{"Resolution No. 5 was adopted.", "It enters into force in May."});
    CHECK(sentences_of("Dr. Ivanova and Prof. Petrov spoke.") == Sentences{"Dr. Ivanova and Prof. Petrov spoke."});
}

TEST_CASE("split_sentences does not split decimals", "[text][sentence_splitter]") {
    CHECK(sentences_of("Trade grew by 3.5 percent in 2024. Exports rose too.") ==
          Sentences{"Trade grew by 3.5 percent in 2024.", "Exports rose too."});
    CHECK(sentences_of("Turnover reached 12.75 billion. It was a record.") ==
          Sentences{"Turnover reached 12.75 billion.", "It was a record."});
}

TEST_CASE("split_sentences keeps a closing quote with its sentence", "[text][sentence_splitter]") {
    CHECK(sentences_of("He said: \"We agree.\" Then they left.") ==
          Sentences{"He said: \"We agree.\"", "Then they left."});
    CHECK(sentences_of("He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D Then they left.") ==
          Sentences{"He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D", "Then they left."});
    CHECK(sentences_of("The talks ended (as planned.) Both sides left.") ==
          Sentences{"The talks ended (as planned.)", "Both sides left."});
}

TEST_CASE("split_sentences ends sentences at paragraph breaks", "[text][sentence_splitter]") {
    CHECK(sentences_of("First paragraph.\n\nSecond paragraph.") == Sentences{"First paragraph.", "Second paragraph."});
    CHECK(sentences_of("A heading without a stop\nThe text below it.") ==
          Sentences{"A heading without a stop", "The text below it."});
    // A hard-wrapped line that ends mid-sentence continues on the next line.
    const std::string wrapped =
        "The ministers of the two countries discussed the state of bilateral relations and\n"
        "the prospects for cooperation in trade.";
    REQUIRE(sentences_of(wrapped).size() == 1);
    // Also where the next line starts with a capital or a number: wrapped before a name or a date.
    const std::string before_name =
        "On Monday, the visiting Foreign Minister of the Republic Ana Lopes met with\n"
        "Prime Minister Ivan Petrov to discuss trade.";
    CHECK(sentences_of(before_name).size() == 1);
    const std::string before_date =
        "The foreign ministers of the two countries agreed to meet again in the autumn of\n"
        "2027 in the capital.";
    CHECK(sentences_of(before_date).size() == 1);
    // A short line without a stop is a heading, whatever follows.
    CHECK(sentences_of("Talks in the capital with\nPrime Minister Ivan Petrov.").size() == 2);
}

TEST_CASE("split_sentences spans are trimmed and point into the original text", "[text][sentence_splitter]") {
    const std::string text = "Header line\n   The ministers met.   \xC2\xA0They talked.\t\n\n  Closing words.  ";
    // Only the region after the header line is split.
    const Span region{12, static_cast<std::uint32_t>(text.size())};
    const auto spans = split_sentences(text, region);
    REQUIRE(spans.size() == 3);
    CHECK(spans[0].of(text) == "The ministers met.");
    CHECK(spans[1].of(text) == "They talked.");
    CHECK(spans[2].of(text) == "Closing words.");
    CHECK(spans[0].begin == text.find("The ministers"));
    CHECK(spans[1].begin == text.find("They"));
    for (const Span& s : spans) {
        CHECK(region.contains(s));
        CHECK(text[s.begin] != ' ');
        CHECK(text[s.end - 1] != ' ');
    }
    // Spans are in text order and do not overlap.
    CHECK(spans[0].end <= spans[1].begin);
    CHECK(spans[1].end <= spans[2].begin);
}

TEST_CASE("split_sentences honours the region it is given", "[text][sentence_splitter]") {
    const std::string text = "Outside. Inside one. Inside two. Outside again.";
    const auto b = static_cast<std::uint32_t>(text.find("Inside one"));
    const auto e = static_cast<std::uint32_t>(text.find(" Outside again"));
    CHECK(sentences_of(text, {b, e}) == Sentences{"Inside one.", "Inside two."});
}

TEST_CASE("split_sentences cuts a run longer than the piece limit at clause or word boundaries", "[text][sentence_splitter]") {
    // A list without a full stop, as scraped pages hold: pieces of at most kMaxSentenceBytes,
    // cut after a comma, covering every word once.
    std::string list;
    for (int i = 0; i < 400; ++i) list += "Minister of Culture of the Grand Duchy of Norland, ";
    const auto pieces = split_sentences(list, whole(list));
    REQUIRE(pieces.size() > 1);
    std::size_t words = 0;
    for (const Span& p : pieces) {
        CHECK(p.size() <= kMaxSentenceBytes);
        const std::string_view piece = p.of(list);
        CHECK(piece.back() == ',');  // cut after a comma, not inside a word
        for (char c : piece) words += c == ' ';
        ++words;
    }
    CHECK(words == 400 * 9);
    // A word without spaces is cut too, and never inside a UTF-8 character.
    std::string word;
    for (int i = 0; i < 3000; ++i) word += "\xC3\xA9";  // é
    for (const Span& p : split_sentences(word, whole(word))) {
        CHECK(p.size() <= kMaxSentenceBytes);
        CHECK((static_cast<unsigned char>(word[p.begin]) & 0xC0) != 0x80);
    }
}

TEST_CASE("split_sentences ends a sentence at a dotted abbreviation only before two spaces", "[text][sentence_splitter]") {
    CHECK(sentences_of("The talks took place in Washington, D.C.  Secretary Lopes opened them.") ==
          Sentences{"The talks took place in Washington, D.C.", "Secretary Lopes opened them."});
    CHECK(sentences_of("The U.S. Secretary of State met the minister.") == Sentences{"The U.S. Secretary of State met the minister."});
    CHECK(sentences_of("Mr.  Lopes spoke.") == Sentences{"Mr.  Lopes spoke."});
}

TEST_CASE("split_sentences makes a transcript's speaker label a sentence of its own", "[text][sentence_splitter]") {
    CHECK(sentences_of("Ana Lopes: On Monday the minister met his counterpart.\nQ: Will the talks go on?\nDr. Ivan Petrov: Yes.") ==
          Sentences{"Ana Lopes:", "On Monday the minister met his counterpart.", "Q:", "Will the talks go on?", "Dr. Ivan Petrov:", "Yes."});
    // A colon later in a sentence, or after lower-case words, is no label.
    CHECK(sentences_of("The ministers agreed on three points: trade, energy and culture.") ==
          Sentences{"The ministers agreed on three points: trade, energy and culture."});
    CHECK(sentences_of("The reason is simple: trade grew.") == Sentences{"The reason is simple: trade grew."});
    // More than four capitalised words before the colon read as a heading's words, not a speaker.
    CHECK(sentences_of("One Two Three Four Five: the list.").size() == 1);
}

// The splitter skips eight bytes at a time to the next line break or . ! ?: a boundary at any
// offset of a word of eight, and one in the last few bytes, must still be seen.
TEST_CASE("split_sentences finds a boundary at every offset of the text", "[text][sentence_splitter]") {
    for (std::size_t pad = 0; pad <= 17; ++pad) {
        const std::string words(pad, 'a');
        for (const std::string& mark : {".", "!", "?"}) {
            const std::string first = "Talks" + words + mark;
            CHECK(sentences_of(first + " Then " + words + mark + " End" + mark) ==
                  Sentences{first, "Then " + words + mark, "End" + mark});
        }
        CHECK(sentences_of("Talks" + words + "\nNext line") == Sentences{"Talks" + words, "Next line"});
        CHECK(sentences_of("Talks" + words) == Sentences{"Talks" + words});
    }
}
