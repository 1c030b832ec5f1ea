// Relations stated by the genre's set phrases, on invented text (nothing from corpus/):
// co-chairs of standing bodies, bodies inside bodies, places inside places, memberships,
// and offices named without their holders' names.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/extraction_queries.hpp"
#include "support/lexicon_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

DocumentExtraction extract(const std::string& body) {
    const Extractor extractor(fixture_lexicon());
    return extractor.extract(analyse_document("Norland and Moldova\n2025-03-12\n" + body + "\n", "test.txt", "test.txt", test::fixture_lexicon().header_words()));
}

}  // namespace

TEST_CASE("the co-chairs of a standing body hold a position in it, a dated meeting's do not", "[extract][relations]") {
    const auto x = extract("The Joint Committee of the Alliance (co-chaired by Ion Popescu and Ivan Petrov) has worked since 2019.");
    const auto body = entity(x, EntityType::Organization, "Joint Committee of the Alliance");
    for (const char* name : {"Ion Popescu", "Ivan Petrov"}) {
        const ExtractedFact* f = fact(x, entity(x, EntityType::Person, name), "pgo:holdsPosition", body);
        REQUIRE(f != nullptr);
        CHECK(qualifier(*f, "pgo:title") == "Co-Chair");
        CHECK(f->rule == "pattern:co-chaired-by");
    }
    const auto y = extract("The Joint Committee of the Alliance (May 5 in Gomel, co-chaired by Ion Popescu and Ivan Petrov) met.");
    const auto meeting_body = entity(y, EntityType::Organization, "Joint Committee of the Alliance");
    CHECK(fact(y, entity(y, EntityType::Person, "Ion Popescu"), "pgo:holdsPosition", meeting_body) == nullptr);
}

TEST_CASE("a body inside another body's name, or named after its owner, is part of it", "[extract][relations]") {
    const auto x = extract("The Standing Committee of the Gomel Assembly met the SCO Council of Elders on Monday. The SCO welcomed it.");
    const auto committee = entity(x, EntityType::Organization, "Standing Committee of the Gomel Assembly");
    const auto assembly = entity(x, EntityType::Organization, "Gomel Assembly");
    CHECK(fact(x, committee, "pgo:partOf", assembly) != nullptr);
    const auto elders = entity(x, EntityType::Organization, "SCO Council of Elders");
    const auto sco = entity(x, EntityType::Organization, "Shanghai Cooperation Organisation");
    CHECK(fact(x, elders, "pgo:partOf", sco) != nullptr);
    CHECK(fact(x, assembly, "pgo:partOf", committee) == nullptr);
}

TEST_CASE("places listed before their country, a region after a comma, a landmark in a 'where' clause",
          "[extract][relations]") {
    // The list's last place is in the country after it; a place the lexicon puts in another
    // country is no item of that country (the fixture puts Chisinau in Moldova).
    const auto w = extract("The fair was held in Chisinau and Gomel, Belarus.");
    CHECK(fact(w, entity(w, EntityType::Place, "Gomel"), "pgo:locatedIn", entity(w, EntityType::Country, "Belarus")) != nullptr);
    CHECK(fact(w, entity(w, EntityType::Place, "Chisinau"), "pgo:locatedIn", entity(w, EntityType::Country, "Belarus")) == nullptr);
    const auto y = extract("The talks took place in Gomel, the Gomel Region, on Monday.");
    CHECK(fact(y, entity(y, EntityType::Place, "Gomel"), "pgo:locatedIn", entity(y, EntityType::Place, "Gomel Region")) != nullptr);
    const auto z = extract("He went to the Gomel Cathedral, where he laid flowers at the Victory Monument.");
    CHECK(fact(z, entity(z, EntityType::Place, "Victory Monument"), "pgo:locatedIn",
               entity(z, EntityType::Place, "Gomel Cathedral")) != nullptr);
}

TEST_CASE("'as members of X' makes every country of the sentence a member", "[extract][relations]") {
    const auto x = extract("As members of the SCO, Moldova and Norland coordinate their positions.");
    const auto sco = entity(x, EntityType::Organization, "Shanghai Cooperation Organisation");
    CHECK(fact(x, entity(x, EntityType::Country, "Moldova"), "pgo:memberOf", sco) != nullptr);
    CHECK(fact(x, entity(x, EntityType::Country, "Norland"), "pgo:memberOf", sco) != nullptr);
}

TEST_CASE("offices named without a name are their holders in the document, or stand as offices",
          "[extract][office_references]") {
    const auto x = extract(
        "Foreign Minister of Norland Ivan Petrov met Foreign Minister of Moldova Ion Popescu in Gomel. "
        "The ministers signed a joint statement. Later, the Moldovan Foreign Minister spoke to the press. "
        "The Presidents of Norland and Moldova will meet in May.");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    const auto popescu = entity(x, EntityType::Person, "Ion Popescu");
    auto mentions_with = [&](std::size_t e, const std::string& rule) {
        return std::count_if(x.entities[e].mentions.begin(), x.entities[e].mentions.end(),
                             [&](const Mention& m) { return m.rule == rule; });
    };
    CHECK(mentions_with(petrov, "coreference:office") == 1);   // "The ministers"
    CHECK(mentions_with(popescu, "coreference:office") == 2);  // "The ministers", "the Moldovan Foreign Minister"
    // No holder named in the document: the offices themselves, for the merge to resolve.
    const auto president = find_entity(x, EntityType::Person, "President of Moldova");
    REQUIRE(president);
    REQUIRE(x.entities[*president].office);
    CHECK(x.entities[*president].office->holder == "Moldova");
    CHECK(x.entities[*president].resolution_key == "office president of moldova");
    CHECK(find_entity(x, EntityType::Person, "President of Norland"));
}

TEST_CASE("'his Moldovan counterpart Ion Popescu' gives the person the office", "[extract][office_references]") {
    const auto x = extract("Foreign Minister of Norland Ivan Petrov met his Moldovan counterpart Ion Popescu in Gomel.");
    const ExtractedFact* f = fact(x, entity(x, EntityType::Person, "Ion Popescu"), "pgo:holdsPosition",
                                  entity(x, EntityType::Country, "Moldova"));
    REQUIRE(f != nullptr);
    CHECK(qualifier(*f, "pgo:title") == "Foreign Minister");
}

TEST_CASE("a national office without its country is left for the merge to complete", "[extract][office_references]") {
    const auto x = extract("Foreign Minister Ivan Petrov will visit Moldova.");
    REQUIRE(x.offices_without_holder.size() == 1);
    CHECK(x.entities[x.offices_without_holder[0].person].canonical_name == "Ivan Petrov");
    CHECK(x.offices_without_holder[0].title == "Foreign Minister");
}

TEST_CASE("the parties of an agreement: bodies inside its name, the two states of an interstate one",
          "[extract][relations]") {
    const auto x = extract("They approved the Treaty on Consultations between the Foreign Ministries of Moldova and Norland.");
    const auto treaty = entity(x, EntityType::Agreement, "Treaty on Consultations between the Foreign Ministries of Moldova and Norland");
    for (const char* ministry : {"Ministry of Foreign Affairs of the Republic of Moldova", "Ministry of Foreign Affairs of the Kingdom of Norland"})
        CHECK(fact(x, treaty, "pgo:party", entity(x, EntityType::Organization, ministry)) != nullptr);
    const auto y = extract("Moldova and Norland met. Moldova and Norland will sign an interstate Treaty on Trade. Belarus watched.");
    const auto trade = entity(y, EntityType::Agreement, "Treaty on Trade");
    CHECK(fact(y, trade, "pgo:party", entity(y, EntityType::Country, "Moldova")) != nullptr);
    CHECK(fact(y, trade, "pgo:party", entity(y, EntityType::Country, "Norland")) != nullptr);
    CHECK(fact(y, trade, "pgo:party", entity(y, EntityType::Country, "Belarus")) == nullptr);
}

TEST_CASE("a bare national title is the office of the country the release speaks for", "[extract][office_references]") {
    // Moldova's officials carry no country; Norland's do: the release is Moldova's.
    const auto x = extract("Foreign Minister Ion Popescu will meet Foreign Minister of Norland Ivan Petrov. "
                           "Moldova and Norland are partners; the Moldova-Norland talks will cover trade.");
    REQUIRE(x.offices_without_holder.size() == 1);
    REQUIRE(x.offices_without_holder[0].home_country);
    CHECK(x.entities[*x.offices_without_holder[0].home_country].canonical_name == "Moldova");
    // Two countries equally likely: no guess.
    const auto y = extract("Foreign Minister Ion Popescu met Foreign Minister of Norland Ivan Petrov in Belarus and in Russia.");
    REQUIRE(y.offices_without_holder.size() == 1);
    CHECK_FALSE(y.offices_without_holder[0].home_country);
}

TEST_CASE("membership implied by rank, by 'the Organisation' named again, by a chairmanship", "[extract][relations]") {
    const auto sco_of = [](const DocumentExtraction& x) { return entity(x, EntityType::Organization, "Shanghai Cooperation Organisation"); };
    const auto x = extract("Moldova ranked first among SCO countries in trade with Norland.");
    CHECK(fact(x, entity(x, EntityType::Country, "Moldova"), "pgo:memberOf", sco_of(x)) != nullptr);
    CHECK(fact(x, entity(x, EntityType::Country, "Norland"), "pgo:memberOf", sco_of(x)) == nullptr);
    const auto y = extract("They met at the SCO summit in Gomel, where Moldova became a full member of the Organisation.");
    const ExtractedFact* f = fact(y, entity(y, EntityType::Country, "Moldova"), "pgo:memberOf", sco_of(y));
    REQUIRE(f != nullptr);
    CHECK(qualifier(*f, "pgo:status") == "full member");
    const auto z = extract("They discussed the SCO with due regard for the Moldovan chairmanship of this organisation.");
    CHECK(fact(z, entity(z, EntityType::Country, "Moldova"), "pgo:memberOf", sco_of(z)) != nullptr);
}

TEST_CASE("lists of ministries and organisations, the states an agreement is between", "[extract][relations]") {
    const auto x = extract("The Treaty on Friendship between Moldova and Norland was signed. "
                           "Moldova and Norland are members of the SCO and the United Nations. "
                           "The Ministries of Foreign Affairs of Moldova and Norland agreed.");
    const auto treaty = entity(x, EntityType::Agreement, "Treaty on Friendship between Moldova and Norland");
    const auto moldova = entity(x, EntityType::Country, "Moldova");
    const auto norland = entity(x, EntityType::Country, "Norland");
    CHECK(fact(x, treaty, "pgo:party", moldova) != nullptr);
    CHECK(fact(x, treaty, "pgo:party", norland) != nullptr);
    const auto un = entity(x, EntityType::Organization, "United Nations");
    const auto sco = entity(x, EntityType::Organization, "Shanghai Cooperation Organisation");
    for (auto country : {moldova, norland})
        for (auto body : {un, sco}) CHECK(fact(x, country, "pgo:memberOf", body) != nullptr);
    CHECK(find_entity(x, EntityType::Organization, "Ministry of Foreign Affairs of the Republic of Moldova"));
    CHECK(find_entity(x, EntityType::Organization, "Ministry of Foreign Affairs of the Kingdom of Norland"));
}

TEST_CASE("a country that joined an organisation is a member since the date of joining", "[extract][relations]") {
    const auto x = extract("At the summit in Gomel on March 3, Moldova joined the SCO as a full member.");
    const ExtractedFact* f = fact(x, entity(x, EntityType::Country, "Moldova"), "pgo:memberOf",
                                  entity(x, EntityType::Organization, "Shanghai Cooperation Organisation"));
    REQUIRE(f != nullptr);
    CHECK(qualifier(*f, "pgo:status") == "full member");
    CHECK(qualifier(*f, "pgo:since") == "2025-03-03");
}

TEST_CASE("a body named by two states has both as members, the first written as an abbreviation too", "[extract][relations]") {
    const auto x = extract("The ministers praised the work of the N.L.-Moldova Alliance and of the Moldova-Belarus Trade Council.");
    const auto moldova = entity(x, EntityType::Country, "Moldova");
    const auto alliance = entity(x, EntityType::Organization, "N.L.-Moldova Alliance");
    CHECK(fact(x, entity(x, EntityType::Country, "Norland"), "pgo:memberOf", alliance) != nullptr);
    CHECK(fact(x, moldova, "pgo:memberOf", alliance) != nullptr);
    CHECK(fact(x, moldova, "pgo:memberOf", entity(x, EntityType::Organization, "Moldova-Belarus Trade Council")) != nullptr);
    // One state and a bare head name no body: "the Moldova Alliance" is no name by this rule.
    const auto y = extract("They spoke of the Moldova Alliance.");
    CHECK_FALSE(find_entity(y, EntityType::Organization, "Moldova Alliance"));
}
