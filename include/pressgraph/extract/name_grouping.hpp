#pragma once
// Which names of organisations, agreements and places are one entity, by their signatures
// (name_signature.hpp). Used within a document (coreference) and across the corpus (merge).
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pressgraph/extract/entity_type.hpp"
#include "pressgraph/extract/name_signature.hpp"

namespace pressgraph {

struct NameToGroup {
    EntityType type = EntityType::Organization;
    std::string name;
    std::size_t mentions = 0;   ///< how often it is used: the most used name names its group
    bool from_lexicon = false;  ///< a lexicon name is canonical: two of them never join
};

/// A mention found by the lexicon of organisations or places: its name is a canonical one.
[[nodiscard]] inline bool is_lexicon_name(std::string_view rule) {
    return rule == "lexicon:organization" || rule == "lexicon:place";
}

/// (type, name) -> the name it is one entity with; names absent from the result stay.
using NameRenames = std::map<std::pair<EntityType, std::string>, std::string>;

/// Names with one signature are one entity. Then, from the largest signatures down, a name
/// whose signature lies within exactly one other's joins it, unless the other names a part
/// of it ("Council of the National Assembly") or adds a word of area ("Council of Foreign
/// Ministers"). One word alone joins nothing. The result does not depend on input order.
/// The words signatures fold and the markers of a part are the lexicon's.
[[nodiscard]] NameRenames group_names(const std::vector<NameToGroup>& names, const Lexicon& lexicon);

}  // namespace pressgraph
