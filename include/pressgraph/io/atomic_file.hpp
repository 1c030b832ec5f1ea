#pragma once
// Exports are never left half-written: content goes to a temporary file in the same
// folder, is flushed, then renamed over the target in one step.
#include <string>
#include <string_view>

namespace pressgraph {

/// Writes `content` to `path` atomically. Throws std::runtime_error naming the path on failure.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace pressgraph
