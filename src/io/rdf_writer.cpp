// Turtle and N-Triples through Serd. Serd writes whatever it is handed (bad IRIs come
// out as unloadable \u escapes, ill-typed integers as bare tokens), so every term is
// checked here first and an invalid one stops the export with the term in the message.
#include "pressgraph/io/rdf_writer.hpp"

#include <serd/serd.h>

#include <memory>

#include "pressgraph/io/rdf_validation.hpp"
#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {
namespace {

const uint8_t* bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

void require_iri(const RdfTerm& term, std::string_view role) {
    if (term.kind != RdfTerm::Kind::Iri) {
        throw ExportError("cannot write literal \"" + term.value + "\" as " + std::string(role) + ": an IRI is required");
    }
    if (!is_valid_absolute_iri(term.value)) {
        throw ExportError("cannot write " + std::string(role) + " <" + term.value + ">: not a valid absolute IRI");
    }
}

// The lexical form Serd will receive. xsd:boolean 1/0 become true/false, because Serd
// writes booleans bare and a bare 1 would read back as an xsd:integer.
std::string checked_literal(const RdfTerm& term) {
    const std::string& value = term.value;
    if (utf8::first_invalid(value) || value.find('\0') != std::string::npos) {
        throw ExportError("cannot write literal \"" + utf8::xml_safe(value) + "\": invalid UTF-8 or NUL byte");
    }
    if (!term.language.empty()) {
        if (!term.datatype.empty()) {
            throw ExportError("cannot write literal \"" + value + "\": both a language tag and a datatype");
        }
        if (!is_valid_language_tag(term.language)) {
            throw ExportError("cannot write literal \"" + value + "\": invalid language tag @" + term.language);
        }
        return value;
    }
    if (term.datatype.empty()) return value;
    if (!is_valid_absolute_iri(term.datatype)) {
        throw ExportError("cannot write literal \"" + value + "\": invalid datatype <" + term.datatype + ">");
    }
    const std::string xsd_namespace = vocab::xsd("");
    if (term.datatype.starts_with(xsd_namespace)) {
        const std::string local = term.datatype.substr(xsd_namespace.size());
        if (!is_valid_lexical_form(value, local)) {
            throw ExportError("cannot write literal \"" + value + "\": not a valid lexical form of xsd:" + local);
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

// Owns the memory buffer serd_chunk_sink grows; released even when writing throws.
struct ChunkOwner {
    SerdChunk chunk{nullptr, 0};
    ~ChunkOwner() { serd_free(const_cast<uint8_t*>(chunk.buf)); }
};

void check(SerdStatus status, const std::string& what) {
    if (status != SERD_SUCCESS) {
        throw ExportError("Serd failed to " + what + ": " + reinterpret_cast<const char*>(serd_strerror(status)));
    }
}

std::string describe(const Triple& t) {
    return "<" + t.subject.value + "> <" + t.predicate.value + "> " +
           (t.object.kind == RdfTerm::Kind::Iri ? "<" + t.object.value + ">" : "\"" + t.object.value + "\"");
}

void write_triple(SerdWriter* writer, const Triple& triple) {
    require_iri(triple.subject, "subject");
    require_iri(triple.predicate, "predicate");
    const SerdNode s = serd_node_from_string(SERD_URI, bytes(triple.subject.value));
    const SerdNode p = serd_node_from_string(SERD_URI, bytes(triple.predicate.value));
    if (triple.object.kind == RdfTerm::Kind::Iri) {
        require_iri(triple.object, "object");
        const SerdNode o = serd_node_from_string(SERD_URI, bytes(triple.object.value));
        check(serd_writer_write_statement(writer, 0, nullptr, &s, &p, &o, nullptr, nullptr),
              "write " + describe(triple));
        return;
    }
    const std::string lexical = checked_literal(triple.object);
    const SerdNode o = serd_node_from_string(SERD_LITERAL, bytes(lexical));
    const SerdNode datatype = serd_node_from_string(SERD_URI, bytes(triple.object.datatype));
    const SerdNode language = serd_node_from_string(SERD_LITERAL, bytes(triple.object.language));
    check(serd_writer_write_statement(writer, 0, nullptr, &s, &p, &o,
                                      triple.object.datatype.empty() ? nullptr : &datatype,
                                      triple.object.language.empty() ? nullptr : &language),
          "write " + describe(triple));
}

}  // namespace

std::string serialize_rdf(const std::vector<Triple>& triples, RdfSyntax syntax) {
    ChunkOwner output;
    WriterErrors errors;
    {
        std::unique_ptr<SerdEnv, EnvDeleter> env(serd_env_new(nullptr));
        // No base and no RESOLVED style: every IRI is written absolute (docs/integration.md §1).
        const bool turtle = syntax == RdfSyntax::Turtle;
        const auto style = static_cast<SerdStyle>(
            turtle ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED | SERD_STYLE_BULK) : SERD_STYLE_BULK);
        std::unique_ptr<SerdWriter, WriterDeleter> writer(serd_writer_new(
            turtle ? SERD_TURTLE : SERD_NTRIPLES, style, env.get(), nullptr, serd_chunk_sink, &output.chunk));
        if (!writer) throw ExportError("Serd could not create a writer");
        serd_writer_set_error_sink(writer.get(), record_error, &errors);

        if (turtle) {
            for (const vocab::Prefix& prefix : vocab::prefixes()) {
                const std::string name(prefix.name);
                const std::string iri(prefix.namespace_iri);
                const SerdNode name_node = serd_node_from_string(SERD_LITERAL, bytes(name));
                const SerdNode iri_node = serd_node_from_string(SERD_URI, bytes(iri));
                check(serd_writer_set_prefix(writer.get(), &name_node, &iri_node), "declare prefix " + name);
            }
        }
        for (const Triple& triple : triples) write_triple(writer.get(), triple);
        // finish writes the closing " ." and flushes the BULK page into the chunk.
        check(serd_writer_finish(writer.get()), "finish the document");
    }
    if (errors.any) throw ExportError("Serd reported a problem while writing: " + errors.message);
    return std::string(reinterpret_cast<const char*>(output.chunk.buf), output.chunk.len);
}

}  // namespace pressgraph
