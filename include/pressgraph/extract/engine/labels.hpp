#pragma once
// The annotation labels rules may name (<Person>, <Title>, ...), and who lays them:
//   before entity rules: lexicon lookups (Country, Organization, Place, Title, Demonym,
//     GivenName) and personal-name shapes (Name);
//   before event and relation rules: the document's mentions (Person, Country,
//     Organization, Place, Agreement), Title and Demonym lookups, dates (Date), and
//     references to persons of the document ("the President", "the two leaders": Ref).
#include <cstdint>

#include "pressgraph/extract/engine/word_table.hpp"

namespace pressgraph::rules {

struct Labels {
    std::uint16_t person = 0, country = 0, organization = 0, place = 0, agreement = 0;
    std::uint16_t title = 0, titles = 0, demonym = 0, given_name = 0, name = 0, date = 0, ref = 0;

    /// Registers every label in `words` and records their ids.
    void declare(WordTable& words);
};

}  // namespace pressgraph::rules
