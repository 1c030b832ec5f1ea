#pragma once
// Two holders of one exclusive office over the same period. Titles of office with one
// holder at a time (ontology/lexicon/titles.tsv, column exclusive) reach the merge as a
// pgo:exclusiveOffice qualifier on holdsPosition facts; a person's holding of a position
// is attested at the publication date of the document that states it, or from pgo:since
// to pgo:until where the text gives them. Two different persons whose attested periods
// for one exclusive position (same title, same country or body) overlap are a conflict:
// the corpus contradicts itself, or the extraction read something wrong. A holder
// attested before another's appointment or earlier publication is a succession, not a
// conflict.
#include <string>
#include <vector>

#include "pressgraph/graph/knowledge_graph.hpp"

namespace pressgraph {

/// One attested holding of a position: who, when, and where it was read.
struct OfficeHolding {
    std::string person_iri;
    std::string person_label;
    std::string from;             ///< first day (YYYY-MM-DD) the holding is attested
    std::string to;               ///< last day; equal to `from` for a single date
    std::string as_of;            ///< the document's publication date, empty if it states none
    std::string since;            ///< pgo:since as written, empty if the text gives none
    std::string until;            ///< pgo:until as written
    std::string document_iri;
    std::string document_name;    ///< the document's file name
    std::string evidence;         ///< the sentence
};

/// Two persons holding one exclusive position over the same days.
struct OfficeConflict {
    std::string position_iri;
    std::string position_label;   ///< "Foreign Minister of Belarus"
    OfficeHolding first;          ///< the holder whose IRI sorts first
    OfficeHolding second;
    std::string from;             ///< first day both are attested
    std::string to;               ///< last day both are attested
};

/// Finds the conflicts in `graph`: one per position and pair of persons, with the earliest
/// overlapping pair of holdings. Records them in the graph: a pgo:OfficeConflict node per
/// conflict (pgo:conflictOver the position, pgo:conflictingHolder each person, with the
/// provenance of the holding), pgo:conflict true on every pgo:occupies edge of an
/// overlapping holding, and pgo:exclusiveOffice true on exclusive positions. Returned in
/// position, then person order; independent of the input order.
std::vector<OfficeConflict> record_office_conflicts(KnowledgeGraph& graph);

/// One line for a warning: "two holders of the exclusive office Foreign Minister of
/// Belarus at once: A (as of 2024-11-20, 000_x.txt) and B (since 2024-06-27, ...)".
[[nodiscard]] std::string describe(const OfficeConflict& conflict);

}  // namespace pressgraph
