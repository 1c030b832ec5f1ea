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

std::string slugify(std::string_view name) {
    std::string slug;
    bool pending_dash = false;
    auto put = [&](std::string_view piece) {
        if (pending_dash && !slug.empty()) slug += '-';
        pending_dash = false;
        slug += piece;
    };
    std::size_t pos = 0;
    while (pos < name.size()) {
        const std::size_t start = pos;
        const char32_t cp = utf8::decode(name, pos);
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            const char c = static_cast<char>(cp);
            put({&c, 1});
        } else if (cp >= 'A' && cp <= 'Z') {
            const char c = static_cast<char>(cp - 'A' + 'a');
            put({&c, 1});
        } else if (const char folded = fold_latin(cp)) {
            put({&folded, 1});
        } else if (cp == '\'' || cp == 0x2019) {
            // Apostrophes vanish: "People's" -> "peoples".
        } else if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD || (cp >= 0x2000 && cp <= 0x206F)) {
            // ASCII and Latin-1 punctuation, symbols and spaces (no-break space, « », ·, ×, ÷)
            // separate words like ASCII ones do; they are not letters of another script.
            pending_dash = true;
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            std::string encoded;
            for (std::size_t i = start; i < pos; ++i) {
                const auto b = static_cast<unsigned char>(name[i]);
                encoded += '%';
                encoded += kHex[b >> 4];
                encoded += kHex[b & 0xF];
            }
            put(encoded);
        }
    }
    return slug.empty() ? std::string("unnamed") : slug;
}

std::string mint_iri(std::string_view kind, std::string_view name) {
    std::string iri(kBase);
    iri += kind;
    iri += '/';
    iri += slugify(name);
    return iri;
}

}  // namespace pressgraph
