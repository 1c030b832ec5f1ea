#pragma once
// The lexicon as it stands once loaded, kept in a file between runs. Parsing some 45,000 lexicon
// lines and compiling the rules costs about 180 million instructions a run, most of a short
// run's time; copying the built tables back from a snapshot costs a few million. The snapshot
// is a cache: its key covers the bytes of every file of the lexicon and rules folders and the
// binary that wrote it, so an edit of the data or a new build is never answered by an old
// snapshot, and an absent, stale, truncated or damaged file is passed over (the lexicon is then
// parsed, and the snapshot written again).
#include <cstdint>
#include <optional>
#include <string>

#include "pressgraph/extract/lexicon.hpp"

namespace pressgraph {

/// The key of the lexicon in `lexicon_dir` (with the rules folder beside it) for this binary.
/// Throws InputError when a file of the two folders cannot be read.
[[nodiscard]] std::uint64_t lexicon_source_key(const std::string& lexicon_dir);

/// Writes `lexicon` under `key` to `path`, through a temporary file renamed into place: a
/// reader never sees half a snapshot. Throws std::runtime_error when the file cannot be written.
void write_lexicon_snapshot(const Lexicon& lexicon, std::uint64_t key, const std::string& path);

/// The lexicon kept at `path`, or nothing when the file is absent, holds another key, or is
/// truncated or damaged (its checksum or its tables do not hold).
[[nodiscard]] std::optional<Lexicon> read_lexicon_snapshot(const std::string& path, std::uint64_t key);

/// The lexicon of `lexicon_dir`: read from the snapshot at `snapshot_path` when that holds this
/// lexicon's key, else parsed by Lexicon::load (whose errors it throws) and its snapshot written
/// there (its folder made). A snapshot that cannot be written is no error: the run goes on with
/// the parsed lexicon. An empty `snapshot_path` keeps no snapshot.
[[nodiscard]] Lexicon load_lexicon_cached(const std::string& lexicon_dir, const std::string& snapshot_path);

}  // namespace pressgraph
