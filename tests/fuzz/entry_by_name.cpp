#include "fuzz_entries.hpp"

namespace pressgraph::fuzz {

Entry entry_by_name(std::string_view target) {
    if (target == "document_reader") return &document_reader;
    if (target == "date_normalizer") return &date_normalizer;
    if (target == "extractor") return &extractor;
    if (target == "turtle_loader") return &turtle_loader;
    return nullptr;
}

}  // namespace pressgraph::fuzz
