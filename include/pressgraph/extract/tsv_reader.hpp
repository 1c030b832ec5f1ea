#pragma once
// Reads the TSV data files of ontology/lexicon: a header row naming the columns, '#'
// comment lines, '|' inside a cell for several values. Every problem is an InputError
// with file and line, raised when the file is loaded, not when a rule first uses it.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pressgraph {

struct TsvRow {
    std::size_t line = 0;
    std::vector<std::string_view> cells;
};

/// Calls `on_row` for each data row of `path`. The header must equal `expected_columns`;
/// each row must have exactly that many cells and a non-empty first cell.
void read_tsv(const std::string& path, const std::vector<std::string_view>& expected_columns,
              const std::function<void(const TsvRow&)>& on_row);

/// Splits a '|'-separated cell, dropping empty parts.
[[nodiscard]] std::vector<std::string_view> split_values(std::string_view cell);

}  // namespace pressgraph
