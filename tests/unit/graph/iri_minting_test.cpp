#include "pressgraph/graph/iri_minting.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/io/rdf_validation.hpp"

using namespace pressgraph;

TEST_CASE("slugify keeps ASCII letters and digits in lower case and joins words with '-'", "[graph][iri_minting]") {
    CHECK(slugify("Sergey Lavrov") == "sergey-lavrov");
    CHECK(slugify("St. Petersburg") == "st-petersburg");
    CHECK(slugify("G20") == "g20");
    CHECK(slugify("  Union -- State  ") == "union-state");  // no leading, trailing or doubled '-'
    CHECK(slugify("Guidelines 2024\xE2\x80\x93" "2026") == "guidelines-2024-2026");  // en dash
    CHECK(slugify("") == "unnamed");
    CHECK(slugify("...") == "unnamed");
}

TEST_CASE("slugify drops apostrophes and diacritics", "[graph][iri_minting]") {
    CHECK(slugify("People's Republic") == "peoples-republic");
    CHECK(slugify("People\xE2\x80\x99s Republic") == "peoples-republic");
    CHECK(slugify("T\xC3\xBCrkiye") == "turkiye");                     // Türkiye
    CHECK(slugify("\xC5\x81\xC3\xB3" "d\xC5\xBA") == "lodz");           // Łódź
    CHECK(slugify("Chi\xC8\x99in\xC4\x83u") == "chisinau");             // Chișinău: Romanian comma-below letters
    CHECK(slugify("Bogot\xC3\xA1") == "bogota");                         // Bogotá
    CHECK(slugify("\xC3\x89LYS\xC3\x89" "E") == "elysee");               // ÉLYSÉE
    CHECK(slugify("Reykjav\xC3\xADk") == "reykjavik");
    CHECK(slugify("\xC5\xA0ibenik") == "sibenik");                       // Šibenik
}

TEST_CASE("slugify treats Latin-1 punctuation and spaces as separators", "[graph][iri_minting]") {
    CHECK(slugify("Ion\xC2\xA0Popescu") == "ion-popescu");               // no-break space
    CHECK(slugify("\xC2\xABUnion\xC2\xBB State") == "union-state");      // «Union» State
    CHECK(slugify("Ion \xC2\xB7 Popescu") == "ion-popescu");             // middle dot
}

TEST_CASE("slugify percent-encodes other scripts into a valid IRI", "[graph][iri_minting]") {
    const std::string moscow = "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0";  // Москва
    CHECK(slugify(moscow) == "%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0");
    CHECK(slugify("Ivan " + moscow) == "ivan-%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0");
    const std::string iri = mint_iri("place", moscow);
    CHECK(iri == "https://w3id.org/pressgraph/id/place/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0");
    CHECK(is_valid_absolute_iri(iri));
}

TEST_CASE("mint_iri yields valid absolute IRIs for awkward names", "[graph][iri_minting]") {
    CHECK(mint_iri("person", "Sergey Lavrov") == "https://w3id.org/pressgraph/id/person/sergey-lavrov");
    for (const std::string name : {"Sergey Lavrov", "St. Petersburg", "<script>", "a\"b{c}|d^e`f\\g", "100% sure",
                                   "\xE4\xB8\xAD\xE5\x9B\xBD", "x\x01y", "bad \xC3 utf8", "", "\xC2\xA0"}) {
        INFO(name);
        const std::string iri = mint_iri("organization", name);
        CHECK(is_valid_absolute_iri(iri));
        CHECK(iri.rfind("https://w3id.org/pressgraph/id/organization/", 0) == 0);
    }
}

TEST_CASE("slugify is deterministic and case-insensitive for ASCII", "[graph][iri_minting]") {
    CHECK(slugify("SERGEY LAVROV") == slugify("Sergey Lavrov"));
    CHECK(slugify("Sergey Lavrov") == slugify("Sergey Lavrov"));
    CHECK(slugify("Sergey Lavrov") != slugify("Sergei Lavrov"));
}
