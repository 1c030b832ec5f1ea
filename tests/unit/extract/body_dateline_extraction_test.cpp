// Extraction of invented wire stories and releases that open with a dateline: its city is the
// document's place, its date the day relative dates are read against, and its words stay out
// of the first sentence.
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/extraction_queries.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

const ExtractedEvent* meeting(const DocumentExtraction& x) { return first_event(x, "Meeting"); }

}  // namespace

TEST_CASE("a wire story's dateline gives the meeting's place and the day 'on Tuesday' names", "[extract][body_dateline]") {
    // 13 November 2024 was a Wednesday; the year is the one the story names.
    const auto x = extract_release(
        "LIMA, Nov. 13 (Xinhua) -- President of Chile Ana Lopes held talks with President of Peru Marta Vaz here on "
        "Tuesday. The two presidents discussed the trade agreement signed in 2024.\n");
    const std::size_t lima = entity(x, EntityType::Place, "Lima");
    CHECK_FALSE(x.published);  // the story states no year of its own date
    const ExtractedEvent* talks = meeting(x);
    REQUIRE(talks);
    CHECK(talks->start == DateValue{2024, 11, 12});
    CHECK(talks->place == lima);
    // The agency names no participant, and no mention holds the dateline's words.
    for (const ExtractedEvent& e : x.events)
        for (const std::size_t p : e.participants) CHECK(x.entities[p].type == EntityType::Person);
    for (const ExtractedEntity& e : x.entities)
        for (const Mention& m : e.mentions) {
            CHECK(m.surface.find("Nov.") == std::string::npos);
            CHECK(m.surface.find("--") == std::string::npos);
        }
}

TEST_CASE("a dateline's full date is the release's date", "[extract][body_dateline]") {
    // 12 May 2023 was a Friday: the Thursday before it.
    const auto x = extract_release(
        "NEW DELHI, 12 May 2023 \xE2\x80\x94 President of Chile Ana Lopes held talks with President of Peru Marta Vaz on "
        "Thursday.\n");
    CHECK(x.published == DateValue{2023, 5, 12});
    const ExtractedEvent* talks = meeting(x);
    REQUIRE(talks);
    CHECK(talks->start == DateValue{2023, 5, 11});
    CHECK(talks->place == entity(x, EntityType::Place, "New Delhi"));
}

TEST_CASE("a dateline without a date still gives the place, and its agency is an organisation of the story", "[extract][body_dateline]") {
    const auto x = extract_release(
        "Talks in Lima\n2024-11-13\n\nLIMA (Reuters) - President of Chile Ana Lopes held talks with President of Peru Marta "
        "Vaz today.\n");
    const ExtractedEvent* talks = meeting(x);
    REQUIRE(talks);
    CHECK(talks->start == DateValue{2024, 11, 13});
    CHECK(talks->place == entity(x, EntityType::Place, "Lima"));
    const std::size_t reuters = entity(x, EntityType::Organization, "Reuters");
    for (const ExtractedEvent& e : x.events)
        CHECK(std::find(e.participants.begin(), e.participants.end(), reuters) == e.participants.end());
}
