#pragma once
// A scan of Turtle text on its way to Serd, byte by byte and in one pass, that stops the
// text before Serd would go past the loader's limits:
//  * nesting: Serd parses `[ ... ]` and `( ... )` by recursion, so text nested 20,000
//    deep overflows the stack (serdi itself crashes); the guard counts the depth of
//    brackets and parentheses outside strings, IRIs, comments and escapes;
//  * prefixes: Serd's prefix table is a list searched on every declaration and every
//    prefixed name, so 200,000 declarations take minutes; the guard counts declarations
//    (`@prefix`, `PREFIX`).
// The scan errs on the safe side: text it cannot classify (an unterminated short string
// or IRI) is scanned as plain text again from the end of the line, so depth is never
// undercounted. Private to src/io (turtle_loader.cpp).
#include <cstddef>
#include <string>
#include <string_view>

#include "pressgraph/io/turtle_loader.hpp"

namespace pressgraph::detail {

class TurtleGuard {
public:
    explicit TurtleGuard(TurtleLoadLimits limits) : limits_(limits) {}

    /// Scans the next bytes of the text; returns how many of them may go to the parser:
    /// all of them, or, once a limit is passed, those before the byte that passed it (and
    /// 0 for every later call).
    std::size_t scan(std::string_view bytes);

    [[nodiscard]] bool stopped() const { return !problem_.empty(); }
    /// What passed a limit, e.g. "blank nodes or collections nested more than 256 deep".
    [[nodiscard]] const std::string& problem() const { return problem_; }
    /// 1-based position of the byte that passed the limit.
    [[nodiscard]] std::size_t line() const { return line_; }
    [[nodiscard]] std::size_t column() const { return column_; }

private:
    enum class State { Text, TextEscape, Comment, Iri, IriEscape, Quote1, Quote2, Short, ShortEscape, Long, LongEscape };

    // Returns false when `c` passes a limit.
    bool step(char c);
    bool end_word();

    TurtleLoadLimits limits_;
    State state_ = State::Text;
    char quote_ = '"';
    int closing_quotes_ = 0;  // consecutive quotes seen in a long string
    std::size_t depth_ = 0;
    std::size_t prefixes_ = 0;
    std::string word_;        // the bare word being read (up to 8 bytes), to spot prefix directives
    bool word_too_long_ = false;
    std::size_t line_ = 1;
    std::size_t column_ = 0;
    std::string problem_;
};

}  // namespace pressgraph::detail
