#pragma once
// A half-open byte range [begin, end) into a document's original text.
// Every sentence, token and mention keeps one, so every fact can cite its source.
#include <cstdint>
#include <string_view>

namespace pressgraph {

struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    [[nodiscard]] std::uint32_t size() const { return end - begin; }
    [[nodiscard]] bool empty() const { return end <= begin; }
    [[nodiscard]] bool contains(Span other) const { return begin <= other.begin && other.end <= end; }
    [[nodiscard]] bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
    [[nodiscard]] std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
    friend bool operator==(Span, Span) = default;
    friend auto operator<=>(Span, Span) = default;
};

}  // namespace pressgraph
