#pragma once
// Reading stage: bytes from a file or stream become a Document with its header
// metadata, debris lines and sentences. Bad input becomes an InputError naming the file.
#include <cstddef>
#include <istream>
#include <string>

#include "pressgraph/text/document.hpp"
#include "pressgraph/util/calendar_names.hpp"

namespace pressgraph {

struct ReaderLimits {
    std::size_t max_bytes = 64u << 20;  ///< larger files are refused, not truncated
};

/// Reads and analyses one file. Throws InputError (missing, unreadable, empty,
/// binary, invalid UTF-8, too large) with the file's name in the message. `words` are the
/// month names a header's date may spell and the other words its readers test (Lexicon::header_words).
[[nodiscard]] Document read_document_file(const std::string& path, const HeaderWords& words,
                                          const ReaderLimits& limits = {});

/// The same for an already-open stream; `name` is what messages call it.
[[nodiscard]] Document read_document_stream(std::istream& in, const std::string& name, const HeaderWords& words,
                                            const ReaderLimits& limits = {});

/// Validates and analyses text already in memory.
[[nodiscard]] Document analyse_document(std::string text, std::string source, std::string name,
                                        const HeaderWords& words);

}  // namespace pressgraph
