#include "pressgraph/merge/graph_merger.hpp"

#include <algorithm>
#include <limits>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>

#include "pressgraph/graph/iri_minting.hpp"
#include "pressgraph/graph/iri_table.hpp"
#include "pressgraph/merge/agreement_lifecycle.hpp"
#include "pressgraph/merge/event_merging.hpp"
#include "pressgraph/text/normalizer.hpp"
#include "pressgraph/util/flat_string_map.hpp"

namespace pressgraph {

namespace {

std::string kind_of(EntityType type) { return ascii_lower(to_string(type)); }

// Agreement subtypes are classes of their own in the ontology (pgo:Treaty ⊑ pgo:Agreement).
std::string class_of(const ExtractedEntity& e) {
    static const std::set<std::string> kAgreementClasses = {"Treaty", "Statement", "Declaration", "Programme",
                                                            "Plan", "Charter", "Concept", "Guidelines",
                                                            "Resolution", "Address"};
    if (e.type == EntityType::Agreement && kAgreementClasses.count(e.subtype)) return "pgo:" + e.subtype;
    return std::string(ontology_class(e.type));
}

// The names of the rules, each string made once for the whole corpus.
class RuleNames {
public:
    const SharedString& operator()(const std::string& rule) {
        auto it = names_.find(rule);
        if (it == names_.end()) it = names_.emplace(rule, SharedString(rule)).first;
        return it->second;
    }

private:
    std::unordered_map<std::string, SharedString> names_;
};

// Where one document's facts were read: its IRI and the text of each cited sentence, looked
// up by span (a document may cite thousands of sentences: no scan per fact). The strings are
// made once and shared by every edge that cites them.
class FactSources {
public:
    FactSources(const DocumentExtraction& doc, const std::string& doc_iri, RuleNames& rules)
        : doc_iri_(doc_iri), rules_(rules) {
        for (const auto& [span, text] : doc.sentence_texts) by_span_.try_emplace(key(span), text);
    }
    [[nodiscard]] Provenance operator()(Span sentence, const std::string& rule) const {
        const auto it = by_span_.find(key(sentence));
        return Provenance{doc_iri_, sentence, it == by_span_.end() ? SharedString() : it->second, rules_(rule)};
    }

private:
    static std::uint64_t key(Span s) { return (std::uint64_t{s.begin} << 32) | s.end; }
    SharedString doc_iri_;
    RuleNames& rules_;
    std::unordered_map<std::uint64_t, SharedString> by_span_;
};

std::string position_identity(const std::string& title, const std::string& holder_key) { return title + " of " + holder_key; }

EdgeProperties fact_edge(const char* predicate, const FactSources& sources, Span sentence, const std::string& rule,
                         std::vector<Attribute> qualifiers = {}) {
    EdgeProperties edge;
    edge.predicate = predicate;
    edge.qualifiers = std::move(qualifiers);
    std::sort(edge.qualifiers.begin(), edge.qualifiers.end());
    edge.provenance = sources(sentence, rule);
    return edge;
}

void add_attribute_once(NodeProperties& node, Attribute a) {
    if (std::find(node.attributes.begin(), node.attributes.end(), a) != node.attributes.end()) return;
    node.attributes.push_back(std::move(a));
    std::sort(node.attributes.begin(), node.attributes.end());
}

// Keeps a node's aliases sorted and unique, without its label. A mention's surface keeps the
// spaces of a hard-wrapped line ("Clean Energy     Supply Chain Plan", the text as written, which
// its offsets point at); as a name it has one space between words, like the canonical names.
void insert_alias(NodeProperties& node, std::string alias) {
    collapse_whitespace(alias);
    if (alias == node.label) return;
    const auto at = std::lower_bound(node.aliases.begin(), node.aliases.end(), alias);
    if (at == node.aliases.end() || *at != alias) node.aliases.insert(at, alias);
}

// The resolved entities of the corpus, by type and resolution key: the names the documents
// give each (its label is the most used), then its node once a document has made it. One
// hash lookup an entity mention, by views of the document's strings.
class EntityNodes {
public:
    using Votes = std::vector<std::pair<std::string_view, std::size_t>>;  // name -> documents; views into the extractions
    struct Identity {
        Votes votes;         // of the mentions by a name
        Votes office_votes;  // of offices named without a name, read only when no name is
        std::string label;
        bool named = false;  // some document names it; else only offices without a holder do
        std::optional<NodeId> node;
    };

    void vote(const ExtractedEntity& e) {
        auto found = identities_.find(KeyView{e.type, e.resolution_key});
        if (found == identities_.end()) found = identities_.emplace(Key{e.type, e.resolution_key}, Identity{}).first;
        Votes& votes = e.office ? found->second.office_votes : found->second.votes;
        const auto it = std::find_if(votes.begin(), votes.end(), [&](const auto& v) { return v.first == e.canonical_name; });
        if (it == votes.end()) votes.emplace_back(e.canonical_name, 1);
        else ++it->second;
    }
    // After the votes, before the extractions they view are released.
    void choose_labels() {
        for (auto& [key, identity] : identities_) {
            identity.named = !identity.votes.empty();
            const Votes& votes = identity.votes.empty() ? identity.office_votes : identity.votes;
            // A person is labelled by a full name where any document gives one: the surname
            // alone ("Biden") may be used more, but names a family, not the person.
            const bool person = key.type == EntityType::Person;
            auto full = [&](std::string_view name) { return person && name.find(' ') != std::string_view::npos; };
            const auto best = std::max_element(votes.begin(), votes.end(), [&](const auto& a, const auto& b) {
                if (full(a.first) != full(b.first)) return full(b.first);
                return a.second < b.second || (a.second == b.second && a.first > b.first);
            });
            identity.label = std::string(best->first);
            identity.votes = {};
            identity.office_votes = {};
        }
    }
    template <typename Visit>
    void for_each_identity(Visit visit) const {
        for (const auto& [key, identity] : identities_) visit(key.type, std::string_view(key.resolution_key));
    }
    Identity& of(const ExtractedEntity& e) { return identities_.find(KeyView{e.type, e.resolution_key})->second; }

private:
    struct Key {
        EntityType type;
        std::string resolution_key;
    };
    struct KeyView {
        EntityType type;
        std::string_view resolution_key;
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(const Key& k) const noexcept { return (*this)(KeyView{k.type, k.resolution_key}); }
        std::size_t operator()(const KeyView& k) const noexcept {
            return static_cast<std::size_t>(fast_string_hash(k.resolution_key)) * 31 + static_cast<std::size_t>(k.type);
        }
    };
    struct Equal {
        using is_transparent = void;
        static KeyView view(const Key& k) { return {k.type, k.resolution_key}; }
        static KeyView view(const KeyView& k) { return k; }
        template <typename A, typename B>
        bool operator()(const A& a, const B& b) const noexcept {
            return view(a).type == view(b).type && view(a).resolution_key == view(b).resolution_key;
        }
    };
    std::unordered_map<Key, Identity, Hash, Equal> identities_;
};

// An office named without a name that no document resolves to a person ("the President of Peru"
// and nobody named in that office) is no person: it has no node, and its facts and event roles none.
constexpr NodeId kNoNode = std::numeric_limits<NodeId>::max();

// Event IRIs are minted from the keys of event_merging.hpp, so one real event reported by
// several documents is one node.
std::vector<NodeId> add_events(KnowledgeGraph& graph, const DocumentExtraction& doc, const FactSources& sources,
                               NodeId doc_node, const std::vector<NodeId>& node_of_entity,
                               std::vector<char>& event_state, const std::vector<std::string>& event_keys,
                               const IriTable& iris) {
    std::vector<NodeId> node_of_event;
    node_of_event.reserve(doc.events.size());
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
        const ExtractedEvent& e = doc.events[i];
        const std::string& iri = iris.iri("event", event_keys[i]);
        std::optional<NodeId> found = graph.find(iri);
        if (!found) {
            // Labelled by the first document that reports it.
            std::string label = e.type;
            if (e.place) label += " in " + graph.node(node_of_entity[*e.place]).label;
            if (e.start) label += ", " + e.start->iso() + (e.end ? " to " + e.end->iso() : std::string());
            found = graph.upsert_node(iri, "pgo:" + e.type, label);
        }
        const NodeId n = *found;
        node_of_event.push_back(n);
        if (e.start) add_attribute_once(graph.node(n), {"pgo:startDate", {e.start->iso(), std::string(e.start->xsd_type())}});
        if (e.end) add_attribute_once(graph.node(n), {"pgo:endDate", {e.end->iso(), std::string(e.end->xsd_type())}});
        if (event_state.size() <= n) event_state.resize(n + 1, 0);
        event_state[n] = std::max<char>(event_state[n], e.planned ? 1 : 2);
        if (e.place && node_of_entity[*e.place] != kNoNode)
            graph.add_edge(n, node_of_entity[*e.place], fact_edge("pgo:place", sources, e.sentence, e.rule));
        for (auto p : e.participants)
            if (node_of_entity[p] != kNoNode)
                graph.add_edge(n, node_of_entity[p], fact_edge("pgo:participant", sources, e.sentence, e.rule));
        for (auto c : e.chairs)
            if (node_of_entity[c] != kNoNode) graph.add_edge(n, node_of_entity[c], fact_edge("pgo:chair", sources, e.sentence, e.rule));
        graph.add_edge(n, doc_node, fact_edge("pgo:mentionedIn", sources, e.sentence, e.rule));
    }
    for (std::size_t i = 0; i < doc.events.size(); ++i)
        if (doc.events[i].part_of)
            graph.add_edge(node_of_event[i], node_of_event[*doc.events[i].part_of],
                           fact_edge("pgo:subEventOf", sources, doc.events[i].sentence, doc.events[i].rule));
    return node_of_event;
}

// Facts become edges; an office held also becomes a pgo:Position node (the n-ary form:
// person pgo:occupies position, position pgo:title and pgo:positionIn holder).
void add_facts(KnowledgeGraph& graph, const DocumentExtraction& doc, const FactSources& sources,
               const std::vector<NodeId>& node_of_entity,
               const std::vector<NodeId>& node_of_event, const IriTable& iris) {
    for (const ExtractedFact& f : doc.facts) {
        const NodeId subject = node_of_entity[f.subject];
        const NodeId object = f.object_is_event ? node_of_event[f.object] : node_of_entity[f.object];
        if (subject == kNoNode || object == kNoNode) continue;
        std::vector<Attribute> qualifiers = f.qualifiers;
        // Signing at an event the document only announces is an announced fact (agreement_lifecycle.hpp).
        if (f.predicate == "pgo:signedAt" && f.event && doc.events[*f.event].planned)
            qualifiers.push_back({"pgo:planned", {"true", "boolean"}});
        graph.add_edge(subject, object, fact_edge(f.predicate.c_str(), sources, f.sentence, f.rule, qualifiers));
        if (f.predicate != "pgo:holdsPosition") continue;
        std::string title;
        for (const auto& q : f.qualifiers)
            if (q.predicate == "pgo:title") title = q.value.lexical;
        if (title.empty()) continue;
        const std::string holder_key = doc.entities[f.object].resolution_key;
        const NodeId position = graph.upsert_node(iris.iri("position", position_identity(title, holder_key)), "pgo:Position",
                                                  title + " of " + graph.node(object).label);
        add_attribute_once(graph.node(position), {"pgo:title", {title, "string"}});
        if (boost::edge(position, object, graph.storage()).second == false)
            graph.add_edge(position, object, fact_edge("pgo:positionIn", sources, f.sentence, f.rule));
        std::vector<Attribute> period;
        if (doc.published) period.push_back({"pgo:date", {doc.published->iso(), std::string(doc.published->xsd_type())}});
        graph.add_edge(subject, position, fact_edge("pgo:occupies", sources, f.sentence, f.rule, period));
    }
}

}  // namespace

std::string entity_iri(EntityType type, std::string_view resolution_key) {
    return mint_iri(kind_of(type), resolution_key);
}

std::string document_iri(std::string_view document_id) { return mint_iri("document", document_id); }

KnowledgeGraph merge_extractions(std::vector<DocumentExtraction> extractions, const Lexicon& lexicon,
                                 MergeStatistics* statistics) {
    const auto started = std::chrono::steady_clock::now();
    std::sort(extractions.begin(), extractions.end(), [](const DocumentExtraction& a, const DocumentExtraction& b) {
        return std::tie(a.document_id, a.name) < std::tie(b.document_id, b.name);
    });
    // The same text given twice (two paths, or a copy) is one document.
    extractions.erase(std::unique(extractions.begin(), extractions.end(),
                                  [](const auto& a, const auto& b) { return a.document_id == b.document_id; }),
                      extractions.end());
    resolve_across_documents(extractions, lexicon);
    const std::vector<std::vector<std::string>> event_keys = unify_events(extractions);
    // Each resolved entity is labelled with the name the corpus uses most for it (ties:
    // the alphabetically first), so the label never depends on input order.
    // An office named without a name ("the Ambassador of Japan") that resolved to its holder
    // names them only when nothing else does: a person is labelled by a name.
    EntityNodes entities;
    for (const DocumentExtraction& doc : extractions)
        for (const ExtractedEntity& e : doc.entities) entities.vote(e);
    entities.choose_labels();

    // Every identity first, so colliding slugs are told apart whatever the document order.
    IriTable iris;
    entities.for_each_identity([&](EntityType type, std::string_view key) { iris.add(kind_of(type), key); });
    for (std::size_t d = 0; d < extractions.size(); ++d) {
        for (const std::string& key : event_keys[d]) iris.add("event", key);
        for (const ExtractedFact& f : extractions[d].facts) {
            if (f.predicate != "pgo:holdsPosition") continue;
            for (const auto& q : f.qualifiers)
                if (q.predicate == "pgo:title" && !q.value.lexical.empty())
                    iris.add("position", position_identity(q.value.lexical, extractions[d].entities[f.object].resolution_key));
        }
    }
    iris.assign();
    const auto graph_started = std::chrono::steady_clock::now();

    KnowledgeGraph graph;
    RuleNames rule_names;
    std::vector<char> event_state;  // by node: 0 not an event, 1 only announced, 2 reported as done
    std::size_t entity_count = 0;
    for (std::size_t d = 0; d < extractions.size(); ++d) {
        const DocumentExtraction& doc = extractions[d];
        std::vector<NodeId> node_of_entity;
        node_of_entity.reserve(doc.entities.size());
        const std::string doc_iri = document_iri(doc.document_id);
        const FactSources sources(doc, doc_iri, rule_names);
        const NodeId doc_node = graph.upsert_node(doc_iri, "pgo:Document", doc.title.empty() ? doc.name : doc.title);
        auto& doc_props = graph.node(doc_node);
        doc_props.attributes.push_back({"pgo:fileName", {doc.name, "string"}});
        if (!doc.title.empty()) doc_props.attributes.push_back({"dcterms:title", {doc.title, "string"}});
        if (doc.published)
            doc_props.attributes.push_back({"pgo:published", {doc.published->iso(), std::string(doc.published->xsd_type())}});
        std::sort(doc_props.attributes.begin(), doc_props.attributes.end());

        for (const ExtractedEntity& e : doc.entities) {
            EntityNodes::Identity& identity = entities.of(e);
            if (e.type == EntityType::Person && e.office && !identity.named) {
                node_of_entity.push_back(kNoNode);
                continue;
            }
            if (!identity.node) {
                // The first document that mentions an entity makes its node (and gives its class).
                identity.node = graph.upsert_node(iris.iri(kind_of(e.type), e.resolution_key), class_of(e), identity.label);
                ++entity_count;
            }
            const NodeId n = *identity.node;
            node_of_entity.push_back(n);
            auto& props = graph.node(n);
            insert_alias(props, e.canonical_name);
            for (const Mention& m : e.mentions) insert_alias(props, m.surface);
            if (!e.subtype.empty() && e.type == EntityType::Organization) {
                Attribute subtype{"pgo:subtype", {e.subtype, "string"}};
                if (std::find(props.attributes.begin(), props.attributes.end(), subtype) == props.attributes.end()) {
                    props.attributes.push_back(std::move(subtype));
                    std::sort(props.attributes.begin(), props.attributes.end());
                }
            }
            const Mention& first = e.mentions.front();
            EdgeProperties edge;
            edge.predicate = "pgo:mentionedIn";
            edge.weight = static_cast<double>(e.mentions.size());
            edge.provenance = sources(first.sentence, first.rule);
            graph.add_edge(n, doc_node, std::move(edge));
        }
        const std::vector<NodeId> node_of_event = add_events(graph, doc, sources, doc_node, node_of_entity, event_state, event_keys[d], iris);
        add_facts(graph, doc, sources, node_of_entity, node_of_event, iris);
        extractions[d] = DocumentExtraction();  // in the graph now: its memory goes back
    }
    // An announced event that a later document reports as held is no longer planned.
    std::size_t event_count = 0;
    for (NodeId node = 0; node < event_state.size(); ++node) {
        if (event_state[node] == 0) continue;
        ++event_count;
        if (event_state[node] == 1) {
            graph.node(node).attributes.push_back({"pgo:planned", {"true", "boolean"}});
            std::sort(graph.node(node).attributes.begin(), graph.node(node).attributes.end());
        }
    }
    derive_agreement_lifecycles(graph);
    std::vector<OfficeConflict> conflicts = record_office_conflicts(graph);
    if (statistics) {
        statistics->office_conflicts = std::move(conflicts);
        statistics->documents = extractions.size();
        statistics->entities = entity_count;
        statistics->events = event_count;
        statistics->resolve_seconds = std::chrono::duration<double>(graph_started - started).count();
        statistics->graph_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - graph_started).count();
    }
    return graph;
}

}  // namespace pressgraph
