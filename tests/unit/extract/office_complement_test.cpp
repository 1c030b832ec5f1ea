// An office "to the" another office: "Deputy National Security Advisor to the Vice President X" makes X
// the adviser, not the Vice President; "Special Adviser to Secretary of State X" (no article) names the
// Secretary. Invented persons, real countries.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

// The titles the document gives `person`: of each holdsPosition, and of each office named by a bare
// title, whose country the merge completes.
std::set<std::string> titles_of(const DocumentExtraction& x, const std::string& person) {
    std::set<std::string> out;
    const auto p = find_entity(x, EntityType::Person, person);
    if (!p) return out;
    for (const ExtractedFact& f : x.facts)
        if (f.subject == *p && f.predicate == "pgo:holdsPosition") out.insert(qualifier(f, "pgo:title"));
    for (const OfficeWithoutHolder* o : offices_without_holder(x, *p)) out.insert(o->title);
    return out;
}

}  // namespace

TEST_CASE("an office 'to the' another office: the name after it holds the first", "[extract][entities]") {
    const auto x = extract_release(
        "Readout of a meeting\n\nMarch 3, 2026\n\n"
        "Today, Deputy National Security Advisor to the Vice President Eva Silva met Foreign Minister of Chile Ana Lopes. "
        "Chief of Staff to the President of Peru Rui Costa also attended.\n");
    const auto eva = titles_of(x, "Eva Silva");
    CHECK_FALSE(eva.count("Vice President"));
    CHECK(eva.count("Deputy National Security Advisor"));
    const auto rui = titles_of(x, "Rui Costa");
    CHECK_FALSE(rui.count("President"));
    CHECK(rui.count("Chief of Staff"));
}

TEST_CASE("an office 'to' a titled person without an article: the name is that person's", "[extract][entities]") {
    const auto x = extract_release(
        "Envoy named\n\nMarch 3, 2026\n\n"
        "Ana Lopes is currently Special Adviser to Secretary of State Rui Costa on Ocean Issues.\n");
    CHECK_FALSE(titles_of(x, "Rui Costa").count("Special Adviser"));
}
