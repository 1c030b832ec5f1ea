#include "pressgraph/util/errors.hpp"

#include <string>

namespace pressgraph {

namespace {
std::string describe(const std::string& file, const std::string& problem, std::size_t line, std::size_t column) {
    std::string message = file;
    if (line > 0) {
        message += ':' + std::to_string(line);
        if (column > 0) message += ':' + std::to_string(column);
    }
    return message + ": " + problem;
}
}  // namespace

InputError::InputError(std::string file, std::string problem, std::size_t line, std::size_t column)
    : std::runtime_error(describe(file, problem, line, column)),
      file_(std::move(file)),
      problem_(std::move(problem)),
      line_(line),
      column_(column) {}

void fail_invariant(const char* condition, const char* file, int line) {
    throw InvariantError(std::string("internal check failed: ") + condition + " at " + file + ":" +
                         std::to_string(line));
}

}  // namespace pressgraph
