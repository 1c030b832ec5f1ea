#pragma once
// One Turtle or N-Triples export written by several threads. The triple stream is cut into
// parts of whole subjects (TripleStream::parts); threads serialise parts side by side, each
// into its own buffer, and the buffers reach the file in order. The file is byte for byte
// what one RdfWriter makes of the whole stream (RdfPart::Continuation).
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "pressgraph/io/byte_sink.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
#include "pressgraph/io/rdf_writer.hpp"

namespace pressgraph {

class RdfPartsWriter {
public:
    /// `window`: how many parts may be serialised ahead of the file before a thread waits,
    /// so memory stays a few parts whatever the thread that is slow.
    RdfPartsWriter(const TripleStream& stream, RdfSyntax syntax, ByteSink& sink, std::size_t subjects_per_part,
                   std::size_t window);

    [[nodiscard]] std::size_t part_count() const { return parts_.size(); }

    /// Serialises part `i` and writes it, and every finished part after it, once the parts
    /// before it are written. Threads must take the parts in increasing order (from a shared
    /// counter): a part `window` or more ahead of the file waits. After a failure (a term
    /// Serd refuses, the sink's error) every call returns at once and finish() rethrows it.
    void write_part(std::size_t i);

    /// Rethrows the first failure; otherwise checks that every part reached the sink.
    void finish();

    [[nodiscard]] std::size_t triples() const { return triples_; }
    /// Thread time spent serialising and writing, summed over the parts.
    [[nodiscard]] double seconds() const { return seconds_; }

private:
    const TripleStream& stream_;
    RdfSyntax syntax_;
    ByteSink& sink_;
    std::size_t window_;
    std::vector<TripleStream::Part> parts_;

    std::mutex mutex_;  // guards everything below
    std::condition_variable written_;
    std::map<std::size_t, std::string> finished_;  ///< serialised, waiting for earlier parts
    std::size_t next_ = 0;                         ///< the first part not yet in the sink
    std::exception_ptr failure_;
    std::size_t triples_ = 0;
    double seconds_ = 0;
};

}  // namespace pressgraph
