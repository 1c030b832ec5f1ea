#pragma once
// Rules as data: ontology/rules/word_classes.tsv (word classes) and *.rules files, each
// rule an id, a token pattern, one action and invented examples:
//
//   define person  <Title>* <Person>
//   rule call.had-conversation-with
//     match    a:<Person> @have_verb @call_modifier* @call_noun with b:<Person>
//     event    PhoneCall who=a with=b
//     example  Ivan Petrov had a telephone conversation with Jan Novak.
//
// `define NAME PATTERN` names a piece of pattern that later patterns use as $NAME.
// The engine knows patterns, not actions: each stage (entities, events, relations) takes
// the rules whose action verb it owns and checks their arguments when it loads. Every
// extraction a rule makes carries the rule's id (pgo:extractedBy), so `eval` can score rules.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/extract/engine/rule_anchors.hpp"
#include "pressgraph/extract/engine/token_pattern.hpp"
#include "pressgraph/extract/engine/word_table.hpp"

namespace pressgraph::rules {

struct RuleAction {
    std::string verb;                              ///< "entity", "event", "fact", ...
    std::vector<std::string> positional;           ///< arguments without '='
    std::map<std::string, std::string> named;      ///< key=value arguments (quotes removed)
    /// The named arguments whose values are all captures of the rule's pattern ("who=a,b"), as
    /// capture indices: read once when the rules load, not per document.
    std::map<std::string, std::vector<int>, std::less<>> capture_lists;
    [[nodiscard]] const std::string* get(const std::string& key) const {
        const auto it = named.find(key);
        return it == named.end() ? nullptr : &it->second;
    }
    [[nodiscard]] const std::vector<int>* captures(std::string_view key) const {
        const auto it = capture_lists.find(key);
        return it == capture_lists.end() ? nullptr : &it->second;
    }
    template <class Archive>
    void fields(Archive& ar) {
        ar(verb, positional, named, capture_lists);
    }
};

struct Rule {
    std::string id;
    std::string file;      ///< where it was written, for messages
    std::size_t line = 0;
    CompiledPattern pattern;
    RuleAction action;
    int priority = 0;      ///< higher wins where two rules' proposals overlap
    std::vector<std::string> examples;
    template <class Archive>
    void fields(Archive& ar) {
        ar(id, file, line, pattern, action, priority, examples);
    }
};

class RuleBook {
public:
    RuleBook() = default;
    // with_verb's lists point into the rules: a copy would point into the original's.
    RuleBook(const RuleBook&) = delete;
    RuleBook& operator=(const RuleBook&) = delete;
    RuleBook(RuleBook&&) = default;
    RuleBook& operator=(RuleBook&&) = default;

    /// Loads word_classes.tsv, then every *.rules file of `dir` (sorted by name). Labels
    /// the rules may use must be declared first (WordTable::label_id). Throws InputError
    /// with file and line for any mistake (unknown class, bad pattern, duplicate id).
    void load(const std::string& dir);

    /// Parses rules from text (tests, and load()).
    void add_rules(const std::string& text, const std::string& file);
    /// Parses word classes from TSV text: class, words separated by '|'; a class is written on
    /// one line (a second line with its name is an error, not more words).
    void add_word_classes(const std::string& text, const std::string& file);

    [[nodiscard]] WordTable& words() { return words_; }
    [[nodiscard]] const WordTable& words() const { return words_; }
    [[nodiscard]] const std::vector<Rule>& rules() const { return rules_; }
    /// The rules whose action verb is `verb`, in file order (listed once, when the rules load:
    /// stages ask for every sentence).
    [[nodiscard]] const std::vector<const Rule*>& with_verb(std::string_view verb) const;
    /// The anchors of those rules, positions as in with_verb(verb) (none for an unknown verb).
    [[nodiscard]] const RuleAnchors& anchors_of(std::string_view verb) const;

    /// Every member, for the lexicon's snapshot (lexicon_snapshot.hpp); the lists by verb point
    /// into the rules, so a read makes them again.
    template <class Archive>
    void fields(Archive& ar) {
        ar(words_, rules_, definitions_);
        if constexpr (Archive::kReading) index_by_verb();
    }

private:
    void index_by_verb();

    WordTable words_;
    std::vector<Rule> rules_;
    /// Each action verb's rules, in file order, pointing into rules_ (filled again when rules are
    /// added; a move keeps them, since it keeps rules_'s storage).
    std::map<std::string, std::vector<const Rule*>, std::less<>> rules_by_verb_;
    std::map<std::string, RuleAnchors, std::less<>> anchors_by_verb_;
    std::map<std::string, std::string, std::less<>> definitions_;  ///< define NAME PATTERN, per book
};

}  // namespace pressgraph::rules
