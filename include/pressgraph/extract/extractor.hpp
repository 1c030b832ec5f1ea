#pragma once
// The extraction pipeline for one document: an ordered list of named components
// (tokenise -> persons -> names and patterns -> acronyms -> in-document coreference).
// Documents are extracted independently and deterministically; the Extractor is
// immutable after construction, so one instance serves all worker threads.
#include <memory>

#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/text/document.hpp"

namespace pressgraph {

struct EventRulePlan;

class Extractor {
public:
    /// Reads the lexicon's event rules once; throws InputError for a rule whose arguments are wrong.
    explicit Extractor(const Lexicon& lexicon);
    /// The lexicon it extracts with (also what documents are read with: its calendar).
    [[nodiscard]] const Lexicon& lexicon() const { return lexicon_; }

    [[nodiscard]] DocumentExtraction extract(const Document& doc) const;

private:
    const Lexicon& lexicon_;
    std::shared_ptr<const EventRulePlan> event_rules_;
};

}  // namespace pressgraph
