#include "pressgraph/extract/engine/annotated_sentence.hpp"

#include <algorithm>

#include "pressgraph/util/errors.hpp"

namespace pressgraph::rules {

AnnotatedSentence::AnnotatedSentence(const TokenList& tokens, const WordTable& words) : tokens_(&tokens), table_(&words) {
    words_.reserve(tokens.size());
    for (const Token& t : tokens) words_.push_back(words.find(t.text));
    index_words();
}

AnnotatedSentence::AnnotatedSentence(const TokenList& tokens, const WordTable& words, std::vector<WordId> ids)
    : tokens_(&tokens), table_(&words), words_(std::move(ids)) {
    if (words_.size() != tokens.size()) {
        words_.clear();
        for (const Token& t : tokens) words_.push_back(words.find(t.text));
    }
    index_words();
}

void AnnotatedSentence::index_words() {
    words_present_.assign(table_->size() / 64 + 1, 0);
    for (const WordId w : words_) {
        classes_present_ |= table_->classes(w);
        if (w / 64 < words_present_.size()) words_present_[w / 64] |= std::uint64_t{1} << (w % 64);
    }
}

void AnnotatedSentence::annotate(Annotation a) {
    PG_CHECK(a.first < a.last && a.last <= tokens_->size());
    annotations_.push_back(a);
    finished_ = false;
}

void AnnotatedSentence::remove_label(std::uint16_t label) {
    std::erase_if(annotations_, [label](const Annotation& a) { return a.label == label; });
    finished_ = false;
}

void AnnotatedSentence::finish() {
    std::stable_sort(annotations_.begin(), annotations_.end(), [](const Annotation& a, const Annotation& b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    start_index_.assign(tokens_->size() + 1, 0);
    labels_present_.reset();
    std::size_t k = 0;
    for (std::size_t i = 0; i <= tokens_->size(); ++i) {
        while (k < annotations_.size() && annotations_[k].first < i) ++k;
        start_index_[i] = static_cast<std::uint32_t>(k);
    }
    labels_at_.assign(tokens_->size(), LabelSet{});
    for (const Annotation& a : annotations_) {
        labels_present_.set(a.label);
        labels_at_[a.first].set(a.label);
    }
    finished_ = true;
}

std::pair<const Annotation*, const Annotation*> AnnotatedSentence::starting_at(std::size_t i) const {
    PG_CHECK(finished_);
    if (i >= tokens_->size()) return {nullptr, nullptr};
    const Annotation* base = annotations_.data();
    return {base + start_index_[i], base + start_index_[i + 1]};
}

const Annotation* AnnotatedSentence::exactly(std::uint32_t first, std::uint32_t last, std::uint16_t label) const {
    const auto [b, e] = starting_at(first);
    for (const Annotation* a = b; a != e; ++a)
        if (a->last == last && a->label == label) return a;
    return nullptr;
}


}  // namespace pressgraph::rules
