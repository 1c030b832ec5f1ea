#pragma once
// Writes triples as Turtle (prefixes declared, subjects grouped) or N-Triples through Serd.
#include <string>
#include <vector>

#include "pressgraph/io/rdf_term.hpp"

namespace pressgraph {

enum class RdfSyntax { Turtle, NTriples };

/// Serialises sorted triples. Every term is validated before Serd sees it; an invalid
/// one throws ExportError. Returns the document text.
[[nodiscard]] std::string serialize_rdf(const std::vector<Triple>& triples, RdfSyntax syntax);

}  // namespace pressgraph
