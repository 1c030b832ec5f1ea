#pragma once
// The mergeable intermediate file of `pressgraph build --shard I/N`: the per-document
// extractions of one share of a corpus, with everything merge_extractions needs
// (entities and their mentions, events, facts, offices named without a holder, the cited
// sentences' texts, the document's id, name, title, date and size) and the inputs the
// share rejected. `pressgraph merge` reads any number of them and merges them exactly as
// one build of the whole corpus would (docs/scaling.md describes the format).
//
// Format "pressgraph-extractions", version 1: JSON Lines (UTF-8), one JSON object a line:
//   {"format":"pressgraph-extractions","version":1,"shard":[I,N],"pressgraph":"0.1.0"}
//   {"document":{...}}        one per extracted document, in document id order
//   {"rejected":"<file>: <problem>"}   one per input the shard rejected
//   {"end":{"documents":D,"rejected":R}}   last: a file without it was cut short
#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "pressgraph/extract/document_extraction.hpp"
#include "pressgraph/io/byte_sink.hpp"

namespace pressgraph {

inline constexpr const char* kShardFormat = "pressgraph-extractions";
inline constexpr int kShardFormatVersion = 1;

/// Which share of a corpus: shard `index` (1..count) of `count`.
struct ShardSpec {
    std::size_t index = 1;
    std::size_t count = 1;
    /// Parses "I/N" (1 <= I <= N <= 1,000,000); throws std::invalid_argument.
    [[nodiscard]] static ShardSpec parse(const std::string& text);
    /// Whether the document with this content id (Document::id) belongs to this shard:
    /// FNV-1a 64 (stable_hash64) of the id's 16 hex digits, modulo N, equals I-1.
    [[nodiscard]] bool holds_document(const std::string& document_id) const;
    /// Whether this shard reports an input that could not be read, by its error message
    /// ("<file>: <problem>"): the N shards together report each rejected input once.
    [[nodiscard]] bool holds_rejected(const std::string& message) const;
    /// "pressgraph-shard-I-of-N.jsonl"
    [[nodiscard]] std::string file_name() const;
};

/// One shard file read back.
struct ShardContents {
    ShardSpec spec;
    std::string pressgraph_version;
    std::vector<DocumentExtraction> extractions;
    std::vector<std::string> rejected;
};

/// Writes a whole shard: header, documents (sorted by document id, then name), rejected
/// inputs, end line, line by line to `out` (UTF-8 text).
void write_shard(ByteSink& out, const ShardSpec& spec, const std::string& pressgraph_version,
                 std::vector<DocumentExtraction> extractions, const std::vector<std::string>& rejected);

/// One document's line (without the newline); exposed for tests.
[[nodiscard]] std::string shard_document_line(const DocumentExtraction& extraction);

/// Reads a shard file. Throws InputError naming the file and line: not a shard file, a
/// version this pressgraph does not read, a malformed line, or no end line (cut short).
[[nodiscard]] ShardContents read_shard(std::istream& in, const std::string& name);
[[nodiscard]] ShardContents read_shard_file(const std::string& path);

}  // namespace pressgraph
