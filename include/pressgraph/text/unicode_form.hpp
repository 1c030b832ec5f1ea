#pragma once
// The one form of text every later stage sees: Unicode NFC (so "José" typed with a
// combining accent and with a precomposed é is one name) and "\n" line ends (so a file
// saved with bare carriage returns, old Mac style, still has lines).
#include <string>

namespace pressgraph {

/// Rewrites `text` (valid UTF-8) in NFC. ASCII text, and text already in NFC, is left as it is.
void normalize_to_nfc(std::string& text);

/// Turns each bare "\r" (not followed by "\n") into "\n". Offsets do not move; "\r\n"
/// stays, since every reader treats "\r" before "\n" as white space.
void unify_line_ends(std::string& text);

}  // namespace pressgraph
