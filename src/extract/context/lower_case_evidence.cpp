#include "context/lower_case_evidence.hpp"

#include <algorithm>

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

constexpr std::size_t kWordsScannedOneByOne = 16;

bool all_lower_case_letters(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

// What token `i` tells of its word: written in lower case, or capitalised after a given name.
LowerCaseEvidence::Seen LowerCaseEvidence::seen_at(const TokenList& t, std::size_t i) const {
    Seen seen;
    if (!t[i].word) return seen;
    if (all_lower_case_letters(t[i].text)) seen.in_lower_case = true;
    else if (i > 0 && t[i].capitalized() && t[i - 1].capitalized() && lexicon_->given_name(t[i - 1].text))
        seen.after_given_name = true;
    return seen;
}

LowerCaseEvidence::Seen LowerCaseEvidence::scan_for(std::string_view word) const {
    // As index_all reads each token, for the tokens that are `word` in some case.
    Seen seen;
    const std::string lower = ascii_lower(word);
    for (const SentenceAnalysis& s : *sentences_) {
        const TokenList& t = s.tokens.tokens;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i].text.size() != lower.size() || !ascii_lower_equals(t[i].text, lower)) continue;
            seen.add(seen_at(t, i));
        }
    }
    return seen;
}

void LowerCaseEvidence::index_all() const {
    indexed_ = true;
    for (const SentenceAnalysis& s : *sentences_) {
        const TokenList& t = s.tokens.tokens;
        for (std::size_t i = 0; i < t.size(); ++i) {
            const Seen here = seen_at(t, i);
            if (!here.in_lower_case && !here.after_given_name) continue;
            index_.try_emplace(ascii_lower(t[i].text), Seen{}).first->add(here);
        }
    }
}

bool LowerCaseEvidence::common_word(std::string_view word) const {
    if (!indexed_) {
        for (const auto& [asked, answer] : answered_)
            if (asked == word) return answer;
        if (answered_.size() < kWordsScannedOneByOne) {
            const Seen seen = scan_for(word);
            answered_.emplace_back(std::string(word), seen.in_lower_case && !seen.after_given_name);
            return answered_.back().second;
        }
        index_all();
    }
    const Seen* seen = index_.find(ascii_lower(word));
    return seen && seen->in_lower_case && !seen->after_given_name;
}

}  // namespace pressgraph
