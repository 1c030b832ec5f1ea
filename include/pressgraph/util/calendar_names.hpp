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

private:
    std::vector<std::pair<std::string, int>> names_;  // a few dozen: a scan beats a hash
    std::uint64_t lengths_ = 0;  // bit n set when a name has n bytes: most words need no scan
};

}  // namespace pressgraph
