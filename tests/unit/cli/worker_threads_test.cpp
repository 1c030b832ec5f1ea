// A thread the system will not start lowers the worker count with a warning; the work is
// all done, and the corpus comes out the same as on one thread.
#include "cli/worker_threads.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <stdexcept>
#include <system_error>

#include "cli/corpus_runner.hpp"
#include "pressgraph/extract/lexicon.hpp"

using namespace pressgraph;
using namespace pressgraph::cli;

namespace {

// Starts `allowed` threads, then fails as pthread_create does under `ulimit -u` (EAGAIN).
ThreadStarter starter_allowing(unsigned allowed) {
    auto started = std::make_shared<unsigned>(0);
    return [started, allowed](std::function<void()> task) {
        if (*started >= allowed) throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again));
        ++*started;
        return std::thread(std::move(task));
    };
}

}  // namespace

TEST_CASE("threads the system refuses lower the count, all the work is done", "[cli][threads]") {
    for (const unsigned allowed : {0u, 2u, 7u}) {
        INFO(allowed << " threads allowed");
        std::atomic<int> next{0}, done{0};
        auto task = [&] {
            while (next++ < 1000) ++done;
        };
        const WorkerRun run = run_on_threads(8, task, starter_allowing(allowed));
        CHECK(done == 1000);
        CHECK(run.threads == allowed + 1);
        if (allowed == 7) {
            CHECK(run.warning.empty());
        } else {
            CHECK_THAT(run.warning, Catch::Contains("could not start worker thread " + std::to_string(allowed + 2) + " of 8") &&
                                        Catch::Contains("continuing with " + std::to_string(allowed + 1)));
        }
    }
}

TEST_CASE("an exception on a worker reaches the caller after every thread is joined", "[cli][threads]") {
    std::atomic<int> calls{0};
    auto task = [&] {
        if (calls++ == 1) throw std::logic_error("broken invariant");
    };
    CHECK_THROWS_WITH(run_on_threads(4, task), "broken invariant");
    CHECK(calls == 4);
}

TEST_CASE("the corpus extracted with refused threads equals the one-thread result", "[cli][threads]") {
    const std::string source = PRESSGRAPH_SOURCE_DIR;
    const Lexicon lexicon = Lexicon::load(source + "/ontology/lexicon");
    const Extractor extractor(lexicon);
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(source + "/corpus"))
        if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());

    const CorpusResult one = extract_corpus(paths, extractor, 1);
    const CorpusResult refused = extract_corpus(paths, extractor, 5, starter_allowing(1));
    CHECK(one.warnings.empty());
    REQUIRE(refused.warnings.size() == 1);
    CHECK_THAT(refused.warnings[0], Catch::Contains("continuing with 2"));
    REQUIRE(refused.extractions.size() == one.extractions.size());
    for (std::size_t i = 0; i < one.extractions.size(); ++i) {
        CHECK(refused.extractions[i].document_id == one.extractions[i].document_id);
        CHECK(refused.extractions[i].entities.size() == one.extractions[i].entities.size());
    }
    CHECK(refused.bytes == one.bytes);
}
