#include "pressgraph/util/errors.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace pressgraph;

TEST_CASE("InputError reads file:line:col: problem", "[util][errors]") {
    const InputError e("lexicon/titles.tsv", "exclusive must be yes or no", 12, 7);
    CHECK(std::string(e.what()) == "lexicon/titles.tsv:12:7: exclusive must be yes or no");
    CHECK(e.file() == "lexicon/titles.tsv");
    CHECK(e.problem() == "exclusive must be yes or no");
    CHECK(e.line() == 12);
    CHECK(e.column() == 7);
}

TEST_CASE("InputError leaves out the parts of the location it does not know", "[util][errors]") {
    CHECK(std::string(InputError("a.txt", "empty file", 3).what()) == "a.txt:3: empty file");
    CHECK(std::string(InputError("a.txt", "no such file").what()) == "a.txt: no such file");
    const InputError e("a.txt", "no such file");
    CHECK(e.line() == 0);
    CHECK(e.column() == 0);
    // An InputError is a runtime_error, so callers may catch it generically.
    CHECK_THROWS_AS(throw InputError("x", "y"), std::runtime_error);
}

TEST_CASE("PG_CHECK throws InvariantError naming the condition", "[util][errors]") {
    CHECK_NOTHROW(PG_CHECK(1 + 1 == 2));
    try {
        PG_CHECK(2 + 2 == 5);
        FAIL("PG_CHECK did not throw");
    } catch (const InvariantError& e) {
        const std::string what = e.what();
        CHECK(what.find("2 + 2 == 5") != std::string::npos);
        CHECK(what.find("errors_test.cpp") != std::string::npos);
    }
}
