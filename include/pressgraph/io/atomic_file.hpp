#pragma once
// One file written so that readers see the old content or the new, never half: an
// ExportSet of one file (a temporary created exclusively beside the target, fsync'd,
// renamed over it). A build writes its several formats through one ExportSet instead.
#include <string>
#include <string_view>

namespace pressgraph {

/// Writes `content` to `path` atomically; the folder must exist. Throws
/// ExportWriteError (a std::runtime_error) naming the path on failure.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace pressgraph
