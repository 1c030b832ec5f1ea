#pragma once
// A binary copy of in-memory tables, for data that costs more to build than to copy: the lexicon
// and its compiled rules (lexicon_snapshot.hpp). A type lists its members once, in a member
//
//     template <class Archive> void fields(Archive& ar) { ar(a_, b_, c_); }
//
// that serves writing and reading alike; plain values (numbers, enums, bitsets, structs of
// them) are copied as bytes, strings, vectors and maps with their length first. The reader checks
// every length against the bytes left, so a truncated or damaged copy is an ArchiveError, never
// a read past the end. The bytes are this build's layout: a copy is only read by the binary that
// wrote it (the snapshot's key says which).
#include <bitset>
#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace pressgraph {

class ArchiveError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

namespace archive_detail {
template <class T, class Archive>
concept HasFields = requires(T& t, Archive& ar) { t.fields(ar); };

// Copied as bytes: no pointer inside (a pointer would point into the writer's memory).
template <class T>
concept Plain = std::is_trivially_copyable_v<T> && !std::is_pointer_v<T> && !std::is_member_pointer_v<T>;

template <class T>
struct IsVector : std::false_type {};
template <class T, class A>
struct IsVector<std::vector<T, A>> : std::true_type {};
}  // namespace archive_detail

class ArchiveWriter {
public:
    static constexpr bool kReading = false;

    template <class... T>
    void operator()(const T&... values) {
        (put(values), ...);
    }
    [[nodiscard]] const std::string& bytes() const { return out_; }

private:
    void put_size(std::size_t n) { put_bytes(&n, sizeof n); }
    void put_bytes(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }

    template <class T>
    void put(const T& v) {
        using namespace archive_detail;
        if constexpr (HasFields<T, ArchiveWriter>) {
            const_cast<T&>(v).fields(*this);  // NOLINT(cppcoreguidelines-pro-type-const-cast): fields() only reads here
        } else if constexpr (std::is_same_v<T, std::string>) {
            put_size(v.size());
            put_bytes(v.data(), v.size());
        } else if constexpr (std::is_same_v<T, std::vector<bool>>) {
            put_size(v.size());
            for (const bool b : v) out_.push_back(b ? '\1' : '\0');
        } else if constexpr (IsVector<T>::value) {
            put_size(v.size());
            using Item = typename T::value_type;
            if constexpr (Plain<Item> && !HasFields<Item, ArchiveWriter>) put_bytes(v.data(), v.size() * sizeof(Item));
            else
                for (const Item& item : v) put(item);
        } else if constexpr (requires { typename T::key_type; typename T::mapped_type; }) {
            put_size(v.size());
            for (const auto& [key, value] : v) {
                put(key);
                put(value);
            }
        } else if constexpr (requires { typename T::key_type; }) {
            put_size(v.size());
            for (const auto& key : v) put(key);
        } else if constexpr (requires { typename T::first_type; typename T::second_type; }) {
            put(v.first);
            put(v.second);
        } else {
            static_assert(Plain<T>, "an archived member needs fields() or must be plain bytes");
            put_bytes(&v, sizeof v);
        }
    }

    std::string out_;
};

class ArchiveReader {
public:
    static constexpr bool kReading = true;

    explicit ArchiveReader(std::string_view bytes) : at_(bytes.data()), end_(bytes.data() + bytes.size()) {}

    template <class... T>
    void operator()(T&... values) {
        (get(values), ...);
    }
    [[nodiscard]] bool at_end() const { return at_ == end_; }

private:
    void need(std::size_t n) const {
        if (n > static_cast<std::size_t>(end_ - at_)) throw ArchiveError("the snapshot ends early");
    }
    void get_bytes(void* p, std::size_t n) {
        need(n);
        if (n > 0) std::memcpy(p, at_, n);
        at_ += n;
    }
    // A count of items, each at least one byte: more than the bytes left is damage, not a table.
    std::size_t get_count() {
        std::size_t n = 0;
        get_bytes(&n, sizeof n);
        need(n);
        return n;
    }

    template <class T>
    void get(T& v) {
        using namespace archive_detail;
        if constexpr (HasFields<T, ArchiveReader>) {
            v.fields(*this);
        } else if constexpr (std::is_same_v<T, std::string>) {
            const std::size_t n = get_count();
            v.assign(at_, n);
            at_ += n;
        } else if constexpr (std::is_same_v<T, std::vector<bool>>) {
            const std::size_t n = get_count();
            v.assign(n, false);
            for (std::size_t i = 0; i < n; ++i) v[i] = *at_++ != '\0';
        } else if constexpr (IsVector<T>::value) {
            using Item = typename T::value_type;
            const std::size_t n = get_count();
            if constexpr (Plain<Item> && !HasFields<Item, ArchiveReader>) {
                need(n * sizeof(Item));
                v.resize(n);
                get_bytes(v.data(), n * sizeof(Item));
            } else {
                v.clear();
                v.resize(n);
                for (Item& item : v) get(item);
            }
        } else if constexpr (requires { typename T::key_type; typename T::mapped_type; }) {
            const std::size_t n = get_count();
            v.clear();
            for (std::size_t i = 0; i < n; ++i) {
                typename T::key_type key{};
                typename T::mapped_type value{};
                get(key);
                get(value);
                v.emplace(std::move(key), std::move(value));
            }
        } else if constexpr (requires { typename T::key_type; }) {
            const std::size_t n = get_count();
            v.clear();
            for (std::size_t i = 0; i < n; ++i) {
                typename T::key_type key{};
                get(key);
                v.insert(std::move(key));
            }
        } else if constexpr (requires { typename T::first_type; typename T::second_type; }) {
            get(v.first);
            get(v.second);
        } else {
            static_assert(Plain<T>, "an archived member needs fields() or must be plain bytes");
            get_bytes(&v, sizeof v);
        }
    }

    const char* at_;
    const char* end_;
};

}  // namespace pressgraph
