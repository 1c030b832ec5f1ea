#pragma once
// The project's own lexicon and rules (ontology/), loaded once: for tests of the rules as shipped.
#include <string>

#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph::test {

inline const Lexicon& real_lexicon() {
    static const Lexicon lexicon = Lexicon::load(std::string(PRESSGRAPH_SOURCE_DIR) + "/ontology/lexicon");
    return lexicon;
}

}  // namespace pressgraph::test
