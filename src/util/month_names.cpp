#include "pressgraph/util/month_names.hpp"

#include <array>
#include <cctype>

namespace pressgraph {

std::optional<int> month_from_name(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    if (word.size() < 3 || word.size() > 9) return std::nullopt;
    char lower[10] = {};
    for (std::size_t i = 0; i < word.size(); ++i)
        lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    const std::string_view w(lower, word.size());
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        if (w == kMonths[m]) return static_cast<int>(m + 1);
        if (w.size() == 3 && kMonths[m].substr(0, 3) == w) return static_cast<int>(m + 1);
    }
    if (w == "sept") return 9;
    return std::nullopt;
}

}  // namespace pressgraph
