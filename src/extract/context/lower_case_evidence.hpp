#pragma once
// What a whole release says about a capitalised word read as a surname after a title: the
// word written in lower case elsewhere ("the new website", "is") is a common word set in title
// case ("Environmental Justice Website", "the President Is Delivering"), not a surname, unless
// the release also writes it after a given name ("Marcia Young ... Secretary Young").
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/util/flat_string_map.hpp"

namespace pressgraph {

class LowerCaseEvidence {
public:
    LowerCaseEvidence(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon)
        : sentences_(&sentences), lexicon_(&lexicon) {}

    /// Whether `word` (as written, capitalised) is a common word of this release rather than a surname.
    [[nodiscard]] bool common_word(std::string_view word) const;

private:
    struct Seen {
        bool in_lower_case = false;     // "website"
        bool after_given_name = false;  // "Marcia Young"
        void add(Seen other) {
            in_lower_case |= other.in_lower_case;
            after_given_name |= other.after_given_name;
        }
    };
    [[nodiscard]] Seen seen_at(const TokenList& t, std::size_t i) const;
    [[nodiscard]] Seen scan_for(std::string_view word) const;
    void index_all() const;

    const std::vector<SentenceAnalysis>* sentences_;
    const Lexicon* lexicon_;
    // Most releases ask about a word or two: each is answered by one pass over the tokens and
    // remembered. A release that asks about many words is indexed whole instead, once, so the
    // work stays linear in its length.
    mutable std::vector<std::pair<std::string, bool>> answered_;
    mutable bool indexed_ = false;
    mutable FlatStringMap<Seen> index_;  // by the word in lower case
};

}  // namespace pressgraph
