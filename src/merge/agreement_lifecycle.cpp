#include "pressgraph/merge/agreement_lifecycle.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>

#include "merged_facts.hpp"
#include "pressgraph/graph/iri_minting.hpp"

namespace pressgraph {

namespace {

constexpr std::array kSteps = {LifecycleStep::Announced, LifecycleStep::Signed, LifecycleStep::Approved};

// The done step a fact reports (its announced form is LifecycleStep::Announced).
std::optional<LifecycleStep> step_of(const EdgeProperties& edge) {
    if (edge.predicate == "pgo:signedAt") return LifecycleStep::Signed;
    if (edge.predicate == "pgo:approvedBy") return LifecycleStep::Approved;
    return std::nullopt;
}

// The date of a done step: the fact's own date, else the start of the event the
// agreement was signed at, else the publication date of the document that reports it.
std::optional<LiteralValue> done_date(const KnowledgeGraph& graph, EdgeId e) {
    const EdgeProperties& edge = graph.edge(e);
    if (const LiteralValue* date = merged::find(edge.qualifiers, "pgo:date")) return *date;
    if (edge.predicate == "pgo:signedAt")
        if (const LiteralValue* start = merged::find(graph.node(graph.target(e)).attributes, "pgo:startDate"))
            return *start;
    return merged::publication_of(graph, edge);
}

struct Lifecycle {
    std::array<bool, kSteps.size()> reached{};
    std::array<std::optional<LiteralValue>, kSteps.size()> date;

    void attest(LifecycleStep step, std::optional<LiteralValue> when) {
        const auto i = static_cast<std::size_t>(step);
        reached[i] = true;
        if (when && (!date[i] || merged::earlier(*when, *date[i]))) date[i] = std::move(when);
    }
};

bool is_lifecycle_attribute(const Attribute& a) {
    if (a.predicate == "pgo:lifecycleStage") return true;
    return std::any_of(kSteps.begin(), kSteps.end(), [&](LifecycleStep s) { return a.predicate == step_attribute(s); });
}

}  // namespace

std::string_view stage_name(LifecycleStep step) {
    switch (step) {
        case LifecycleStep::Announced: return "planned";
        case LifecycleStep::Signed: return "signed";
        case LifecycleStep::Approved: return "approved";
    }
    return "";
}

std::string_view step_attribute(LifecycleStep step) {
    switch (step) {
        case LifecycleStep::Announced: return "pgo:announcedOn";
        case LifecycleStep::Signed: return "pgo:signedOn";
        case LifecycleStep::Approved: return "pgo:approvedOn";
    }
    return "";
}

std::size_t derive_agreement_lifecycles(KnowledgeGraph& graph) {
    std::string agreement_prefix = mint_iri("agreement", "x");
    agreement_prefix.pop_back();

    std::set<const EdgeProperties*> superseded;  // edge bundles stay put until the removal
    for (NodeId a = 0; a < graph.node_count(); ++a) {
        if (!graph.node(a).iri.starts_with(agreement_prefix)) continue;
        // Extraction marks a signing planned by its event's tense; an approval has no event,
        // so one stated in the sentence of an announced signing of the same agreement ("is
        // planning to approve the X and sign ...") is announced as well.
        std::set<std::pair<std::string, Span>> announcing_sentences;
        for (auto [it, end] = boost::out_edges(a, graph.storage()); it != end; ++it) {
            const EdgeProperties& edge = graph.edge(*it);
            if (edge.provenance && step_of(edge) && merged::is_true(edge.qualifiers, "pgo:planned"))
                announcing_sentences.emplace(edge.provenance->document_iri, edge.provenance->sentence);
        }
        Lifecycle lifecycle;
        std::vector<std::pair<EdgeId, LifecycleStep>> announced;
        for (auto [it, end] = boost::out_edges(a, graph.storage()); it != end; ++it) {
            const auto step = step_of(graph.edge(*it));
            if (!step) continue;
            EdgeProperties& edge = graph.edge(*it);
            if (edge.provenance && !merged::is_true(edge.qualifiers, "pgo:planned") &&
                announcing_sentences.count({edge.provenance->document_iri, edge.provenance->sentence})) {
                edge.qualifiers.push_back({"pgo:planned", {"true", "boolean"}});
                std::sort(edge.qualifiers.begin(), edge.qualifiers.end());
            }
            if (merged::is_true(edge.qualifiers, "pgo:planned")) {
                announced.emplace_back(*it, *step);
                lifecycle.attest(LifecycleStep::Announced, merged::publication_of(graph, graph.edge(*it)));
            } else {
                lifecycle.attest(*step, done_date(graph, *it));
            }
        }
        for (const auto& [e, step] : announced)
            if (lifecycle.reached[static_cast<std::size_t>(step)]) superseded.insert(&graph.edge(e));

        NodeProperties& node = graph.node(a);
        std::erase_if(node.attributes, is_lifecycle_attribute);
        std::optional<LifecycleStep> stage;
        for (const LifecycleStep step : kSteps) {
            const auto i = static_cast<std::size_t>(step);
            if (!lifecycle.reached[i]) continue;
            stage = step;
            if (lifecycle.date[i]) node.attributes.push_back({std::string(step_attribute(step)), *lifecycle.date[i]});
        }
        if (stage) node.attributes.push_back({"pgo:lifecycleStage", {std::string(stage_name(*stage)), "string"}});
        std::sort(node.attributes.begin(), node.attributes.end());
    }
    if (superseded.empty()) return 0;
    return graph.remove_edges_if([&](EdgeId e) { return superseded.count(&graph.edge(e)) > 0; });
}

}  // namespace pressgraph
