#include "corpus_runner.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <optional>

#include "pressgraph/text/document_reader.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph::cli {

namespace {

using Clock = std::chrono::steady_clock;

std::uint64_t nanoseconds_since(Clock::time_point start) {
    return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count());
}

}  // namespace

CorpusResult extract_corpus(const std::vector<std::string>& paths, const Extractor& extractor, unsigned jobs,
                            const ThreadStarter& start, const ExtractionOptions& options) {
    std::vector<std::optional<DocumentExtraction>> slots(paths.size());
    std::vector<std::string> errors(paths.size());
    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> read_ns{0}, extract_ns{0};
    std::atomic<std::size_t> documents_read{0}, bytes_read{0};
    Progress* progress = options.progress;
    if (progress != nullptr && progress->enabled()) {
        std::size_t total_bytes = 0;
        for (const auto& path : paths) {
            std::error_code ec;
            const auto size = path == "-" ? 0 : std::filesystem::file_size(path, ec);
            if (!ec) total_bytes += size;
        }
        progress->start_count("documents", "documents", paths.size(), total_bytes);
    }
    auto work = [&] {
        for (std::size_t i = next++; i < paths.size(); i = next++) {
            std::size_t size = 0;
            try {
                const auto read_started = Clock::now();
                // The header's date is read with the month names of the extractor's lexicon.
                const HeaderWords words = extractor.lexicon().header_words();
                Document doc = paths[i] == "-" ? read_document_stream(std::cin, "<stdin>", words) : read_document_file(paths[i], words);
                read_ns += nanoseconds_since(read_started);
                size = doc.text.size();
                ++documents_read;
                bytes_read += size;
                // A shard extracts the documents whose content id falls to it (extraction_shard.hpp).
                if (options.shard == nullptr || options.shard->holds_document(doc.id)) {
                    const auto extract_started = Clock::now();
                    slots[i] = extractor.extract(doc);
                    extract_ns += nanoseconds_since(extract_started);
                }
            } catch (const InputError& e) {
                if (options.shard == nullptr || options.shard->holds_rejected(e.what())) errors[i] = e.what();
            } catch (const std::bad_alloc&) {
                errors[i] = paths[i] + ": out of memory while extracting";
            }
            if (progress != nullptr) progress->advance(1, size);
        }
    };
    jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(paths.size(), 1))));
    const auto started = Clock::now();
    const WorkerRun run = run_on_threads(jobs, work, start);

    CorpusResult result;
    result.wall_seconds = static_cast<double>(nanoseconds_since(started)) / 1e9;
    result.read_seconds = static_cast<double>(read_ns.load()) / 1e9;
    result.extract_seconds = static_cast<double>(extract_ns.load()) / 1e9;
    result.documents_read = documents_read;
    result.bytes_read = bytes_read;
    result.threads = run.threads;
    if (progress != nullptr) progress->end_count();
    if (!run.warning.empty()) result.warnings.push_back(run.warning);
    result.extractions.reserve(paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (slots[i]) {
            result.bytes += slots[i]->bytes;
            result.extractions.push_back(std::move(*slots[i]));
        } else if (!errors[i].empty()) {
            result.errors.push_back(std::move(errors[i]));
        }
    }
    std::sort(result.errors.begin(), result.errors.end());
    return result;
}

}  // namespace pressgraph::cli
