#include "pressgraph/eval/gold_document.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/util/errors.hpp"
#include "support/temp_folder.hpp"

using namespace pressgraph;
using pressgraph::test::TempFolder;

namespace {
InputError error_of(const std::string& path) {
    try {
        (void)read_gold_file(path);
    } catch (const InputError& e) {
        return e;
    }
    FAIL("no InputError for " << path);
    throw std::logic_error("unreachable");
}

const char* kGold = R"({
  "doc": "001_talks.txt",
  "published": "2025-03-12",
  "title": null,
  "entities": [
    {"id": "P:ion-popescu", "type": "Person", "name": "Ion Popescu", "aliases": ["Popescu"], "subtype": null},
    {"id": "A:treaty-on-the-creation-of-the-alliance", "type": "Agreement",
     "name": "Treaty on the Creation of the Alliance", "aliases": [], "subtype": "Treaty"}
  ],
  "events": [
    {"id": "E:meeting-chisinau-2025-03-12", "type": "Meeting", "start": "2025-03-12", "end": null,
     "place": "L:chisinau", "participants": ["P:ion-popescu", "P:maria-ivanova"]}
  ],
  "relations": [
    {"s": "P:ion-popescu", "p": "metWith", "o": "P:maria-ivanova"},
    {"s": "A:treaty-on-the-creation-of-the-alliance", "p": "party", "o": "C:moldova", "planned": true}
  ]
})";
}  // namespace

TEST_CASE("read_gold_file reads the SCHEMA.md format", "[eval][gold_document]") {
    TempFolder folder;
    const GoldDocument g = read_gold_file(folder.write("001_talks.gold.json", kGold));
    CHECK(g.doc == "001_talks.txt");
    CHECK(g.published == std::optional<std::string>("2025-03-12"));
    CHECK_FALSE(g.title);  // null
    REQUIRE(g.entities.size() == 2);
    CHECK(g.entities[0].id == "P:ion-popescu");
    CHECK(g.entities[0].type == "Person");
    CHECK(g.entities[0].aliases == std::vector<std::string>{"Popescu"});
    CHECK(g.entities[0].subtype.empty());
    CHECK(g.entities[1].subtype == "Treaty");
    REQUIRE(g.events.size() == 1);
    CHECK(g.events[0].place == "L:chisinau");
    CHECK(g.events[0].end.empty());
    CHECK(g.events[0].participants.size() == 2);
    REQUIRE(g.relations.size() == 2);
    CHECK_FALSE(g.relations[0].planned);
    CHECK(g.relations[1].planned);
    CHECK(g.relations[1].object == "C:moldova");
}

TEST_CASE("read_gold_file reads the project's gold files", "[eval][gold_document]") {
    const GoldDocument g = read_gold_file(std::string(PRESSGRAPH_TEST_DATA) + "/gold/000_e3c13301195afaaf.gold.json");
    CHECK(g.doc == "000_e3c13301195afaaf.txt");
    CHECK_FALSE(g.entities.empty());
    for (const auto& e : g.entities) {
        CHECK_FALSE(e.id.empty());
        CHECK(e.id[1] == ':');
    }
    const auto all = read_gold_folder(std::string(PRESSGRAPH_TEST_DATA) + "/gold");
    CHECK(all.size() >= 5);
    CHECK(all.count("000_e3c13301195afaaf.txt") == 1);
}

TEST_CASE("read_gold_file errors name the file", "[eval][gold_document]") {
    TempFolder folder;
    SECTION("missing") {
        const std::string path = (folder.path() / "absent.gold.json").string();
        CHECK(error_of(path).file() == path);
    }
    SECTION("malformed JSON") {
        const std::string path = folder.write("bad.gold.json", R"({"doc": "x.txt", "entities": [)");
        const InputError e = error_of(path);
        CHECK(e.file() == path);
        CHECK(e.problem().find("JSON") != std::string::npos);
    }
    SECTION("not a gold file") {
        const std::string path = folder.write("list.gold.json", R"(["doc", "entities"])");
        CHECK(error_of(path).file() == path);
        const std::string no_entities = folder.write("noent.gold.json", R"({"doc": "x.txt"})");
        CHECK(error_of(no_entities).file() == no_entities);
    }
    SECTION("an entity without a name") {
        const std::string path =
            folder.write("e.gold.json", R"({"doc": "x.txt", "entities": [{"id": "P:x", "type": "Person"}]})");
        const InputError e = error_of(path);
        CHECK(e.file() == path);
        CHECK(e.problem().find("entity") != std::string::npos);
    }
    SECTION("a gold folder that does not exist") {
        CHECK_THROWS_AS(read_gold_folder((folder.path() / "nope").string()), InputError);
    }
}

TEST_CASE("read_gold_file reports ill-typed fields as InputError", "[eval][gold_document]") {
    // The header promises an InputError naming the file for malformed fields; a relation that
    // is not an object, or a "planned" that is not a boolean, must not escape as a JSON exception.
    TempFolder folder;
    const std::string planned = folder.write(
        "p.gold.json", R"({"doc": "x.txt", "entities": [], "relations": [{"s": "a", "p": "b", "o": "c", "planned": "yes"}]})");
    CHECK_THROWS_AS(read_gold_file(planned), InputError);
    const std::string relation = folder.write("r.gold.json", R"({"doc": "x.txt", "entities": [], "relations": ["a b c"]})");
    CHECK_THROWS_AS(read_gold_file(relation), InputError);
}
