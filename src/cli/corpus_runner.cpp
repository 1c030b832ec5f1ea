#include "corpus_runner.hpp"

#include <algorithm>
#include <atomic>
#include <iostream>
#include <optional>

#include "pressgraph/text/document_reader.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph::cli {

CorpusResult extract_corpus(const std::vector<std::string>& paths, const Extractor& extractor, unsigned jobs,
                            const ThreadStarter& start) {
    std::vector<std::optional<DocumentExtraction>> slots(paths.size());
    std::vector<std::string> errors(paths.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < paths.size(); i = next++) {
            try {
                const Document doc = paths[i] == "-" ? read_document_stream(std::cin, "<stdin>")
                                                     : read_document_file(paths[i]);
                slots[i] = extractor.extract(doc);
            } catch (const InputError& e) {
                errors[i] = e.what();
            } catch (const std::bad_alloc&) {
                errors[i] = paths[i] + ": out of memory while extracting";
            }
        }
    };
    jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(paths.size(), 1))));
    const WorkerRun run = run_on_threads(jobs, work, start);

    CorpusResult result;
    if (!run.warning.empty()) result.warnings.push_back(run.warning);
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
