// One rule for both exporters, so Turtle and GraphML accept exactly the same terms.
#include "pressgraph/io/term_resolution.hpp"

#include "pressgraph/io/rdf_validation.hpp"
#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph {
namespace {

enum class TermKind { Class, Property };

std::string resolve(const Ontology& ontology, std::string_view term, TermKind kind) {
    const char* what = kind == TermKind::Class ? "class" : "property";
    std::string iri;
    if (auto expanded = vocab::expand(term)) {
        iri = std::move(*expanded);
    } else if (vocab::compact(term)) {
        iri = std::string(term);  // already an absolute IRI in a known namespace
    } else {
        throw ExportError(std::string(what) + " " + std::string(term) +
                          " is neither a CURIE with a known prefix nor an IRI in a known namespace");
    }
    if (!is_valid_absolute_iri(iri)) throw ExportError(std::string(what) + " " + std::string(term) + " is not a valid IRI");
    if (iri.starts_with(vocab::kOntologyNamespace)) {
        if (kind == TermKind::Class) {
            ontology.require_class(term);
        } else {
            ontology.require_property(term);
        }
    }
    return iri;
}

}  // namespace

std::string resolve_class(const Ontology& ontology, std::string_view curie_or_iri) {
    return resolve(ontology, curie_or_iri, TermKind::Class);
}

std::string resolve_property(const Ontology& ontology, std::string_view curie_or_iri) {
    return resolve(ontology, curie_or_iri, TermKind::Property);
}

std::string_view local_name(std::string_view iri) {
    const auto cut = iri.find_last_of("#/");
    return cut == std::string_view::npos ? iri : iri.substr(cut + 1);
}

}  // namespace pressgraph
