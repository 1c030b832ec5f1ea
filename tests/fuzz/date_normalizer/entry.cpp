// Fuzz target (b): the date normaliser of src/extract on one sentence.
// Byte 0 chooses the anchor (none, or a day, month or year in 2024, or 1900 and 2100, the
// ends of the years bare numbers may name) and the tense; the rest is the sentence, which
// the reader has already checked to be UTF-8 in a real run.
#include <array>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "../fuzz_entries.hpp"
#include "pressgraph/extract/date_normalizer.hpp"
#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/text/tokenizer.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph::fuzz {

namespace {

const std::array<std::optional<DateValue>, 6> anchors{{std::nullopt, DateValue{2024, 3, 15}, DateValue{2024, 12, 0},
                                                       DateValue{2024, 0, 0}, DateValue{1900, 1, 1},
                                                       DateValue{2100, 12, 31}}};

// The words dates are read by are the lexicon's: that of ontology/, loaded once.
const Lexicon& lexicon() {
    static const Lexicon loaded = [] {
        const char* data = std::getenv("PRESSGRAPH_DATA");
        return Lexicon::load(std::string(data && *data ? data : PRESSGRAPH_FUZZ_DATA_DIR) + "/lexicon");
    }();
    return loaded;
}

void check_range(const DateRange& r) {
    PG_FUZZ_CHECK(r.start.valid());
    if (r.end) {
        PG_FUZZ_CHECK(r.end->valid());
        PG_FUZZ_CHECK(r.end->precision() == r.start.precision());
    }
}

}  // namespace

void date_normalizer(std::string_view bytes) {
    if (bytes.empty()) return;
    const auto control = static_cast<unsigned char>(bytes[0]);
    const std::string_view text = bytes.substr(1);
    if (text.size() > 0xFFFFFFF0u || utf8::first_invalid(text)) return;
    const std::optional<DateValue> anchor = anchors[control % anchors.size()];
    const Tense tenses[] = {Tense::Past, Tense::Future, Tense::Unknown};

    const TokenizedSentence s = tokenize_sentence(text, Span{0, static_cast<std::uint32_t>(text.size())});
    const SentenceWords words = lexicon().sentence_words(s.tokens);
    const Tense tense = (control / anchors.size()) % 4 == 3 ? sentence_tense(s, words) : tenses[(control / anchors.size()) % 3];
    const std::vector<DateMention> mentions = find_dates(s, words, anchor, tense);
    std::size_t previous_end = 0;
    for (const DateMention& m : mentions) {
        PG_FUZZ_CHECK(m.first_token < m.last_token && m.last_token <= s.tokens.size());
        PG_FUZZ_CHECK(m.first_token >= previous_end);  // text order, no overlaps
        previous_end = m.last_token;
        PG_FUZZ_CHECK(m.span.begin <= m.span.end && m.span.end <= text.size());
        check_range(m.range);
    }
    const std::vector<TokenizedSentence> sentences{s};
    if (const auto inferred = infer_document_date(sentences, {words})) PG_FUZZ_CHECK(inferred->valid());
}

}  // namespace pressgraph::fuzz
