#pragma once
// Tokenises a whole string as one sentence, keeping the string alive next to the tokens
// (Token::span points into `text`, Token::text into `sentence.normalized`).
#include <memory>
#include <string>
#include <vector>

#include "pressgraph/text/tokenizer.hpp"

namespace pressgraph::test {

struct SentenceFixture {
    std::string text;
    TokenizedSentence sentence;

    /// Token texts in order, for readable assertions.
    [[nodiscard]] std::vector<std::string> words() const {
        std::vector<std::string> out;
        for (const auto& t : sentence.tokens) out.emplace_back(t.text);
        return out;
    }
    /// The original text of candidate/token range [first, last).
    [[nodiscard]] std::string original(std::size_t first, std::size_t last) const {
        const auto& t = sentence.tokens;
        return text.substr(t[first].span.begin, t[last - 1].span.end - t[first].span.begin);
    }
};

/// Heap-allocated so the views into `normalized` never move.
inline std::unique_ptr<SentenceFixture> tokenize(std::string text) {
    auto f = std::make_unique<SentenceFixture>();
    f->text = std::move(text);
    f->sentence = tokenize_sentence(f->text, Span{0, static_cast<std::uint32_t>(f->text.size())});
    return f;
}

}  // namespace pressgraph::test
