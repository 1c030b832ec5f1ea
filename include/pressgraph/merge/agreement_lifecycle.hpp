#pragma once
// The lifecycle of an agreement across the corpus. Each document reports steps of an
// agreement as facts: pgo:signedAt (signed, adopted or endorsed at an event) and
// pgo:approvedBy, announced ones ("will sign", "are expected to adopt") with pgo:planned
// true. Once every document is merged, an agreement is one node; this step gives it one
// dated attribute per step the corpus attests and the stage it has reached, and drops a
// plan that another document reports done, so the plan does not stand as a second fact.
#include <cstddef>
#include <string_view>

#include "pressgraph/graph/knowledge_graph.hpp"

namespace pressgraph {

/// The steps of an agreement's lifecycle, in the order an agreement goes through them.
/// No extraction rule reports an entry into force yet, so there is no step for it.
enum class LifecycleStep { Announced, Signed, Approved };

/// The pgo:lifecycleStage value of a step: "planned", "signed", "approved".
[[nodiscard]] std::string_view stage_name(LifecycleStep step);

/// The date attribute of a step: "pgo:announcedOn", "pgo:signedOn", "pgo:approvedOn".
[[nodiscard]] std::string_view step_attribute(LifecycleStep step);

/// For every agreement node of `graph` (IRI under id/agreement/):
/// - a pgo:signedAt or pgo:approvedBy edge with pgo:planned true is the announcement of a
///   step, and so is a pgo:approvedBy edge read from the sentence of an announced signing
///   of the same agreement (it gets pgo:planned true); when another edge of the same
///   agreement reports the same kind of step done, the announced edge is removed
///   (superseded);
/// - one attribute per step attested, with the earliest date the corpus gives it:
///   pgo:signedOn / pgo:approvedOn from the done edges (the edge's pgo:date, else the
///   start date of the event it points to, else the publication date of its document),
///   pgo:announcedOn from the announced edges, superseded or not (the publication date of
///   the announcing document, which is when the announcement was made); a step no date
///   is known for counts for the stage but gets no attribute;
/// - pgo:lifecycleStage: the latest step reached ("planned" when every step is announced).
/// Reads nothing but the graph, so the outcome does not depend on the input order.
/// Returns the number of superseded edges removed.
std::size_t derive_agreement_lifecycles(KnowledgeGraph& graph);

}  // namespace pressgraph
