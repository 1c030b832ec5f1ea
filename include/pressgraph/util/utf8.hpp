#pragma once
// UTF-8 validation and decoding, by hand: no locale, no iconv, one pass.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pressgraph::utf8 {

/// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
/// code points above U+10FFFF are invalid), or nullopt when the whole text is valid.
[[nodiscard]] std::optional<std::size_t> first_invalid(std::string_view text);

/// Decodes the code point at `pos` in valid UTF-8 and advances `pos` past it.
[[nodiscard]] char32_t decode(std::string_view text, std::size_t& pos);

/// Appends the UTF-8 encoding of `cp`.
void append(std::string& out, char32_t cp);

/// True for characters allowed by the XML 1.0 Char production.
[[nodiscard]] bool is_xml_char(char32_t cp);

/// Valid UTF-8 with every character outside XML 1.0 Char dropped; invalid bytes become U+FFFD.
[[nodiscard]] std::string xml_safe(std::string_view text);

/// The offset of the first byte from `from` on that is not ASCII (>= 0x80), or text.size():
/// eight bytes a step, for the scans of mostly ASCII text that ask it of every line or sentence.
[[nodiscard]] std::size_t first_non_ascii(std::string_view text, std::size_t from = 0);

/// True when xml_safe(text) is text itself: ASCII without control characters other than
/// tab, LF and CR (a writer may then use the text without a copy).
[[nodiscard]] bool is_plain_xml(std::string_view text);

}  // namespace pressgraph::utf8
