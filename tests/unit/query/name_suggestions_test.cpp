#include "pressgraph/query/name_suggestions.hpp"

#include <catch2/catch.hpp>

#include "query_graph_fixture.hpp"

using namespace pressgraph;

TEST_CASE("names are compared lower-cased, with punctuation and spaces as one space", "[query][suggest]") {
    CHECK(normalise_name("  Sergey   LAVROV. ") == "sergey lavrov");
    CHECK(normalise_name("Jean-Paul Dupont") == "jean paul dupont");
    CHECK(normalise_name("Ryzhenkov\t(Belarus)") == "ryzhenkov belarus");
    CHECK(normalise_name("Лавров") == "Лавров");  // non-ASCII bytes are kept as they are
    CHECK(normalise_name("...").empty());
}

TEST_CASE("bounded edit distance counts a transposition once and stops past the bound", "[query][suggest]") {
    CHECK(bounded_edit_distance("minsk", "minsk", 1) == 0);
    CHECK(bounded_edit_distance("minks", "minsk", 1) == 1);
    CHECK(bounded_edit_distance("lavrof", "lavrov", 2) == 1);
    CHECK(bounded_edit_distance("lukashenka", "lukashenko", 3) == 1);
    CHECK(bounded_edit_distance("sergei lavrof", "sergey lavrov", 3) == 2);
    CHECK(bounded_edit_distance("kitten", "sitting", 3) == 3);
    CHECK(bounded_edit_distance("kitten", "sitting", 2) == 3);       // bound + 1: over
    CHECK(bounded_edit_distance("a", "abcdefghij", 3) == 4);         // lengths alone rule it out
    CHECK(bounded_edit_distance("", "ab", 2) == 2);
}

TEST_CASE("suggestions: the closest labels, aliases and surnames, documents never", "[query][suggest]") {
    const test::QueryFixture f;
    const QueryView view(f.graph);
    auto labels = [&](std::string_view name) {
        std::vector<std::string> out;
        for (NodeId n : suggest_names(view, name)) out.push_back(f.graph.node(n).label);
        return out;
    };
    CHECK(labels("Lavrof") == std::vector<std::string>{"Sergey Lavrov"});         // the alias, or the surname
    CHECK(labels("sergei lavrov") == std::vector<std::string>{"Sergey Lavrov"});
    CHECK(labels("Alienik") == std::vector<std::string>{"Sergey Aleinik"});        // a transposition
    CHECK(labels("Mnisk") == std::vector<std::string>{"Minsk"});
    CHECK(labels("Union Stat") == std::vector<std::string>{"Union State"});
    CHECK(labels("Sergey") == std::vector<std::string>{"Sergey Aleinik", "Sergey Lavrov"});
    CHECK(labels("Press releas").empty());  // the document's label: documents are not in the view
    CHECK(labels("Xyzzy").empty());
    CHECK(labels(std::string(100, 'a')).empty());
    CHECK(suggest_names(view, "Sergey", 1).size() == 1);
}
