#include "pressgraph/query/entity_lookup.hpp"

#include <algorithm>
#include <string>
#include <tuple>

namespace pressgraph {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && equals_ignoring_case(text.substr(0, prefix.size()), prefix);
}

LookupResult decide(const QueryView& view, std::vector<NodeId> matches) {
    LookupResult result;
    if (matches.empty()) return result;
    const KnowledgeGraph& g = view.graph();
    std::sort(matches.begin(), matches.end(), [&](NodeId a, NodeId b) {
        return std::tie(g.node(a).label, g.node(a).iri) < std::tie(g.node(b).label, g.node(b).iri);
    });
    result.status = matches.size() == 1 ? LookupStatus::Found : LookupStatus::Ambiguous;
    result.nodes = std::move(matches);
    return result;
}

}  // namespace

LookupResult lookup_entity(const QueryView& view, std::string_view name) {
    const KnowledgeGraph& g = view.graph();
    if (auto n = g.find(name); n && view.included(*n)) return decide(view, {*n});
    if (name.empty()) return {};
    std::vector<NodeId> by_label, by_alias, by_prefix;
    for (NodeId n = 0; n < g.node_count(); ++n) {
        if (!view.included(n)) continue;
        const NodeProperties& node = g.node(n);
        if (equals_ignoring_case(node.label, name)) by_label.push_back(n);
        if (std::any_of(node.aliases.begin(), node.aliases.end(),
                        [&](const std::string& alias) { return equals_ignoring_case(alias, name); }))
            by_alias.push_back(n);
        if (starts_with_ignoring_case(node.label, name)) by_prefix.push_back(n);
    }
    for (auto* matches : {&by_label, &by_alias, &by_prefix})
        if (!matches->empty()) return decide(view, std::move(*matches));
    return {};
}

}  // namespace pressgraph
