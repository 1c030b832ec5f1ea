#include "pressgraph/extract/name_signature.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

bool is_function_word(std::string_view w) {
    static constexpr std::array<std::string_view, 18> words = {"a",    "an",   "and",  "at",   "between", "by",
                                                               "for",  "from", "in",   "into", "of",      "on",
                                                               "the",  "to",   "with", "within", "under", "its"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

// Word families and spellings that name one thing. General English, not any one name.
std::string_view folded_word(std::string_view w) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 23> families = {{
        {"agreement", "treaty"},       {"center", "centre"},          {"creating", "establish"},
        {"creation", "establish"},     {"defense", "defence"},        {"establishing", "establish"},
        {"establishment", "establish"},{"formation", "establish"},    {"founding", "establish"},
        {"grouping", "group"},         {"implementation", "implement"},{"implementing", "implement"},
        {"ministerial", "ministry"},   {"minister", "ministry"},      {"organisation", "organization"},
        {"program", "programme"},      {"theater", "theatre"},        {"cooperative", "cooperation"},
        {"co", ""},                    {"inter", ""},                 {"historical", "history"},
        {"labor", "labour"},           {"realisation", "implement"},
    }};
    for (const auto& [from, to] : families)
        if (w == from) return to;
    return w;
}

// Romanisations of one Russian or Belarusian word meet: "Slavianski", "Slavyansky",
// "Slavyanskiy" -> "slavyansk"; then the English translations of common adjectives in
// names meet their romanisation ("Slavic", "Slavonic" -> "slavyansk").
std::string romanisation_folded(std::string w) {
    for (std::string_view suffix : {"skiy", "skii", "skyi", "sky", "ski", "skaya", "skoye"})
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
            w.replace(w.size() - suffix.size(), suffix.size(), "sk");
            break;
        }
    for (std::size_t at = w.find("ia"); at != std::string::npos && at > 0; at = w.find("ia", at + 2)) w.replace(at, 2, "ya");
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> translations = {{
        {"slavic", "slavyansk"}, {"slavonic", "slavyansk"}, {"russian", "russk"}, {"belarusian", "belorussk"},
        {"red", "krasn"}, {"krasny", "krasn"}, {"krasnyi", "krasn"}, {"bolshoi", "bolsh"},
    }};
    for (const auto& [english, folded] : translations)
        if (w == english) return std::string(folded);
    return w;
}

// "guarantees" -> "guarantee", "ministries" -> "ministry"; short words and "-ss" stay.
std::string singular(std::string w) {
    if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")) w.pop_back();
    return w;
}

bool all_digits(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_distinctive_word(std::string_view w) {
    static constexpr std::array<std::string_view, 30> areas = {
        "agriculture", "border",    "culture",   "customs",     "defence",   "economic",  "economy",   "education",
        "emergency",   "energy",    "finance",   "financial",   "foreign",   "health",    "humanitarian", "industry",
        "interior",    "justice",   "labour",    "military",    "scientific", "security", "sport",     "tax",
        "trade",       "transport", "youth",     "information", "general",   "executive"};
    return std::find(areas.begin(), areas.end(), w) != areas.end();
}

bool NameSignature::within(const NameSignature& other) const {
    return numbers == other.numbers && std::includes(other.words.begin(), other.words.end(), words.begin(), words.end());
}

NameSignature name_signature(std::string_view name) {
    NameSignature sig;
    const std::string text = ascii_lower(normalize_string(name));
    std::string word;
    auto flush = [&] {
        if (word.ends_with("'s")) word.erase(word.size() - 2);
        if (!word.empty() && !is_function_word(word)) {
            if (all_digits(word)) {
                sig.numbers.push_back(word);
            } else {
                std::string s = singular(std::string(folded_word(word)));
                s = romanisation_folded(std::string(folded_word(s)));
                if (!s.empty()) sig.words.push_back(std::move(s));
            }
        }
        word.clear();
    };
    for (char c : text) {
        // Dashes of any kind separate words: normalize_string has made them ASCII.
        if (c == ' ' || c == '-' || c == ',' || c == '(' || c == ')' || c == '"' || c == '.') flush();
        else word += c;
    }
    flush();
    std::sort(sig.words.begin(), sig.words.end());
    sig.words.erase(std::unique(sig.words.begin(), sig.words.end()), sig.words.end());
    std::sort(sig.numbers.begin(), sig.numbers.end());
    return sig;
}

}  // namespace pressgraph
