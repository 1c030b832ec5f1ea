#include "pressgraph/extract/entity_type.hpp"

#include <catch2/catch.hpp>

using namespace pressgraph;

TEST_CASE("entity types round-trip through their names and map to ontology classes", "[extract][entity_type]") {
    for (const EntityType t : {EntityType::Person, EntityType::Country, EntityType::Organization, EntityType::Place,
                               EntityType::Agreement}) {
        const auto name = to_string(t);
        INFO(name);
        CHECK(entity_type_from_string(name) == t);
        CHECK(ontology_class(t) == "pgo:" + std::string(name));
    }
    CHECK(to_string(EntityType::Organization) == "Organization");
    CHECK_FALSE(entity_type_from_string("person"));
    CHECK_FALSE(entity_type_from_string("Event"));
}
