#pragma once
// Writes triples as Turtle (prefixes declared, subjects grouped) or N-Triples through Serd.
#include <memory>
#include <string>
#include <vector>

#include "pressgraph/io/byte_sink.hpp"
#include "pressgraph/io/rdf_term.hpp"

namespace pressgraph {

enum class RdfSyntax { Turtle, NTriples };

/// A whole document, or a later part of one: a part leaves out the prefix lines (the
/// first part wrote them), so the texts of consecutive parts, joined, are byte for byte the
/// text one writer makes of all their triples. Each part must start at a new subject.
enum class RdfPart { Whole, Continuation };

/// Whether the writer checks each term (valid IRIs, UTF-8, lexical forms) before Serd
/// sees it. TripleStream checks every term of a graph once, when it is built: its triples
/// need no second check (it was a sixth of the Turtle writer's instructions).
enum class TermCheck { Check, AlreadyChecked };

/// A Turtle or N-Triples document written to a sink as the triples arrive (Serd buffers
/// a page of 4 KiB; the sink gets the text page by page). Triples must come sorted (the
/// Turtle groups consecutive triples of one subject). Every term is validated before Serd
/// sees it; an invalid one throws ExportError. An exception from the sink is rethrown.
class RdfWriter {
public:
    RdfWriter(RdfSyntax syntax, ByteSink& sink, RdfPart part = RdfPart::Whole, TermCheck check = TermCheck::Check);
    ~RdfWriter();
    RdfWriter(const RdfWriter&) = delete;
    RdfWriter& operator=(const RdfWriter&) = delete;

    void write(const Triple& triple);
    void write(const TripleView& triple);
    /// Ends the document (the closing " ." of Turtle) and hands the last page to the sink.
    void finish();

private:
    struct State;
    std::unique_ptr<State> state_;
};

/// Serialises sorted triples. Every term is validated before Serd sees it; an invalid
/// one throws ExportError. Returns the document text.
[[nodiscard]] std::string serialize_rdf(const std::vector<Triple>& triples, RdfSyntax syntax);

}  // namespace pressgraph
