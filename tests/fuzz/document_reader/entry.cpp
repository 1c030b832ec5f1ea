// Fuzz target (a): the reading stage of src/text on one document.
#include <cstdlib>
#include <sstream>
#include <string>

#include "../fuzz_entries.hpp"
#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "pressgraph/text/header_parser.hpp"
#include "pressgraph/text/tokenizer.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph::fuzz {

namespace {

// The month names a header's date may spell: the calendar of the lexicon of ontology/lexicon.
const CalendarNames& months() {
    static const Lexicon loaded = [] {
        const char* data = std::getenv("PRESSGRAPH_DATA");
        return Lexicon::load(std::string(data && *data ? data : PRESSGRAPH_FUZZ_DATA_DIR) + "/lexicon");
    }();
    return loaded.month_names();
}

void check_document(const Document& doc) {
    const auto size = doc.text.size();
    if (doc.title) PG_FUZZ_CHECK(doc.title->begin <= doc.title->end && doc.title->end <= size);
    if (doc.published) PG_FUZZ_CHECK(doc.published->valid());
    for (const Span& d : doc.debris) PG_FUZZ_CHECK(d.begin <= d.end && d.end <= size);
    for (const Span& s : doc.sentences) {
        PG_FUZZ_CHECK(s.begin <= s.end && s.end <= size);
        const TokenizedSentence t = tokenize_sentence(doc.text, s);
        for (const Token& token : t.tokens) {
            PG_FUZZ_CHECK(s.contains(token.span));
            PG_FUZZ_CHECK(token.text.data() >= t.normalized.data() &&
                          token.text.data() + token.text.size() <= t.normalized.data() + t.normalized.size());
        }
    }
}

}  // namespace

void document_reader(std::string_view bytes) {
    // The stream path (what `pressgraph build -` and every file go through) ...
    try {
        std::istringstream in{std::string(bytes)};
        check_document(read_document_stream(in, "<fuzz>", months()));
    } catch (const InputError&) {
        // rejected input (empty, binary, invalid UTF-8, no letters): the reader's job
    }
    // ... and the header parser alone, which sees only valid text in a real run.
    try {
        const Document doc = analyse_document(std::string(bytes), "fuzz.txt", "fuzz.txt", months());
        const HeaderInfo header = parse_header(doc.text, months());
        for (const Span& b : header.body) PG_FUZZ_CHECK(b.begin <= b.end && b.end <= doc.text.size());
    } catch (const InputError&) {
    }
}

}  // namespace pressgraph::fuzz
