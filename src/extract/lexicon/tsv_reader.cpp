#include "pressgraph/extract/tsv_reader.hpp"

#include <fstream>
#include <sstream>

#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {

namespace {
void split_tabs(std::string_view line, std::vector<std::string_view>& cells) {
    cells.clear();
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        cells.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
}

std::string read_whole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open lexicon file");
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}
}  // namespace

// The file is read whole and its lines are views into it, and one row's cells are reused:
// the lexicon is loaded at every start, and reading it line by line into fresh vectors
// cost more than what the rows are for.
void read_tsv(const std::string& path, const std::vector<std::string_view>& expected_columns,
              const std::function<void(const TsvRow&)>& on_row) {
    const std::string text = read_whole(path);
    std::size_t line_no = 0;
    bool header_seen = false;
    TsvRow row;
    for (std::size_t from = 0; from < text.size();) {
        const std::size_t newline = text.find('\n', from);
        const std::size_t end = newline == std::string::npos ? text.size() : newline;
        std::string_view line(text.data() + from, end - from);
        from = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        if (auto bad = utf8::first_invalid(line)) throw InputError(path, "invalid UTF-8", line_no, *bad + 1);
        row.line = line_no;
        split_tabs(line, row.cells);
        if (!header_seen) {
            if (row.cells != expected_columns) {
                std::string expected;
                for (auto c : expected_columns) expected += (expected.empty() ? "" : ", ") + std::string(c);
                throw InputError(path, "header must name the columns: " + expected, line_no);
            }
            header_seen = true;
            continue;
        }
        if (row.cells.size() != expected_columns.size())
            throw InputError(path, "expected " + std::to_string(expected_columns.size()) + " tab-separated cells, found " +
                                       std::to_string(row.cells.size()), line_no);
        if (row.cells[0].empty()) throw InputError(path, "first cell is empty", line_no);
        on_row(row);
    }
    if (!header_seen) throw InputError(path, "no header row");
}

std::vector<std::string_view> split_values(std::string_view cell) {
    std::vector<std::string_view> values;
    std::size_t start = 0;
    while (start <= cell.size()) {
        const std::size_t bar = cell.find('|', start);
        const std::string_view v = cell.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
        if (!v.empty()) values.push_back(v);
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return values;
}

}  // namespace pressgraph
