#pragma once
// The project ontology (ontology/pressgraph.ttl), read with Sord at start-up. Exporters
// ask it before writing a term, so a class or property it does not define fails loudly.
#include <set>
#include <string>
#include <string_view>

namespace pressgraph {

class Ontology {
public:
    /// Parses the Turtle file with Sord. Throws InputError naming the file on syntax errors
    /// or when it declares no classes.
    static Ontology load(const std::string& path);

    [[nodiscard]] bool defines_class(std::string_view curie_or_iri) const;
    [[nodiscard]] bool defines_property(std::string_view curie_or_iri) const;

    /// Throw ExportError("... not defined by the ontology ...") unless defined.
    void require_class(std::string_view curie_or_iri) const;
    void require_property(std::string_view curie_or_iri) const;

    [[nodiscard]] const std::set<std::string>& classes() const { return classes_; }
    [[nodiscard]] const std::set<std::string>& properties() const { return properties_; }

private:
    std::set<std::string> classes_;     ///< absolute IRIs of owl:Class / rdfs:Class
    std::set<std::string> properties_;  ///< absolute IRIs of rdf:Property and OWL properties
};

}  // namespace pressgraph
