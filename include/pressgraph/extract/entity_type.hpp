#pragma once
// The kinds of named thing pressgraph recognises (as in the gold SCHEMA.md).
#include <optional>
#include <string_view>

namespace pressgraph {

enum class EntityType { Person, Country, Organization, Place, Agreement };

[[nodiscard]] std::string_view to_string(EntityType type);            ///< "Person"
[[nodiscard]] std::optional<EntityType> entity_type_from_string(std::string_view name);
[[nodiscard]] std::string_view ontology_class(EntityType type);         ///< "pgo:Person"

}  // namespace pressgraph
