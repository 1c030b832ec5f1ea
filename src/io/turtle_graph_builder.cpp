// A Sord model of a pressgraph export, scanned once in SPO order (so each subject's
// triples arrive together), becomes the knowledge graph. Sord interns its nodes, so
// resources are told apart by pointer while the model lives.
#include "turtle_graph_builder.hpp"

#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph {
namespace {

const uint8_t* bytes(const char* s) { return reinterpret_cast<const uint8_t*>(s); }
std::string text_of(const SordNode* node) { return reinterpret_cast<const char*>(sord_node_get_string(node)); }

struct IterDeleter { void operator()(SordIter* i) const { sord_iter_free(i); } };

// The vocabulary terms the loader recognises, interned in the world it reads into.
class Terms {
    SordWorld* world_;
    std::vector<SordNode*> owned_;  // declared before the terms: initialised first

public:
    explicit Terms(SordWorld* world) : world_(world) {}
    Terms(const Terms&) = delete;
    Terms& operator=(const Terms&) = delete;
    ~Terms() {
        for (SordNode* node : owned_) sord_node_free(world_, node);
    }

    const SordNode* type = term("rdf:type");
    const SordNode* statement = term("rdf:Statement");
    const SordNode* subject = term("rdf:subject");
    const SordNode* predicate = term("rdf:predicate");
    const SordNode* object = term("rdf:object");
    const SordNode* label = term("rdfs:label");
    const SordNode* alt_label = term("skos:altLabel");
    const SordNode* derived_from = term("prov:wasDerivedFrom");
    const SordNode* evidence = term("pgo:evidence");
    const SordNode* evidence_start = term("pgo:evidenceStart");
    const SordNode* evidence_end = term("pgo:evidenceEnd");
    const SordNode* extracted_by = term("pgo:extractedBy");

private:
    const SordNode* term(std::string_view curie) {
        const std::string iri = vocab::expand(curie).value();
        SordNode* node = sord_new_uri(world_, bytes(iri.c_str()));
        owned_.push_back(node);
        return node;
    }
};

struct PredicateObject {
    const SordNode* predicate;
    const SordNode* object;
};

struct StatementRecord {
    const SordNode* subject = nullptr;
    const SordNode* predicate = nullptr;
    const SordNode* object = nullptr;
    std::optional<Provenance> provenance;
    std::vector<Attribute> qualifiers;
};

using TripleKey = std::tuple<const SordNode*, const SordNode*, const SordNode*>;

class GraphBuilder {
public:
    GraphBuilder(const std::string& path, const Terms& terms) : path_(path), terms_(terms) {}

    // One subject with all its (predicate, object) pairs.
    void add_subject(const SordNode* subject, const std::vector<PredicateObject>& pairs) {
        if (sord_node_get_type(subject) != SORD_URI) return;  // pressgraph never writes blank subjects
        const SordNode* type = nullptr;
        bool is_statement = false;
        for (const PredicateObject& po : pairs) {
            if (po.predicate != terms_.type || sord_node_get_type(po.object) != SORD_URI) continue;
            if (po.object == terms_.statement) is_statement = true;
            // A pgo: class wins over types from other vocabularies; otherwise the first.
            if (type == nullptr || (!is_pgo(type) && is_pgo(po.object))) type = po.object;
        }
        if (is_statement) {
            add_statement(subject, pairs);
        } else if (type != nullptr) {
            add_node(subject, type, pairs);
        }
    }

    KnowledgeGraph finish() {
        if (!any_pgo_node_) throw InputError(path_, "not a pressgraph graph: no resource is typed with a pgo: class");
        std::set<TripleKey> described;
        for (StatementRecord& record : statements_) {
            const auto s = node_of_.find(record.subject);
            const auto o = node_of_.find(record.object);
            if (s == node_of_.end() || o == node_of_.end() || record.predicate == nullptr) continue;
            described.emplace(record.subject, record.predicate, record.object);
            EdgeProperties edge;
            edge.predicate = curie(record.predicate);
            edge.qualifiers = std::move(record.qualifiers);
            std::sort(edge.qualifiers.begin(), edge.qualifiers.end());
            edge.provenance = std::move(record.provenance);
            graph_.add_edge(s->second, o->second, std::move(edge));
        }
        for (const auto& [subject, predicate, object] : direct_) {
            const auto o = node_of_.find(object);
            if (o == node_of_.end() || described.contains({subject, predicate, object})) continue;
            EdgeProperties edge;
            edge.predicate = curie(predicate);
            graph_.add_edge(node_of_.at(subject), o->second, std::move(edge));
        }
        return std::move(graph_);
    }

private:
    static bool is_pgo(const SordNode* node) {
        return std::string_view(reinterpret_cast<const char*>(sord_node_get_string(node)))
            .starts_with(vocab::kOntologyNamespace);
    }

    // CURIE of a vocabulary term (the graph's convention), the IRI itself when no prefix fits.
    const std::string& curie(const SordNode* node) {
        auto it = curies_.find(node);
        if (it == curies_.end()) {
            const std::string iri = text_of(node);
            it = curies_.emplace(node, vocab::compact(iri).value_or(iri)).first;
        }
        return it->second;
    }

    static LiteralValue literal(const SordNode* node) {
        LiteralValue value{text_of(node), "string"};
        if (const SordNode* datatype = sord_node_get_datatype(node)) {
            const std::string iri = text_of(datatype);
            const std::string xsd_namespace = vocab::xsd("");
            if (iri.starts_with(xsd_namespace) && iri.size() > xsd_namespace.size()) {
                value.datatype = iri.substr(xsd_namespace.size());
            }
        }
        return value;
    }

    std::uint32_t offset(const SordNode* statement, const SordNode* node) const {
        const std::string text = text_of(node);
        std::uint32_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size()) {
            throw InputError(path_, "evidence offset \"" + text + "\" of <" + text_of(statement) +
                                        "> is not a non-negative integer");
        }
        return value;
    }

    void add_node(const SordNode* subject, const SordNode* type, const std::vector<PredicateObject>& pairs) {
        any_pgo_node_ = any_pgo_node_ || is_pgo(type);
        std::string label;
        std::vector<std::string> aliases;
        std::vector<Attribute> attributes;
        for (const PredicateObject& po : pairs) {
            const SordNodeType kind = sord_node_get_type(po.object);
            if (kind == SORD_LITERAL) {
                if (po.predicate == terms_.label) {
                    if (label.empty()) label = text_of(po.object);
                } else if (po.predicate == terms_.alt_label) {
                    aliases.push_back(text_of(po.object));
                } else {
                    attributes.push_back({curie(po.predicate), literal(po.object)});
                }
            } else if (kind == SORD_URI && po.predicate != terms_.type) {
                direct_.emplace_back(subject, po.predicate, po.object);
            }
        }
        const NodeId n = graph_.upsert_node(text_of(subject), curie(type), label);
        std::sort(aliases.begin(), aliases.end());
        std::sort(attributes.begin(), attributes.end());
        graph_.node(n).aliases = std::move(aliases);
        graph_.node(n).attributes = std::move(attributes);
        node_of_.emplace(subject, n);
    }

    void add_statement(const SordNode* statement, const std::vector<PredicateObject>& pairs) {
        StatementRecord record;
        Provenance provenance;
        bool has_provenance = false;
        for (const PredicateObject& po : pairs) {
            const SordNode* p = po.predicate;
            const bool is_literal = sord_node_get_type(po.object) == SORD_LITERAL;
            if (p == terms_.type) continue;
            if (p == terms_.subject) {
                record.subject = po.object;
            } else if (p == terms_.predicate) {
                record.predicate = po.object;
            } else if (p == terms_.object) {
                record.object = po.object;
            } else if (p == terms_.derived_from) {
                provenance.document_iri = text_of(po.object);
                has_provenance = true;
            } else if (p == terms_.evidence) {
                provenance.sentence_text = text_of(po.object);
                has_provenance = true;
            } else if (p == terms_.evidence_start) {
                provenance.sentence.begin = offset(statement, po.object);
                has_provenance = true;
            } else if (p == terms_.evidence_end) {
                provenance.sentence.end = offset(statement, po.object);
                has_provenance = true;
            } else if (p == terms_.extracted_by) {
                provenance.rule = text_of(po.object);
                has_provenance = true;
            } else if (is_literal) {
                record.qualifiers.push_back({curie(p), literal(po.object)});
            }
        }
        if (has_provenance) record.provenance = std::move(provenance);
        statements_.push_back(std::move(record));
    }

    const std::string& path_;
    const Terms& terms_;
    KnowledgeGraph graph_;
    bool any_pgo_node_ = false;
    std::unordered_map<const SordNode*, NodeId> node_of_;
    std::unordered_map<const SordNode*, std::string> curies_;
    std::vector<StatementRecord> statements_;
    std::vector<TripleKey> direct_;
};

}  // namespace

KnowledgeGraph build_graph_from_model(SordWorld* world, SordModel* model, const std::string& path) {
    const Terms terms(world);
    GraphBuilder builder(path, terms);
    std::vector<PredicateObject> pairs;
    const SordNode* current = nullptr;
    {
        std::unique_ptr<SordIter, IterDeleter> it(sord_begin(model));
        for (; it && !sord_iter_end(it.get()); sord_iter_next(it.get())) {
            SordQuad quad;
            sord_iter_get(it.get(), quad);
            if (quad[SORD_SUBJECT] != current) {
                if (current != nullptr) builder.add_subject(current, pairs);
                current = quad[SORD_SUBJECT];
                pairs.clear();
            }
            pairs.push_back({quad[SORD_PREDICATE], quad[SORD_OBJECT]});
        }
    }
    if (current != nullptr) builder.add_subject(current, pairs);
    return builder.finish();
}

}  // namespace pressgraph
