// Fuzz target (c): the whole extractor on one document (reader, recognisers, dates,
// events, relations, in-document coreference), with the lexicon of ontology/lexicon
// loaded once per process. PRESSGRAPH_DATA overrides where ontology/ is.
#include <cstdlib>
#include <string>

#include "../fuzz_entries.hpp"
#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph::fuzz {

namespace {

const Lexicon& lexicon() {
    static const Lexicon loaded = [] {
        const char* data = std::getenv("PRESSGRAPH_DATA");
        return Lexicon::load(std::string(data && *data ? data : PRESSGRAPH_FUZZ_DATA_DIR) + "/lexicon");
    }();
    return loaded;
}

}  // namespace

void extractor(std::string_view bytes) {
    const Lexicon& lx = lexicon();
    Document doc;
    try {
        doc = analyse_document(std::string(bytes), "fuzz.txt", "fuzz.txt", lx.header_words());
    } catch (const InputError&) {
        return;  // the reader rejects it; target (a) covers that
    }
    const Extractor extractor(lx);
    const DocumentExtraction extraction = extractor.extract(doc);
    (void)extraction;
}

}  // namespace pressgraph::fuzz
