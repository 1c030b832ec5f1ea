#include "abbreviations.hpp"

#include <algorithm>
#include <array>

namespace pressgraph::detail {

bool is_non_final_abbreviation(std::string_view word) {
    // Sorted for binary search. Language data of the tokenizer, like spaCy's tokenizer
    // exceptions: closed-class English abbreviations, not names.
    static constexpr std::array<std::string_view, 45> kAbbreviations = {
        "Adm", "Amb", "Apr", "Art", "Aug", "Capt", "Cdr", "Co", "Col", "Corp", "Dec", "Dept", "Dr",
        "Feb", "Fr", "Gen", "Gov", "Hon", "Jan", "Jr", "Jul", "Jun", "Lt", "Maj", "Mar", "Messrs", "Mr",
        "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Pres", "Prof", "Rep", "Rev", "Rt", "Sen", "Sep",
        "Sept", "Sr", "St", "vs"};
    if (std::binary_search(kAbbreviations.begin(), kAbbreviations.end(), word)) return true;
    // Single capital initials ("V. Putin") and dotted abbreviations ("U.S", "e.g", "i.e").
    if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
    return word.find('.') != std::string_view::npos;
}

}  // namespace pressgraph::detail
