#include "pressgraph/util/calendar_names.hpp"

namespace pressgraph {

void CalendarNames::add(std::string_view word, int number) {
    names_.emplace_back(std::string(word), number);
    lengths_ |= std::uint64_t{1} << (word.size() < 63 ? word.size() : 63);
}

std::optional<int> CalendarNames::number_of(std::string_view word) const {
    if (word.empty() || (lengths_ >> (word.size() < 63 ? word.size() : 63) & 1U) == 0) return std::nullopt;
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
