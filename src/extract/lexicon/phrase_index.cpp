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

// The form of a name with its capitalised parts' hyphens spaced, as the genre also writes them
// ("Mekong - Lancang Cooperation", "Thai - Lao Joint Commission" for "Mekong-Lancang", "Thai-Lao");
// empty where the phrase has no such hyphen.
std::string spaced_dash_form(std::string_view phrase) {
    std::string out;
    bool changed = false;
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        const char c = phrase[i];
        const bool letter_before = i > 0 && phrase[i - 1] != ' ' && phrase[i - 1] != '-' &&
                                   !(phrase[i - 1] >= '0' && phrase[i - 1] <= '9');
        const bool capital_after = i + 1 < phrase.size() && phrase[i + 1] >= 'A' && phrase[i + 1] <= 'Z';
        if (c == '-' && letter_before && capital_after) {
            out += " - ";
            changed = true;
        } else {
            out += c;
        }
    }
    return changed ? out : std::string();
}

}  // namespace

void PhraseIndex::add(std::string_view phrase, std::uint32_t id) {
    add_one(phrase, id);
    if (const std::string spaced = spaced_dash_form(phrase); !spaced.empty()) add_one(spaced, id);
}

void PhraseIndex::add_one(std::string_view phrase, std::uint32_t id) {
    const std::string key = plain_phrase(phrase) ? key_of(phrase) : key_of(token_key(phrase));
    if (key.empty()) return;
    first_words_.set(first_word_slot(std::string_view(key).substr(0, key.find(' '))));
    auto& ids = entries_[key].ids;
    if (ids.empty()) ++phrase_count_;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
        entries_[std::string_view(key).substr(0, space)].continues = true;
}

std::optional<PhraseIndex::Match> PhraseIndex::longest_from(const TokenList& tokens, std::size_t first,
                                                             std::size_t limit) const {
    const std::size_t bound = std::min(tokens.size() - first, limit);
    if (bound == 0) return std::nullopt;
    // The first probe reads the token's own text when it is its key already, with no copy.
    const std::string_view head = tokens[first].text;
    if (head.empty()) return std::nullopt;
    const bool head_is_key = !case_insensitive_ || std::none_of(head.begin(), head.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (head_is_key) {
        const Entry* hit = entries_.find(head);
        if (!hit) return std::nullopt;
        if (!hit->continues || bound == 1)
            return hit->ids.empty() ? std::nullopt : std::optional<Match>(Match{1, &hit->ids});
    }
    // One key buffer per thread, grown a token at a time: no allocation per probe.
    thread_local std::string key;
    key.clear();
    std::optional<Match> longest;
    for (std::size_t length = 1; length <= bound; ++length) {
        if (length > 1) key += ' ';
        const std::size_t from = key.size();
        key += tokens[first + length - 1].text;
        if (case_insensitive_)
            for (std::size_t k = from; k < key.size(); ++k)
                if (key[k] >= 'A' && key[k] <= 'Z') key[k] = static_cast<char>(key[k] - 'A' + 'a');
        const Entry* hit = entries_.find(key);
        if (!hit) break;
        if (!hit->ids.empty()) longest = Match{length, &hit->ids};
        if (!hit->continues) break;
    }
    return longest;
}

bool PhraseIndex::may_start_with(std::string_view word) const {
    if (word.empty()) return false;
    // A plain word is its own key (lower-cased): the filter answers for it.
    return !plain_phrase(word) || word.find(' ') != std::string_view::npos || first_words_.test(first_word_slot(word));
}

bool PhraseIndex::contains_token(std::string_view token_text) const {
    if (token_text.empty() || !first_words_.test(first_word_slot(token_text))) return false;
    return contains_key(token_text);
}

bool PhraseIndex::contains_key(std::string_view token_text) const {
    thread_local std::string buffer;
    const Entry* hit = entries_.find(key_view(token_text, buffer));
    return hit && !hit->ids.empty();
}

const std::vector<std::uint32_t>* PhraseIndex::find(std::string_view phrase) const {
    thread_local std::string buffer;
    // A plain phrase is looked up as written: no normalising and tokenising again.
    const Entry* hit = plain_phrase(phrase) ? entries_.find(key_view(phrase, buffer)) : entries_.find(key_of(token_key(phrase)));
    return !hit || hit->ids.empty() ? nullptr : &hit->ids;
}

}  // namespace pressgraph
