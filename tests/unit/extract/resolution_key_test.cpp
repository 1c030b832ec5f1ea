#include "pressgraph/extract/resolution_key.hpp"
#include "support/lexicon_fixture.hpp"

#include <catch2/catch.hpp>

using namespace pressgraph;

TEST_CASE("a surname alone has the key of a full name's surname", "[extract][resolution_key]") {
    const Lexicon& lx = test::fixture_lexicon();
    // Romanisations of one surname meet on one spelling, alone or after a given name.
    const std::string alone = resolution_key(EntityType::Person, "Kovalevskyy", lx);
    const std::string full = resolution_key(EntityType::Person, "Oleh Kovalevskyy", lx);
    CHECK(alone == fold_surname("Kovalevskyy", lx));
    CHECK(full.ends_with(" " + alone));
    CHECK(resolution_key(EntityType::Person, "Kovalevsky", lx) == alone);
    // A word with no such ending stays as written, in lower case.
    CHECK(resolution_key(EntityType::Person, "Marchetti", lx) == "marchetti");
}
