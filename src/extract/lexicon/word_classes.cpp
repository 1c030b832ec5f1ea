#include "pressgraph/extract/word_classes.hpp"

#include "pressgraph/util/errors.hpp"

namespace pressgraph {

WordCase word_case(std::string_view word) {
    bool upper_seen = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word[i] < 'A' || word[i] > 'Z') continue;
        if (i > 0) return WordCase::Other;
        upper_seen = true;
    }
    return upper_seen ? WordCase::Title : WordCase::Lower;
}

const std::vector<WordClasses::Entry>& WordClasses::entries() {
    using W = WordClasses;
    static const std::vector<Entry> all = {
        {"count_word", &W::count_word},
        {"times_noun", &W::times_noun},
        {"hosting_verb", &W::hosting_verb},
        {"host_list_word", &W::host_list_word},
        {"city_noun", &W::city_noun},
        {"place_preposition", &W::place_preposition},
        {"visit_place_word", &W::visit_place_word},
        {"item_start_word", &W::item_start_word},
        {"clause_opening_word", &W::clause_opening_word},
        {"chair_verb", &W::chair_verb},
        {"preside_verb", &W::preside_verb},
        {"preside_particle", &W::preside_particle},
        {"frame_word", &W::frame_word},
        {"part_noun", &W::part_noun},
        {"meeting_singular", &W::meeting_singular},
        {"visiting_word", &W::visiting_word},
        {"they_pronoun", &W::they_pronoun},
        {"back_reference_word", &W::back_reference_word},
        {"period_bound_word", &W::period_bound_word},
        {"person_relative_pronoun", &W::person_relative_pronoun},
        {"anniversary_noun", &W::anniversary_noun},
        {"clause_adverb", &W::clause_adverb},
        {"ordinal_word", &W::ordinal_word},
        {"signing_word", &W::signing_word},
        {"topic_preposition", &W::topic_preposition},
        {"gerund_ending", &W::gerund_ending},
        {"plural_reference_word", &W::plural_reference_word},
        {"document_plural", &W::document_plural},
        {"following_word", &W::following_word},
        {"signer_plural", &W::signer_plural},
        {"side_plural", &W::side_plural},
        {"office_plural", &W::office_plural},
        {"visit_singular", &W::visit_singular},
        {"where_word", &W::where_word},
        {"region_noun", &W::region_noun},
        {"co_chair_verb", &W::co_chair_verb},
        {"membership_cue", &W::membership_cue},
        {"membership_bid", &W::membership_bid},
        {"joining_cue", &W::joining_cue},
        {"partner_word", &W::partner_word},
        {"partner_status_noun", &W::partner_status_noun},
        {"full_word", &W::full_word},
        {"member_word", &W::member_word},
        {"members_noun", &W::members_noun},
        {"generic_body_noun", &W::generic_body_noun},
        {"generic_body_title", &W::generic_body_title},
        {"among_word", &W::among_word},
        {"chairmanship_noun", &W::chairmanship_noun},
        {"body_determiner", &W::body_determiner},
        {"approval_word", &W::approval_word},
        {"appointment_verb", &W::appointment_verb},
        {"between_word", &W::between_word},
        {"interstate_word", &W::interstate_word},
        {"minister_word", &W::minister_word},
        {"possessive_pronoun", &W::possessive_pronoun},
        {"both_word", &W::both_word},
        {"pair_word", &W::pair_word},
        {"counterpart_noun", &W::counterpart_noun},
        {"year_noun", &W::year_noun},
        {"year_determiner", &W::year_determiner},
        {"year_adjective", &W::year_adjective},
        {"next_year_word", &W::next_year_word},
        {"name_breaking_word", &W::name_breaking_word},
        {"name_connector", &W::name_connector},
        {"headline_document_modifier", &W::headline_document_modifier},
        {"time_demonstrative", &W::time_demonstrative},
        {"descriptive_name_stop", &W::descriptive_name_stop},
        {"inside_preposition", &W::inside_preposition},
        {"behalf_word", &W::behalf_word},
        {"body_complement_opener", &W::body_complement_opener},
        {"undertaking_noun", &W::undertaking_noun},
        {"described_body_modifier", &W::described_body_modifier},
        {"described_body_head", &W::described_body_head},
        {"ministry_singular", &W::ministry_singular},
        {"ministry_plural", &W::ministry_plural},
        {"ministry_board", &W::ministry_board},
        {"place_visit_verb", &W::place_visit_verb},
        {"journey_word", &W::journey_word},
        {"spokesperson_modifier", &W::spokesperson_modifier},
        {"patronymic_ending", &W::patronymic_ending},
        {"place_particle", &W::place_particle},
        {"page_label_word", &W::page_label_word},
        {"festival_noun", &W::festival_noun},
        {"signature_filler_word", &W::signature_filler_word},
        {"possessive_ending", &W::possessive_ending},
        {"body_area_word", &W::body_area_word},
        {"part_of_marker", &W::part_of_marker},
        {"state_form_word", &W::state_form_word},
        {"season_word", &W::season_word},
        {"day_ordinal_suffix", &W::day_ordinal_suffix},
        {"quarter_noun", &W::quarter_noun},
        {"month_preposition", &W::month_preposition},
        {"range_end_word", &W::range_end_word},
        {"current_period_word", &W::current_period_word},
        {"next_period_word", &W::next_period_word},
        {"last_period_word", &W::last_period_word},
        {"month_noun", &W::month_noun},
        {"week_noun", &W::week_noun},
        {"date_qualifier", &W::date_qualifier},
        {"percent_word", &W::percent_word},
        {"future_word", &W::future_word},
        {"future_clitic", &W::future_clitic},
        {"be_present", &W::be_present},
        {"after_be", &W::after_be},
        {"infinitive_be", &W::infinitive_be},
        {"forward_noun", &W::forward_noun},
        {"tense_adverb", &W::tense_adverb},
        {"adverb_ending", &W::adverb_ending},
        {"plan_verb", &W::plan_verb},
        {"past_verb", &W::past_verb},
        {"past_ending", &W::past_ending},
        {"not_past_ending", &W::not_past_ending},
        {"weekday_past_verb", &W::weekday_past_verb},
        {"future_auxiliary", &W::future_auxiliary},
    };
    return all;
}

void WordClasses::resolve(const rules::WordTable& table, const std::string& file) {
    rules::ClassSet has_words;
    for (rules::WordId w = 1; w < table.size(); ++w) has_words |= table.classes(w);
    for (const Entry& e : entries()) {
        const long id = table.find_class(e.name);
        if (id < 0)
            throw InputError(file, "no word class '" + std::string(e.name) +
                                       "': the extraction code tests it (src/extract/lexicon/word_classes.cpp)");
        if (!has_words.test(static_cast<std::size_t>(id)))
            throw InputError(file, "word class '" + std::string(e.name) + "' has no word: the extraction code tests it");
        this->*e.field = static_cast<Id>(id);
    }
}

SentenceWords::SentenceWords(const TokenList& tokens, const rules::WordTable& table, const WordClasses& classes,
                             const DateWords& dates)
    : table_(&table), classes_(&classes), dates_(&dates) {
    words_.reserve(tokens.size());
    for (const Token& t : tokens) {
        words_.push_back({table.find(t.text), word_case(t.text)});
        present_ |= table.classes(words_.back().id);
    }
}

}  // namespace pressgraph
