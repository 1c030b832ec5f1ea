#include "pressgraph/io/ontology.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "io_test_fixtures.hpp"
#include "pressgraph/util/errors.hpp"

using namespace pressgraph;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path) << text;
    return path.string();
}

}  // namespace

TEST_CASE("the fixture ontology's classes and properties are known", "[io][ontology]") {
    const Ontology& ontology = test::fixture_ontology();
    CHECK(ontology.defines_class("pgo:Person"));
    CHECK(ontology.defines_class("https://w3id.org/pressgraph/ontology#Country"));
    CHECK(ontology.defines_class("pgo:Organization"));  // rdfs:Class
    CHECK_FALSE(ontology.defines_class("pgo:Spaceship"));
    CHECK_FALSE(ontology.defines_class("pgo:metWith"));
    for (const char* property : {"pgo:metWith", "pgo:memberOf", "pgo:startDate", "pgo:evidence", "pgo:partOf",
                                 "pgo:published"}) {
        CHECK(ontology.defines_property(property));
    }
    CHECK_FALSE(ontology.defines_property("pgo:Person"));
    CHECK(ontology.classes().size() == 4);
    CHECK_NOTHROW(ontology.require_class("pgo:Person"));
    CHECK_THROWS_AS(ontology.require_class("pgo:Spaceship"), ExportError);
    CHECK_THROWS_WITH(ontology.require_property("pgo:teleportedTo"), Catch::Contains("pgo:teleportedTo"));
}

TEST_CASE("a broken ontology file is an InputError naming the file and line", "[io][ontology]") {
    const std::string path = write_temp("pressgraph_io_broken.ttl",
                                        "@prefix pgo: <https://w3id.org/pressgraph/ontology#> .\n"
                                        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                                        "pgo:Person a owl:Class .\n"
                                        "pgo:Bad a <http://example.org/a b> .\n");
    try {
        (void)Ontology::load(path);
        FAIL("no error for a broken file");
    } catch (const InputError& error) {
        CHECK(error.file() == path);
        CHECK(error.line() == 4);
        CHECK_THAT(error.what(), Catch::Contains(path));
    }
    std::remove(path.c_str());
}

TEST_CASE("an error reported only to the sink still fails the load", "[io][ontology]") {
    // serd reports a bare non-numeric object to its error sink but returns success.
    const std::string path = write_temp("pressgraph_io_sink_only.ttl",
                                        "@prefix pgo: <https://w3id.org/pressgraph/ontology#> .\n"
                                        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                                        "pgo:Person a owl:Class .\n"
                                        "pgo:Person pgo:flag yes .\n");
    CHECK_THROWS_AS(Ontology::load(path), InputError);
    std::remove(path.c_str());
}

TEST_CASE("a missing file or an ontology without classes is an InputError", "[io][ontology]") {
    CHECK_THROWS_WITH(Ontology::load("/nonexistent/pressgraph.ttl"), Catch::Contains("/nonexistent/pressgraph.ttl"));
    const std::string path = write_temp("pressgraph_io_empty.ttl", "@prefix pgo: <https://w3id.org/pressgraph/ontology#> .\n");
    CHECK_THROWS_WITH(Ontology::load(path), Catch::Contains("no classes"));
    std::remove(path.c_str());
}

TEST_CASE("the project ontology loads", "[io][ontology]") {
    const std::string path = std::string(PRESSGRAPH_SOURCE_DIR) + "/ontology/pressgraph.ttl";
    if (!std::filesystem::exists(path)) {
        WARN("ontology/pressgraph.ttl does not exist yet; skipped");
        return;
    }
    const Ontology ontology = Ontology::load(path);
    CHECK_FALSE(ontology.classes().empty());
    CHECK_FALSE(ontology.properties().empty());
    // The terms rdf_mapping writes on every statement node must be defined there.
    for (const char* property : {"pgo:evidence", "pgo:evidenceStart", "pgo:evidenceEnd", "pgo:extractedBy"}) {
        CHECK(ontology.defines_property(property));
    }
}
