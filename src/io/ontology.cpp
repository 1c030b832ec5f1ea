// Loads the project ontology with Sord and answers "is this term defined?". Every Serd
// status is checked and every reader message is kept, because some syntax errors are
// only reported to the error sink while reading carries on (docs/integration.md §1).
#include "pressgraph/io/ontology.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>

#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"
#include "serd_error_sink.hpp"

namespace pressgraph {
namespace {

constexpr const char* kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

constexpr const char* kClassTypes[] = {
    "http://www.w3.org/2002/07/owl#Class",
    "http://www.w3.org/2000/01/rdf-schema#Class",
};

constexpr const char* kPropertyTypes[] = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property",
    "http://www.w3.org/2002/07/owl#ObjectProperty",
    "http://www.w3.org/2002/07/owl#DatatypeProperty",
    "http://www.w3.org/2002/07/owl#AnnotationProperty",
    "http://www.w3.org/2002/07/owl#SymmetricProperty",
    "http://www.w3.org/2002/07/owl#TransitiveProperty",
    "http://www.w3.org/2002/07/owl#FunctionalProperty",
};

using detail::ReadErrors;
using detail::record_error;

std::string to_iri(std::string_view curie_or_iri) {
    if (auto expanded = vocab::expand(curie_or_iri)) return *expanded;
    return std::string(curie_or_iri);
}

// "pgo:Foo (https://.../ontology#Foo)" for a CURIE, the IRI alone otherwise.
std::string describe_term(std::string_view curie_or_iri) {
    std::string iri = to_iri(curie_or_iri);
    if (iri == curie_or_iri) return iri;
    return std::string(curie_or_iri) + " (" + iri + ")";
}

// Owners for the C objects, freed in reverse order of creation.
struct WorldDeleter { void operator()(SordWorld* w) const { sord_world_free(w); } };
struct ModelDeleter { void operator()(SordModel* m) const { sord_free(m); } };
struct EnvDeleter { void operator()(SerdEnv* e) const { serd_env_free(e); } };
struct ReaderDeleter { void operator()(SerdReader* r) const { serd_reader_free(r); } };

// Adds to `out` every subject typed with one of `types`.
template <std::size_t N>
void collect_subjects(SordWorld* world, SordModel* model, const char* const (&types)[N], std::set<std::string>& out) {
    SordNode* rdf_type = sord_new_uri(world, reinterpret_cast<const uint8_t*>(kRdfType));
    for (const char* type_iri : types) {
        SordNode* type = sord_new_uri(world, reinterpret_cast<const uint8_t*>(type_iri));
        SordIter* it = sord_search(model, nullptr, rdf_type, type, nullptr);
        for (; it != nullptr && !sord_iter_end(it); sord_iter_next(it)) {
            const SordNode* subject = sord_iter_get_node(it, SORD_SUBJECT);
            if (sord_node_get_type(subject) == SORD_URI) {
                out.emplace(reinterpret_cast<const char*>(sord_node_get_string(subject)));
            }
        }
        sord_iter_free(it);
        sord_node_free(world, type);
    }
    sord_node_free(world, rdf_type);
}

}  // namespace

Ontology Ontology::load(const std::string& path) {
    // Serd prints its own "failed to open" line to stderr; a missing file is reported here.
    if (std::FILE* probe = std::fopen(path.c_str(), "rb")) {
        std::fclose(probe);
    } else {
        throw InputError(path, std::string("cannot open: ") + std::strerror(errno));
    }
    std::unique_ptr<SordWorld, WorldDeleter> world(sord_world_new());
    std::unique_ptr<SordModel, ModelDeleter> model(sord_new(world.get(), SORD_SPO | SORD_OPS, false));

    // A file: base lets the ontology use relative IRIs such as <> for itself.
    SerdNode base = serd_node_new_file_uri(reinterpret_cast<const uint8_t*>(path.c_str()), nullptr, nullptr, true);
    std::unique_ptr<SerdEnv, EnvDeleter> env(serd_env_new(&base));
    serd_node_free(&base);

    ReadErrors errors;
    SerdStatus status = SERD_SUCCESS;
    {
        std::unique_ptr<SerdReader, ReaderDeleter> reader(sord_new_reader(model.get(), env.get(), SERD_TURTLE, nullptr));
        if (!reader) throw InputError(path, "cannot create a Turtle reader");
        serd_reader_set_error_sink(reader.get(), record_error, &errors);
        status = serd_reader_read_file(reader.get(), reinterpret_cast<const uint8_t*>(path.c_str()));
    }
    if (errors.any) throw InputError(path, errors.message, errors.line, errors.column);
    if (status != SERD_SUCCESS) {
        throw InputError(path, std::string("cannot read Turtle: ") +
                                   reinterpret_cast<const char*>(serd_strerror(status)));
    }

    Ontology ontology;
    collect_subjects(world.get(), model.get(), kClassTypes, ontology.classes_);
    collect_subjects(world.get(), model.get(), kPropertyTypes, ontology.properties_);
    if (ontology.classes_.empty()) throw InputError(path, "the ontology declares no classes");
    return ontology;
}

bool Ontology::defines_class(std::string_view curie_or_iri) const { return classes_.contains(to_iri(curie_or_iri)); }

bool Ontology::defines_property(std::string_view curie_or_iri) const {
    return properties_.contains(to_iri(curie_or_iri));
}

void Ontology::require_class(std::string_view curie_or_iri) const {
    if (!defines_class(curie_or_iri)) {
        throw ExportError("class " + describe_term(curie_or_iri) + " is not defined by the ontology");
    }
}

void Ontology::require_property(std::string_view curie_or_iri) const {
    if (!defines_property(curie_or_iri)) {
        throw ExportError("property " + describe_term(curie_or_iri) + " is not defined by the ontology");
    }
}

}  // namespace pressgraph
