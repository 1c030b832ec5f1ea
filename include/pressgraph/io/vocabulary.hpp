#pragma once
// The one place where namespaces, prefixes and the base IRI live. Writers and readers
// share it, so a CURIE means the same thing everywhere.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pressgraph::vocab {

inline constexpr std::string_view kOntologyNamespace = "https://w3id.org/pressgraph/ontology#";
inline constexpr std::string_view kResourceBase = "https://w3id.org/pressgraph/id/";

struct Prefix {
    std::string_view name;       ///< "pgo"
    std::string_view namespace_iri;
};

/// Every prefix the exports declare, in the order they are written.
[[nodiscard]] const std::vector<Prefix>& prefixes();

/// "pgo:Person" -> "https://w3id.org/pressgraph/ontology#Person"; nullopt for an unknown prefix.
[[nodiscard]] std::optional<std::string> expand(std::string_view curie);

/// The reverse, for IRIs whose namespace is a known prefix; nullopt otherwise.
[[nodiscard]] std::optional<std::string> compact(std::string_view iri);

/// The IRI of an XML Schema datatype local name ("date" -> xsd:date).
[[nodiscard]] std::string xsd(std::string_view local_name);

}  // namespace pressgraph::vocab
