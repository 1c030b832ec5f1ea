#pragma once
// The single in-memory model: a Boost.Graph adjacency_list with bundled properties.
// Nodes are entities, events, positions and documents; edges are facts. Vocabulary
// terms are kept as CURIEs of the project ontology ("pgo:Person", "pgo:metWith");
// the graph knows nothing of output formats: writers in src/io read it.
#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pressgraph/util/flat_string_map.hpp"
#include "pressgraph/util/shared_string.hpp"
#include "pressgraph/util/span.hpp"

namespace pressgraph {

/// A literal value with its XML Schema datatype local name ("string", "date",
/// "gYear", "gYearMonth", "integer", "boolean", "decimal").
struct LiteralValue {
    std::string lexical;
    std::string datatype = "string";
    friend bool operator==(const LiteralValue&, const LiteralValue&) = default;
    friend auto operator<=>(const LiteralValue&, const LiteralValue&) = default;
};

/// A data property of a node or a qualifier of an edge: ("pgo:startDate", 2024-06-24^^date).
struct Attribute {
    std::string predicate;
    LiteralValue value;
    friend bool operator==(const Attribute&, const Attribute&) = default;
    friend auto operator<=>(const Attribute&, const Attribute&) = default;
};

/// Where a fact was read: the document node's IRI, the sentence's byte range and
/// text, and the rule that produced it (lexicon or pattern name).
/// The strings are shared by the copies (most edges of a document cite the same IRI, a
/// sentence cites several facts, a rule reads many).
struct Provenance {
    SharedString document_iri;
    Span sentence;
    SharedString sentence_text;
    SharedString rule;
    friend bool operator==(const Provenance&, const Provenance&) = default;
    friend auto operator<=>(const Provenance&, const Provenance&) = default;
};

struct NodeProperties {
    std::string iri;                     ///< absolute, valid IRI; unique in the graph
    std::string type;                    ///< class CURIE, e.g. "pgo:Person"
    std::string label;                   ///< canonical name
    std::vector<std::string> aliases;    ///< other surface forms, sorted, without the label
    std::vector<Attribute> attributes;   ///< data properties, sorted
};

struct EdgeProperties {
    std::string predicate;               ///< property CURIE, e.g. "pgo:mentionedIn"
    std::vector<Attribute> qualifiers;   ///< e.g. pgo:date on a metWith edge
    std::optional<Provenance> provenance;
    double weight = 1.0;
};

using GraphStorage = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                           NodeProperties, EdgeProperties>;
using NodeId = boost::graph_traits<GraphStorage>::vertex_descriptor;
using EdgeId = boost::graph_traits<GraphStorage>::edge_descriptor;

/// The knowledge graph: Boost storage plus an IRI index. Nodes are unique by IRI.
class KnowledgeGraph {
public:
    KnowledgeGraph() = default;
    KnowledgeGraph(const KnowledgeGraph& other)
        : storage_(std::make_unique<GraphStorage>(*other.storage_)), by_iri_(other.by_iri_) {}
    KnowledgeGraph& operator=(const KnowledgeGraph& other) {
        if (this != &other) *this = KnowledgeGraph(other);
        return *this;
    }
    KnowledgeGraph(KnowledgeGraph&& other)
        : storage_(std::exchange(other.storage_, std::make_unique<GraphStorage>())), by_iri_(std::move(other.by_iri_)) {}
    KnowledgeGraph& operator=(KnowledgeGraph&& other) noexcept {
        storage_.swap(other.storage_);
        by_iri_.swap(other.by_iri_);
        return *this;
    }
    ~KnowledgeGraph() = default;

    /// Returns the node with this IRI, creating it with `type` and `label` if new.
    NodeId upsert_node(const std::string& iri, const std::string& type, const std::string& label);
    [[nodiscard]] std::optional<NodeId> find(std::string_view iri) const;
    EdgeId add_edge(NodeId source, NodeId target, EdgeProperties properties);
    /// Removes every edge for which `remove(edge id)` is true (a fact another one supersedes);
    /// returns how many. Edge ids taken before the call are no longer valid after it.
    std::size_t remove_edges_if(const std::function<bool(EdgeId)>& remove);

    [[nodiscard]] const NodeProperties& node(NodeId n) const { return (*storage_)[n]; }
    [[nodiscard]] NodeProperties& node(NodeId n) { return (*storage_)[n]; }
    [[nodiscard]] const EdgeProperties& edge(EdgeId e) const { return (*storage_)[e]; }
    [[nodiscard]] EdgeProperties& edge(EdgeId e) { return (*storage_)[e]; }
    [[nodiscard]] NodeId source(EdgeId e) const { return boost::source(e, *storage_); }
    [[nodiscard]] NodeId target(EdgeId e) const { return boost::target(e, *storage_); }

    [[nodiscard]] std::size_t node_count() const { return boost::num_vertices(*storage_); }
    [[nodiscard]] std::size_t edge_count() const { return boost::num_edges(*storage_); }
    [[nodiscard]] const GraphStorage& storage() const { return *storage_; }

    /// Node ids ordered by IRI, and edge ids ordered by (source IRI, predicate, target
    /// IRI, provenance): the order every writer uses, so output is byte-identical.
    [[nodiscard]] std::vector<NodeId> nodes_in_order() const;
    [[nodiscard]] std::vector<EdgeId> edges_in_order() const;

private:
    // Behind a pointer: Boost's adjacency_list has no move constructor (and its swap
    // copies), so a graph held by value would be copied whole each time it is moved.
    std::unique_ptr<GraphStorage> storage_ = std::make_unique<GraphStorage>();
    // Looked up by string_view without making a std::string (find is asked once an edge by
    // the writers, for the document of its provenance).
    struct IriHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view iri) const noexcept { return static_cast<std::size_t>(fast_string_hash(iri)); }
    };
    std::unordered_map<std::string, NodeId, IriHash, std::equal_to<>> by_iri_;
};

}  // namespace pressgraph
