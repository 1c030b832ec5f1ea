#include "pressgraph/text/normalizer.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/util/utf8.hpp"

using namespace pressgraph;

namespace {
// Every normalised byte must map to the start of a character of the original, offsets must
// never decrease, and the end maps to the end.
void check_offsets(std::string_view original, const NormalizedText& n) {
    REQUIRE(n.original_offset.size() == n.text.size() + 1);
    CHECK(n.original_offset.back() == original.size());
    for (std::size_t i = 0; i < n.text.size(); ++i) {
        INFO("normalised byte " << i);
        REQUIRE(n.original_offset[i] < original.size());
        CHECK((static_cast<unsigned char>(original[n.original_offset[i]]) & 0xC0) != 0x80);
        CHECK(n.original_offset[i] <= n.original_offset[i + 1]);
    }
}
}  // namespace

TEST_CASE("normalize_for_matching maps Unicode punctuation to ASCII", "[text][normalizer]") {
    // a–b—c−d ’x’ “y” NBSP z
    const std::string original =
        "a\xE2\x80\x93" "b\xE2\x80\x94" "c\xE2\x88\x92" "d \xE2\x80\x99x\xE2\x80\x99 \xE2\x80\x9Cy\xE2\x80\x9D\xC2\xA0z";
    const NormalizedText n = normalize_for_matching(original);
    CHECK(n.text == "a-b - c-d 'x' \"y\" z");  // the em dash sets off words: " - "
    check_offsets(original, n);
}

TEST_CASE("normalize_for_matching offsets point at the original characters", "[text][normalizer]") {
    const std::string original = "a\xE2\x80\x93" "b \xE2\x80\x9CSt\xC2\xA0Petersburg\xE2\x80\x9D";
    const NormalizedText n = normalize_for_matching(original);
    REQUIRE(n.text == "a-b \"St Petersburg\"");
    CHECK(n.original_offset[0] == 0);   // a
    CHECK(n.original_offset[1] == 1);   // – (3 bytes) -> '-'
    CHECK(n.original_offset[2] == 4);   // b
    CHECK(n.original_offset[3] == 5);   // space
    CHECK(n.original_offset[4] == 6);   // “ (3 bytes) -> '"'
    CHECK(n.original_offset[5] == 9);   // S
    CHECK(n.original_offset[7] == 11);  // NBSP (2 bytes) -> ' '
    CHECK(n.original_offset[8] == 13);  // P
    CHECK(n.original_offset[n.text.size() - 1] == original.size() - 3);  // ” -> '"'
    // A normalised substring maps back to the original substring.
    const std::size_t p = n.text.find("Petersburg");
    const std::size_t end = p + std::string("Petersburg").size();
    CHECK(std::string_view(original).substr(n.original_offset[p], n.original_offset[end] - n.original_offset[p]) ==
          "Petersburg");
}

TEST_CASE("normalize_for_matching keeps letters and drops invisible characters", "[text][normalizer]") {
    const std::string cyrillic = "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA";  // Минск
    CHECK(normalize_string(cyrillic) == cyrillic);
    CHECK(normalize_string("Caf\xC3\xA9") == "Caf\xC3\xA9");
    // Soft hyphen and zero-width space vanish; the offsets skip them.
    const std::string original = "co\xC2\xAD" "operation\xE2\x80\x8B!";
    const NormalizedText n = normalize_for_matching(original);
    CHECK(n.text == "cooperation!");
    check_offsets(original, n);
    CHECK(n.original_offset[2] == 4);                      // the 'o' after the soft hyphen
    CHECK(n.original_offset[11] == original.size() - 1);   // '!' after the zero-width space
    // The ellipsis becomes three dots, all pointing at the one original character.
    const NormalizedText e = normalize_for_matching("so\xE2\x80\xA6");
    CHECK(e.text == "so...");
    CHECK(e.original_offset[2] == 2);
    CHECK(e.original_offset[4] == 2);
    CHECK(e.original_offset[5] == 5);
}

TEST_CASE("normalize_string and ascii_lower", "[text][normalizer]") {
    CHECK(normalize_string("Lavrov\xE2\x80\x99s") == "Lavrov's");
    CHECK(normalize_string("\xC2\xABUnion\xC2\xBB") == "\"Union\"");
    CHECK(normalize_string("") == "");
    CHECK(ascii_lower("Foreign MINISTER") == "foreign minister");
    CHECK(ascii_lower("\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA") == "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA");
}

TEST_CASE("collapse_whitespace makes every run of whitespace one space", "[text][normalizer]") {
    std::string wrapped = "Clean     Energy\n    Supply\tChain  Plan";
    CHECK(collapse_whitespace(wrapped));
    CHECK(wrapped == "Clean Energy Supply Chain Plan");
    std::string plain = "Clean Energy Plan";
    CHECK_FALSE(collapse_whitespace(plain));
    CHECK(plain == "Clean Energy Plan");
    std::string one_break = "Clean\nEnergy";
    CHECK(collapse_whitespace(one_break));
    CHECK(one_break == "Clean Energy");
}

TEST_CASE("normalize_for_matching drops superscript tags, keeps other angle brackets", "[text][normalizer]") {
    const std::string original = "On June 13<sup>th</sup>, 2024, a < b and <b>c</b>.";
    const NormalizedText n = normalize_for_matching(original);
    CHECK(n.text == "On June 13th, 2024, a < b and <b>c</b>.");
    check_offsets(original, n);
    // "th" maps back to the "th" inside the tags.
    const std::size_t th = n.text.find("th,");
    REQUIRE(th != std::string::npos);
    CHECK(original.substr(n.original_offset[th], 2) == "th");
}
