#include "pressgraph/graph/iri_table.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "pressgraph/graph/iri_minting.hpp"

using namespace pressgraph;

TEST_CASE("identities whose slugs collide get distinct IRIs, the exact spelling keeps the plain one", "[graph][iri_table]") {
    IriTable table;
    // Added in an order that must not matter.
    table.add("person", "jean paul-dupont");
    table.add("person", "josé pérez");
    table.add("person", "jose perez");
    table.add("person", "jean-paul dupont");
    table.add("person", "sergey lavrov");
    table.add("country", "jose perez");  // another kind: no collision
    table.assign();
    CHECK(table.iri("person", "sergey lavrov") == mint_iri("person", "sergey lavrov"));
    CHECK(table.iri("person", "jose perez") == mint_iri("person", "jose perez"));
    CHECK(table.iri("country", "jose perez") == mint_iri("country", "jose perez"));
    const std::string accented = table.iri("person", "josé pérez");
    CHECK(accented.rfind(mint_iri("person", "jose perez") + "-", 0) == 0);
    CHECK(accented.size() == mint_iri("person", "jose perez").size() + 9);
    const std::set<std::string> dupont{table.iri("person", "jean paul-dupont"), table.iri("person", "jean-paul dupont")};
    CHECK(dupont.size() == 2);

    IriTable reversed;
    for (const char* k : {"sergey lavrov", "jean-paul dupont", "jose perez", "josé pérez", "jean paul-dupont"})
        reversed.add("person", k);
    reversed.assign();
    for (const char* k : {"sergey lavrov", "jean-paul dupont", "jose perez", "josé pérez", "jean paul-dupont"})
        CHECK(reversed.iri("person", k) == table.iri("person", k));
}

TEST_CASE("slug_is_exact holds for lower-case ASCII words separated by single spaces", "[graph][iri_table]") {
    CHECK(slug_is_exact("sergey lavrov"));
    CHECK(slug_is_exact("g20"));
    CHECK_FALSE(slug_is_exact("jean-paul dupont"));
    CHECK_FALSE(slug_is_exact("josé pérez"));
    CHECK_FALSE(slug_is_exact("two  spaces"));
    CHECK_FALSE(slug_is_exact("Upper"));
    CHECK_FALSE(slug_is_exact(""));
}
