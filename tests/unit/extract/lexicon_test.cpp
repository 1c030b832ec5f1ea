#include "pressgraph/extract/lexicon.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "pressgraph/util/errors.hpp"
#include "support/lexicon_fixture.hpp"
#include "support/temp_folder.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {
// The entry of the first id a phrase maps to in `index`, or nullptr.
const LexiconEntry* entry_for(const Lexicon& lx, const PhraseIndex& index, std::string_view phrase) {
    const auto* ids = index.find(phrase);
    return ids && !ids->empty() ? &lx.entry(ids->front()) : nullptr;
}
}  // namespace

TEST_CASE("Lexicon::load reads every file of a lexicon folder", "[extract][lexicon]") {
    const Lexicon& lx = fixture_lexicon();
    // 4 countries + 2 organisations + 4 places.
    CHECK(lx.entry_count() == 10);

    const LexiconEntry* moldova = entry_for(lx, lx.names(), "Republic of Moldova");
    REQUIRE(moldova);
    CHECK(moldova->type == EntityType::Country);
    CHECK(moldova->canonical == "Moldova");
    CHECK(moldova->country == "MD");
    CHECK(moldova->rule == "lexicon:country");
    CHECK(entry_for(lx, lx.names(), "Moldavia") == moldova);
    CHECK(entry_for(lx, lx.demonyms(), "Moldovan") == moldova);
    CHECK_FALSE(lx.names().find("republic of moldova"));  // names are case-sensitive

    const LexiconEntry* sco = entry_for(lx, lx.names(), "SCO");
    REQUIRE(sco);
    CHECK(sco->type == EntityType::Organization);
    CHECK(sco->canonical == "Shanghai Cooperation Organisation");
    CHECK(sco->subtype == "International");
    CHECK(entry_for(lx, lx.names(), "United Nations Organization")->canonical == "United Nations");

    const LexiconEntry* spb = entry_for(lx, lx.names(), "Saint Petersburg");
    REQUIRE(spb);
    CHECK(spb->type == EntityType::Place);
    CHECK(spb->canonical == "St Petersburg");
    CHECK(spb->country == "RU");
    CHECK(spb->subtype == "city");
    CHECK(entry_for(lx, lx.names(), "St. Petersburg") == spb);

    const auto* title_ids = lx.titles().find("foreign minister");  // titles ignore case
    REQUIRE(title_ids);
    const TitleEntry& fm = lx.title(title_ids->front());
    CHECK(fm.title == "Foreign Minister");
    CHECK(fm.scope == "national");
    CHECK(fm.exclusive);
    CHECK_FALSE(lx.title(lx.titles().find("Ambassador")->front()).exclusive);

    REQUIRE(lx.given_name("Sergei"));
    CHECK(*lx.given_name("Sergei") == "Sergey");
    CHECK(*lx.given_name("Sergey") == "Sergey");
    CHECK_FALSE(lx.given_name("Popescu"));

    REQUIRE(lx.organization_head("Alliance"));
    CHECK(lx.organization_head("Alliance")->subtype == "International");
    CHECK(lx.organization_head("Alliance")->needs_complement);
    CHECK_FALSE(lx.organization_head("Committee")->needs_complement);
    CHECK_FALSE(lx.organization_head("Treaty"));
    REQUIRE(lx.agreement_head("Treaty"));
    CHECK(*lx.agreement_head("Treaty") == "Treaty");

    const auto* met = lx.event_triggers().find("met");
    REQUIRE(met);
    CHECK(lx.event_trigger(met->front()).event_type == "Meeting");
    CHECK(lx.event_trigger(met->front()).kind == "verb");
}

TEST_CASE("Lexicon::add_entry registers the canonical name and its surface forms", "[extract][lexicon]") {
    Lexicon lx;
    const auto id = lx.add_entry({EntityType::Organization, "Alliance of Northern States", "International", "", "lexicon:organization", ""},
                                 {"ANS", "Northern Alliance"});
    CHECK(lx.entry_count() == 1);
    CHECK(lx.entry(id).canonical == "Alliance of Northern States");
    for (const char* form : {"Alliance of Northern States", "ANS", "Northern Alliance"}) {
        INFO(form);
        const auto* ids = lx.names().find(form);
        REQUIRE(ids);
        CHECK(*ids == std::vector<std::uint32_t>{id});
    }
}

TEST_CASE("Lexicon::load reports bad files with file and line", "[extract][lexicon]") {
    TempFolder folder;
    SECTION("a missing file names it") {
        const std::filesystem::path dir = write_fixture_lexicon(folder);
        std::filesystem::remove(dir / "org_heads.tsv");
        try {
            (void)Lexicon::load(dir.string());
            FAIL("a lexicon without org_heads.tsv loaded");
        } catch (const InputError& e) {
            CHECK(e.file() == (dir / "org_heads.tsv").string());
        }
    }
    SECTION("a bad 'exclusive' cell") {
        const std::filesystem::path dir =
            write_fixture_lexicon(folder, {{"titles.tsv", "title\tscope\texclusive\tcountry\nSpeaker\tbody\tyes\t\nChair\tbody\tmaybe\t\n"}});
        try {
            (void)Lexicon::load(dir.string());
            FAIL("exclusive=maybe was accepted");
        } catch (const InputError& e) {
            CHECK(e.file() == (dir / "titles.tsv").string());
            CHECK(e.line() == 3);
        }
    }
    SECTION("columns in the wrong order") {
        const std::filesystem::path dir =
            write_fixture_lexicon(folder, {{"places.tsv", "name\tkind\tcountry\taliases\nGomel\tcity\tBY\t\n"}});
        try {
            (void)Lexicon::load(dir.string());
            FAIL("a places.tsv with swapped columns was accepted");
        } catch (const InputError& e) {
            CHECK(e.file() == (dir / "places.tsv").string());
            CHECK(e.line() == 1);
        }
    }
}

TEST_CASE("the project lexicon in ontology/lexicon loads", "[extract][lexicon]") {
    const std::filesystem::path dir = std::filesystem::path(PRESSGRAPH_SOURCE_DIR) / "ontology" / "lexicon";
    for (const char* file : {"countries.tsv", "organizations.tsv", "places.tsv", "titles.tsv", "given_names.tsv",
                             "org_heads.tsv", "place_heads.tsv", "agreement_heads.tsv", "agreement_modifiers.tsv",
                             "event_triggers.tsv"}) {
        if (!std::filesystem::exists(dir / file)) {
            WARN("ontology/lexicon/" << file << " is missing (still being written?): real-lexicon test skipped");
            return;
        }
    }
    const Lexicon lx = Lexicon::load(dir.string());
    CHECK(lx.entry_count() > 1000);
    const auto* belarus = lx.names().find("Belarus");
    REQUIRE(belarus);
    CHECK(lx.entry(belarus->front()).type == EntityType::Country);
    CHECK(lx.demonyms().find("Belarusian"));
    CHECK(lx.titles().find("Foreign Minister"));
    CHECK(lx.given_name("Sergey"));
    CHECK(lx.organization_head("Committee"));
    CHECK(lx.agreement_head("Treaty"));
    // Every title has one of the documented scopes.
    for (const char* t : {"Foreign Minister", "Speaker", "President"}) {
        const auto* ids = lx.titles().find(t);
        if (!ids) continue;
        const std::string scope = lx.title(ids->front()).scope;
        CHECK((scope == "national" || scope == "body" || scope == "generic"));
    }
}
