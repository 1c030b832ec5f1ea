#include "pressgraph/extract/tsv_reader.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/util/errors.hpp"
#include "support/temp_folder.hpp"

using namespace pressgraph;
using pressgraph::test::TempFolder;

namespace {
using Rows = std::vector<std::vector<std::string>>;
const std::vector<std::string_view> kColumns = {"title", "scope", "exclusive"};

Rows read_all(const std::string& path, std::vector<std::size_t>* lines = nullptr) {
    Rows rows;
    read_tsv(path, kColumns, [&](const TsvRow& r) {
        rows.emplace_back(r.cells.begin(), r.cells.end());
        if (lines) lines->push_back(r.line);
    });
    return rows;
}

InputError error_of(const std::string& path) {
    try {
        (void)read_all(path);
    } catch (const InputError& e) {
        return e;
    }
    FAIL("no InputError for " << path);
    throw std::logic_error("unreachable");
}
}  // namespace

TEST_CASE("read_tsv reads rows after the header, skipping comments and blank lines", "[extract][tsv_reader]") {
    TempFolder folder;
    const std::string path = folder.write("titles.tsv",
                                          "# source: hand-written\n"
                                          "title\tscope\texclusive\n"
                                          "\n"
                                          "Foreign Minister\tnational\tyes\n"
                                          "# a comment between rows\n"
                                          "Speaker\tbody\tyes\r\n"
                                          "Adviser\t\tno\n");
    std::vector<std::size_t> lines;
    const Rows rows = read_all(path, &lines);
    CHECK(rows == Rows{{"Foreign Minister", "national", "yes"}, {"Speaker", "body", "yes"}, {"Adviser", "", "no"}});
    CHECK(lines == std::vector<std::size_t>{4, 6, 7});  // 1-based line numbers of the file
}

TEST_CASE("read_tsv reports problems with file and line", "[extract][tsv_reader]") {
    TempFolder folder;
    SECTION("missing file") {
        const std::string path = (folder.path() / "absent.tsv").string();
        CHECK(error_of(path).file() == path);
    }
    SECTION("header with wrong column names") {
        const std::string path = folder.write("t.tsv", "# c\ntitle\tscope\tunique\nA\tb\tyes\n");
        const InputError e = error_of(path);
        CHECK(e.file() == path);
        CHECK(e.line() == 2);
        CHECK(e.problem().find("title, scope, exclusive") != std::string::npos);
    }
    SECTION("header with a missing column") {
        const std::string path = folder.write("t.tsv", "title\tscope\n");
        CHECK(error_of(path).line() == 1);
    }
    SECTION("no header at all") {
        const std::string path = folder.write("t.tsv", "# only comments\n\n");
        const InputError e = error_of(path);
        CHECK(e.file() == path);
        CHECK(e.problem().find("header") != std::string::npos);
    }
    SECTION("a row with too few cells") {
        const std::string path = folder.write("t.tsv", "title\tscope\texclusive\nA\tnational\tyes\nB\tbody\n");
        const InputError e = error_of(path);
        CHECK(e.line() == 3);
        CHECK(std::string(e.what()).rfind(path + ":3: ", 0) == 0);
        CHECK(e.problem().find("found 2") != std::string::npos);
    }
    SECTION("a row with too many cells") {
        const std::string path = folder.write("t.tsv", "title\tscope\texclusive\nA\tnational\tyes\textra\n");
        const InputError e = error_of(path);
        CHECK(e.line() == 2);
        CHECK(e.problem().find("found 4") != std::string::npos);
    }
    SECTION("an empty first cell") {
        const std::string path = folder.write("t.tsv", "title\tscope\texclusive\n\tnational\tyes\n");
        const InputError e = error_of(path);
        CHECK(e.line() == 2);
        CHECK(e.problem().find("empty") != std::string::npos);
    }
    SECTION("invalid UTF-8, with its column") {
        const std::string path = folder.write("t.tsv", "title\tscope\texclusive\nMinist\xE9r\tnational\tyes\n");
        const InputError e = error_of(path);
        CHECK(e.line() == 2);
        CHECK(e.column() == 7);
    }
}

TEST_CASE("read_tsv stops at the first bad row, after delivering the good ones", "[extract][tsv_reader]") {
    TempFolder folder;
    const std::string path = folder.write("t.tsv", "title\tscope\texclusive\nA\tnational\tyes\nB\n");
    Rows seen;
    CHECK_THROWS_AS(read_tsv(path, kColumns, [&](const TsvRow& r) { seen.emplace_back(r.cells.begin(), r.cells.end()); }),
                    InputError);
    CHECK(seen == Rows{{"A", "national", "yes"}});
}

TEST_CASE("split_values splits on '|' and drops empty parts", "[extract][tsv_reader]") {
    using Values = std::vector<std::string_view>;
    CHECK(split_values("") == Values{});
    CHECK(split_values("UAE") == Values{"UAE"});
    CHECK(split_values("UAE|Emirates") == Values{"UAE", "Emirates"});
    CHECK(split_values("|a||b|") == Values{"a", "b"});
    CHECK(split_values("|") == Values{});
    CHECK(split_values("Republic of Moldova|Moldavia") == Values{"Republic of Moldova", "Moldavia"});
}
