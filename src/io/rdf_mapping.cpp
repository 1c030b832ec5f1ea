// The knowledge graph as RDF in the project ontology. Nodes become typed, labelled
// resources; edges become triples, and an edge that cites a sentence or carries
// qualifiers also gets a reified rdf:Statement so the evidence stays queryable.
#include "pressgraph/io/rdf_mapping.hpp"

#include <algorithm>

#include "pressgraph/io/rdf_validation.hpp"
#include "pressgraph/io/term_resolution.hpp"
#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/hash.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {
namespace {

// Terms of the standard vocabularies the mapping itself uses (not looked up in our ontology).
std::string standard(std::string_view curie) {
    auto iri = vocab::expand(curie);
    PG_CHECK(iri.has_value());
    return *iri;
}

// Literal text as valid UTF-8: invalid bytes become U+FFFD. NUL is dropped because
// Serd takes C strings; other control characters stay, Serd escapes them.
std::string valid_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = utf8::decode(text, pos);
        if (cp != 0) utf8::append(out, cp);
    }
    return out;
}

RdfTerm checked_iri(const std::string& iri, std::string_view role) {
    if (!is_valid_absolute_iri(iri)) throw ExportError("invalid IRI for " + std::string(role) + ": <" + iri + ">");
    return RdfTerm::iri(iri);
}

RdfTerm literal_term(const LiteralValue& value, std::string_view predicate) {
    if (value.datatype == "string" || value.datatype.empty()) return RdfTerm::literal(valid_text(value.lexical));
    if (!is_valid_lexical_form(value.lexical, value.datatype)) {
        throw ExportError("value \"" + valid_text(value.lexical) + "\" of " + std::string(predicate) +
                          " is not a valid xsd:" + value.datatype);
    }
    return RdfTerm::literal(value.lexical, vocab::xsd(value.datatype));
}

class TripleCollector {
public:
    explicit TripleCollector(const Ontology& ontology) : ontology_(ontology) {}

    void add_node(const NodeProperties& node) {
        const RdfTerm subject = checked_iri(node.iri, "node");
        add(subject, rdf_type_, checked_iri(resolve_class(ontology_, node.type), "class"));
        if (!node.label.empty()) add(subject, rdfs_label_, RdfTerm::literal(valid_text(node.label)));
        for (const std::string& alias : node.aliases) {
            if (!alias.empty()) add(subject, alt_label_, RdfTerm::literal(valid_text(alias)));
        }
        add_attributes(subject, node.attributes);
    }

    void add_edge(const NodeProperties& source, const EdgeProperties& edge, const NodeProperties& target) {
        const RdfTerm s = checked_iri(source.iri, "edge source");
        const RdfTerm p = checked_iri(resolve_property(ontology_, edge.predicate), "predicate");
        const RdfTerm o = checked_iri(target.iri, "edge target");
        add(s, p, o);
        if (!edge.provenance && edge.qualifiers.empty()) return;

        const RdfTerm statement = checked_iri(statement_iri(s, p, o, edge.provenance), "statement");
        add(statement, rdf_type_, RdfTerm::iri(standard("rdf:Statement")));
        add(statement, RdfTerm::iri(standard("rdf:subject")), s);
        add(statement, RdfTerm::iri(standard("rdf:predicate")), p);
        add(statement, RdfTerm::iri(standard("rdf:object")), o);
        if (edge.provenance) add_provenance(statement, *edge.provenance);
        add_attributes(statement, edge.qualifiers);
    }

    std::vector<Triple> take_sorted() {
        std::sort(triples_.begin(), triples_.end());
        triples_.erase(std::unique(triples_.begin(), triples_.end()), triples_.end());
        return std::move(triples_);
    }

private:
    void add(const RdfTerm& s, const RdfTerm& p, RdfTerm o) { triples_.push_back({s, p, std::move(o)}); }

    void add_attributes(const RdfTerm& subject, const std::vector<Attribute>& attributes) {
        for (const Attribute& attribute : attributes) {
            const RdfTerm predicate = checked_iri(resolve_property(ontology_, attribute.predicate), "property");
            add(subject, predicate, literal_term(attribute.value, attribute.predicate));
        }
    }

    void add_provenance(const RdfTerm& statement, const Provenance& provenance) {
        if (!provenance.document_iri.empty()) {
            add(statement, RdfTerm::iri(standard("prov:wasDerivedFrom")),
                checked_iri(provenance.document_iri, "document"));
        }
        if (!provenance.sentence_text.empty()) {
            add(statement, property("pgo:evidence"), RdfTerm::literal(valid_text(provenance.sentence_text)));
        }
        const std::string integer = vocab::xsd("integer");
        add(statement, property("pgo:evidenceStart"), RdfTerm::literal(std::to_string(provenance.sentence.begin), integer));
        add(statement, property("pgo:evidenceEnd"), RdfTerm::literal(std::to_string(provenance.sentence.end), integer));
        if (!provenance.rule.empty()) {
            add(statement, property("pgo:extractedBy"), RdfTerm::literal(valid_text(provenance.rule)));
        }
    }

    RdfTerm property(std::string_view curie) const { return RdfTerm::iri(resolve_property(ontology_, curie)); }

    // Stable across runs: the same fact from the same sentence and rule gets the same IRI.
    static std::string statement_iri(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o,
                                     const std::optional<Provenance>& provenance) {
        std::string key = s.value + '|' + p.value + '|' + o.value + '|';
        if (provenance) {
            key += provenance->document_iri + '|' + std::to_string(provenance->sentence.begin) + '|' +
                   std::to_string(provenance->sentence.end) + '|' + provenance->rule;
        } else {
            key += "|0|0|";
        }
        return std::string(vocab::kResourceBase) + "statement/" + stable_hash_hex(key);
    }

    const Ontology& ontology_;
    const RdfTerm rdf_type_ = RdfTerm::iri(standard("rdf:type"));
    const RdfTerm rdfs_label_ = RdfTerm::iri(standard("rdfs:label"));
    const RdfTerm alt_label_ = RdfTerm::iri(standard("skos:altLabel"));
    std::vector<Triple> triples_;
};

}  // namespace

std::vector<Triple> graph_to_triples(const KnowledgeGraph& graph, const Ontology& ontology) {
    TripleCollector collector(ontology);
    for (const NodeId n : graph.nodes_in_order()) collector.add_node(graph.node(n));
    for (const EdgeId e : graph.edges_in_order()) {
        collector.add_edge(graph.node(graph.source(e)), graph.edge(e), graph.node(graph.target(e)));
    }
    return collector.take_sorted();
}

}  // namespace pressgraph
