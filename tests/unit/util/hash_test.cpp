#include "pressgraph/util/hash.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

using namespace pressgraph;

namespace {
// FNV-1a 64 straight from its definition (offset basis 0xcbf29ce484222325, prime 2^40 + 2^8 + 0xb3).
std::uint64_t reference_fnv1a64(const std::string& bytes) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const unsigned char c : bytes) {
        h ^= c;
        h *= (1ull << 40) + (1ull << 8) + 0xb3;
    }
    return h;
}
}  // namespace

TEST_CASE("stable_hash64 is FNV-1a 64", "[util][hash]") {
    CHECK(stable_hash64("") == 0xcbf29ce484222325ull);  // the offset basis
    CHECK(stable_hash64("a") == 0xaf63dc4c8601ec8cull);  // published FNV-1a test vector
    CHECK(stable_hash64("abc") == 0xe71fa2190541574bull);
    for (const std::string& s : std::initializer_list<std::string>{"Sergey Lavrov", "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA", std::string("a\0b", 3)})
        CHECK(stable_hash64(s) == reference_fnv1a64(s));
}

TEST_CASE("stable_hash_hex is 16 lower-case hex digits of the hash", "[util][hash]") {
    CHECK(stable_hash_hex("abc") == "e71fa2190541574b");
    CHECK(stable_hash_hex("") == "cbf29ce484222325");
    const std::string h = stable_hash_hex("The ministers met in Chisinau.");
    CHECK(h.size() == 16);
    CHECK(h.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(h == stable_hash_hex("The ministers met in Chisinau."));
    CHECK(h != stable_hash_hex("The ministers met in Chisinau!"));
    // Leading zero nibbles are kept: find a short input whose hash starts with 0.
    bool saw_leading_zero = false;
    for (int i = 0; i < 200 && !saw_leading_zero; ++i) {
        const std::string s = std::to_string(i);
        if ((stable_hash64(s) >> 60) == 0) {
            saw_leading_zero = true;
            CHECK(stable_hash_hex(s).size() == 16);
            CHECK(stable_hash_hex(s)[0] == '0');
        }
    }
    CHECK(saw_leading_zero);
}
