#include "pressgraph/text/document_reader.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/hash.hpp"
#include "support/temp_folder.hpp"
#include "support/lexicon_fixture.hpp"

using namespace pressgraph;
using pressgraph::test::TempFolder;

namespace {
// The InputError that reading `path` raises.
InputError error_reading(const std::string& path, const ReaderLimits& limits = {}) {
    try {
        (void)read_document_file(path, test::fixture_lexicon().header_words(), limits);
    } catch (const InputError& e) {
        return e;
    }
    FAIL("no InputError for " << path);
    throw std::logic_error("unreachable");
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

const std::string kRelease =
    "Moldova and Norland sign a declaration\n"
    "12 March 2025\n"
    "The foreign ministers met in Chisinau. They signed a declaration on cooperation.\n";
}  // namespace

TEST_CASE("read_document_file reads and analyses a press release", "[text][document_reader]") {
    TempFolder folder;
    const std::string path = folder.write("001_release.txt", kRelease);
    const Document doc = read_document_file(path, test::fixture_lexicon().header_words());
    CHECK(doc.source == path);
    CHECK(doc.name == "001_release.txt");
    CHECK(doc.text == kRelease);
    CHECK(doc.id == stable_hash_hex(kRelease));
    CHECK(doc.title_text() == "Moldova and Norland sign a declaration");
    CHECK(doc.published == DateValue{2025, 3, 12});
    // The headline is the first sentence; the date line is debris, not a sentence.
    std::vector<std::string> sentences;
    for (const Span& s : doc.sentences) sentences.emplace_back(doc.slice(s));
    CHECK(sentences == std::vector<std::string>{"Moldova and Norland sign a declaration",
                                                "The foreign ministers met in Chisinau.",
                                                "They signed a declaration on cooperation."});
}

TEST_CASE("read_document_file names the file in every error", "[text][document_reader]") {
    TempFolder folder;
    SECTION("missing file") {
        const std::string path = (folder.path() / "absent.txt").string();
        const InputError e = error_reading(path);
        CHECK(e.file() == path);
        CHECK(contains(e.what(), path));
        CHECK(contains(e.problem(), "no such file"));
    }
    SECTION("a folder") {
        const InputError e = error_reading(folder.string());
        CHECK(e.file() == folder.string());
        CHECK(contains(e.problem(), "folder"));
    }
    SECTION("empty file") {
        const std::string path = folder.write("empty.txt", "");
        const InputError e = error_reading(path);
        CHECK(e.file() == path);
        CHECK(contains(e.problem(), "empty"));
    }
    SECTION("binary data with a NUL byte") {
        const std::string path = folder.write("image.txt", std::string("GIF89a\0\0\x01\x02 some text", 20));
        const InputError e = error_reading(path);
        CHECK(e.file() == path);
        CHECK(contains(e.problem(), "binary"));
    }
    SECTION("invalid UTF-8, with line and column") {
        // Line 2, column 3 holds a lone 0xC3 followed by '('.
        const std::string path = folder.write("latin1.txt", "First line.\nab\xC3(cd\n");
        const InputError e = error_reading(path);
        CHECK(e.file() == path);
        CHECK(e.line() == 2);
        CHECK(e.column() == 3);
        CHECK(contains(e.what(), path + ":2:3: "));
        CHECK(contains(e.problem(), "UTF-8"));
    }
    SECTION("no letters at all") {
        const std::string path = folder.write("numbers.txt", "12 34\n56\n");
        const InputError e = error_reading(path);
        CHECK(e.file() == path);
    }
    SECTION("too large for the limits") {
        const std::string path = folder.write("big.txt", std::string(4096, 'a'));
        const InputError e = error_reading(path, ReaderLimits{1024});
        CHECK(e.file() == path);
        CHECK(contains(e.problem(), "too large"));
        CHECK_NOTHROW((void)read_document_file(path, test::fixture_lexicon().header_words(), ReaderLimits{4096}));
    }
}

TEST_CASE("read_document_stream applies the same checks and uses the stream's name", "[text][document_reader]") {
    std::istringstream good(kRelease);
    const Document doc = read_document_stream(good, "stdin", test::fixture_lexicon().header_words());
    CHECK(doc.name == "stdin");
    CHECK(doc.source == "-");
    CHECK(doc.published == DateValue{2025, 3, 12});

    std::istringstream big(std::string(4096, 'a'));
    try {
        (void)read_document_stream(big, "stdin", test::fixture_lexicon().header_words(), ReaderLimits{1024});
        FAIL("a stream over the limit was accepted");
    } catch (const InputError& e) {
        CHECK(e.file() == "stdin");
        CHECK(contains(e.problem(), "too large"));
    }
    std::istringstream empty("");
    CHECK_THROWS_AS(read_document_stream(empty, "stdin", test::fixture_lexicon().header_words()), InputError);
}

TEST_CASE("analyse_document gives the same id to the same text wherever it comes from", "[text][document_reader]") {
    const Document a = analyse_document(kRelease, "corpus/a.txt", "a.txt", test::fixture_lexicon().header_words());
    const Document b = analyse_document(kRelease, "elsewhere/copy.txt", "copy.txt", test::fixture_lexicon().header_words());
    const Document c = analyse_document(kRelease + "\nOne more sentence.\n", "corpus/a.txt", "a.txt", test::fixture_lexicon().header_words());
    CHECK(a.id == b.id);
    CHECK(a.id != c.id);
    CHECK(a.id.size() == 16);
    CHECK(a.sentences == b.sentences);
}

TEST_CASE("analyse_document blanks a byte order mark without moving offsets", "[text][document_reader]") {
    const std::string text = "\xEF\xBB\xBFThe ministers met in Chisinau.";
    const Document doc = analyse_document(text, "bom.txt", "bom.txt", test::fixture_lexicon().header_words());
    CHECK(doc.text.size() == text.size());
    REQUIRE(doc.sentences.size() == 1);
    CHECK(doc.sentences[0].begin == 3);
    CHECK(doc.slice(doc.sentences[0]) == "The ministers met in Chisinau.");
}

TEST_CASE("sentences never cross debris lines", "[text][document_reader]") {
    const std::string text =
        "The ministers met in Chisinau. They signed a declaration\n"
        "09:51\n"
        "and agreed to meet again.\n";
    const Document doc = analyse_document(text, "x.txt", "x.txt", test::fixture_lexicon().header_words());
    for (const Span& s : doc.sentences)
        for (const Span& d : doc.debris) CHECK_FALSE(s.overlaps(d));
}

TEST_CASE("a document is read in NFC: a combining accent and a precomposed letter are one text", "[text][document_reader]") {
    const std::string nfc = "Talks in Madrid\n3 March 2024\n\nForeign Minister of Spain Jos\xC3\xA9 P\xC3\xA9rez met his counterpart.\n";
    const std::string nfd = "Talks in Madrid\n3 March 2024\n\nForeign Minister of Spain Jose\xCC\x81 Pe\xCC\x81rez met his counterpart.\n";
    const Document a = analyse_document(nfc, "a.txt", "a.txt", test::fixture_lexicon().header_words());
    const Document b = analyse_document(nfd, "b.txt", "b.txt", test::fixture_lexicon().header_words());
    CHECK(b.text == nfc);
    CHECK(a.id == b.id);
    // ASCII text is untouched.
    CHECK(analyse_document(kRelease, "r.txt", "r.txt", test::fixture_lexicon().header_words()).text == kRelease);
}

TEST_CASE("bare carriage returns end lines like line feeds", "[text][document_reader]") {
    std::string cr = kRelease;
    for (char& c : cr)
        if (c == '\n') c = '\r';
    std::string crlf;
    for (char c : kRelease) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const Document lf = analyse_document(kRelease, "lf.txt", "lf.txt", test::fixture_lexicon().header_words());
    for (const std::string& text : {cr, crlf}) {
        const Document d = analyse_document(text, "x.txt", "x.txt", test::fixture_lexicon().header_words());
        REQUIRE(d.title);
        CHECK(d.title_text() == lf.title_text());
        REQUIRE(d.published);
        CHECK(d.published->iso() == lf.published->iso());
        CHECK(d.sentences.size() == lf.sentences.size());
    }
}

TEST_CASE("a body's dateline gives the place and agency sentences, and its junk leaves the first sentence", "[text][document_reader][body_dateline]") {
    const std::string text =
        "Ministers meet in Chisinau\n"
        "\n"
        "CHISINAU, Nov. 13 (Norpress) -- The foreign ministers met here on Tuesday. They signed a declaration.\n";
    const Document doc = analyse_document(text, "w.txt", "w.txt", test::fixture_lexicon().header_words());
    std::vector<std::string> sentences;
    for (const Span& s : doc.sentences) sentences.emplace_back(doc.slice(s));
    CHECK(sentences == std::vector<std::string>{"Ministers meet in Chisinau", "CHISINAU", "Norpress",
                                                "The foreign ministers met here on Tuesday.",
                                                "They signed a declaration."});
    REQUIRE(doc.dateline);
    CHECK(doc.slice(*doc.dateline) == "CHISINAU");
    REQUIRE(doc.dateline_agency);
    CHECK(doc.slice(*doc.dateline_agency) == "Norpress");
    CHECK(doc.dateline_day == DatelineDate{11, 13, std::nullopt});
    CHECK_FALSE(doc.published);
}
