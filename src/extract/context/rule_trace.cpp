#include "context/rule_trace.hpp"

#include <cstdlib>
#include <iostream>
#include <mutex>
#include <sstream>

#include "pressgraph/extract/engine/pattern_matcher.hpp"

namespace pressgraph {

bool rule_trace_enabled() {
    static const bool enabled = std::getenv("PRESSGRAPH_TRACE_RULES") != nullptr;
    return enabled;
}

void trace_rules(std::string_view stage, const rules::AnnotatedSentence& a, const rules::RuleBook& book, std::string_view verb) {
    std::ostringstream out;
    out << "[" << stage << "] " << join_tokens(a.tokens(), 0, a.size()) << "\n";
    for (const rules::Annotation& an : a.annotations())
        out << "    <" << a.table().label_name(an.label) << "> " << join_tokens(a.tokens(), an.first, an.last) << "\n";
    for (const rules::Rule* r : book.with_verb(verb)) {
        if (!rules::may_match(r->pattern, a)) continue;
        for (const auto& m : rules::find_matches(r->pattern, a)) {
            out << "    MATCH " << r->id << ": " << join_tokens(a.tokens(), m.first, m.last);
            for (std::size_t c = 0; c < r->pattern.captures.size(); ++c)
                if (m.has(c)) out << " [" << r->pattern.captures[c] << "=" << join_tokens(a.tokens(), m.capture(c).first, m.capture(c).second) << "]";
            out << "\n";
        }
    }
    static std::mutex mutex;
    const std::lock_guard<std::mutex> lock(mutex);
    std::cerr << out.str();
}

}  // namespace pressgraph
