#include "pressgraph/extract/phrase_index.hpp"

#include <algorithm>

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

std::string PhraseIndex::key_of(std::string_view token_text) const {
    return case_insensitive_ ? ascii_lower(token_text) : std::string(token_text);
}

void PhraseIndex::add(std::string_view phrase, std::uint32_t id) {
    const std::string key = key_of(token_key(phrase));
    if (key.empty()) return;
    auto& ids = phrases_[key];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    const std::size_t first_end = key.find(' ');
    const std::size_t length = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
    auto& max = max_length_by_first_token_[key.substr(0, first_end)];
    max = std::max(max, length);
}

std::optional<PhraseIndex::Match> PhraseIndex::longest_at(const TokenList& tokens, std::size_t first,
                                                           std::size_t limit) const {
    if (first >= tokens.size()) return std::nullopt;
    const auto it = max_length_by_first_token_.find(key_of(tokens[first].text));
    if (it == max_length_by_first_token_.end()) return std::nullopt;
    const std::size_t longest = std::min({it->second, tokens.size() - first, limit});
    // One key buffer, shortened from the longest candidate down: no allocation per probe.
    std::string key = key_of(join_tokens(tokens, first, first + longest));
    for (std::size_t length = longest; length >= 1; --length) {
        const auto hit = phrases_.find(key);
        if (hit != phrases_.end()) return Match{length, &hit->second};
        if (length > 1) key.resize(key.size() - tokens[first + length - 1].text.size() - 1);
    }
    return std::nullopt;
}

bool PhraseIndex::contains_token(std::string_view token_text) const {
    if (!case_insensitive_) return phrases_.count(std::string(token_text)) > 0;
    return phrases_.count(ascii_lower(token_text)) > 0;
}

const std::vector<std::uint32_t>* PhraseIndex::find(std::string_view phrase) const {
    const auto hit = phrases_.find(key_of(token_key(phrase)));
    return hit == phrases_.end() ? nullptr : &hit->second;
}

}  // namespace pressgraph
