#include "pressgraph/text/unicode_form.hpp"

#include <cstdlib>
#include <memory>
#include <string_view>

#include <utf8proc.h>

#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {

namespace {

// Whether every character of valid UTF-8 `text` lies in a block where no character decomposes
// to a single other one and none combines (Latin-1 and Latin Extended, below U+0300; Cyrillic;
// general punctuation from U+2002; currency signs): such text is already NFC, whatever its
// order, so most releases (ASCII with curly quotes and dashes) skip utf8proc.
bool nfc_by_its_blocks(std::string_view text) {
    for (std::size_t i = utf8::first_non_ascii(text); i < text.size(); i = utf8::first_non_ascii(text, i)) {
        const auto c = static_cast<unsigned char>(text[i]);
        char32_t cp = 0;
        std::size_t length = 0;
        if (c < 0xE0) { cp = c & 0x1Fu; length = 2; }
        else if (c < 0xF0) { cp = c & 0x0Fu; length = 3; }
        else return false;
        if (i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        const bool stable = cp < 0x300 || (cp >= 0x400 && cp <= 0x4FF) || (cp >= 0x2002 && cp <= 0x206F) ||
                            (cp >= 0x20A0 && cp <= 0x20C0);
        if (!stable) return false;
        i += length;
    }
    return true;
}

}  // namespace

void normalize_to_nfc(std::string& text) {
    if (nfc_by_its_blocks(text)) return;
    utf8proc_uint8_t* out = nullptr;
    const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                            static_cast<utf8proc_ssize_t>(text.size()), &out,
                                            static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    // The reader validated the UTF-8 first, so utf8proc can only fail for lack of memory.
    if (n < 0) throw std::bad_alloc();
    if (static_cast<std::size_t>(n) == text.size() && text.compare(0, text.size(), reinterpret_cast<char*>(out), text.size()) == 0)
        return;
    text.assign(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
}

void unify_line_ends(std::string& text) {
    // memchr from one carriage return to the next: most releases have none at all.
    for (std::size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1))
        if (i + 1 == text.size() || text[i + 1] != '\n') text[i] = '\n';
}

}  // namespace pressgraph
