#include "pressgraph/util/hash.hpp"

namespace pressgraph {

std::uint64_t stable_hash64(std::string_view bytes) {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a offset basis
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;  // FNV prime
    }
    return h;
}

std::string stable_hash_hex(std::string_view bytes) { return hash_hex(stable_hash64(bytes)); }

std::string hash_hex(std::uint64_t h) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = kDigits[h & 0xF];
        h >>= 4;
    }
    return out;
}

}  // namespace pressgraph
