#pragma once
// RDF terms and triples as the writers receive them: absolute IRIs and typed literals,
// already validated, in a total order so output can be sorted.
#include <compare>
#include <string>

namespace pressgraph {

struct RdfTerm {
    enum class Kind { Iri, Literal };
    Kind kind = Kind::Iri;
    std::string value;     ///< absolute IRI, or the literal's lexical form
    std::string datatype;  ///< absolute datatype IRI for typed literals; empty for plain strings
    std::string language;  ///< BCP 47 tag for language-tagged strings; empty otherwise

    static RdfTerm iri(std::string v) { return {Kind::Iri, std::move(v), {}, {}}; }
    static RdfTerm literal(std::string v, std::string datatype_iri = {}, std::string lang = {}) {
        return {Kind::Literal, std::move(v), std::move(datatype_iri), std::move(lang)};
    }
    friend bool operator==(const RdfTerm&, const RdfTerm&) = default;
    friend auto operator<=>(const RdfTerm&, const RdfTerm&) = default;
};

struct Triple {
    RdfTerm subject;
    RdfTerm predicate;
    RdfTerm object;
    friend bool operator==(const Triple&, const Triple&) = default;
    friend auto operator<=>(const Triple&, const Triple&) = default;
};

}  // namespace pressgraph
