#pragma once
// Cross-document resolution: the separate, deterministic step that turns the
// independent per-document extractions into one knowledge graph. Input order does not
// matter: extractions are sorted by document id before anything is added.
#include <vector>

#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/merge/entity_resolution.hpp"
#include "pressgraph/merge/office_conflicts.hpp"

namespace pressgraph {

struct MergeStatistics {
    std::size_t documents = 0;
    std::size_t entities = 0;  ///< entity nodes (persons, countries, organisations, places, agreements)
    std::size_t events = 0;
    /// Two holders of one exclusive office at once, as office_conflicts.hpp finds them.
    std::vector<OfficeConflict> office_conflicts;
    double resolve_seconds = 0;  ///< sorting, resolution across documents, events, labels, IRIs
    double graph_seconds = 0;    ///< nodes and edges, lifecycles, office conflicts
};

/// Builds the graph (calls resolve_across_documents first): one document node per extraction, one node per resolved entity,
/// pgo:mentionedIn edges with provenance; then derives each agreement's lifecycle
/// (agreement_lifecycle.hpp) and records exclusive-office conflicts (office_conflicts.hpp).
/// Each extraction is released once its nodes and edges are in the graph. The lexicon gives
/// the words names are compared by (name_signature.hpp).
[[nodiscard]] KnowledgeGraph merge_extractions(std::vector<DocumentExtraction> extractions, const Lexicon& lexicon,
                                               MergeStatistics* statistics = nullptr);

/// The IRI of an entity of the given type and resolution key (also used by evaluation).
[[nodiscard]] std::string entity_iri(EntityType type, std::string_view resolution_key);

/// The IRI of a document node.
[[nodiscard]] std::string document_iri(std::string_view document_id);

}  // namespace pressgraph
