#pragma once
// Where the ontology and lexicon files and the bundled corpus are found: --data, then
// $PRESSGRAPH_DATA, then the source tree the binary was built from.
#include <string>

namespace pressgraph::cli {

[[nodiscard]] std::string data_directory(const std::string& from_option);
[[nodiscard]] std::string bundled_corpus_directory();

}  // namespace pressgraph::cli
