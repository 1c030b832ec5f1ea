#include "pressgraph/merge/graph_merger.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "pressgraph/graph/iri_minting.hpp"
#include "pressgraph/text/normalizer.hpp"

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

std::string sentence_text(const DocumentExtraction& doc, Span sentence) {
    for (const auto& [span, text] : doc.sentence_texts)
        if (span == sentence) return text;
    return {};
}

void sort_unique(std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

void resolve_across_documents(std::vector<DocumentExtraction>& extractions) {
    std::map<std::string, std::set<std::string>> full_keys_by_surname;
    for (const auto& doc : extractions)
        for (const auto& e : doc.entities)
            if (e.type == EntityType::Person) {
                const auto space = e.resolution_key.rfind(' ');
                if (space != std::string::npos) full_keys_by_surname[e.resolution_key.substr(space + 1)].insert(e.resolution_key);
            }
    for (auto& doc : extractions)
        for (auto& e : doc.entities) {
            if (e.type != EntityType::Person || e.resolution_key.find(' ') != std::string::npos) continue;
            const auto it = full_keys_by_surname.find(e.resolution_key);
            if (it != full_keys_by_surname.end() && it->second.size() == 1) e.resolution_key = *it->second.begin();
        }
}

std::string entity_iri(EntityType type, std::string_view resolution_key) {
    return mint_iri(kind_of(type), resolution_key);
}

std::string document_iri(std::string_view document_id) { return mint_iri("document", document_id); }

KnowledgeGraph merge_extractions(std::vector<DocumentExtraction> extractions, MergeStatistics* statistics) {
    std::sort(extractions.begin(), extractions.end(), [](const DocumentExtraction& a, const DocumentExtraction& b) {
        return std::tie(a.document_id, a.name) < std::tie(b.document_id, b.name);
    });
    // The same text given twice (two paths, or a copy) is one document.
    extractions.erase(std::unique(extractions.begin(), extractions.end(),
                                  [](const auto& a, const auto& b) { return a.document_id == b.document_id; }),
                      extractions.end());
    resolve_across_documents(extractions);
    // Each resolved entity is labelled with the name the corpus uses most for it (ties:
    // the alphabetically first), so the label never depends on input order.
    std::map<std::pair<EntityType, std::string>, std::map<std::string, std::size_t>> name_votes;
    for (const DocumentExtraction& doc : extractions)
        for (const ExtractedEntity& e : doc.entities) ++name_votes[{e.type, e.resolution_key}][e.canonical_name];
    std::map<std::pair<EntityType, std::string>, std::string> label_of;
    for (const auto& [key, votes] : name_votes) {
        const auto best = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) {
            return a.second < b.second || (a.second == b.second && a.first > b.first);
        });
        label_of.emplace(key, best->first);
    }

    KnowledgeGraph graph;
    std::set<NodeId> entity_nodes;
    for (const DocumentExtraction& doc : extractions) {
        const std::string doc_iri = document_iri(doc.document_id);
        const NodeId doc_node = graph.upsert_node(doc_iri, "pgo:Document", doc.title.empty() ? doc.name : doc.title);
        auto& doc_props = graph.node(doc_node);
        doc_props.attributes.push_back({"pgo:fileName", {doc.name, "string"}});
        if (!doc.title.empty()) doc_props.attributes.push_back({"dcterms:title", {doc.title, "string"}});
        if (doc.published)
            doc_props.attributes.push_back({"pgo:published", {doc.published->iso(), std::string(doc.published->xsd_type())}});
        std::sort(doc_props.attributes.begin(), doc_props.attributes.end());

        for (const ExtractedEntity& e : doc.entities) {
            const std::string& label = label_of.at({e.type, e.resolution_key});
            const NodeId n = graph.upsert_node(entity_iri(e.type, e.resolution_key), class_of(e), label);
            entity_nodes.insert(n);
            auto& props = graph.node(n);
            if (e.canonical_name != props.label) props.aliases.push_back(e.canonical_name);
            for (const Mention& m : e.mentions)
                if (m.surface != props.label) props.aliases.push_back(m.surface);
            sort_unique(props.aliases);
            if (!e.subtype.empty() && e.type == EntityType::Organization) {
                Attribute subtype{"pgo:subtype", {e.subtype, "string"}};
                if (std::find(props.attributes.begin(), props.attributes.end(), subtype) == props.attributes.end())
                    props.attributes.push_back(subtype);
                std::sort(props.attributes.begin(), props.attributes.end());
            }
            const Mention& first = e.mentions.front();
            EdgeProperties edge;
            edge.predicate = "pgo:mentionedIn";
            edge.weight = static_cast<double>(e.mentions.size());
            edge.provenance = Provenance{doc_iri, first.sentence, sentence_text(doc, first.sentence), first.rule};
            graph.add_edge(n, doc_node, std::move(edge));
        }
    }
    if (statistics) {
        statistics->documents = extractions.size();
        statistics->entities = entity_nodes.size();
        statistics->events = 0;
    }
    return graph;
}

}  // namespace pressgraph
