#include "pressgraph/extract/name_signature.hpp"

#include <algorithm>
#include <utility>

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

// The word's fold (name_word_folds.tsv: word families, spellings, translations), or the word.
std::string folded_word(std::string word, rules::WordId id, const NameWordFolds& folds) {
    const std::string* fold = folds.of(id);
    return fold ? *fold : word;
}

// Romanisations of one Russian or Belarusian word meet: "Slavianski", "Slavyansky",
// "Slavyanskiy" -> "slavyansk" (an adjective ending, then spellings inside the word).
std::string romanisation_folded(std::string w, const NameWordFolds& folds) {
    fold_ending(w, folds.romanised_endings, 3);
    for (const EndingFold& spelling : folds.romanised_inside)
        for (std::size_t at = w.find(spelling.ending); at != std::string::npos && at > 0;
             at = w.find(spelling.ending, at + spelling.folded.size()))
            w.replace(at, spelling.ending.size(), spelling.folded);
    return w;
}

bool all_digits(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_distinctive_word(std::string_view w, const Lexicon& lexicon) {
    return lexicon.word_in(w, lexicon.word_classes().body_area_word);
}

bool NameSignature::within(const NameSignature& other) const {
    return numbers == other.numbers && std::includes(other.words.begin(), other.words.end(), words.begin(), words.end());
}

NameSignature name_signature(std::string_view name, const Lexicon& lexicon) { return NameSignatures(lexicon).of(name); }

const NameSignatures::WordForm& NameSignatures::form_of(const std::string& raw) {
    if (const auto it = forms_.find(raw); it != forms_.end()) return it->second;
    const rules::WordTable& table = lexicon_.rules().words();
    const WordClasses& classes = lexicon_.word_classes();
    const NameWordFolds& folds = lexicon_.name_word_folds();
    std::string word = raw;
    for (const std::string& possessive : lexicon_.words_of(classes.possessive_ending))
        if (word.ends_with(possessive)) {
            word.erase(word.size() - possessive.size());
            break;
        }
    WordForm form{WordForm::Kind::Left, {}};
    const rules::WordId id = word.empty() ? rules::kUnknownWord : table.find(word);
    if (!word.empty() && !table.classes(id).test(classes.signature_filler_word)) {
        if (all_digits(word)) {
            form = {WordForm::Kind::Number, word};
        } else {
            // Folded before and after the plural is made singular ("Creations", "Programs").
            const std::string folded = folded_word(word, id, folds);
            std::string s = lexicon_.singular_noun(folded).value_or(folded);
            s = folded_word(s, s == word ? id : table.find(s), folds);
            s = romanisation_folded(std::move(s), folds);
            if (!s.empty()) form = {WordForm::Kind::Word, std::move(s)};
        }
    }
    return forms_.emplace(raw, std::move(form)).first->second;
}

NameSignature NameSignatures::of(std::string_view name) {
    NameSignature sig;
    const std::string text = ascii_lower(normalize_string(name));
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        const WordForm& form = form_of(word);
        if (form.kind == WordForm::Kind::Number) sig.numbers.push_back(form.form);
        else if (form.kind == WordForm::Kind::Word) sig.words.push_back(form.form);
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
