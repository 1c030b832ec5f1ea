#pragma once
// The entry functions of the fuzz targets: each takes one input as bytes and runs it
// through a stage of pressgraph the way real input reaches that stage. Bad input that the
// stage rejects with an InputError is fine; anything else escaping (a PG_CHECK, an
// out_of_range, a broken invariant checked here) is a bug and terminates the process, and
// in the sanitised builds so does any memory error or undefined behaviour.
//
// The same functions serve libFuzzer (libfuzzer_main.cpp, built with clang by
// scripts/fuzz.sh) and the replay of the kept inputs in the normal test suite
// (replay_main.cpp, tests fuzz_replay.<target>).
#include <stdexcept>
#include <string>
#include <string_view>

namespace pressgraph::fuzz {

/// A property the fuzz harness checks on a stage's output did not hold.
class FuzzCheckFailed : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

/// (a) src/text: a document's bytes through the reader (validation, header, sentences, tokens).
void document_reader(std::string_view bytes);
/// (b) src/extract/date_normalizer: the first byte chooses the anchor and tense, the rest is one sentence.
void date_normalizer(std::string_view bytes);
/// (c) the whole extractor on one document, with the lexicon of ontology/ loaded once.
void extractor(std::string_view bytes);
/// (d) src/io/turtle_loader: the bytes as a Turtle file given to `--graph`.
void turtle_loader(std::string_view bytes);

using Entry = void (*)(std::string_view);

/// The entry function of a target by its name (the folder under tests/fuzz), or nullptr.
Entry entry_by_name(std::string_view target);

}  // namespace pressgraph::fuzz

#define PG_FUZZ_CHECK(condition)                                                                          \
    do {                                                                                                  \
        if (!(condition))                                                                                 \
            throw ::pressgraph::fuzz::FuzzCheckFailed(std::string(__FILE__) + ":" + std::to_string(__LINE__) + \
                                                      ": " #condition);                                   \
    } while (false)
