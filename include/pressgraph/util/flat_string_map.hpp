#pragma once
// A string-keyed hash map for the lookups extraction makes for every token (the word table,
// the phrase indexes): open addressing in one array of (hash, index) slots, a hash read eight
// bytes at a time and inlined, the full hash compared before the key's bytes. It answers as
// std::unordered_map<std::string, V> does, with a few times fewer instructions per probe: no
// call to std::_Hash_bytes, no division, no node to follow, no memcmp on a mismatch.
// Built while loading; a value's address holds until the next insertion. No iteration, no
// erase: the tables it replaces needed neither.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pressgraph {

/// A fast, non-cryptographic hash of `text` (not stable across versions: never stored).
[[nodiscard]] inline std::uint64_t fast_string_hash(std::string_view text) noexcept {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
    std::uint64_t h = text.size() * kMultiplier;
    const char* p = text.data();
    std::size_t n = text.size();
    for (; n >= 8; n -= 8, p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * kMultiplier;
        h ^= h >> 29;
    }
    // The last 1 to 7 bytes in at most two loads, overlapping where they must (the length
    // is in the hash already): a loop over them cost more than all the rest.
    if (n > 0) {
        std::uint64_t w = 0;
        if (text.size() >= 8) {
            std::memcpy(&w, text.data() + text.size() - 8, 8);
        } else if (n >= 4) {
            std::uint32_t lo, hi;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + n - 4, 4);
            w = lo | (static_cast<std::uint64_t>(hi) << 32);
        } else {
            const auto byte = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
            w = byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
        }
        h = (h ^ w) * kMultiplier;
        h ^= h >> 29;
    }
    h *= kMultiplier;
    return h ^ (h >> 32);
}

template <class Value>
class FlatStringMap {
public:
    [[nodiscard]] const Value* find(std::string_view key) const noexcept {
        if (slots_.empty()) return nullptr;
        const std::uint64_t h = fast_string_hash(key);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.index == kEmpty) return nullptr;
            if (s.hash == h) {
                const auto& [k, v] = items_[s.index];
                if (k.size() == key.size() && std::memcmp(k.data(), key.data(), key.size()) == 0) return &v;
            }
        }
    }
    [[nodiscard]] Value* find(std::string_view key) noexcept {
        return const_cast<Value*>(std::as_const(*this).find(key));
    }

    /// The value of `key`, inserted as `value` when the key is new; true when it was new.
    std::pair<Value*, bool> try_emplace(std::string_view key, Value value) {
        if ((items_.size() + 1) * 4 > slots_.size() * 3) grow();
        const std::uint64_t h = fast_string_hash(key);
        std::size_t i = h & mask_;
        for (;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.index == kEmpty) break;
            if (s.hash == h && items_[s.index].first == key) return {&items_[s.index].second, false};
        }
        slots_[i] = {h, static_cast<std::uint32_t>(items_.size())};
        items_.emplace_back(std::string(key), std::move(value));
        return {&items_.back().second, true};
    }
    Value& operator[](std::string_view key) { return *try_emplace(key, Value{}).first; }

    [[nodiscard]] std::size_t size() const noexcept { return items_.size(); }
    [[nodiscard]] bool empty() const noexcept { return items_.empty(); }
    void reserve(std::size_t n) {
        items_.reserve(n);
        while (n * 4 > slots_.size() * 3) grow();
    }

    /// Every member, for a snapshot (util/binary_archive.hpp): the slots as they are, no rehash.
    template <class Archive>
    void fields(Archive& ar) {
        ar(slots_, mask_, items_);
    }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t index = kEmpty;
    };

    void grow() {
        std::vector<Slot> bigger(slots_.empty() ? 64 : 2 * slots_.size());
        const std::size_t mask = bigger.size() - 1;
        for (const Slot& s : slots_) {
            if (s.index == kEmpty) continue;
            std::size_t i = s.hash & mask;
            while (bigger[i].index != kEmpty) i = (i + 1) & mask;
            bigger[i] = s;
        }
        slots_ = std::move(bigger);
        mask_ = mask;
    }

    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::vector<std::pair<std::string, Value>> items_;
};

}  // namespace pressgraph
