#include "pressgraph/util/utf8.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace pressgraph;

TEST_CASE("utf8::first_invalid accepts well-formed text", "[util][utf8]") {
    CHECK_FALSE(utf8::first_invalid(""));
    CHECK_FALSE(utf8::first_invalid("plain ASCII"));
    CHECK_FALSE(utf8::first_invalid("caf\xC3\xA9"));                       // é
    CHECK_FALSE(utf8::first_invalid("\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA"));  // Минск
    CHECK_FALSE(utf8::first_invalid("\xE2\x80\x93"));                      // – U+2013
    CHECK_FALSE(utf8::first_invalid("\xED\x9F\xBF"));                      // U+D7FF, just below the surrogates
    CHECK_FALSE(utf8::first_invalid("\xEE\x80\x80"));                      // U+E000, just above them
    CHECK_FALSE(utf8::first_invalid("\xF0\x9F\x98\x80"));                  // U+1F600
    CHECK_FALSE(utf8::first_invalid("\xF4\x8F\xBF\xBF"));                  // U+10FFFF, the last code point
}

TEST_CASE("utf8::first_invalid finds the offset of the first bad sequence", "[util][utf8]") {
    // Overlong forms: '/' in two bytes, NUL in two bytes, U+007F in three, U+FFFF in four.
    CHECK(utf8::first_invalid("ab\xC0\xAF") == 2u);
    CHECK(utf8::first_invalid("\xC1\xBF") == 0u);
    CHECK(utf8::first_invalid("x\xE0\x81\xBF") == 1u);
    CHECK(utf8::first_invalid("\xF0\x8F\xBF\xBF") == 0u);
    // Surrogates U+D800 and U+DFFF encoded directly.
    CHECK(utf8::first_invalid("ok \xED\xA0\x80") == 3u);
    CHECK(utf8::first_invalid("\xED\xBF\xBF") == 0u);
    // Truncated sequences: at the end, and followed by ASCII.
    CHECK(utf8::first_invalid("abc\xC3") == 3u);
    CHECK(utf8::first_invalid("\xE2\x80") == 0u);
    CHECK(utf8::first_invalid("\xF0\x9F\x98") == 0u);
    CHECK(utf8::first_invalid("\xC3(") == 0u);
    // Above U+10FFFF, and lead bytes that can never start a sequence.
    CHECK(utf8::first_invalid("\xF4\x90\x80\x80") == 0u);
    CHECK(utf8::first_invalid("\xF5\x80\x80\x80") == 0u);
    CHECK(utf8::first_invalid("\xF8\x88\x80\x80\x80") == 0u);
    // A lone continuation byte after valid multi-byte text.
    CHECK(utf8::first_invalid("caf\xC3\xA9\x80") == 5u);
}

TEST_CASE("utf8::decode and utf8::append are inverse", "[util][utf8]") {
    for (const char32_t cp : {U'A', U'\u00E9', U'\u0416', U'\u2013', U'\uFFFD', U'\U0001F600', U'\U0010FFFF'}) {
        std::string encoded;
        utf8::append(encoded, cp);
        CHECK_FALSE(utf8::first_invalid(encoded));
        std::size_t pos = 0;
        CHECK(utf8::decode(encoded, pos) == cp);
        CHECK(pos == encoded.size());
    }
    // Encoded lengths follow the UTF-8 ranges.
    std::string s;
    utf8::append(s, 0x7F);
    CHECK(s.size() == 1);
    s.clear();
    utf8::append(s, 0x80);
    CHECK(s == "\xC2\x80");
    s.clear();
    utf8::append(s, 0x800);
    CHECK(s == "\xE0\xA0\x80");
    s.clear();
    utf8::append(s, 0x10000);
    CHECK(s == "\xF0\x90\x80\x80");
}

TEST_CASE("utf8::decode walks a mixed string and replaces bad bytes", "[util][utf8]") {
    const std::string text = "a\xC3\xA9\xD0\x96\xE2\x80\x93\xF0\x9F\x98\x80";
    std::size_t pos = 0;
    CHECK(utf8::decode(text, pos) == U'a');
    CHECK(pos == 1);
    CHECK(utf8::decode(text, pos) == U'\u00E9');
    CHECK(pos == 3);
    CHECK(utf8::decode(text, pos) == U'\u0416');
    CHECK(pos == 5);
    CHECK(utf8::decode(text, pos) == U'\u2013');
    CHECK(pos == 8);
    CHECK(utf8::decode(text, pos) == U'\U0001F600');
    CHECK(pos == text.size());

    const std::string bad = "\xC0\xAF";
    pos = 0;
    CHECK(utf8::decode(bad, pos) == U'\uFFFD');
    CHECK(pos == 1);  // one byte at a time, never past the end
}

TEST_CASE("utf8::is_xml_char follows the XML 1.0 Char production", "[util][utf8]") {
    CHECK(utf8::is_xml_char(0x9));
    CHECK(utf8::is_xml_char(0xA));
    CHECK(utf8::is_xml_char(0xD));
    CHECK(utf8::is_xml_char(0x20));
    CHECK_FALSE(utf8::is_xml_char(0x0));
    CHECK_FALSE(utf8::is_xml_char(0x1));
    CHECK_FALSE(utf8::is_xml_char(0x1F));
    CHECK_FALSE(utf8::is_xml_char(0xD800));
    CHECK_FALSE(utf8::is_xml_char(0xFFFE));
    CHECK_FALSE(utf8::is_xml_char(0xFFFF));
    CHECK(utf8::is_xml_char(0x10FFFF));
    CHECK_FALSE(utf8::is_xml_char(0x110000));
}

TEST_CASE("utf8::xml_safe drops control characters and keeps letters of any script", "[util][utf8]") {
    CHECK(utf8::xml_safe("a\x01" "b\x1F" "c") == "abc");
    CHECK(utf8::xml_safe("tab\tnewline\n") == "tab\tnewline\n");
    CHECK(utf8::xml_safe("Caf\xC3\xA9") == "Caf\xC3\xA9");
    const std::string cyrillic = "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA";  // Минск
    CHECK(utf8::xml_safe(cyrillic) == cyrillic);
    CHECK(utf8::xml_safe("\xEF\xBF\xBE") == "");                    // U+FFFE is not a Char
    CHECK(utf8::xml_safe("x\xC3" "y") == "x\xEF\xBF\xBDy");         // invalid byte -> U+FFFD
    CHECK_FALSE(utf8::first_invalid(utf8::xml_safe("\xFF\xFE\x01 ok \xED\xA0\x80")));
}

TEST_CASE("utf8::first_non_ascii finds the first byte above 0x7F at any offset, from any start", "[util][utf8]") {
    CHECK(utf8::first_non_ascii("") == 0);
    CHECK(utf8::first_non_ascii("plain ASCII text of some length") == 31);
    for (std::size_t at = 0; at <= 20; ++at) {
        const std::string text = std::string(at, 'a') + "\xC3\xA9" + "bbbbbbbbbb";
        CHECK(utf8::first_non_ascii(text) == at);
        CHECK(utf8::first_non_ascii(text, at + 2) == text.size());  // past the character: ASCII to the end
        if (at > 0) CHECK(utf8::first_non_ascii(text, at - 1) == at);
    }
}
