// Turtle and N-Triples through Serd. Serd writes whatever it is handed (bad IRIs come
// out as unloadable \u escapes, ill-typed integers as bare tokens), so every term is
// checked here first and an invalid one stops the export with the term in the message.
#include "pressgraph/io/rdf_writer.hpp"

#include <serd/serd.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <exception>
#include <memory>
#include <string_view>
#include <unordered_set>

#include "pressgraph/io/rdf_validation.hpp"
#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/utf8.hpp"
#include "pressgraph/util/word_bytes.hpp"

namespace pressgraph {
namespace {

const uint8_t* bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

// The node serd_node_from_string(type, text) makes (bytes up to the first NUL, characters,
// quotes and line breaks), measured a word at a time and by memchr instead of Serd's loop
// over every byte: measuring the nodes was a quarter of the Turtle writer's instructions.
// Characters: every byte but UTF-8 continuation bytes (10xxxxxx).
std::size_t character_count(std::string_view text) {
    using namespace word_bytes;
    std::size_t continuations = 0, i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        const std::uint64_t w = load(text.data() + i);
        if (has_high_byte(w)) continuations += static_cast<std::size_t>(std::popcount(w & ~(w << 1) & kHighBits));
    }
    for (; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++continuations;
    return text.size() - continuations;
}

// An IRI that passed is_valid_absolute_iri(), as every IRI written here has: it holds no NUL,
// quote or line break, so it needs none of the flags a literal is scanned for.
SerdNode iri_node(std::string_view iri) {
    return SerdNode{reinterpret_cast<const uint8_t*>(iri.data()), iri.size(), character_count(iri), 0, SERD_URI};
}

SerdNode literal_node(std::string_view text) {
    text = text.substr(0, text.find('\0'));
    SerdNodeFlags flags = 0;
    if (text.find('\n') != std::string_view::npos || text.find('\r') != std::string_view::npos) flags |= SERD_HAS_NEWLINE;
    if (text.find('"') != std::string_view::npos) flags |= SERD_HAS_QUOTE;
    // Serd's writer puts a literal with a quote or a line break in a long string ("""..."""),
    // and Serd 0.30's reader misreads a long string where a quote is followed by an escape: the
    // backslash is kept as a character and what follows it read as an escape ('"\[' fails to
    // load, '"\n' loads as a backslash and an n). A literal with both a quote and a backslash
    // is written as a short string instead, where every quote, backslash and line break is escaped.
    if ((flags & SERD_HAS_QUOTE) != 0 && text.find('\\') != std::string_view::npos) flags = 0;
    return SerdNode{reinterpret_cast<const uint8_t*>(text.data()), text.size(), character_count(text), flags, SERD_LITERAL};
}

void require_iri(const RdfTermView& term, std::string_view role) {
    if (term.kind != RdfTermView::Kind::Iri) {
        throw ExportError("cannot write literal \"" + std::string(term.value) + "\" as " + std::string(role) + ": an IRI is required");
    }
    if (!is_valid_absolute_iri(term.value)) {
        throw ExportError("cannot write " + std::string(role) + " <" + std::string(term.value) + ">: not a valid absolute IRI");
    }
}

constexpr std::string_view kXsdNamespace = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kXsdBoolean = "http://www.w3.org/2001/XMLSchema#boolean";

// The lexical form Serd will receive. xsd:boolean 1/0 become true/false, because Serd
// writes booleans bare and a bare 1 would read back as an xsd:integer. The result points
// into the term or at a string literal.
std::string_view checked_literal(const RdfTermView& term, TermCheck terms) {
    const std::string_view value = term.value;
    if (terms == TermCheck::AlreadyChecked) {
        // Only what Serd needs changed: booleans as true/false.
        if (term.datatype == kXsdBoolean && (value == "1" || value == "0"))
            return value == "1" ? "true" : "false";
        return value;
    }
    if (utf8::first_invalid(value) || value.find('\0') != std::string_view::npos) {
        throw ExportError("cannot write literal \"" + utf8::xml_safe(value) + "\": invalid UTF-8 or NUL byte");
    }
    if (!term.language.empty()) {
        if (!term.datatype.empty()) {
            throw ExportError("cannot write literal \"" + std::string(value) + "\": both a language tag and a datatype");
        }
        if (!is_valid_language_tag(term.language)) {
            throw ExportError("cannot write literal \"" + std::string(value) + "\": invalid language tag @" +
                              std::string(term.language));
        }
        return value;
    }
    if (term.datatype.empty()) return value;
    if (!is_valid_absolute_iri(term.datatype)) {
        throw ExportError("cannot write literal \"" + std::string(value) + "\": invalid datatype <" + std::string(term.datatype) + ">");
    }
    if (term.datatype.starts_with(kXsdNamespace)) {
        const std::string_view local = term.datatype.substr(kXsdNamespace.size());
        if (!is_valid_lexical_form(value, local)) {
            throw ExportError("cannot write literal \"" + std::string(value) + "\": not a valid lexical form of xsd:" +
                              std::string(local));
        }
        if (local == "boolean" && (value == "1" || value == "0")) return value == "1" ? "true" : "false";
    }
    return value;
}

struct WriterErrors {
    bool any = false;
    std::string message;
};

// Serd reports invalid UTF-8 and similar problems here rather than through its return value.
SerdStatus record_error(void* handle, const SerdError* error) {
    auto* errors = static_cast<WriterErrors*>(handle);
    if (!errors->any) {
        errors->any = true;
        errors->message = error->fmt;  // the format alone is enough to name the problem
    }
    return SERD_SUCCESS;
}

struct EnvDeleter { void operator()(SerdEnv* e) const { serd_env_free(e); } };
struct WriterDeleter { void operator()(SerdWriter* w) const { serd_writer_free(w); } };

// Serd's pages go to the sink. No exception crosses Serd's C frames: the first one is kept
// (and rethrown by the writer) and a short write fails the statement.
struct SinkTarget {
    ByteSink* sink;
    std::exception_ptr failure;
    std::size_t skip = 0;           ///< leading bytes dropped: the prefix lines of a continuation part
    bool skip_line_break = false;   ///< and the blank line Serd writes after them
};

std::size_t write_to_sink(const void* buf, std::size_t len, void* stream) noexcept {
    auto* target = static_cast<SinkTarget*>(stream);
    if (target->failure) return 0;
    try {
        std::string_view text(static_cast<const char*>(buf), len);
        const std::size_t dropped = std::min(target->skip, text.size());
        target->skip -= dropped;
        text.remove_prefix(dropped);
        if (target->skip == 0 && target->skip_line_break && !text.empty()) {
            target->skip_line_break = false;
            if (text.front() == '\n') text.remove_prefix(1);
        }
        if (!text.empty()) target->sink->write(text);
        return len;
    } catch (...) {
        target->failure = std::current_exception();
        return 0;
    }
}

std::size_t estimated_size(const std::vector<Triple>& triples) {
    std::size_t size = 4096;
    for (const Triple& t : triples) {
        size += t.subject.value.size() + t.predicate.value.size() + t.object.value.size() + t.object.datatype.size() +
                t.object.language.size() + 16;
    }
    return size;
}

void check(SerdStatus status, const std::string& what) {
    if (status != SERD_SUCCESS) {
        throw ExportError("Serd failed to " + what + ": " + reinterpret_cast<const char*>(serd_strerror(status)));
    }
}

std::string describe(const TripleView& t) {
    const std::string object(t.object.value);
    return "<" + std::string(t.subject.value) + "> <" + std::string(t.predicate.value) + "> " +
           (t.object.kind == RdfTermView::Kind::Iri ? "<" + object + ">" : "\"" + object + "\"");
}

// Validates each distinct IRI once. Triples arrive sorted, so a subject repeats on
// consecutive triples, and predicates, datatypes and most objects recur throughout.
class IriCheck {
public:
    void require(const RdfTermView& term, std::string_view role) {
        if (term.kind == RdfTermView::Kind::Iri && (term.value == last_ || valid_.contains(term.value))) return;
        require_iri(term, role);  // throws unless valid
        if (valid_.size() < kMaxRemembered) valid_.emplace(term.value);
        last_ = term.value;
    }

private:
    static constexpr std::size_t kMaxRemembered = 1U << 20;
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_set<std::string, Hash, std::equal_to<>> valid_;
    std::string last_;
};

void write_triple(SerdWriter* writer, const TripleView& triple, IriCheck& iris, TermCheck terms) {
    if (terms == TermCheck::Check) {
        iris.require(triple.subject, "subject");
        iris.require(triple.predicate, "predicate");
    }
    const SerdNode s = iri_node(triple.subject.value);
    const SerdNode p = iri_node(triple.predicate.value);
    SerdStatus status = SERD_SUCCESS;
    if (triple.object.kind == RdfTermView::Kind::Iri) {
        if (terms == TermCheck::Check) iris.require(triple.object, "object");
        const SerdNode o = iri_node(triple.object.value);
        status = serd_writer_write_statement(writer, 0, nullptr, &s, &p, &o, nullptr, nullptr);
    } else {
        const std::string_view lexical = checked_literal(triple.object, terms);
        const SerdNode o = literal_node(lexical);
        const SerdNode datatype = iri_node(triple.object.datatype);
        const SerdNode language = literal_node(triple.object.language);
        status = serd_writer_write_statement(writer, 0, nullptr, &s, &p, &o,
                                             triple.object.datatype.empty() ? nullptr : &datatype,
                                             triple.object.language.empty() ? nullptr : &language);
    }
    if (status != SERD_SUCCESS) check(status, "write " + describe(triple));  // the message only when it fails
}

}  // namespace

struct RdfWriter::State {
    TermCheck terms = TermCheck::Check;
    SinkTarget target;
    WriterErrors errors;
    IriCheck iris;
    std::unique_ptr<SerdEnv, EnvDeleter> env;
    std::unique_ptr<SerdWriter, WriterDeleter> writer;
    bool finished = false;

    // The sink's exception first (a full disk), then Serd's own report.
    void rethrow() const {
        if (target.failure) std::rethrow_exception(target.failure);
    }
};

namespace {

// The prefix lines that open every Turtle document this writer makes (the same for all).
std::size_t turtle_prefix_bytes() {
    static const std::size_t bytes = [] {
        std::string text;
        StringSink sink(text);
        RdfWriter writer(RdfSyntax::Turtle, sink);
        writer.finish();
        return text.size();
    }();
    return bytes;
}

}  // namespace

RdfWriter::RdfWriter(RdfSyntax syntax, ByteSink& sink, RdfPart part, TermCheck terms) : state_(std::make_unique<State>()) {
    State& s = *state_;
    s.terms = terms;
    s.target.sink = &sink;
    // Serd ends each subject's statements with " .\n\n", and a line of prefixes with
    // " .\n" followed by a blank line before the first subject: a continuation part drops
    // the prefix lines and that blank line, and goes on as the one writer would have.
    if (part == RdfPart::Continuation && syntax == RdfSyntax::Turtle) {
        s.target.skip = turtle_prefix_bytes();
        s.target.skip_line_break = true;
    }
    s.env.reset(serd_env_new(nullptr));
    // No base and no RESOLVED style: every IRI is written absolute (docs/integration.md §1).
    const bool turtle = syntax == RdfSyntax::Turtle;
    const auto style = static_cast<SerdStyle>(
        turtle ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED | SERD_STYLE_BULK) : SERD_STYLE_BULK);
    s.writer.reset(serd_writer_new(turtle ? SERD_TURTLE : SERD_NTRIPLES, style, s.env.get(), nullptr, write_to_sink,
                                   &s.target));
    if (!s.writer) throw ExportError("Serd could not create a writer");
    serd_writer_set_error_sink(s.writer.get(), record_error, &s.errors);
    if (turtle) {
        for (const vocab::Prefix& prefix : vocab::prefixes()) {
            const std::string name(prefix.name);
            const std::string iri(prefix.namespace_iri);
            const SerdNode name_node = serd_node_from_string(SERD_LITERAL, bytes(name));
            const SerdNode namespace_node = serd_node_from_string(SERD_URI, bytes(iri));
            const SerdStatus status = serd_writer_set_prefix(s.writer.get(), &name_node, &namespace_node);
            s.rethrow();
            check(status, "declare prefix " + name);
        }
    }
}

RdfWriter::~RdfWriter() = default;

void RdfWriter::write(const Triple& triple) { write(view_of(triple)); }

void RdfWriter::write(const TripleView& triple) {
    try {
        write_triple(state_->writer.get(), triple, state_->iris, state_->terms);
    } catch (const ExportError&) {
        state_->rethrow();  // a failing sink makes Serd's write fail: report the sink's error
        throw;
    }
    state_->rethrow();
}

void RdfWriter::finish() {
    State& s = *state_;
    if (s.finished) return;
    s.finished = true;
    // finish writes the closing " ." and flushes the BULK page to the sink.
    const SerdStatus status = serd_writer_finish(s.writer.get());
    s.rethrow();
    check(status, "finish the document");
    s.writer.reset();  // serd_writer_free flushes nothing more once finished
    s.rethrow();
    if (s.errors.any) throw ExportError("Serd reported a problem while writing: " + s.errors.message);
}

std::string serialize_rdf(const std::vector<Triple>& triples, RdfSyntax syntax) {
    std::string output;
    output.reserve(estimated_size(triples));
    StringSink sink(output);
    RdfWriter writer(syntax, sink);
    for (const Triple& triple : triples) writer.write(triple);
    writer.finish();
    return output;
}

}  // namespace pressgraph
