#pragma once
// One release read as pressgraph reads it (header, sentences) and extracted with the project's
// own lexicon and rules: for tests of what the shipped rules make of invented text.
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/real_lexicon.hpp"

namespace pressgraph::test {

inline DocumentExtraction extract_release(const std::string& text, const std::string& name = "t.txt") {
    const Extractor extractor(real_lexicon());
    return extractor.extract(analyse_document(text, name, name, real_lexicon().header_words()));
}

}  // namespace pressgraph::test
