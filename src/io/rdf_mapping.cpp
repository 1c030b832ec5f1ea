// The knowledge graph as RDF in the project ontology. Nodes become typed, labelled
// resources; edges become triples, and an edge that cites a sentence or carries
// qualifiers also gets a reified rdf:Statement so the evidence stays queryable.
//
// Performance: a graph of a few hundred thousand edges yields millions of triples whose
// terms repeat a lot (every triple of a node shares its subject, a few dozen predicates
// serve them all, evidence sentences recur). Terms are therefore interned once, each
// distinct IRI is validated once, and the triples are sorted as rank triples (three
// integers) rather than as string-heavy Triple objects. The result is materialised only
// at the end, already sorted and without duplicates.
#include "pressgraph/io/rdf_mapping.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <unordered_map>

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
    // Fast path: valid UTF-8 without NUL is returned as is (what decode/append would rebuild).
    if (text.find('\0') == std::string_view::npos && !utf8::first_invalid(text)) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = utf8::decode(text, pos);
        if (cp != 0) utf8::append(out, cp);
    }
    return out;
}

using TermId = std::uint32_t;

struct IdTriple {
    TermId s, p, o;
};

class TripleCollector {
public:
    explicit TripleCollector(const Ontology& ontology, std::size_t node_count) : ontology_(ontology) {
        node_terms_.assign(node_count, kNoTerm);
        rdf_type_ = standard_term("rdf:type");
        rdfs_label_ = standard_term("rdfs:label");
        alt_label_ = standard_term("skos:altLabel");
        rdf_statement_ = standard_term("rdf:Statement");
        rdf_subject_ = standard_term("rdf:subject");
        rdf_predicate_ = standard_term("rdf:predicate");
        rdf_object_ = standard_term("rdf:object");
        was_derived_from_ = standard_term("prov:wasDerivedFrom");
        integer_iri_ = vocab::xsd("integer");
    }

    void add_node(NodeId n, const NodeProperties& node) {
        const TermId subject = checked_iri(node.iri, "node");
        node_terms_[n] = subject;
        add(subject, rdf_type_, class_term(node.type));
        if (!node.label.empty()) add(subject, rdfs_label_, new_term(RdfTerm::literal(valid_text(node.label))));
        for (const std::string& alias : node.aliases) {
            if (!alias.empty()) add(subject, alt_label_, new_term(RdfTerm::literal(valid_text(alias))));
        }
        add_attributes(subject, node.attributes);
    }

    // Every node was added (and its IRI validated) before the first edge.
    void add_edge(NodeId source, const EdgeProperties& edge, NodeId target) {
        const TermId s = node_terms_[source];
        const TermId p = property_term(edge.predicate, "predicate");
        const TermId o = node_terms_[target];
        PG_CHECK(s != kNoTerm && o != kNoTerm);
        add(s, p, o);
        if (!edge.provenance && edge.qualifiers.empty()) return;

        const TermId statement = new_term(checked_iri_term(
            statement_iri(terms_[s].value, terms_[p].value, terms_[o].value, edge.provenance), "statement"));
        add(statement, rdf_type_, rdf_statement_);
        add(statement, rdf_subject_, s);
        add(statement, rdf_predicate_, p);
        add(statement, rdf_object_, o);
        if (edge.provenance) add_provenance(statement, *edge.provenance);
        add_attributes(statement, edge.qualifiers);
    }

    std::vector<Triple> take_sorted() {
        // Rank the terms in RdfTerm order; equal terms share a rank.
        std::vector<TermId> order(terms_.size());
        std::iota(order.begin(), order.end(), TermId{0});
        std::sort(order.begin(), order.end(), [this](TermId a, TermId b) { return terms_[a] < terms_[b]; });
        std::vector<TermId> rank(terms_.size());
        std::vector<TermId> representative;  // rank -> a term with that rank
        representative.reserve(terms_.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (i == 0 || terms_[order[i - 1]] != terms_[order[i]]) representative.push_back(order[i]);
            rank[order[i]] = static_cast<TermId>(representative.size() - 1);
        }
        for (IdTriple& t : triples_) t = {rank[t.s], rank[t.p], rank[t.o]};
        auto key = [](const IdTriple& t) { return std::tie(t.s, t.p, t.o); };
        std::sort(triples_.begin(), triples_.end(), [&](const IdTriple& a, const IdTriple& b) { return key(a) < key(b); });
        triples_.erase(std::unique(triples_.begin(), triples_.end(),
                                   [&](const IdTriple& a, const IdTriple& b) { return key(a) == key(b); }),
                       triples_.end());

        std::vector<Triple> out;
        out.reserve(triples_.size());
        for (const IdTriple& t : triples_) {
            out.push_back({terms_[representative[t.s]], terms_[representative[t.p]], terms_[representative[t.o]]});
        }
        return out;
    }

private:
    static constexpr TermId kNoTerm = ~TermId{0};

    TermId new_term(RdfTerm term) {
        PG_CHECK(terms_.size() < kNoTerm);
        terms_.push_back(std::move(term));
        return static_cast<TermId>(terms_.size() - 1);
    }

    void add(TermId s, TermId p, TermId o) { triples_.push_back({s, p, o}); }

    static RdfTerm checked_iri_term(std::string iri, std::string_view role) {
        if (!is_valid_absolute_iri(iri)) throw ExportError("invalid IRI for " + std::string(role) + ": <" + iri + ">");
        return RdfTerm::iri(std::move(iri));
    }

    TermId checked_iri(const std::string& iri, std::string_view role) { return new_term(checked_iri_term(iri, role)); }

    TermId standard_term(std::string_view curie) { return new_term(RdfTerm::iri(standard(curie))); }

    // Classes and properties are resolved and validated once per distinct CURIE; a failure
    // is not cached, so it throws again with the same message.
    TermId class_term(std::string_view curie) {
        if (auto it = classes_.find(curie); it != classes_.end()) return it->second;
        const TermId id = new_term(checked_iri_term(resolve_class(ontology_, curie), "class"));
        classes_.emplace(std::string(curie), id);
        return id;
    }

    // resolve_property validates the IRI itself, so the role only names it in a message.
    TermId property_term(std::string_view curie, std::string_view role) {
        if (auto it = properties_.find(curie); it != properties_.end()) return it->second;
        const TermId id = new_term(checked_iri_term(resolve_property(ontology_, curie), role));
        properties_.emplace(std::string(curie), id);
        return id;
    }

    // An IRI that recurs (the document a statement derives from) is validated once.
    TermId shared_iri(const std::string& iri, std::string_view role) {
        if (auto it = shared_iris_.find(iri); it != shared_iris_.end()) return it->second;
        const TermId id = checked_iri(iri, role);
        shared_iris_.emplace(iri, id);
        return id;
    }

    // Plain literals that recur (evidence sentences, rule names) are built once.
    TermId shared_text(const std::string& text) {
        if (auto it = shared_texts_.find(text); it != shared_texts_.end()) return it->second;
        const TermId id = new_term(RdfTerm::literal(valid_text(text)));
        shared_texts_.emplace(text, id);
        return id;
    }

    TermId integer_term(std::uint32_t value) {
        if (auto it = integers_.find(value); it != integers_.end()) return it->second;
        const TermId id = new_term(RdfTerm::literal(std::to_string(value), integer_iri_));
        integers_.emplace(value, id);
        return id;
    }

    TermId literal_term(const LiteralValue& value, std::string_view predicate) {
        if (value.datatype == "string" || value.datatype.empty()) return new_term(RdfTerm::literal(valid_text(value.lexical)));
        if (!is_valid_lexical_form(value.lexical, value.datatype)) {
            throw ExportError("value \"" + valid_text(value.lexical) + "\" of " + std::string(predicate) +
                              " is not a valid xsd:" + value.datatype);
        }
        return new_term(RdfTerm::literal(value.lexical, vocab::xsd(value.datatype)));
    }

    void add_attributes(TermId subject, const std::vector<Attribute>& attributes) {
        for (const Attribute& attribute : attributes) {
            const TermId predicate = property_term(attribute.predicate, "property");
            add(subject, predicate, literal_term(attribute.value, attribute.predicate));
        }
    }

    void add_provenance(TermId statement, const Provenance& provenance) {
        if (!provenance.document_iri.empty()) add(statement, was_derived_from_, shared_iri(provenance.document_iri, "document"));
        if (!provenance.sentence_text.empty()) {
            add(statement, property_term("pgo:evidence", "property"), shared_text(provenance.sentence_text));
        }
        add(statement, property_term("pgo:evidenceStart", "property"), integer_term(provenance.sentence.begin));
        add(statement, property_term("pgo:evidenceEnd", "property"), integer_term(provenance.sentence.end));
        if (!provenance.rule.empty()) add(statement, property_term("pgo:extractedBy", "property"), shared_text(provenance.rule));
    }

    // Stable across runs: the same fact from the same sentence and rule gets the same IRI.
    static std::string statement_iri(const std::string& s, const std::string& p, const std::string& o,
                                     const std::optional<Provenance>& provenance) {
        std::string key;
        key.reserve(s.size() + p.size() + o.size() + 64 + (provenance ? provenance->document_iri.size() + provenance->rule.size() : 0));
        key += s;
        key += '|';
        key += p;
        key += '|';
        key += o;
        key += '|';
        if (provenance) {
            key += provenance->document_iri;
            key += '|';
            key += std::to_string(provenance->sentence.begin);
            key += '|';
            key += std::to_string(provenance->sentence.end);
            key += '|';
            key += provenance->rule;
        } else {
            key += "|0|0|";
        }
        std::string iri(vocab::kResourceBase);
        iri += "statement/";
        iri += stable_hash_hex(key);
        return iri;
    }

    const Ontology& ontology_;
    std::vector<RdfTerm> terms_;
    std::vector<IdTriple> triples_;
    std::vector<TermId> node_terms_;
    // Transparent lookups: a CURIE or text is only copied when it is new.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Index = std::unordered_map<std::string, TermId, Hash, std::equal_to<>>;
    Index classes_, properties_, shared_iris_, shared_texts_;
    std::unordered_map<std::uint32_t, TermId> integers_;
    std::string integer_iri_;
    TermId rdf_type_ = kNoTerm, rdfs_label_ = kNoTerm, alt_label_ = kNoTerm, rdf_statement_ = kNoTerm,
           rdf_subject_ = kNoTerm, rdf_predicate_ = kNoTerm, rdf_object_ = kNoTerm, was_derived_from_ = kNoTerm;
};

}  // namespace

std::vector<Triple> graph_to_triples(const KnowledgeGraph& graph, const Ontology& ontology) {
    TripleCollector collector(ontology, graph.node_count());
    for (const NodeId n : graph.nodes_in_order()) collector.add_node(n, graph.node(n));
    for (const EdgeId e : graph.edges_in_order()) collector.add_edge(graph.source(e), graph.edge(e), graph.target(e));
    return collector.take_sorted();
}

}  // namespace pressgraph
