#include "pressgraph/text/unicode_form.hpp"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

#include "pressgraph/util/errors.hpp"

namespace pressgraph {

void normalize_to_nfc(std::string& text) {
    bool ascii = true;
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
    if (ascii) return;
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
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) text[i] = '\n';
}

}  // namespace pressgraph
