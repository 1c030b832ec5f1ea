#pragma once
// Stable, platform-independent hashes for identifiers that must not change between runs.
#include <cstdint>
#include <string>
#include <string_view>

namespace pressgraph {

/// 64-bit FNV-1a of the bytes: stable across runs, machines and compilers.
[[nodiscard]] std::uint64_t stable_hash64(std::string_view bytes);

/// The hash as 16 lower-case hexadecimal digits.
[[nodiscard]] std::string stable_hash_hex(std::string_view bytes);

/// A hash as 16 lower-case hexadecimal digits: the digits sort as the numbers do.
[[nodiscard]] std::string hash_hex(std::uint64_t hash);

}  // namespace pressgraph
