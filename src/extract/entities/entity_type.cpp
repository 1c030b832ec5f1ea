#include "pressgraph/extract/entity_type.hpp"

#include <array>

namespace pressgraph {

namespace {
struct TypeName {
    EntityType type;
    std::string_view name;
    std::string_view ontology_class;
};
constexpr std::array<TypeName, 5> kTypes = {{
    {EntityType::Person, "Person", "pgo:Person"},
    {EntityType::Country, "Country", "pgo:Country"},
    {EntityType::Organization, "Organization", "pgo:Organization"},
    {EntityType::Place, "Place", "pgo:Place"},
    {EntityType::Agreement, "Agreement", "pgo:Agreement"},
}};
}  // namespace

std::string_view to_string(EntityType type) {
    for (const auto& t : kTypes)
        if (t.type == type) return t.name;
    return "Unknown";
}

std::optional<EntityType> entity_type_from_string(std::string_view name) {
    for (const auto& t : kTypes)
        if (t.name == name) return t.type;
    return std::nullopt;
}

std::string_view ontology_class(EntityType type) {
    for (const auto& t : kTypes)
        if (t.type == type) return t.ontology_class;
    return "pgo:Actor";
}

}  // namespace pressgraph
