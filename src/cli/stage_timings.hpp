#pragma once
// `--timings`: one line per stage of a build or merge on standard error, as the stage
// ends: its seconds, the corpus throughput through it (MB/s of the input texts and
// documents/s; none before the corpus is read) and the process's peak memory so far.
// bench/corpus_benchmark.sh reads these lines; docs/performance.md explains each stage.
//
//   pressgraph: timing: extract 38.528 s, 0.99 MB/s, 188.2 documents/s, peak memory 140 MiB (thread time of 2 threads)
#include <cstddef>
#include <string>

namespace pressgraph::cli {

/// The process's peak resident memory so far (getrusage ru_maxrss), in MiB.
[[nodiscard]] double peak_memory_mib();

class StageTimings {
public:
    /// `bytes` and `documents`: the corpus the stages work on (for MB/s and documents/s).
    explicit StageTimings(bool enabled) : enabled_(enabled) {}
    void set_corpus(std::size_t bytes, std::size_t documents) {
        bytes_ = bytes;
        documents_ = documents;
    }
    /// Prints the stage's line (when enabled). `note` follows in parentheses.
    void record(const std::string& stage, double seconds, const std::string& note = "") const;
    [[nodiscard]] bool enabled() const { return enabled_; }

private:
    bool enabled_;
    std::size_t bytes_ = 0;
    std::size_t documents_ = 0;
};

}  // namespace pressgraph::cli
