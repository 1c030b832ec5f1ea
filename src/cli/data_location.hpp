#pragma once
// Where the ontology and lexicon files and the bundled corpus are found: --data, then
// $PRESSGRAPH_DATA, then the source tree the binary was built from; and where the lexicon's
// snapshot is kept between runs.
#include <string>

namespace pressgraph::cli {

[[nodiscard]] std::string data_directory(const std::string& from_option);
[[nodiscard]] std::string bundled_corpus_directory();

/// The snapshot file of the lexicon in `lexicon_dir` (lexicon_snapshot.hpp), one per lexicon
/// folder: in $PRESSGRAPH_CACHE_DIR (set and empty: none is kept), else
/// $XDG_CACHE_HOME/pressgraph, else $HOME/.cache/pressgraph. Empty when none is kept.
[[nodiscard]] std::string lexicon_snapshot_path(const std::string& lexicon_dir);

}  // namespace pressgraph::cli
