#include "pressgraph/util/calendar_names.hpp"

#include <algorithm>

namespace pressgraph {

void CalendarNames::add(std::string_view word, int number) {
    names_.emplace_back(std::string(word), number);
    longest_ = std::max(longest_, word.size());
}

std::optional<int> CalendarNames::number_of(std::string_view word) const {
    if (word.empty() || word.size() > longest_) return std::nullopt;
    for (const auto& [name, number] : names_) {
        if (name.size() != word.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < word.size() && same; ++i) {
            const char c = word[i];
            same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == name[i];
        }
        if (same) return number;
    }
    return std::nullopt;
}

}  // namespace pressgraph
