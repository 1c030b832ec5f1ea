#pragma once
// A rule writer's view of one sentence: its annotations and the rules that matched,
// printed to standard error when PRESSGRAPH_TRACE_RULES is set (docs/architecture.md,
// "Adding a rule"). Costs one getenv per document when unset.
#include <string_view>

#include "pressgraph/extract/engine/annotated_sentence.hpp"
#include "pressgraph/extract/engine/rule_book.hpp"

namespace pressgraph {

[[nodiscard]] bool rule_trace_enabled();

/// Prints the sentence's tokens with its annotations, then each rule of `verb` that matched.
void trace_rules(std::string_view stage, const rules::AnnotatedSentence& a, const rules::RuleBook& book, std::string_view verb);

}  // namespace pressgraph
