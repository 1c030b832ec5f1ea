#include "pressgraph/graph/iri_minting.hpp"

#include "pressgraph/util/utf8.hpp"

namespace pressgraph {

namespace {
constexpr std::string_view kBase = "https://w3id.org/pressgraph/id/";

// Base letter of a Latin-1 / Latin Extended-A letter with a diacritic, or 0.
char fold_latin(char32_t cp) {
    static constexpr std::string_view kLatin1 =  // U+00C0..U+00FF
        "aaaaaa_ceeeeiiiidnooooo_ouuuuy__"
        "aaaaaa_ceeeeiiiidnooooo_ouuuuy_y";
    if (cp >= 0xC0 && cp <= 0xFF) {
        const char c = kLatin1[cp - 0xC0];
        return c == '_' ? 0 : c;
    }
    static constexpr std::string_view kExtendedA =  // U+0100..U+017F, two per letter (upper, lower)
        "aaaaaaccccccccdddd"
        "eeeeeeeeeegggggggghhhh"
        "iiiiiiiii_"
        "__jjkk_llllllllll"
        "nnnnnnnnn"
        "oooooo__rrrrrrsssssssstttttt"
        "uuuuuuuuuuuuwwyyyzzzzzz_";
    static_assert(kExtendedA.size() == 0x80);
    if (cp >= 0x100 && cp <= 0x17F) {
        const char c = kExtendedA[cp - 0x100];
        return c == '_' ? 0 : c;
    }
    // Romanian comma-below letters (Latin Extended-B): Ș ș Ț ț, as in "Chișinău".
    if (cp >= 0x218 && cp <= 0x21B) return cp < 0x21A ? 's' : 't';
    return 0;
}
}  // namespace

namespace {

// Appends the slug of `name` to `out` (nothing when it has no letter or digit).
void append_slug(std::string& out, std::string_view name) {
    const std::size_t begin = out.size();
    bool pending_dash = false;
    auto put = [&](char c) {
        if (pending_dash && out.size() > begin) out += '-';
        pending_dash = false;
        out += c;
    };
    std::size_t pos = 0;
    while (pos < name.size()) {
        const std::size_t start = pos;
        const auto byte = static_cast<unsigned char>(name[pos]);
        // Most names are ASCII: their bytes are their code points.
        const char32_t cp = byte < 0x80 ? (++pos, byte) : utf8::decode(name, pos);
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            put(static_cast<char>(cp));
        } else if (cp >= 'A' && cp <= 'Z') {
            put(static_cast<char>(cp - 'A' + 'a'));
        } else if (const char folded = fold_latin(cp)) {
            put(folded);
        } else if (cp == '\'' || cp == 0x2019) {
            // Apostrophes vanish: "People's" -> "peoples".
        } else if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD || (cp >= 0x2000 && cp <= 0x206F)) {
            // ASCII and Latin-1 punctuation, symbols and spaces (no-break space, « », ·, ×, ÷)
            // separate words like ASCII ones do; they are not letters of another script.
            pending_dash = true;
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            if (pending_dash && out.size() > begin) out += '-';
            pending_dash = false;
            for (std::size_t i = start; i < pos; ++i) {
                const auto b = static_cast<unsigned char>(name[i]);
                out += '%';
                out += kHex[b >> 4];
                out += kHex[b & 0xF];
            }
        }
    }
}

}  // namespace

std::string slugify(std::string_view name) {
    std::string slug;
    slug.reserve(name.size());
    append_slug(slug, name);
    return slug.empty() ? std::string("unnamed") : slug;
}

std::string mint_iri(std::string_view kind, std::string_view name) {
    std::string iri;
    iri.reserve(kBase.size() + kind.size() + 1 + name.size());
    iri += kBase;
    iri += kind;
    iri += '/';
    const std::size_t slug_begin = iri.size();
    append_slug(iri, name);
    if (iri.size() == slug_begin) iri += "unnamed";
    return iri;
}

}  // namespace pressgraph
