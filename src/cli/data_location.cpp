#include "data_location.hpp"

#include <cstdlib>

namespace pressgraph::cli {

std::string data_directory(const std::string& from_option) {
    if (!from_option.empty()) return from_option;
    if (const char* env = std::getenv("PRESSGRAPH_DATA"); env && *env) return env;
    return PRESSGRAPH_DATA_DIR;
}

std::string bundled_corpus_directory() { return PRESSGRAPH_CORPUS_DIR; }

}  // namespace pressgraph::cli
