#pragma once
// The key under which mentions of one real-world entity meet across documents. Spelling
// and transliteration variants share a key (Alexey/Alexei Sorokin, Krutoy/Krutoi,
// "Union State Supreme State Council" / "Supreme State Council of the Union State"), and
// the node's IRI is minted from the key, so it is stable across runs and corpora.
#include <string>
#include <string_view>

#include "pressgraph/extract/entity_type.hpp"
#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph {

/// Folds a Russian/Belarusian surname's romanisation variants to one spelling, lower case:
/// -sky/-skiy -> -ski, -oy -> -oi, -iy/-yy -> -i (the lexicon's surname_endings.tsv).
[[nodiscard]] std::string fold_surname(std::string_view surname, const Lexicon& lexicon);

[[nodiscard]] std::string resolution_key(EntityType type, std::string_view canonical_name, const Lexicon& lexicon);

}  // namespace pressgraph
