#include "token_predicates.hpp"

#include <array>

#include "pressgraph/util/month_names.hpp"

namespace pressgraph::detail {

bool is_name_connector(std::string_view w) {
    return w == "of" || w == "the" || w == "and" || w == "for" || w == "on" || w == "in" || w == "under" ||
           w == "de" || w == "to";
}

bool is_function_word(std::string_view w) {
    static constexpr std::array<std::string_view, 40> kWords = {
        "A", "After", "Also", "An", "And", "As", "At", "Before", "Besides", "But", "By", "During", "For", "From",
        "He", "Her", "His", "However", "If", "In", "It", "Its", "Moreover", "Mr", "Mrs", "Ms", "On", "Our", "She",
        "Since", "The", "Their", "These", "They", "This", "Those", "Today", "Under", "We", "With"};
    for (auto k : kWords)
        if (k == w) return true;
    return false;
}

bool is_name_word(const Token& t) {
    if (!t.word || !t.capitalized()) return false;
    if (is_function_word(t.text)) return false;
    if (month_from_name(t.text) && t.text.size() > 3) return false;
    static constexpr std::array<std::string_view, 7> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                              "Friday", "Saturday", "Sunday"};
    for (auto d : kDays)
        if (d == t.text) return false;
    return true;
}

}  // namespace pressgraph::detail
