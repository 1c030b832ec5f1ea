#pragma once
// Finding the node a user means by a name typed on the command line.
#include <string_view>
#include <vector>

#include "pressgraph/query/query_view.hpp"

namespace pressgraph {

/// How a name matched; `Ambiguous` and `NotFound` carry no single node.
enum class LookupStatus { Found, Ambiguous, NotFound };

struct LookupResult {
    LookupStatus status = LookupStatus::NotFound;
    std::vector<NodeId> nodes;  ///< the node when found; the candidates (sorted by label, IRI) when ambiguous
    [[nodiscard]] NodeId node() const { return nodes.front(); }
};

/// Resolves `name` among the nodes of the view (documents excluded), trying in turn:
/// the exact IRI; a label equal to it ignoring ASCII case; an alias equal to it ignoring
/// case; a label it is a prefix of, ignoring case. The first step with matches decides:
/// one match is found, several are ambiguous.
[[nodiscard]] LookupResult lookup_entity(const QueryView& view, std::string_view name);

}  // namespace pressgraph
