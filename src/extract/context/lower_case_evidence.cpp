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

LowerCaseEvidence::Seen LowerCaseEvidence::scan_for(std::string_view word) const {
    // As index_all reads each token, for the tokens that are `word` in some case.
    Seen seen;
    const std::string lower = ascii_lower(word);
    for (const SentenceAnalysis& s : *sentences_) {
        const TokenList& t = s.tokens.tokens;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i].text.size() != lower.size() || !t[i].word || !ascii_lower_equals(t[i].text, lower)) continue;
            if (all_lower_case_letters(t[i].text)) seen.in_lower_case = true;
            else if (i > 0 && t[i].capitalized() && t[i - 1].capitalized() && lexicon_->given_name(t[i - 1].text))
                seen.after_given_name = true;
        }
    }
    return seen;
}

void LowerCaseEvidence::index_all() const {
    indexed_ = true;
    std::string lower;
    for (const SentenceAnalysis& s : *sentences_) {
        const TokenList& t = s.tokens.tokens;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!t[i].word) continue;
            if (all_lower_case_letters(t[i].text)) {
                index_.try_emplace(t[i].text, Seen{}).first->in_lower_case = true;
            } else if (i > 0 && t[i].capitalized() && t[i - 1].capitalized() && lexicon_->given_name(t[i - 1].text)) {
                lower = ascii_lower(t[i].text);
                index_.try_emplace(lower, Seen{}).first->after_given_name = true;
            }
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
