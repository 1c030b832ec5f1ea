#pragma once
// RDF terms and triples as the writers receive them: absolute IRIs and typed literals,
// already validated, in a total order so output can be sorted. A term owns its text
// (RdfTerm, Triple) or views text owned elsewhere (RdfTermView, TripleView: the exports'
// triples, made by the million, view the graph's strings instead of copying them). Both
// order alike.
#include <compare>
#include <string>
#include <string_view>

namespace pressgraph {

template <class Text>
struct BasicRdfTerm {
    enum class Kind { Iri, Literal };
    Kind kind = Kind::Iri;
    Text value;     ///< absolute IRI, or the literal's lexical form
    Text datatype;  ///< absolute datatype IRI for typed literals; empty for plain strings
    Text language;  ///< BCP 47 tag for language-tagged strings; empty otherwise

    static BasicRdfTerm iri(Text v) { return {Kind::Iri, std::move(v), {}, {}}; }
    static BasicRdfTerm literal(Text v, Text datatype_iri = {}, Text lang = {}) {
        return {Kind::Literal, std::move(v), std::move(datatype_iri), std::move(lang)};
    }
    friend bool operator==(const BasicRdfTerm&, const BasicRdfTerm&) = default;
    friend auto operator<=>(const BasicRdfTerm&, const BasicRdfTerm&) = default;
};

template <class Text>
struct BasicTriple {
    BasicRdfTerm<Text> subject;
    BasicRdfTerm<Text> predicate;
    BasicRdfTerm<Text> object;
    friend bool operator==(const BasicTriple&, const BasicTriple&) = default;
    friend auto operator<=>(const BasicTriple&, const BasicTriple&) = default;
};

using RdfTerm = BasicRdfTerm<std::string>;
using Triple = BasicTriple<std::string>;
using RdfTermView = BasicRdfTerm<std::string_view>;
using TripleView = BasicTriple<std::string_view>;

[[nodiscard]] inline RdfTermView view_of(const RdfTerm& t) {
    return {static_cast<RdfTermView::Kind>(t.kind), t.value, t.datatype, t.language};
}
[[nodiscard]] inline TripleView view_of(const Triple& t) { return {view_of(t.subject), view_of(t.predicate), view_of(t.object)}; }
[[nodiscard]] inline RdfTerm owned(const RdfTermView& t) {
    return {static_cast<RdfTerm::Kind>(t.kind), std::string(t.value), std::string(t.datatype), std::string(t.language)};
}
[[nodiscard]] inline Triple owned(const TripleView& t) { return {owned(t.subject), owned(t.predicate), owned(t.object)}; }

}  // namespace pressgraph
