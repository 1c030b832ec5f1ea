#pragma once
// English month names, full ("November") and abbreviated ("Nov", "Sept"), any case.
#include <optional>
#include <string_view>

namespace pressgraph {

/// 1-12 for a month name, nullopt otherwise.
[[nodiscard]] std::optional<int> month_from_name(std::string_view word);

}  // namespace pressgraph
