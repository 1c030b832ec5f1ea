#pragma once
// The vocabulary rules are written in: every lower-case word a rule or a word class names
// gets an id once, when the rules load, and every word class ("meeting_verb") is a bit.
// A sentence's tokens are then looked up once each, and matching compares integers. The
// table is read-only after loading, so extraction threads share it without locks.
#include <bitset>
#include <functional>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pressgraph/util/flat_string_map.hpp"

namespace pressgraph::rules {

/// Ids of words the table knows; 0 is "a word no rule mentions".
using WordId = std::uint32_t;
inline constexpr WordId kUnknownWord = 0;

/// At most this many word classes and annotation labels (bits of one set each).
inline constexpr std::size_t kMaxClasses = 256;
inline constexpr std::size_t kMaxLabels = 64;
using ClassSet = std::bitset<kMaxClasses>;
using LabelSet = std::bitset<kMaxLabels>;

/// Hashes std::string and std::string_view alike, so lookups need no copy.
struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

class WordTable {
public:
    WordTable();

    /// The id of the lower-cased `word`, adding it when new (while loading only).
    WordId intern(std::string_view word);
    /// The id of the lower-cased `word`, or kUnknownWord: the hot-path lookup.
    [[nodiscard]] WordId find(std::string_view word) const;

    /// The id of word class `name`, adding it when new; throws std::length_error past kMaxClasses.
    std::size_t class_id(std::string_view name);
    /// The id of class `name`, or -1 when no class has that name.
    [[nodiscard]] long find_class(std::string_view name) const;
    [[nodiscard]] const std::string& class_name(std::size_t id) const { return class_names_[id]; }
    [[nodiscard]] std::size_t class_count() const { return class_names_.size(); }
    /// Puts `word` into class `id`.
    void add_to_class(std::string_view word, std::size_t id);
    /// The classes of a known word (empty for kUnknownWord).
    [[nodiscard]] const ClassSet& classes(WordId w) const { return classes_[w]; }
    /// Every word of class `id`, in the order they were added.
    [[nodiscard]] std::vector<std::string> words_of(std::size_t id) const;

    /// The id of annotation label `name` ("Person", "Title"), adding it when new.
    std::size_t label_id(std::string_view name);
    [[nodiscard]] long find_label(std::string_view name) const;
    [[nodiscard]] const std::string& label_name(std::size_t id) const { return label_names_[id]; }

    [[nodiscard]] const std::string& word(WordId w) const { return words_[w]; }
    [[nodiscard]] std::size_t size() const { return words_.size(); }

    /// Every member, for the lexicon's snapshot (lexicon_snapshot.hpp).
    template <class Archive>
    void fields(Archive& ar) {
        ar(ids_, words_, classes_, class_ids_, class_names_, label_ids_, label_names_);
    }

private:
    FlatStringMap<WordId> ids_;  ///< looked up for every token of every sentence
    std::vector<std::string> words_;
    std::vector<ClassSet> classes_;
    std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>> class_ids_;
    std::vector<std::string> class_names_;
    std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>> label_ids_;
    std::vector<std::string> label_names_;
};

/// Lower-cases ASCII letters and the Latin-1/Cyrillic capitals of UTF-8 text.
[[nodiscard]] std::string lower_word(std::string_view word);

}  // namespace pressgraph::rules
