// The knowledge graph as RDF in the project ontology. Nodes become typed, labelled
// resources; edges become triples, and an edge that cites a sentence or carries
// qualifiers also gets a reified rdf:Statement so the evidence stays queryable.
//
// Streaming: the exports list triples sorted by subject, predicate and object. Every
// triple of a subject comes from one place: a node's own terms and its out-edges, or the
// edges that share one statement IRI (the same fact from the same sentence and rule). So
// the subjects are put in order first (node IRIs as the graph holds them, statement IRIs
// as 64-bit hashes, whose order is the order of their 16 hex digits), and each subject's
// few triples are made, sorted and emitted in turn. Memory is the subject index (16 bytes
// a statement), never the list of all triples; before, graph_to_triples built and sorted
// every triple of the graph (1.8 million for the 7,252 releases of wh-kremlin).
//
// Every check (class and property in the ontology, valid IRIs, typed values) is done by
// the constructor, in the order the whole-list mapping did them, so an invalid graph
// throws the same ExportError before the first triple is produced.
#include "pressgraph/io/rdf_mapping.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>

#include "pressgraph/io/rdf_validation.hpp"
#include "pressgraph/io/term_resolution.hpp"
#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/flat_string_map.hpp"
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

void check_iri(const std::string& iri, std::string_view role) {
    if (!is_valid_absolute_iri(iri)) throw ExportError("invalid IRI for " + std::string(role) + ": <" + iri + ">");
}

// Stable across runs: the same fact from the same sentence and rule gets the same IRI.
std::uint64_t statement_hash(const std::string& s, const std::string& p, const std::string& o,
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
    return stable_hash64(key);
}

std::string statement_iri(std::uint64_t hash) {
    std::string iri(vocab::kResourceBase);
    iri += "statement/";
    iri += hash_hex(hash);
    return iri;
}

struct StatementRef {
    std::uint64_t hash;
    std::uint32_t edge;  ///< index into State::edges
    friend bool operator<(const StatementRef& a, const StatementRef& b) {
        return a.hash != b.hash ? a.hash < b.hash : a.edge < b.edge;
    }
};

}  // namespace

struct TripleStream::State {
    const KnowledgeGraph& graph;
    const Ontology& ontology;
    std::vector<NodeId> nodes;         ///< in IRI order
    std::vector<EdgeId> edges;         ///< in the writers' edge order
    std::vector<StatementRef> statements;  ///< sorted: the statement subjects in IRI order
    // CURIE -> IRI, each resolved and checked once (looked up for every node and edge).
    // An insertion may move the values: references are taken only once all are resolved,
    // or used before the next insertion.
    FlatStringMap<std::string> classes, properties;
    FlatStringMap<std::string> datatypes;  ///< xsd local name -> IRI
    std::string rdf_type = standard("rdf:type"), rdfs_label = standard("rdfs:label"),
                alt_label = standard("skos:altLabel"), rdf_statement = standard("rdf:Statement"),
                rdf_subject = standard("rdf:subject"), rdf_predicate = standard("rdf:predicate"),
                rdf_object = standard("rdf:object"), was_derived_from = standard("prov:wasDerivedFrom"),
                integer = vocab::xsd("integer");

    State(const KnowledgeGraph& g, const Ontology& o) : graph(g), ontology(o) {}

    const std::string& class_iri(std::string_view curie) {
        if (const std::string* known = classes.find(curie)) return *known;
        std::string iri = resolve_class(ontology, curie);
        check_iri(iri, "class");
        return *classes.try_emplace(curie, std::move(iri)).first;
    }
    // resolve_property validates the IRI itself, so the role only names it in a message.
    const std::string& property_iri(std::string_view curie, std::string_view role) {
        if (const std::string* known = properties.find(curie)) return *known;
        std::string iri = resolve_property(ontology, curie);
        check_iri(iri, role);
        return *properties.try_emplace(curie, std::move(iri)).first;
    }
    [[nodiscard]] const std::string& known_property(std::string_view curie) const {
        const std::string* known = properties.find(curie);
        PG_CHECK(known != nullptr);
        return *known;
    }
    // The producing side only looks up what check_and_index resolved, so several threads
    // can stream parts at once.
    [[nodiscard]] const std::string& known_class(std::string_view curie) const {
        const std::string* known = classes.find(curie);
        PG_CHECK(known != nullptr);
        return *known;
    }
    [[nodiscard]] const std::string& known_datatype(std::string_view local) const {
        const std::string* known = datatypes.find(local);
        PG_CHECK(known != nullptr);
        return *known;
    }
    const std::string& datatype_iri(std::string_view local) {
        if (const std::string* known = datatypes.find(local)) return *known;
        return *datatypes.try_emplace(local, vocab::xsd(local)).first;
    }

    void check_attributes(const std::vector<Attribute>& attributes) {
        for (const Attribute& attribute : attributes) {
            (void)property_iri(attribute.predicate, "property");
            const LiteralValue& value = attribute.value;
            if (value.datatype == "string" || value.datatype.empty()) continue;
            if (!is_valid_lexical_form(value.lexical, value.datatype)) {
                throw ExportError("value \"" + valid_text(value.lexical) + "\" of " + attribute.predicate +
                                  " is not a valid xsd:" + value.datatype);
            }
            (void)datatype_iri(value.datatype);
        }
    }

    // Every term the triples will use, checked in the order the whole-list mapping checked
    // them (nodes in IRI order, then edges), and the statement subjects indexed.
    void check_and_index() {
        nodes = graph.nodes_in_order();
        edges = graph.edges_in_order();
        for (const NodeId n : nodes) {
            const NodeProperties& node = graph.node(n);
            check_iri(node.iri, "node");
            (void)class_iri(node.type);
            check_attributes(node.attributes);
        }
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const EdgeProperties& edge = graph.edge(edges[i]);
            const std::string& p = property_iri(edge.predicate, "predicate");
            if (!edge.provenance && edge.qualifiers.empty()) continue;
            const std::uint64_t hash = statement_hash(graph.node(graph.source(edges[i])).iri, p,
                                                      graph.node(graph.target(edges[i])).iri, edge.provenance);
            check_iri(statement_iri(hash), "statement");
            PG_CHECK(i < UINT32_MAX);
            statements.push_back({hash, static_cast<std::uint32_t>(i)});
            if (const auto& provenance = edge.provenance) {
                if (!provenance->document_iri.empty()) check_iri(provenance->document_iri, "document");
                if (!provenance->sentence_text.empty()) (void)property_iri("pgo:evidence", "property");
                (void)property_iri("pgo:evidenceStart", "property");
                (void)property_iri("pgo:evidenceEnd", "property");
                if (!provenance->rule.empty()) (void)property_iri("pgo:extractedBy", "property");
            }
            check_attributes(edge.qualifiers);
        }
        std::sort(statements.begin(), statements.end());
    }

    // The subjects of `part` in IRI order: the nodes and the statements merge into one order,
    // and a node and a statement under one IRI are one subject. Calls
    // visit(subject IRI, first node, end node, first statement, end statement) for each.
    template <class Visit>
    void walk_subjects(const TripleStream::Part& part, Visit&& visit) const {
        std::size_t ni = part.first_node, si = part.first_statement;
        std::string next_statement, subject;  // the IRI of statements[si]; the current subject
        auto load_statement = [&] { next_statement = si < part.end_statement ? statement_iri(statements[si].hash) : std::string(); };
        load_statement();
        while (ni < part.end_node || si < part.end_statement) {
            const bool node_first = ni < part.end_node && (si >= part.end_statement || graph.node(nodes[ni]).iri <= next_statement);
            subject = node_first ? graph.node(nodes[ni]).iri : next_statement;
            const std::size_t first_node = ni, first_statement = si;
            while (ni < part.end_node && graph.node(nodes[ni]).iri == subject) ++ni;
            while (si < part.end_statement && next_statement == subject) {
                ++si;
                load_statement();
            }
            visit(subject, first_node, ni, first_statement, si);
        }
    }

    // --- producing one subject's triples (everything was checked) ---
    // The triples view the graph's strings and the resolved IRIs; the few texts made here
    // (numbers, text repaired to valid UTF-8) live in `made` until the subject is written.

    using Made = std::deque<std::string>;

    static std::string_view text(std::string_view value, Made& made) {
        if (value.find('\0') == std::string_view::npos && !utf8::first_invalid(value)) return value;
        return made.emplace_back(valid_text(value));
    }

    [[nodiscard]] RdfTermView literal(const LiteralValue& value, Made& made) const {
        if (value.datatype == "string" || value.datatype.empty()) return RdfTermView::literal(text(value.lexical, made));
        return RdfTermView::literal(value.lexical, known_datatype(value.datatype));
    }

    void add_attributes(std::vector<TripleView>& out, std::string_view subject, const std::vector<Attribute>& attributes,
                        Made& made) const {
        for (const Attribute& attribute : attributes)
            out.push_back({RdfTermView::iri(subject), RdfTermView::iri(known_property(attribute.predicate)),
                           literal(attribute.value, made)});
    }

    void add_node(std::vector<TripleView>& out, NodeId n, Made& made) const {
        const NodeProperties& node = graph.node(n);
        const std::string_view s = node.iri;
        out.push_back({RdfTermView::iri(s), RdfTermView::iri(rdf_type), RdfTermView::iri(known_class(node.type))});
        if (!node.label.empty())
            out.push_back({RdfTermView::iri(s), RdfTermView::iri(rdfs_label), RdfTermView::literal(text(node.label, made))});
        for (const std::string& alias : node.aliases)
            if (!alias.empty())
                out.push_back({RdfTermView::iri(s), RdfTermView::iri(alt_label), RdfTermView::literal(text(alias, made))});
        add_attributes(out, s, node.attributes, made);
        for (auto [it, end] = boost::out_edges(n, graph.storage()); it != end; ++it)
            out.push_back({RdfTermView::iri(s), RdfTermView::iri(known_property(graph.edge(*it).predicate)),
                           RdfTermView::iri(graph.node(graph.target(*it)).iri)});
    }

    void add_statement(std::vector<TripleView>& out, std::string_view x, EdgeId e, Made& made) const {
        const EdgeProperties& edge = graph.edge(e);
        auto add = [&](std::string_view p, RdfTermView o) { out.push_back({RdfTermView::iri(x), RdfTermView::iri(p), o}); };
        add(rdf_type, RdfTermView::iri(rdf_statement));
        add(rdf_subject, RdfTermView::iri(graph.node(graph.source(e)).iri));
        add(rdf_predicate, RdfTermView::iri(known_property(edge.predicate)));
        add(rdf_object, RdfTermView::iri(graph.node(graph.target(e)).iri));
        if (const auto& provenance = edge.provenance) {
            if (!provenance->document_iri.empty()) add(was_derived_from, RdfTermView::iri(provenance->document_iri.view()));
            if (!provenance->sentence_text.empty())
                add(known_property("pgo:evidence"), RdfTermView::literal(text(provenance->sentence_text.view(), made)));
            add(known_property("pgo:evidenceStart"),
                RdfTermView::literal(made.emplace_back(std::to_string(provenance->sentence.begin)), integer));
            add(known_property("pgo:evidenceEnd"),
                RdfTermView::literal(made.emplace_back(std::to_string(provenance->sentence.end)), integer));
            if (!provenance->rule.empty())
                add(known_property("pgo:extractedBy"), RdfTermView::literal(text(provenance->rule.view(), made)));
        }
        add_attributes(out, x, edge.qualifiers, made);
    }
};

TripleStream::TripleStream(const KnowledgeGraph& graph, const Ontology& ontology)
    : state_(std::make_unique<State>(graph, ontology)) {
    state_->check_and_index();
}

TripleStream::~TripleStream() = default;

TripleStream::Part TripleStream::whole() const { return Part{0, state_->nodes.size(), 0, state_->statements.size()}; }

std::size_t TripleStream::for_each(const std::function<void(const Triple&)>& sink) const { return for_each(whole(), sink); }

std::size_t TripleStream::for_each(const Part& part, const std::function<void(const Triple&)>& sink) const {
    return for_each_view(part, [&](const TripleView& t) { sink(owned(t)); });
}

std::vector<TripleStream::Part> TripleStream::parts(std::size_t subjects_per_part) const {
    subjects_per_part = std::max<std::size_t>(subjects_per_part, 1);
    std::vector<Part> out;
    Part part;
    std::size_t subjects = 0;
    state_->walk_subjects(whole(), [&](const std::string&, std::size_t first_node, std::size_t, std::size_t first_statement,
                                       std::size_t) {
        if (subjects++ < subjects_per_part) return;
        part.end_node = first_node;
        part.end_statement = first_statement;
        out.push_back(part);
        part = Part{first_node, first_node, first_statement, first_statement};
        subjects = 1;
    });
    part.end_node = state_->nodes.size();
    part.end_statement = state_->statements.size();
    out.push_back(part);
    return out;
}

std::size_t TripleStream::for_each_view(const Part& part, const std::function<void(const TripleView&)>& sink) const {
    const State& s = *state_;  // read only: the constructor resolved every class, property and datatype
    std::size_t count = 0;
    std::vector<TripleView> group;
    State::Made made;
    s.walk_subjects(part, [&](const std::string& subject, std::size_t first_node, std::size_t end_node,
                              std::size_t first_statement, std::size_t end_statement) {
        group.clear();
        made.clear();
        for (std::size_t n = first_node; n < end_node; ++n) s.add_node(group, s.nodes[n], made);
        for (std::size_t k = first_statement; k < end_statement; ++k)
            s.add_statement(group, subject, s.edges[s.statements[k].edge], made);
        std::sort(group.begin(), group.end());
        group.erase(std::unique(group.begin(), group.end()), group.end());
        for (const TripleView& t : group) sink(t);
        count += group.size();
    });
    return count;
}

std::vector<Triple> graph_to_triples(const KnowledgeGraph& graph, const Ontology& ontology) {
    std::vector<Triple> out;
    TripleStream(graph, ontology).for_each([&](const Triple& t) { out.push_back(t); });
    return out;
}

}  // namespace pressgraph
