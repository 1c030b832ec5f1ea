#pragma once
// The token pattern language of ontology/rules/*.rules, compiled once into a small
// program for a Thompson-style NFA (no backtracking: work per start position is bounded
// by the program's size times the match window).
//
//   word  "word"      a token whose lower-case form is `word` (quotes for ( ) | : < >)
//   @class            a token of a word class (ontology/rules/word_classes.tsv)
//   <Label|Label2>    an annotation (a mention, a lexicon lookup, a date) starting here;
//                     it is consumed whole, whatever its length in tokens
//   Cap CAPS Lower NUM PUNCT WORD _
//                     a capitalised word, an all-capitals word, a lower-case word, digits,
//                     punctuation, any word, any token
//   !atom             one token that the single-token atom does not match
//   ( a b | c )       sequence and alternatives;  x? x* x+ x{m,n}  repetition (n <= 16)
//   name:atom         capture: the tokens `atom` covered, for the rule's action
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/extract/engine/word_table.hpp"

namespace pressgraph::rules {

/// A pattern that does not parse: the message names the column (1-based).
class PatternError : public std::invalid_argument {
public:
    PatternError(const std::string& message, std::size_t column)
        : std::invalid_argument(message), column_(column) {}
    [[nodiscard]] std::size_t column() const { return column_; }

private:
    std::size_t column_;
};

enum class Shape : std::uint8_t { Any, Word, Cap, Caps, Lower, Num, Punct };

/// What one token must be.
struct TokenTest {
    enum class Kind : std::uint8_t { Word, Class, Shape };
    Kind kind = Kind::Shape;
    bool negated = false;
    WordId word = kUnknownWord;  ///< Kind::Word
    std::uint16_t word_class = 0;  ///< Kind::Class
    Shape shape = Shape::Any;    ///< Kind::Shape
};

struct Instruction {
    enum class Op : std::uint8_t { Token, Annotation, Split, Jump, Save, Match };
    Op op = Op::Match;
    TokenTest test;      ///< Op::Token
    LabelSet labels;     ///< Op::Annotation
    std::uint32_t x = 0; ///< Split: preferred branch; Jump: target; Save: slot
    std::uint32_t y = 0; ///< Split: other branch
};

/// Captures per pattern (two slots each: first and one-past-last token).
inline constexpr std::size_t kMaxCaptures = 8;
/// The longest match, in tokens: a bound on work per start position.
inline constexpr std::size_t kMaxMatchTokens = 48;

struct CompiledPattern {
    std::string source;
    std::vector<Instruction> program;
    std::vector<std::string> captures;  ///< capture i uses slots 2i and 2i+1
    /// The pattern ended in "$": a match must reach the end of the sentence (a list item on a
    /// line of its own, whose end closes it).
    bool ends_sentence = false;

    /// A test one token or annotation of every match passes: sentences without such a
    /// token or annotation are skipped without running the program.
    enum class Anchor : std::uint8_t { None, Word, Class, Label };
    Anchor anchor = Anchor::None;
    WordId anchor_word = kUnknownWord;
    std::size_t anchor_class = 0;
    std::size_t anchor_label = 0;

    /// Tests every match passes somewhere, each a choice ("met" or "meets"; a <Person> or a
    /// <Ref>): a sentence that lacks any one of them is skipped without running the program.
    struct Requirement {
        std::vector<WordId> words;
        std::vector<std::uint16_t> classes;
        LabelSet labels;
        template <class Archive>
        void fields(Archive& ar) {
            ar(words, classes, labels);
        }
    };
    std::vector<Requirement> required;

    /// The consuming instructions a match can begin with (reached from the start through
    /// jumps, splits and saves): a start position none of them accepts is skipped at once.
    std::vector<std::uint32_t> first;

    /// The tests of `first` merged by kind, so that testing a start position (done for every
    /// rule at every token) takes one AND and a few bit tests instead of a call per instruction.
    struct StartSet {
        std::vector<WordId> words;           ///< words a start may be
        std::vector<std::uint16_t> classes;  ///< classes a start may have (a few: bit tests beat a 256-bit AND)
        LabelSet labels;                     ///< labels an annotation starting there may have
        std::vector<TokenTest> other_tests;  ///< shapes and negated tests, checked one by one
        template <class Archive>
        void fields(Archive& ar) {
            ar(words, classes, labels, other_tests);
        }
    };
    StartSet start;

    /// Where a thread at each instruction goes before it consumes anything: the Token,
    /// Annotation and Match instructions it reaches through jumps, splits and saves, in the
    /// matcher's priority order, each with the capture slots the saves on its way set.
    /// Computed once here, so the matcher does not walk the jumps and splits at every token.
    struct Step {
        std::uint32_t pc = 0;
        std::uint16_t saves = 0;  ///< bit k: slot k takes the current position
    };
    std::vector<std::uint32_t> closure_begin;  ///< per instruction, into `closure_steps`; one more at the end
    std::vector<Step> closure_steps;

    /// The index of capture `name`, or -1.
    [[nodiscard]] int capture_index(std::string_view name) const;

    /// Every member, for the lexicon's snapshot (lexicon_snapshot.hpp).
    template <class Archive>
    void fields(Archive& ar) {
        ar(source, program, captures, ends_sentence, anchor, anchor_word, anchor_class, anchor_label, required, first, start,
           closure_begin, closure_steps);
    }
};

/// Parses and compiles `text`; words, classes and labels resolve against `words` (new
/// words are interned; an unknown class or label is an error).
[[nodiscard]] CompiledPattern compile_pattern(std::string_view text, WordTable& words);

}  // namespace pressgraph::rules
