#pragma once
// General world knowledge from ontology/lexicon/*.tsv (see its README for sources):
// countries and demonyms, international organisations, places, titles of office,
// given names, and the head nouns and triggers that patterns build on.
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pressgraph/extract/engine/labels.hpp"
#include "pressgraph/extract/engine/rule_book.hpp"
#include "pressgraph/extract/entity_type.hpp"
#include "pressgraph/extract/phrase_index.hpp"
#include "pressgraph/extract/word_classes.hpp"
#include "pressgraph/util/calendar_names.hpp"
#include "pressgraph/util/flat_string_map.hpp"

namespace pressgraph {

/// A named thing the lexicon knows.
struct LexiconEntry {
    EntityType type = EntityType::Country;
    std::string canonical;   ///< the name nodes are labelled with
    std::string subtype;     ///< organisation subtype, place kind
    std::string country;     ///< ISO 3166-1 alpha-2 of a country, or a place's country
    std::string rule;        ///< "lexicon:country", "lexicon:organization", ...
    std::string official;    ///< a country's name in an office or body's full name: "the Republic of Belarus"
    template <class Archive>
    void fields(Archive& ar) {
        ar(type, canonical, subtype, country, rule, official);
    }
};

/// A title of office ("Foreign Minister", "Speaker").
struct TitleEntry {
    std::string title;
    std::string scope;       ///< national | body | generic
    bool exclusive = false;  ///< one holder at a time per country or body
    std::string country;     ///< ISO code of the one state with an office of this name ("Secretary of Commerce"), or empty
    template <class Archive>
    void fields(Archive& ar) {
        ar(title, scope, exclusive, country);
    }
};

struct HeadNoun {
    std::string subtype;
    bool needs_complement = false;  ///< only a name with "of ..." or a modifier ("Federation")
    template <class Archive>
    void fields(Archive& ar) {
        ar(subtype, needs_complement);
    }
};

/// A word ending and what it becomes (surname_endings.tsv: "skiy" -> "ski";
/// plural_endings.tsv: "men" -> "man").
struct EndingFold {
    std::string ending;
    std::string folded;
    template <class Archive>
    void fields(Archive& ar) {
        ar(ending, folded);
    }
};

/// Replaces the longest ending of `folds` (sorted longest first) that `word` ends with, when
/// `word` keeps at least `min_rest` other bytes; returns whether one did.
bool fold_ending(std::string& word, const std::vector<EndingFold>& folds, std::size_t min_rest);

/// What a name's signature (name_signature.hpp) folds the words of a name by: word families,
/// spellings and translations (name_word_folds.tsv), by word id of the rules' WordTable, and
/// the romanised spellings of Russian words (name_romanisations.tsv).
struct NameWordFolds {
    std::vector<std::string> folded;  ///< by word id: the form the signature keeps
    std::vector<bool> folds;          ///< by word id: whether the word has a fold
    std::vector<EndingFold> romanised_endings;  ///< longest first
    std::vector<EndingFold> romanised_inside;   ///< spellings folded anywhere after the first letter

    /// The fold of word `w`, or nullptr when it has none.
    [[nodiscard]] const std::string* of(rules::WordId w) const { return w < folds.size() && folds[w] ? &folded[w] : nullptr; }
    template <class Archive>
    void fields(Archive& ar) {
        ar(folded, folds, romanised_endings, romanised_inside);
    }
};

struct EventTrigger {
    std::string trigger;
    std::string event_type;  ///< Meeting, Visit, ...
    std::string kind;        ///< noun | verb | phrase
    template <class Archive>
    void fields(Archive& ar) {
        ar(trigger, event_type, kind);
    }
};

class Lexicon {
public:
    /// Loads every file of `dir` (ontology/lexicon), and the word classes and rules of its
    /// sibling folder `rules` (ontology/rules), which the extraction code needs. Throws
    /// InputError with file:line, or naming a word class the code tests that is missing.
    static Lexicon load(const std::string& dir);

    /// The extraction rules and their word classes (ontology/rules), and the label ids they use.
    [[nodiscard]] const rules::RuleBook& rules() const { return rules_; }
    [[nodiscard]] const rules::Labels& labels() const { return labels_; }
    /// Loads rules from `dir` (load() calls it for ontology/rules), then resolves word_classes().
    void load_rules(const std::string& dir);
    /// Adds word classes and rules from text (tests), then resolves word_classes().
    void add_rules(const std::string& word_classes, const std::string& rules_text);

    /// The ids of the word classes the extraction code tests (word_classes.hpp).
    [[nodiscard]] const WordClasses& word_classes() const { return word_classes_; }
    /// Whether `word`, in any case, is a word of class `c`: one lookup, for a word or a
    /// trigger's text; per-token tests use SentenceWords.
    [[nodiscard]] bool word_in(std::string_view word, std::size_t c) const {
        return rules_.words().classes(rules_.words().find(word)).test(c);
    }
    /// The words of class `c`, in the order they were first named (for tests of endings:
    /// "ends with a word of the class").
    [[nodiscard]] const std::vector<std::string>& words_of(std::size_t c) const;
    /// Whether `word` is a word of class `c`, by a scan of the class's words rather than a
    /// lookup: for short classes tested on a token's text in hot loops, where the scan is the
    /// cheaper. `any_case`: its ASCII letters in any case ("The"); else as listed ("of", not "Of").
    [[nodiscard]] bool class_lists(std::string_view word, std::size_t c, bool any_case) const {
        // Most words have a length or a first letter no word of the class has: two bit tests, no scan.
        if (word.empty() || c >= class_filters_.size()) return false;
        const ClassFilter& filter = class_filters_[c];
        auto first = static_cast<unsigned char>(word[0]);
        if (any_case && first >= 'A' && first <= 'Z') first = static_cast<unsigned char>(first - 'A' + 'a');
        const std::size_t length = word.size() < 63 ? word.size() : 63;
        return (filter.lengths >> length & 1U) != 0 && filter.firsts.test(first) && scan_class(word, c, any_case);
    }
    /// Looks up the tokens of a sentence once, for class tests by index.
    [[nodiscard]] SentenceWords sentence_words(const TokenList& tokens) const {
        return {tokens, rules_.words(), word_classes_, date_words_};
    }
    /// sentence_words(), and each token keeps its word id (Token::lexicon_word) and its phrase
    /// filter slot (Token::phrase_slot), so that recognisers need not hash its text again.
    [[nodiscard]] SentenceWords look_up_words(TokenList& tokens) const {
        SentenceWords words = sentence_words(tokens);
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            Token& t = tokens.at(i);
            t.lexicon_word = words.id(i);
            t.phrase_slot = static_cast<std::uint16_t>(PhraseIndex::first_word_slot(t.text));
        }
        return words;
    }
    /// The word id of `token` in the rules' word table: the one looked up for it, or a lookup now.
    [[nodiscard]] rules::WordId word_id(const Token& token) const {
        return token.lexicon_word != Token::kNotLookedUp ? token.lexicon_word : rules_.words().find(token.text);
    }
    /// Whether `token`, in any case, is a word of class `c` (by its word id).
    [[nodiscard]] bool token_in(const Token& token, std::size_t c) const {
        return rules_.words().classes(word_id(token)).test(c);
    }
    /// The calendar's number of `token` as a word of `kind` (calendar_words.tsv), 0 when none.
    [[nodiscard]] int calendar_number(const Token& token, DateWords::Calendar kind) const {
        return date_words_.calendar_number(word_id(token), kind);
    }

    /// Countries (names and aliases), organisations (names, acronyms, aliases) and places.
    [[nodiscard]] const PhraseIndex& names() const { return names_; }
    [[nodiscard]] const LexiconEntry& entry(std::uint32_t id) const { return entries_[id]; }
    [[nodiscard]] std::size_t entry_count() const { return entries_.size(); }

    /// Demonyms and adjectives ("Russian", "Belarusian") -> country entries.
    [[nodiscard]] const PhraseIndex& demonyms() const { return demonyms_; }

    /// Titles of office, matched case-insensitively.
    [[nodiscard]] const PhraseIndex& titles() const { return titles_; }
    [[nodiscard]] const TitleEntry& title(std::uint32_t id) const { return title_entries_[id]; }
    /// The same titles in the plural ("deputy prime ministers", "Ministers of Finance"): the
    /// payload is the singular title's id.
    [[nodiscard]] const PhraseIndex& title_plurals() const { return title_plurals_; }

    /// The canonical spelling of a given name or one of its variants, or nullptr.
    [[nodiscard]] const std::string* given_name(std::string_view word) const;

    [[nodiscard]] const HeadNoun* organization_head(std::string_view word) const;
    /// Landmark heads ("Fortress", "Monument"): the kind of place they end.
    [[nodiscard]] const HeadNoun* place_head(std::string_view word) const;
    [[nodiscard]] const std::string* agreement_head(std::string_view word) const;  ///< subtype
    /// The portfolio a ministry is called by ("foreign" -> "Foreign Affairs"), case-insensitive.
    [[nodiscard]] const std::string* ministry_portfolio(std::string_view word) const;
    /// The short title of a minister written in full: "Minister of Foreign Affairs" ->
    /// "Foreign Minister" (the minister's word is the class minister_word); other titles are
    /// returned as they are.
    [[nodiscard]] std::string short_title(std::string_view title) const;
    /// "joint", "bilateral": lower-case words that make "statement" a specific document.
    [[nodiscard]] bool is_agreement_modifier(std::string_view word) const {
        return agreement_modifiers_.count(std::string(word)) > 0;
    }

    /// The calendar's month names, 1-12, and weekday names, 1-7 (calendar_words.tsv), for
    /// readers of a word's text: the header reader, the name recognisers.
    [[nodiscard]] const CalendarNames& month_names() const { return month_names_; }
    [[nodiscard]] const CalendarNames& weekday_names() const { return weekday_names_; }
    /// Both, and the particles of place names (word class place_particle), for the text readers
    /// (a dateline's first word that is a weekday is no place; "Rio de Janeiro" is one).
    [[nodiscard]] HeaderWords header_words() const { return {month_names_, weekday_names_, place_particles_, &page_labels_}; }

    /// Romanisations of surname endings, longest first (surname_endings.tsv).
    [[nodiscard]] const std::vector<EndingFold>& surname_endings() const { return surname_endings_; }
    /// Plural endings of nouns of office other than -s, and endings that are no plural,
    /// longest first (plural_endings.tsv).
    [[nodiscard]] const std::vector<EndingFold>& plural_endings() const { return plural_endings_; }
    /// The singular of a plural noun of a name ("ministries", "Treaties", "guarantees"): an
    /// ending of noun_plural_endings.tsv, else a final -s off a word longer than three letters;
    /// nullopt when the word is no plural ("Congress", "status", "Plan").
    [[nodiscard]] std::optional<std::string> singular_noun(std::string_view word) const;
    /// The folds of the words of names for their signatures (name_signature.hpp).
    [[nodiscard]] const NameWordFolds& name_word_folds() const { return name_word_folds_; }

    [[nodiscard]] const PhraseIndex& event_triggers() const { return triggers_; }
    [[nodiscard]] const EventTrigger& event_trigger(std::uint32_t id) const { return trigger_entries_[id]; }

    /// Adds an entry (used by tests and by loaders); returns its id.
    std::uint32_t add_entry(LexiconEntry entry, const std::vector<std::string_view>& surface_forms);

    /// Every member, for the snapshot that spares a run the parsing (lexicon_snapshot.hpp). A
    /// member left out here is missing from a lexicon read back: add each new one.
    template <class Archive>
    void fields(Archive& ar) {
        ar(rules_, labels_, word_classes_, date_words_, month_names_, weekday_names_, place_particles_, page_labels_,
           class_words_, class_filters_, plural_last_bytes_, labels_declared_, entries_, names_, demonyms_, titles_,
           title_plurals_, title_entries_, given_names_, organization_heads_, place_heads_, agreement_heads_,
           agreement_head_starts_, ministry_portfolios_, agreement_modifiers_, surname_endings_, plural_endings_,
           noun_plural_endings_, name_word_folds_, triggers_, trigger_entries_);
    }

private:
    void declare_labels();
    void resolve_word_classes(const std::string& file);
    [[nodiscard]] bool scan_class(std::string_view word, std::size_t c, bool any_case) const;
    /// name_word_folds.tsv and name_romanisations.tsv of `dir`, into name_word_folds_.
    void read_name_word_folds(const std::string& dir);
    /// singular_noun() into `out`; false when the word is no plural.
    bool singular_into(std::string_view word, std::string& out) const;
    // Every member is in fields() above, for the snapshot.
    rules::RuleBook rules_;
    rules::Labels labels_;
    WordClasses word_classes_;
    DateWords date_words_;  ///< calendar_words.tsv and the endings of word classes, for the dates
    CalendarNames month_names_, weekday_names_;  ///< calendar_words.tsv, by text
    CalendarNames place_particles_;             ///< word class place_particle, by text (each numbered 1)
    CalendarNames page_labels_;                 ///< word class page_label_word, by text (each numbered 1)
    std::vector<std::vector<std::string>> class_words_;  ///< by class id
    /// What the words of a class have, for class_lists to pass most words by without a scan.
    struct ClassFilter {
        std::uint64_t lengths = 0;     ///< bit n set when a word has n bytes (63: more)
        std::bitset<256> firsts;       ///< the first bytes of the words
    };
    std::vector<ClassFilter> class_filters_;  ///< by class id
    std::bitset<256> plural_last_bytes_;      ///< the last bytes of noun_plural_endings.tsv's endings, and 's' 
    bool labels_declared_ = false;
    std::vector<LexiconEntry> entries_;
    PhraseIndex names_{false};
    PhraseIndex demonyms_{false};
    PhraseIndex titles_{true};
    PhraseIndex title_plurals_{true};
    std::vector<TitleEntry> title_entries_;
    // Looked up for nearly every capitalised token: flat maps, found by a view with no copy.
    FlatStringMap<std::string> given_names_;  ///< variant -> canonical
    FlatStringMap<HeadNoun> organization_heads_;
    FlatStringMap<HeadNoun> place_heads_;
    FlatStringMap<std::string> agreement_heads_;
    /// Bit (b0 << 8 | b1) set when some head starts with the bytes b0 b1: asked of every token,
    /// agreement_head answers most words (none of the genre's heads starts as they do) unhashed.
    std::bitset<1U << 16> agreement_head_starts_;
    std::unordered_map<std::string, std::string> ministry_portfolios_;
    std::unordered_set<std::string> agreement_modifiers_;
    std::vector<EndingFold> surname_endings_;
    std::vector<EndingFold> plural_endings_;
    std::vector<EndingFold> noun_plural_endings_;

    /// Fills title_plurals_ from the titles and the plural endings.
    void index_title_plurals();
    NameWordFolds name_word_folds_;
    PhraseIndex triggers_{true};
    std::vector<EventTrigger> trigger_entries_;
};

}  // namespace pressgraph
