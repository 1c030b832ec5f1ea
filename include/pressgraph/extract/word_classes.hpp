#pragma once
// The word classes of ontology/rules/word_classes.tsv that the C++ of the extraction stages
// tests itself (events, relations, coreference), beside the rules that name them as @class.
//
// The words are data; the C++ names only the class. Each class the C++ relies on is
// resolved to its id once, when the lexicon loads (a class missing from the file, or empty,
// fails the load with its name), and a sentence's tokens are looked up once each
// (SentenceWords): a test in a hot loop is a bit test, with no string compare and no hashing.
//
// Classes are lower-case words matched in any case. Where the code means a word written in
// lower case ("member", not "Member"), it says so with SentenceWords::is_lower.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/extract/engine/word_table.hpp"
#include "pressgraph/text/tokenizer.hpp"

namespace pressgraph {

/// How a word is written, as far as class tests care: all lower case ("member"), capitalised
/// with the rest lower case ("Both", "Region"), or otherwise ("BOTH", "McDonald").
enum class WordCase : std::uint8_t { Lower, Title, Other };

/// The case of `word` by its ASCII letters.
[[nodiscard]] WordCase word_case(std::string_view word);

/// The ids of the word classes the C++ tests, by name. Fields are named after their class.
struct WordClasses {
    using Id = std::size_t;

    // --- events: counted events and the items of a dated sentence (event_items.cpp) ---
    Id count_word{}, times_noun{}, hosting_verb{}, host_list_word{}, city_noun{}, place_preposition{},
        visit_place_word{}, item_start_word{}, clause_opening_word{}, chair_verb{}, preside_verb{}, preside_particle{},
        frame_word{}, part_noun{};
    // --- events: triggers and the persons of a dated sentence (event_extraction.cpp) ---
    Id meeting_singular{}, visiting_word{}, they_pronoun{}, back_reference_word{};
    // --- events: which dates date an event (event_dates.cpp) ---
    Id period_bound_word{}, person_relative_pronoun{}, anniversary_noun{}, clause_adverb{}, ordinal_word{};
    // --- events: signings and the visit's programme (event_signing.cpp, event_programme.cpp) ---
    Id signing_word{}, topic_preposition{}, gerund_ending{}, plural_reference_word{}, document_plural{}, following_word{},
        signer_plural{}, office_plural{}, side_plural{}, visit_singular{}, where_word{};
    // --- relations (relation_extraction.cpp) ---
    Id region_noun{}, co_chair_verb{}, membership_cue{}, membership_bid{}, joining_cue{}, partner_word{}, partner_status_noun{}, full_word{},
        member_word{}, members_noun{}, generic_body_noun{}, generic_body_title{}, among_word{}, chairmanship_noun{},
        body_determiner{}, approval_word{}, appointment_verb{}, between_word{}, interstate_word{};
    // --- coreference: offices named without a name, years in names (office_references.cpp,
    //     in_document_coreference.cpp) ---
    Id minister_word{}, possessive_pronoun{}, both_word{}, pair_word{}, counterpart_noun{}, year_noun{},
        year_determiner{}, year_adjective{}, next_year_word{};
    // --- entities: the words of proper names (token_predicates.cpp) ---
    Id name_breaking_word{}, name_connector{};
    // --- text: the particles of a dateline's place (Lexicon::header_words, body_dateline.cpp) ---
    Id place_particle{}, page_label_word{};
    // --- entities: documents, bodies, places, persons and festivals named by their words
    //     (agreement_pattern_matcher.cpp, head_noun_matcher.cpp, ministry_phrase_matcher.cpp,
    //     place_phrase_matcher.cpp, titled_person_matcher.cpp, person_name_matcher.cpp,
    //     festival_name_matcher.cpp) ---
    Id headline_document_modifier{}, time_demonstrative{}, descriptive_name_stop{}, inside_preposition{}, behalf_word{},
        body_complement_opener{}, undertaking_noun{}, described_body_modifier{}, described_body_head{}, ministry_singular{},
        ministry_plural{}, ministry_board{}, place_visit_verb{}, journey_word{}, spokesperson_modifier{}, patronymic_ending{}, festival_noun{};
    // --- coreference: the signatures of names of bodies and documents (name_signature.cpp,
    //     name_grouping.cpp) ---
    Id signature_filler_word{}, possessive_ending{}, body_area_word{}, part_of_marker{};
    // --- lexicon: a country's official name, short titles (lexicon.cpp) ---
    Id state_form_word{};
    // --- dates: calendar words and the cues of a sentence's tense (src/extract/dates) ---
    Id season_word{}, day_ordinal_suffix{}, quarter_noun{}, month_preposition{}, range_end_word{}, current_period_word{},
        next_period_word{}, last_period_word{}, month_noun{}, week_noun{}, date_qualifier{}, percent_word{}, future_word{}, future_clitic{},
        be_present{}, after_be{}, infinitive_be{}, forward_noun{}, tense_adverb{}, adverb_ending{}, plan_verb{}, past_verb{}, past_ending{},
        not_past_ending{}, weekday_past_verb{}, future_auxiliary{};

    /// One class the C++ relies on: its name in word_classes.tsv and the field holding its id.
    struct Entry {
        std::string_view name;
        Id WordClasses::*field;
    };
    /// Every class above, in the order written.
    [[nodiscard]] static const std::vector<Entry>& entries();

    /// Sets every field from `table`. Throws InputError naming `file` and the first class
    /// that is missing or has no word.
    void resolve(const rules::WordTable& table, const std::string& file);
};

/// What the date normaliser (src/extract/dates) reads of the lexicon besides class tests: the
/// calendar's numbered words by word id (the lexicon's calendar_words.tsv: "November" and
/// "Nov" are month 11, "Monday" weekday 1, "first" and "1st" quarter 1), and the words of the
/// classes of endings it tests words with.
struct DateWords {
    enum class Calendar : std::uint8_t { None, Month, Weekday, Quarter };
    struct CalendarWord {
        Calendar kind = Calendar::None;
        std::uint8_t number = 0;
    };
    std::vector<CalendarWord> calendar;  ///< by word id
    std::vector<std::string> past_endings, not_past_endings, adverb_endings;  ///< classes past_ending, ...

    /// The number word `w` has as a calendar word of `kind`, 0 when it is none.
    [[nodiscard]] int calendar_number(rules::WordId w, Calendar kind) const {
        return w < calendar.size() && calendar[w].kind == kind ? calendar[w].number : 0;
    }
    template <class Archive>
    void fields(Archive& ar) {
        ar(calendar, past_endings, not_past_endings, adverb_endings);
    }
};

/// The tokens of one sentence, each looked up once in the lexicon's WordTable, for class
/// tests by token index. Reads past either end are defined, as with TokenList: no class.
class SentenceWords {
public:
    SentenceWords() = default;
    SentenceWords(const TokenList& tokens, const rules::WordTable& table, const WordClasses& classes,
                  const DateWords& dates);

    /// The ids of the classes the code tests (the lexicon's; unset ones when default-made,
    /// where no token has a class anyway).
    [[nodiscard]] const WordClasses& classes() const {
        static const WordClasses unset;
        return classes_ ? *classes_ : unset;
    }

    /// Token `i`, in any case, is a word of class `c`.
    [[nodiscard]] bool is(std::size_t i, std::size_t c) const {
        return i < words_.size() && table_->classes(words_[i].id).test(c);
    }
    /// Token `i`, written in lower case, is a word of class `c`.
    [[nodiscard]] bool is_lower(std::size_t i, std::size_t c) const {
        return is(i, c) && words_[i].written == WordCase::Lower;
    }
    /// Token `i`, in lower case or capitalised ("both", "Both"), is a word of class `c`.
    [[nodiscard]] bool is_lower_or_title(std::size_t i, std::size_t c) const {
        return is(i, c) && words_[i].written != WordCase::Other;
    }
    [[nodiscard]] std::size_t size() const { return words_.size(); }
    /// Some token, in any case, is a word of class `c`: one bit test, so that a pass looking
    /// for a class's words skips the sentences that have none.
    [[nodiscard]] bool any(std::size_t c) const { return present_.test(c); }
    /// The lexicon's calendar and endings for the dates (empty when default-made).
    [[nodiscard]] const DateWords& dates() const {
        static const DateWords none;
        return dates_ ? *dates_ : none;
    }
    /// The word ids of the tokens, in order (for an AnnotatedSentence of the same sentence).
    [[nodiscard]] std::vector<rules::WordId> ids() const {
        std::vector<rules::WordId> out;
        out.reserve(words_.size());
        for (const Word& w : words_) out.push_back(w.id);
        return out;
    }
    /// The word id of token `i` (rules::kUnknownWord past either end).
    [[nodiscard]] rules::WordId id(std::size_t i) const { return i < words_.size() ? words_[i].id : rules::kUnknownWord; }
    /// The table the tokens were looked up in, for parts of tokens (an empty one when default-made).
    [[nodiscard]] const rules::WordTable& table() const {
        static const rules::WordTable empty;
        return table_ ? *table_ : empty;
    }

private:
    struct Word {
        rules::WordId id = rules::kUnknownWord;
        WordCase written = WordCase::Other;
    };
    const rules::WordTable* table_ = nullptr;
    const WordClasses* classes_ = nullptr;
    const DateWords* dates_ = nullptr;
    std::vector<Word> words_;
    rules::ClassSet present_;  ///< the classes of all the tokens
};

}  // namespace pressgraph
