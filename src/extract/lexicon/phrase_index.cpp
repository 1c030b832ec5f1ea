#include "pressgraph/extract/phrase_index.hpp"

#include <algorithm>

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

std::string PhraseIndex::key_of(std::string_view token_text) const {
    return case_insensitive_ ? ascii_lower(token_text) : std::string(token_text);
}

std::string_view PhraseIndex::key_view(std::string_view text, std::string& buffer) const {
    if (!case_insensitive_) return text;
    buffer.assign(text);
    for (char& c : buffer)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return buffer;
}

namespace {

// A phrase of ASCII letters and digits between single spaces: its own token key, so neither
// normalising nor tokenising it changes it (most names of the lexicon, and canonical names).
bool plain_phrase(std::string_view phrase) {
    if (phrase.empty() || phrase.front() == ' ' || phrase.back() == ' ') return false;
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        const char c = phrase[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        (c == ' ' && phrase[i - 1] != ' ');
        if (!ok) return false;
    }
    return true;
}

}  // namespace

void PhraseIndex::add(std::string_view phrase, std::uint32_t id) {
    const std::string key = plain_phrase(phrase) ? key_of(phrase) : key_of(token_key(phrase));
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
    thread_local std::string first_buffer;
    const auto it = max_length_by_first_token_.find(key_view(tokens[first].text, first_buffer));
    if (it == max_length_by_first_token_.end()) return std::nullopt;
    const std::size_t longest = std::min({it->second, tokens.size() - first, limit});
    // One key buffer per thread, shortened from the longest candidate down: no allocation per probe.
    thread_local std::string key;
    key.clear();
    for (std::size_t i = first; i < first + longest; ++i) {
        if (i > first) key += ' ';
        key += tokens[i].text;
    }
    if (case_insensitive_)
        for (char& c : key)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (std::size_t length = longest; length >= 1; --length) {
        const auto hit = phrases_.find(std::string_view(key));
        if (hit != phrases_.end()) return Match{length, &hit->second};
        if (length > 1) key.resize(key.size() - tokens[first + length - 1].text.size() - 1);
    }
    return std::nullopt;
}

bool PhraseIndex::contains_token(std::string_view token_text) const {
    thread_local std::string buffer;
    return phrases_.find(key_view(token_text, buffer)) != phrases_.end();
}

const std::vector<std::uint32_t>* PhraseIndex::find(std::string_view phrase) const {
    if (plain_phrase(phrase)) {  // looked up as written: no normalising and tokenising again
        thread_local std::string buffer;
        const auto hit = phrases_.find(key_view(phrase, buffer));
        return hit == phrases_.end() ? nullptr : &hit->second;
    }
    const auto hit = phrases_.find(key_of(token_key(phrase)));
    return hit == phrases_.end() ? nullptr : &hit->second;
}

}  // namespace pressgraph
