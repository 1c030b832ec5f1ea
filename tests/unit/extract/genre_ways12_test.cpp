// Ways the genre writes, read since the eighth session of 2026-12-07: a given name inside a longer
// name the lexicon knows ("Las Palmas de Gran Canaria": "Gran" is a given name too) names no person.
// Invented persons, real places.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

TEST_CASE("a given name inside a known place's name, after a lower-case particle, names no person", "[extract][entities]") {
    const auto x = extract_release(
        "Visit to Spain\n\nMadrid, 15 December 2026\n\n"
        "Tomorrow, Minister Ana Lopes will travel to Las Palmas de Gran Canaria, where she will meet officials.\n");
    CHECK(find_entity(x, EntityType::Place, "Las Palmas de Gran Canaria"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Gran Canaria"));
    CHECK(find_entity(x, EntityType::Person, "Ana Lopes"));
    // The same given name and surname with no known name around them is a person's.
    const auto y = extract_release(
        "Visit to Spain\n\nMadrid, 15 December 2026\n\n"
        "Tomorrow, Minister Ana Lopes will meet Gran Torvik in Madrid.\n");
    CHECK(find_entity(y, EntityType::Person, "Gran Torvik"));
}
