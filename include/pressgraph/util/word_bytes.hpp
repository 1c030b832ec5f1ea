#pragma once
// Eight bytes of text at a time, in one 64-bit word ("SWAR"): the tests the byte scanners of the
// reader and the writers share to skip the long runs of plain text where nothing is to be done.
// Each test is exact for "some byte of the word is ...": no byte that matters is missed.
#include <cstdint>
#include <cstring>

namespace pressgraph::word_bytes {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

/// The eight bytes at `p`, whatever their alignment.
inline std::uint64_t load(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

/// Some byte of `w` is 0x80 or above: part of a character beyond ASCII.
inline bool has_high_byte(std::uint64_t w) { return (w & kHighBits) != 0; }

/// Some byte of `w` is below `n` (n at most 0x80).
inline bool has_byte_below(std::uint64_t w, unsigned char n) { return ((w - kOnes * n) & ~w & kHighBits) != 0; }

/// Some byte of `w` is `c`.
inline bool has_byte(std::uint64_t w, unsigned char c) {
    const std::uint64_t v = w ^ (kOnes * c);
    return ((v - kOnes) & ~v & kHighBits) != 0;
}

}  // namespace pressgraph::word_bytes
