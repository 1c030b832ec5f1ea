// Ways the genre writes, read from the counts of entity labels over a whole archive of releases
// (entities, ninth pass): a surname that a small city bears after a title, companies whose names
// open with a military rank, an emeritus's title, an unnamed official's rank, a possessive before
// a body's head, and lower-case words inside the names of laws. Invented persons and laws; real
// towns and companies.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

const char* kHeader = "Statement on the Visit\n\nWashington, 15 December 2026\n\n";

DocumentExtraction release(const std::string& body) { return extract_release(std::string(kHeader) + body + "\n"); }

}  // namespace

TEST_CASE("a surname that only a small city bears is a person's after a title", "[extract][entities]") {
    // "Wilson" and "Murphy" are towns of the United States (GeoNames) and surnames.
    const auto x = release("Yesterday, President Wilson met Secretary Murphy at the Capitol to discuss trade.");
    CHECK(find_entity(x, EntityType::Person, "Wilson"));
    CHECK(find_entity(x, EntityType::Person, "Murphy"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Wilson"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Murphy"));
    // Control: a capital or a large city after a title stays a place; a consular post names its city.
    const auto y = release("She served as Consul General Strasbourg before she joined the Consulate General Dubai.");
    CHECK_FALSE(find_entity(y, EntityType::Person, "Strasbourg"));
    CHECK_FALSE(find_entity(y, EntityType::Person, "Dubai"));
    // Control: the town without a title stays a place.
    const auto z = release("The delegation travelled to Wilson, North Carolina, on Monday.");
    CHECK(find_entity(z, EntityType::Place, "Wilson"));
    CHECK_FALSE(find_entity(z, EntityType::Person, "Wilson"));
}

TEST_CASE("a town's name that the release names a titled person by is that person elsewhere", "[extract][entities]") {
    const auto x = release(
        "President Wilson spoke with the governors. She was appointed by Presidents Wilson and Carter, and "
        "worked in the Wilson administration.");
    CHECK(find_entity(x, EntityType::Person, "Wilson"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Wilson"));
    // Control: with no person of that name, the town stays a place.
    const auto y = release("President Ana Lopes spoke with the mayor of Wilson and other officials.");
    CHECK(find_entity(y, EntityType::Place, "Wilson"));
}

TEST_CASE("an administration named by a town-named surname is a body", "[extract][entities]") {
    const auto x = release("She served as a senior adviser during the Murphy Administration.");
    CHECK(find_entity(x, EntityType::Organization, "Murphy Administration"));
    CHECK_FALSE(find_entity(x, EntityType::Place, "Murphy"));
}

TEST_CASE("a company whose name opens with a rank names no general", "[extract][entities]") {
    const auto x = release("Workers at General Motors and General Dynamics will build the new batteries.");
    CHECK_FALSE(find_entity(x, EntityType::Person, "Motors"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Dynamics"));
    CHECK(find_entity(x, EntityType::Organization, "General Motors"));
    // Control: the rank before a surname is a general's.
    const auto y = release("Yesterday, General Torvald Brekke briefed the committee.");
    CHECK(find_entity(y, EntityType::Person, "Torvald Brekke"));
}

TEST_CASE("an emeritus holds no office, and the word is no name", "[extract][entities]") {
    const auto x = release(
        "Ana Lopes, President Emeritus, Harvest for the Hungry, joined the call. "
        "Speaker Emerita Marta Keller also spoke.");
    CHECK_FALSE(find_entity(x, EntityType::Person, "Emeritus"));
    CHECK_FALSE(find_entity(x, EntityType::Person, "Emerita Marta Keller"));
    auto holds_office = [](const DocumentExtraction& d, std::size_t person) {
        if (!offices_without_holder(d, person).empty()) return true;
        for (const auto& f : d.facts)
            if (!f.object_is_event && f.subject == person && f.predicate == "pgo:holdsPosition") return true;
        return false;
    };
    const auto keller = find_entity(x, EntityType::Person, "Marta Keller");
    REQUIRE(keller);
    CHECK_FALSE(holds_office(x, *keller));
    // Control: the same title without the word is an office held.
    const auto y = release("Yesterday, President Marta Keller also spoke.");
    const auto held = find_entity(y, EntityType::Person, "Marta Keller");
    REQUIRE(held);
    CHECK(holds_office(y, *held));
    const auto z = release("Yesterday, President Emerita Marta Keller also spoke.");
    const auto retired = find_entity(z, EntityType::Person, "Marta Keller");
    REQUIRE(retired);
    CHECK_FALSE(holds_office(z, *retired));
}

TEST_CASE("an unnamed official's rank and a possessive are no part of a body's name", "[extract][entities]") {
    const auto x = release(
        "A Senior Administration Official briefed reporters. My Administration will act. "
        "The General Services Administration will lease the building.");
    CHECK_FALSE(find_entity(x, EntityType::Organization, "Senior Administration"));
    CHECK_FALSE(find_entity(x, EntityType::Organization, "My Administration"));
    CHECK_FALSE(find_entity(x, EntityType::Organization, "Services Administration"));
    CHECK(find_entity(x, EntityType::Organization, "General Services Administration"));
    // Control: a rank before a body's name with no official after it stays, as does the body alone.
    const auto y = release("The Senior Citizens Administration and the Small Business Administration met.");
    CHECK(find_entity(y, EntityType::Organization, "Senior Citizens Administration"));
    CHECK(find_entity(y, EntityType::Organization, "Small Business Administration"));
}

TEST_CASE("lower-case words inside a law's name stay in it", "[extract][entities]") {
    const auto x = release(
        "The President signed the ROCKETS and Science Act, the Farmers with Allergies Act and the Freedom to "
        "Fish Act, and urged Congress to pass the Ana Lopes Justice in Housing Act.");
    CHECK(find_entity(x, EntityType::Agreement, "ROCKETS and Science Act"));
    CHECK(find_entity(x, EntityType::Agreement, "Farmers with Allergies Act"));
    CHECK(find_entity(x, EntityType::Agreement, "Freedom to Fish Act"));
    // Named after a person: the name is the law's, or the person stands apart before it.
    CHECK((find_entity(x, EntityType::Agreement, "Justice in Housing Act") ||
           find_entity(x, EntityType::Agreement, "Ana Lopes Justice in Housing Act")));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "Housing Act"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "Science Act"));
    CHECK_FALSE(find_entity(x, EntityType::Agreement, "Allergies Act"));
    const auto y = release("The President delivered the State of the Union Address last night.");
    CHECK(find_entity(y, EntityType::Agreement, "State of the Union Address"));
    CHECK_FALSE(find_entity(y, EntityType::Agreement, "Union Address"));
    // Controls: two documents joined by "and", a party before "and", a place after "to", a capitalised
    // word before a one-word part.
    const auto z = release(
        "Funds from the Bipartisan Infrastructure Law and Clean Harbors Act, the Chile and Peru Trade Agreement, "
        "the commitment to Paris Agreement goals and the Executive Order to Advance Fisheries Plan.");
    CHECK(find_entity(z, EntityType::Agreement, "Clean Harbors Act"));
    CHECK_FALSE(find_entity(z, EntityType::Agreement, "Bipartisan Infrastructure Law and Clean Harbors Act"));
    CHECK_FALSE(find_entity(z, EntityType::Agreement, "Chile and Peru Trade Agreement"));
    CHECK_FALSE(find_entity(z, EntityType::Agreement, "Executive Order to Advance Fisheries Plan"));
}
