#include "pressgraph/extract/engine/word_table.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>

#include "pressgraph/util/utf8.hpp"

namespace pressgraph::rules {

namespace {

void lower_into(std::string_view word, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < word.size();) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            ++i;
            continue;
        }
        std::size_t pos = i;
        char32_t cp = utf8::decode(word, pos);
        if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x410 && cp <= 0x42F)) cp += 0x20;
        else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;
        utf8::append(out, cp);
        i = pos;
    }
}

}  // namespace

std::string lower_word(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    lower_into(word, out);
    return out;
}

WordTable::WordTable() {
    words_.emplace_back();
    classes_.emplace_back();
}

WordId WordTable::intern(std::string_view word) {
    std::string key = lower_word(word);
    const auto [id, fresh] = ids_.try_emplace(key, static_cast<WordId>(words_.size()));
    if (fresh) {
        words_.push_back(std::move(key));
        classes_.emplace_back();
    }
    return *id;
}

WordId WordTable::find(std::string_view word) const {
    // Most tokens are ASCII and many already lower case: look up without a copy when so.
    bool lower = true;
    for (const char c : word)
        if ((c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) & 0x80)) { lower = false; break; }
    if (lower) {
        const WordId* id = ids_.find(word);
        return id ? *id : kUnknownWord;
    }
    thread_local std::string lowered;  // reused: no allocation per token
    const bool ascii = std::none_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) & 0x80; });
    if (ascii) {  // "Minister": lowered in place, no code points decoded
        lowered.assign(word);
        for (char& c : lowered)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    } else {
        lower_into(word, lowered);
    }
    const WordId* id = ids_.find(lowered);
    return id ? *id : kUnknownWord;
}

std::size_t WordTable::class_id(std::string_view name) {
    const auto [it, fresh] = class_ids_.try_emplace(std::string(name), class_names_.size());
    if (fresh) {
        if (class_names_.size() >= kMaxClasses) {
            class_ids_.erase(it);
            throw std::length_error("more than " + std::to_string(kMaxClasses) + " word classes");
        }
        class_names_.emplace_back(name);
    }
    return it->second;
}

long WordTable::find_class(std::string_view name) const {
    // Code in hot loops names the same few classes by literal, token after token: the last
    // answers are remembered by the name's address, and checked against the name itself.
    struct Recent {
        const WordTable* table = nullptr;
        const char* data = nullptr;
        std::size_t id = 0;
    };
    thread_local std::array<Recent, 32> recent{};
    Recent& slot = recent[(reinterpret_cast<std::uintptr_t>(name.data()) >> 2) % recent.size()];
    if (slot.table == this && slot.data == name.data() && slot.id < class_names_.size() && class_names_[slot.id] == name)
        return static_cast<long>(slot.id);
    const auto it = class_ids_.find(name);
    if (it == class_ids_.end()) return -1;
    slot = {this, name.data(), it->second};
    return static_cast<long>(it->second);
}

void WordTable::add_to_class(std::string_view word, std::size_t id) { classes_[intern(word)].set(id); }

std::vector<std::string> WordTable::words_of(std::size_t id) const {
    std::vector<std::string> out;
    for (std::size_t w = 1; w < words_.size(); ++w)
        if (classes_[w].test(id)) out.push_back(words_[w]);
    return out;
}

std::size_t WordTable::label_id(std::string_view name) {
    const auto [it, fresh] = label_ids_.try_emplace(std::string(name), label_names_.size());
    if (fresh) {
        if (label_names_.size() >= kMaxLabels) {
            label_ids_.erase(it);
            throw std::length_error("more than " + std::to_string(kMaxLabels) + " annotation labels");
        }
        label_names_.emplace_back(name);
    }
    return it->second;
}

long WordTable::find_label(std::string_view name) const {
    const auto it = label_ids_.find(name);
    return it == label_ids_.end() ? -1 : static_cast<long>(it->second);
}

}  // namespace pressgraph::rules
