#pragma once
// A sentence as rules see it: its tokens, each looked up once in the WordTable, and the
// annotations earlier stages laid over them (lexicon lookups, dates, mentions), indexed by
// the token they start at. A pattern's <Label> element consumes a whole annotation.
#include <bitset>
#include <cstdint>
#include <vector>

#include "pressgraph/extract/engine/word_table.hpp"
#include "pressgraph/text/tokenizer.hpp"

namespace pressgraph::rules {

struct Annotation {
    std::uint32_t first = 0;    ///< first token
    std::uint32_t last = 0;     ///< one past the last token
    std::uint16_t label = 0;    ///< WordTable label id
    std::uint32_t payload = 0;  ///< what the stage that made it needs back (a mention index, a lexicon id)
};

class AnnotatedSentence {
public:
    AnnotatedSentence(const TokenList& tokens, const WordTable& words);
    /// With the tokens' word ids already looked up in `words` (one per token; the sentence
    /// looks them up itself when the count differs): each token is hashed once per sentence.
    AnnotatedSentence(const TokenList& tokens, const WordTable& words, std::vector<WordId> ids);

    /// Adds an annotation; call finish() before matching.
    void annotate(Annotation a);
    /// Drops every annotation with `label` (a stage replacing its own earlier ones).
    void remove_label(std::uint16_t label);
    /// Sorts and indexes the annotations.
    void finish();

    [[nodiscard]] const TokenList& tokens() const { return *tokens_; }
    [[nodiscard]] std::size_t size() const { return tokens_->size(); }
    /// Like TokenList, reads past either end are defined: no word, no class.
    [[nodiscard]] WordId word(std::size_t i) const { return i < words_.size() ? words_[i] : kUnknownWord; }
    [[nodiscard]] const ClassSet& classes(std::size_t i) const { return table_->classes(word(i)); }
    [[nodiscard]] const WordTable& table() const { return *table_; }

    /// The annotations starting at token `i` (longest first).
    [[nodiscard]] std::pair<const Annotation*, const Annotation*> starting_at(std::size_t i) const;
    /// The labels of the annotations starting at token `i` (none past the end).
    [[nodiscard]] LabelSet labels_starting_at(std::size_t i) const {
        return i < labels_at_.size() ? labels_at_[i] : LabelSet{};
    }
    [[nodiscard]] const std::vector<Annotation>& annotations() const { return annotations_; }
    /// The annotation with `label` spanning exactly [first, last), or nullptr.
    [[nodiscard]] const Annotation* exactly(std::uint32_t first, std::uint32_t last, std::uint16_t label) const;

    /// For the rules' prefilter: whether some token is word `w` / of class `c`, some annotation has `label`.
    [[nodiscard]] bool has_word(WordId w) const {
        return w / 64 < words_present_.size() && ((words_present_[w / 64] >> (w % 64)) & 1U) != 0;
    }
    [[nodiscard]] bool has_class(std::size_t c) const { return classes_present_.test(c); }
    [[nodiscard]] bool has_label(std::size_t label) const { return labels_present_.test(label); }
    /// The labels of all the sentence's annotations.
    [[nodiscard]] const LabelSet& labels_present() const { return labels_present_; }

private:
    void index_words();

    const TokenList* tokens_;
    const WordTable* table_;
    std::vector<WordId> words_;
    /// Bit w set when some token is word w: the table has a few thousand words, so a bit per
    /// word costs less to fill than sorting the sentence's words did, and a rule's anchor
    /// word (asked of every sentence by every rule) is one bit test.
    std::vector<std::uint64_t> words_present_;
    ClassSet classes_present_;
    LabelSet labels_present_;
    std::vector<Annotation> annotations_;
    std::vector<std::uint32_t> start_index_;  ///< size() + 1 offsets into annotations_
    std::vector<LabelSet> labels_at_;         ///< per token: the labels starting there
    bool finished_ = false;
};

}  // namespace pressgraph::rules
