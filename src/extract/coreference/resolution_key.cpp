#include "pressgraph/extract/resolution_key.hpp"

#include <vector>

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    std::string current;
    for (char c : s) {
        if (c == ' ') {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}


}  // namespace

std::string fold_surname(std::string_view surname, const Lexicon& lexicon) {
    std::string s = ascii_lower(surname);
    fold_ending(s, lexicon.surname_endings(), 1);  // the surname is more than its ending
    return s;
}

std::string resolution_key(EntityType type, std::string_view canonical_name, const Lexicon& lexicon) {
    const std::string name = normalize_string(canonical_name);
    switch (type) {
        case EntityType::Person: {
            auto parts = words(name);
            // A surname alone is folded as a full name's surname is ("Zelenskyy" as "Volodymyr
            // Zelenskyy"), so that the merge can find the full name it belongs to.
            if (parts.size() < 2) return fold_surname(name, lexicon);
            // Given name in its lexicon spelling; a patronymic in the middle is dropped.
            const std::string* given = lexicon.given_name(parts.front());
            return ascii_lower(given ? *given : parts.front()) + " " + fold_surname(parts.back(), lexicon);
        }
        case EntityType::Organization:
        case EntityType::Agreement: {
            std::string lower = ascii_lower(name);
            if (lower.rfind("the ", 0) == 0) lower.erase(0, 4);
            // Owner first: "council of ministers of the union state" -> "union state council of ministers".
            const auto of = lower.find(" of the ");
            if (type == EntityType::Organization && of != std::string::npos &&
                lower.find(" of ", of + 8) == std::string::npos)
                lower = lower.substr(of + 8) + " " + lower.substr(0, of);
            return lower;
        }
        case EntityType::Country:
        case EntityType::Place:
            break;
    }
    return ascii_lower(name);
}

}  // namespace pressgraph
