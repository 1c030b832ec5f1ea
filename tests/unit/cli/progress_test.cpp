// The progress line: its text, drawn in place ("\r" ... erase to end of line), erased by
// finish(); a step shows only once it has lasted its delay; a disabled reporter prints
// nothing.
#include "cli/progress.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

using namespace pressgraph::cli;

namespace {

std::string contents(std::FILE* file) {
    std::fflush(file);
    std::rewind(file);
    std::string text;
    char buffer[4096];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, file)) > 0;) text.append(buffer, got);
    return text;
}

}  // namespace

TEST_CASE("the count line gives done/total, MB/s and the time left", "[cli][progress]") {
    CHECK(Progress::count_line("documents", "documents", 10, 40, 2'000'000, 8'000'000, 2.0) ==
          "pressgraph: documents: 10/40 documents, 1.0 MB/s, 0:06 left");
    CHECK(Progress::count_line("documents", "documents", 40, 40, 8'000'000, 8'000'000, 4.0) ==
          "pressgraph: documents: 40/40 documents, 2.0 MB/s, done in 0:04");
    CHECK(Progress::count_line("loading x.ttl", "MB", 1'500'000, 3'000'000, 1'500'000, 3'000'000, 1.0) ==
          "pressgraph: loading x.ttl: 1.5/3.0 MB, 1.5 MB/s, 0:01 left");
    CHECK(Progress::count_line("documents", "documents", 0, 40, 0, 8'000'000, 0.0) == "pressgraph: documents: 0/40 documents");
    // Under 50 ms: no live rate, but the last line gives the whole run's.
    CHECK(Progress::count_line("documents", "documents", 10, 40, 2'000'000, 8'000'000, 0.02) ==
          "pressgraph: documents: 10/40 documents");
    CHECK(Progress::count_line("documents", "documents", 40, 40, 2'000'000, 2'000'000, 0.02) ==
          "pressgraph: documents: 40/40 documents, 100.0 MB/s, done in 0:00");
}

TEST_CASE("the line is drawn in place and erased", "[cli][progress]") {
    std::FILE* file = std::tmpfile();
    REQUIRE(file != nullptr);
    {
        Progress progress(true, file);
        progress.start_count("documents", "documents", 2, 100);
        progress.advance(2, 100);
        progress.end_count();
        progress.step("merging", std::chrono::milliseconds(0));
        progress.step("waiting", std::chrono::hours(1));  // never shown
        progress.finish();
    }
    const std::string text = contents(file);
    CHECK(text.find("\rpressgraph: documents: 0/2 documents\x1b[K") != std::string::npos);
    CHECK(text.find("\rpressgraph: documents: 2/2 documents") != std::string::npos);
    CHECK(text.find("\rpressgraph: merging (0 s)\x1b[K") != std::string::npos);
    CHECK(text.find("waiting") == std::string::npos);
    CHECK(text.size() >= 4);
    CHECK(text.substr(text.size() - 4) == "\r\x1b[K");
    std::fclose(file);
}

TEST_CASE("a disabled progress line prints nothing", "[cli][progress]") {
    std::FILE* file = std::tmpfile();
    REQUIRE(file != nullptr);
    {
        Progress progress(false, file);
        progress.start_count("documents", "documents", 2, 100);
        progress.advance(2, 100);
        progress.step("merging", std::chrono::milliseconds(0));
    }
    CHECK(contents(file).empty());
    std::fclose(file);
}
