#include "pressgraph/text/document_reader.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "pressgraph/text/header_parser.hpp"
#include "pressgraph/text/sentence_splitter.hpp"
#include "pressgraph/text/unicode_form.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/hash.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {

namespace {

// Binary data: a NUL byte, or many control characters, in the first 8 KiB.
bool looks_binary(std::string_view text) {
    const std::string_view head = text.substr(0, 8192);
    std::size_t controls = 0;
    for (char c : head) {
        if (c == '\0') return true;
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
    }
    return controls * 10 > head.size() + 10;
}

std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') { ++line; column = 1; } else { ++column; }
    }
    return {line, column};
}

std::string read_limited(std::istream& in, const std::string& name, const ReaderLimits& limits) {
    std::string text;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > limits.max_bytes)
            throw InputError(name, "too large (over " + std::to_string(limits.max_bytes >> 20) + " MiB); split it into articles");
    }
    if (in.bad()) throw InputError(name, "could not be read");
    return text;
}

}  // namespace

Document analyse_document(std::string text, std::string source, std::string name, const HeaderWords& words) {
    // Messages name the path the user gave, or the stream's name for standard input.
    const std::string where = source == "-" || source.empty() ? name : source;
    if (text.empty()) throw InputError(where, "empty file, nothing to read");
    if (looks_binary(text)) throw InputError(where, "binary data, not a text document");
    if (auto bad = utf8::first_invalid(text)) {
        const auto [line, column] = line_and_column(text, *bad);
        throw InputError(where, "invalid UTF-8 at byte " + std::to_string(*bad), line, column);
    }
    // One form for every later stage: NFC, "\n" line ends. Offsets and the document id refer
    // to the text in this form, so the same release saved two ways is one document.
    normalize_to_nfc(text);
    unify_line_ends(text);
    // A UTF-8 byte order mark is not part of the text; replace it by spaces so offsets stay put.
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.replace(0, 3, "   ");
    // An ASCII letter or any character beyond ASCII (a letter of another script): the first one settles it.
    const bool has_letters = std::any_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) != 0;
    });
    if (!has_letters) throw InputError(where, "no text: the file has no letters");

    Document doc;
    doc.source = std::move(source);
    doc.name = std::move(name);
    doc.text = std::move(text);
    doc.id = stable_hash_hex(doc.text);
    HeaderInfo header = parse_header(doc.text, words);
    doc.title = header.title;
    doc.published = header.published;
    doc.debris = std::move(header.debris);
    doc.dateline = header.dateline;
    doc.dateline_agency = header.dateline_agency;
    doc.dateline_day = header.dateline_day;
    // The headline, the date line's place and a dateline's agency lead the sentences, in text order.
    for (const auto& lead : {doc.title, doc.dateline, doc.dateline_agency})
        if (lead) doc.sentences.push_back(*lead);
    std::sort(doc.sentences.begin(), doc.sentences.end());
    for (const Span& run : header.body) {
        for (const Span& s : split_sentences(doc.text, run)) doc.sentences.push_back(s);
    }
    return doc;
}

Document read_document_stream(std::istream& in, const std::string& name, const HeaderWords& words,
                              const ReaderLimits& limits) {
    std::string text = read_limited(in, name, limits);
    return analyse_document(std::move(text), "-", name, words);
}

Document read_document_file(const std::string& path, const HeaderWords& words, const ReaderLimits& limits) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw InputError(path, "no such file");
    if (fs::is_directory(status)) throw InputError(path, "is a folder, not a file");
    if (!fs::is_regular_file(status)) throw InputError(path, "not a regular file");
    const auto size = fs::file_size(path, ec);
    if (!ec && size > limits.max_bytes)
        throw InputError(path, "too large (" + std::to_string(size >> 20) + " MiB, limit " +
                                   std::to_string(limits.max_bytes >> 20) + " MiB); split it into articles");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot be opened (permission denied?)");
    std::string text = read_limited(in, path, limits);
    return analyse_document(std::move(text), path, fs::path(path).filename().string(), words);
}

}  // namespace pressgraph
