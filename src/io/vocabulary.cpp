// Namespaces and prefixes shared by every reader and writer.
#include "pressgraph/io/vocabulary.hpp"

namespace pressgraph::vocab {

const std::vector<Prefix>& prefixes() {
    static const std::vector<Prefix> kPrefixes = {
        {"pgo", kOntologyNamespace},
        {"pgr", kResourceBase},
        {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
        {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
        {"owl", "http://www.w3.org/2002/07/owl#"},
        {"xsd", "http://www.w3.org/2001/XMLSchema#"},
        {"skos", "http://www.w3.org/2004/02/skos/core#"},
        {"prov", "http://www.w3.org/ns/prov#"},
        {"schema", "https://schema.org/"},
        {"foaf", "http://xmlns.com/foaf/0.1/"},
        {"org", "http://www.w3.org/ns/org#"},
        {"dcterms", "http://purl.org/dc/terms/"},
    };
    return kPrefixes;
}

std::optional<std::string> expand(std::string_view curie) {
    const auto colon = curie.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    const std::string_view name = curie.substr(0, colon);
    for (const Prefix& prefix : prefixes()) {
        if (prefix.name == name) {
            std::string iri(prefix.namespace_iri);
            iri += curie.substr(colon + 1);
            return iri;
        }
    }
    return std::nullopt;
}

std::optional<std::string> compact(std::string_view iri) {
    // Longest namespace wins, so nested namespaces (none today) would still compact right.
    const Prefix* best = nullptr;
    for (const Prefix& prefix : prefixes()) {
        if (iri.size() > prefix.namespace_iri.size() && iri.starts_with(prefix.namespace_iri) &&
            (best == nullptr || prefix.namespace_iri.size() > best->namespace_iri.size())) {
            best = &prefix;
        }
    }
    if (best == nullptr) return std::nullopt;
    std::string curie(best->name);
    curie += ':';
    curie += iri.substr(best->namespace_iri.size());
    return curie;
}

std::string xsd(std::string_view local_name) {
    std::string iri = "http://www.w3.org/2001/XMLSchema#";
    iri += local_name;
    return iri;
}

}  // namespace pressgraph::vocab
