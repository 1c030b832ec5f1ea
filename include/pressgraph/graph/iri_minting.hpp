#pragma once
// Resource IRIs derived from canonical names, so the same entity gets the same IRI in
// every run and every corpus: https://w3id.org/pressgraph/id/<kind>/<slug>.
#include <string>
#include <string_view>

namespace pressgraph {

/// "Ana Lopes" -> "ana-lopes"; "St. Petersburg" -> "st-petersburg". ASCII letters
/// and digits are kept in lower case, Latin letters with diacritics lose them, runs of
/// anything else become one '-', other scripts are percent-encoded UTF-8.
[[nodiscard]] std::string slugify(std::string_view name);

/// The IRI of a resource of `kind` ("person", "country", "document", ...).
[[nodiscard]] std::string mint_iri(std::string_view kind, std::string_view name);

}  // namespace pressgraph
