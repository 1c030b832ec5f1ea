#pragma once
// Names of the calendar's months or weekdays with their numbers, read in any ASCII case:
// the lexicon's calendar_words.tsv (Lexicon::month_names, Lexicon::weekday_names), for the
// readers that test a word by its text before or apart from the sentence's word ids (the
// header reader runs before any sentence is looked up).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pressgraph {

class CalendarNames {
public:
    /// Adds `word` (lower case) as a name of number `number`.
    void add(std::string_view word, int number);
    /// The number of a name in any ASCII case ("November", "NOV", "sept"), nullopt otherwise.
    [[nodiscard]] std::optional<int> number_of(std::string_view word) const;

    /// Every member, for the lexicon's snapshot (lexicon_snapshot.hpp).
    template <class Archive>
    void fields(Archive& ar) {
        ar(names_, lengths_);
    }

private:
    std::vector<std::pair<std::string, int>> names_;  // a few dozen: a scan beats a hash
    std::uint64_t lengths_ = 0;  // bit n set when a name has n bytes: most words need no scan
};

/// The words the header and dateline readers test (Lexicon::header_words): the calendar's months
/// (a date spells them) and weekdays, and the particles that join the words of a place's name
/// ("Rio de Janeiro", "Dar es Salaam": word class place_particle). Made from the month names
/// alone where the rest does not matter (then no word is a weekday or a particle).
class HeaderWords {
public:
    // NOLINTNEXTLINE(google-explicit-constructor): the months alone are a calendar without weekdays
    HeaderWords(const CalendarNames& months) : months_(&months) {}
    HeaderWords(const CalendarNames& months, const CalendarNames& weekdays, const CalendarNames& place_particles,
                const CalendarNames* page_labels = nullptr)
        : months_(&months), weekdays_(&weekdays), place_particles_(&place_particles), page_labels_(page_labels) {}
    [[nodiscard]] const CalendarNames& months() const { return *months_; }
    /// Whether `word` names a month or a weekday ("March", "Mon", "MONDAY"): a date's word, never a place's.
    [[nodiscard]] bool names_a_day_or_month(std::string_view word) const {
        return months_->number_of(word) || (weekdays_ && weekdays_->number_of(word));
    }
    /// Whether `word` ("de", "es") joins two words of a place's name.
    [[nodiscard]] bool is_place_particle(std::string_view word) const {
        return place_particles_ && place_particles_->number_of(word);
    }
    /// Whether `word` is one of the words page labels are made of ("News release", "Quick facts").
    [[nodiscard]] bool is_page_label_word(std::string_view word) const {
        return page_labels_ && page_labels_->number_of(word);
    }

private:
    const CalendarNames* months_;
    const CalendarNames* weekdays_ = nullptr;
    const CalendarNames* place_particles_ = nullptr;
    const CalendarNames* page_labels_ = nullptr;
};

}  // namespace pressgraph
