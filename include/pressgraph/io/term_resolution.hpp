#pragma once
// Turns the vocabulary CURIEs the graph carries into absolute IRIs for the exporters,
// refusing terms the ontology does not define (pgo:) or whose prefix is unknown.
#include <string>
#include <string_view>

#include "pressgraph/io/ontology.hpp"

namespace pressgraph {

/// Absolute IRI of a class given as CURIE or IRI. Throws ExportError naming the term when
/// it is a pgo: class the ontology lacks or belongs to no known vocabulary prefix.
[[nodiscard]] std::string resolve_class(const Ontology& ontology, std::string_view curie_or_iri);

/// The same for a property (edge predicate, attribute or qualifier).
[[nodiscard]] std::string resolve_property(const Ontology& ontology, std::string_view curie_or_iri);

/// The local part of an IRI: what follows its last '#' or '/' ("...#metWith" -> "metWith").
[[nodiscard]] std::string_view local_name(std::string_view iri);

}  // namespace pressgraph
