#pragma once
// Two error channels (see docs/architecture.md):
//  * InputError: something a user handed us is wrong; it names the file and, where known,
//    the line and column. The CLI reports it and carries on with the other documents.
//  * PG_CHECK: an internal invariant broke; it is a bug in pressgraph, never the user's fault.
#include <cstddef>
#include <stdexcept>
#include <string>

namespace pressgraph {

/// A problem with user input (a document, a data file, a Turtle file), with its location.
class InputError : public std::runtime_error {
public:
    InputError(std::string file, std::string problem, std::size_t line = 0, std::size_t column = 0);
    [[nodiscard]] const std::string& file() const { return file_; }
    [[nodiscard]] const std::string& problem() const { return problem_; }
    [[nodiscard]] std::size_t line() const { return line_; }
    [[nodiscard]] std::size_t column() const { return column_; }

private:
    std::string file_;
    std::string problem_;
    std::size_t line_;
    std::size_t column_;
};

/// An export was asked to do something the ontology or a format does not allow.
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A broken internal invariant: a bug in pressgraph.
class InvariantError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

[[noreturn]] void fail_invariant(const char* condition, const char* file, int line);

}  // namespace pressgraph

#define PG_CHECK(condition) \
    ((condition) ? static_cast<void>(0) : ::pressgraph::fail_invariant(#condition, __FILE__, __LINE__))
