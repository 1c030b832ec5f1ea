#include "pressgraph/io/rdf_parts_writer.hpp"

#include <chrono>
#include <exception>

#include "pressgraph/util/errors.hpp"

namespace pressgraph {

RdfPartsWriter::RdfPartsWriter(const TripleStream& stream, RdfSyntax syntax, ByteSink& sink,
                               std::size_t subjects_per_part, std::size_t window)
    : stream_(stream), syntax_(syntax), sink_(sink), window_(std::max<std::size_t>(window, 1)),
      parts_(stream.parts(subjects_per_part)) {}

void RdfPartsWriter::write_part(std::size_t i) {
    PG_CHECK(i < parts_.size());
    {
        std::unique_lock lock(mutex_);
        written_.wait(lock, [&] { return failure_ || i < next_ + window_; });
        if (failure_) return;
    }
    const auto started = std::chrono::steady_clock::now();
    std::string text;
    std::size_t triples = 0;
    try {
        StringSink buffer(text);
        // The stream checked every term when it was built (TermCheck::AlreadyChecked).
        RdfWriter writer(syntax_, buffer, i == 0 ? RdfPart::Whole : RdfPart::Continuation, TermCheck::AlreadyChecked);
        triples = stream_.for_each_view(parts_[i], [&](const TripleView& t) { writer.write(t); });
        writer.finish();
    } catch (...) {
        const std::lock_guard lock(mutex_);
        if (!failure_) failure_ = std::current_exception();
        written_.notify_all();
        return;
    }
    std::unique_lock lock(mutex_);
    if (failure_) return;
    triples_ += triples;
    finished_.emplace(i, std::move(text));
    // Whoever finishes the next part in order writes it and the finished ones after it.
    try {
        for (auto it = finished_.begin(); it != finished_.end() && it->first == next_; it = finished_.erase(it)) {
            sink_.write(it->second);
            ++next_;
        }
    } catch (...) {
        failure_ = std::current_exception();
        finished_.clear();
    }
    seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    written_.notify_all();
}

void RdfPartsWriter::finish() {
    const std::lock_guard lock(mutex_);
    if (failure_) std::rethrow_exception(failure_);
    PG_CHECK(next_ == parts_.size() && finished_.empty());
}

}  // namespace pressgraph
