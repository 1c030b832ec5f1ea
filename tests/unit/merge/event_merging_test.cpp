// Cross-document event resolution (src/merge/event_merging.cpp) on invented extractions.
#include "pressgraph/merge/event_merging.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/merge/graph_merger.hpp"
#include "support/lexicon_fixture.hpp"

using namespace pressgraph;

namespace {

ExtractedEntity entity(EntityType type, const std::string& key) {
    ExtractedEntity e;
    e.type = type;
    e.canonical_name = key;
    e.resolution_key = key;
    e.mentions = {Mention{Span{0, 1}, Span{0, 10}, key, "test"}};
    return e;
}

ExtractedEvent event(const std::string& type, DateValue start, std::optional<DateValue> end, std::optional<std::size_t> place,
                     std::vector<std::size_t> participants) {
    ExtractedEvent e;
    e.type = type;
    e.start = start;
    e.end = end;
    e.place = place;
    e.participants = std::move(participants);
    e.sentence = Span{0, 10};
    e.rule = "test";
    return e;
}

// Entities 0 Gomel, 1 Chisinau, 2 Ion Popescu, 3 the Alliance, 4 Ivan Petrov in every document.
DocumentExtraction document(const std::string& id, std::vector<ExtractedEvent> events) {
    DocumentExtraction d;
    d.document_id = id;
    d.name = id + ".txt";
    d.entities = {entity(EntityType::Place, "gomel"), entity(EntityType::Place, "chisinau"),
                  entity(EntityType::Person, "ion-popescu"), entity(EntityType::Organization, "alliance"),
                  entity(EntityType::Person, "ivan-petrov")};
    d.sentence_texts = {{Span{0, 10}, "A sentence"}};
    d.events = std::move(events);
    return d;
}

}  // namespace

TEST_CASE("event merging: one summit reported with other days, and a place left unnamed", "[merge][events]") {
    std::vector<DocumentExtraction> docs = {
        document("a", {event("Summit", {2024, 10, 22}, DateValue{2024, 10, 24}, 0, {3}),
                       event("Session", {2024, 9, 0}, std::nullopt, 1, {3})}),
        document("b", {event("Summit", {2024, 10, 23}, DateValue{2024, 10, 24}, 0, {2, 3}),
                       event("Session", {2024, 9, 0}, std::nullopt, std::nullopt, {3, 4})})};
    const auto keys = unify_events(docs);
    CHECK(keys[0][0] == keys[1][0]);
    CHECK(keys[0][0] == "Summit gomel 2024-10-22");
    CHECK(docs[1].events[0].start == DateValue{2024, 10, 22});  // the dates of the named mention
    CHECK(keys[0][1] == keys[1][1]);
    CHECK(keys[0][1] == "Session chisinau 2024-09");
}

TEST_CASE("event merging: a vaguer date holds the precise one, other events stay apart", "[merge][events]") {
    std::vector<DocumentExtraction> docs = {
        document("a", {event("Meeting", {2024, 12, 0}, std::nullopt, 1, {3}),
                       event("Meeting", {2024, 12, 6}, std::nullopt, 0, {2, 4})}),
        document("b", {event("Meeting", {2024, 12, 6}, std::nullopt, std::nullopt, {3}),
                       event("Meeting", {2024, 12, 7}, std::nullopt, 0, {2, 4}),
                       event("Visit", {2024, 12, 6}, std::nullopt, 1, {2})})};
    const auto keys = unify_events(docs);
    CHECK(keys[0][0] == keys[1][0]);          // the body's meeting in December, on December 6
    CHECK(keys[0][0] == "Meeting chisinau 2024-12-06");
    CHECK(keys[0][1] != keys[1][1]);          // the same persons on another day
    CHECK(keys[0][1] == "Meeting gomel 2024-12-06");  // elsewhere on the same day
    CHECK(keys[1][2] == "Visit chisinau 2024-12-06");  // another kind of event
}

TEST_CASE("event merging: the graph has one node for one event of two documents", "[merge][events]") {
    std::vector<DocumentExtraction> docs = {
        document("aaaa000000000001", {event("Summit", {2024, 10, 22}, DateValue{2024, 10, 24}, 0, {3})}),
        document("aaaa000000000002", {event("Summit", {2024, 10, 23}, DateValue{2024, 10, 24}, std::nullopt, {3})})};
    MergeStatistics stats;
    const KnowledgeGraph graph = merge_extractions(docs, test::fixture_lexicon(), &stats);
    CHECK(stats.events == 1);
    // Whatever the order of the documents.
    std::swap(docs[0], docs[1]);
    MergeStatistics swapped;
    (void)merge_extractions(docs, test::fixture_lexicon(), &swapped);
    CHECK(swapped.events == 1);
}

TEST_CASE("event merging: a call with a vaguer date and one named side joins none of that side's calls", "[merge][events]") {
    // Ivan Petrov's calls with Ion Popescu (March 3) and with the Alliance's head, and a report of
    // "a call of Ivan Petrov earlier this year": three reports, not one call.
    std::vector<DocumentExtraction> docs = {
        document("a", {event("PhoneCall", {2024, 3, 3}, std::nullopt, std::nullopt, {2, 4})}),
        document("b", {event("PhoneCall", {2024, 4, 6}, std::nullopt, std::nullopt, {3, 4})}),
        document("c", {event("PhoneCall", {2024, 0, 0}, std::nullopt, std::nullopt, {4})})};
    const auto keys = unify_events(docs);
    CHECK(keys[0][0] != keys[1][0]);
    CHECK(keys[0][0] != keys[2][0]);
    CHECK(keys[1][0] != keys[2][0]);
    CHECK(docs[0].events[0].start == DateValue{2024, 3, 3});
    // Named by its pair, the vaguer report is the call it names.
    std::vector<DocumentExtraction> paired = {
        document("a", {event("PhoneCall", {2024, 3, 3}, std::nullopt, std::nullopt, {2, 4})}),
        document("c", {event("PhoneCall", {2024, 3, 0}, std::nullopt, std::nullopt, {2, 4})})};
    const auto same = unify_events(paired);
    CHECK(same[0][0] == same[1][0]);
}

TEST_CASE("event merging: unplaced events of one type and day with different people stay apart", "[merge][events]") {
    std::vector<DocumentExtraction> docs = {
        document("a", {event("Forum", {2022, 6, 17}, std::nullopt, std::nullopt, {2})}),
        document("b", {event("Forum", {2022, 6, 17}, std::nullopt, std::nullopt, {4})}),
        document("c", {event("Forum", {2022, 6, 17}, std::nullopt, std::nullopt, {})}),
        document("d", {event("Forum", {2022, 6, 17}, std::nullopt, 0, {3})})};
    const auto keys = unify_events(docs);
    // One president's forum and another's: two nodes, each named with its people.
    CHECK(keys[0][0] != keys[1][0]);
    CHECK(keys[0][0].find("ion-popescu") != std::string::npos);
    CHECK(keys[1][0].find("ivan-petrov") != std::string::npos);
    // A report naming nobody keeps the plain name; a placed forum of that day is named by its place.
    CHECK(keys[2][0] == "Forum unplaced 2022-06-17");
    CHECK(keys[3][0] == "Forum gomel 2022-06-17");
}

TEST_CASE("event merging: two meetings one document tells apart in two sentences stay two nodes", "[merge][events]") {
    // A meeting of Popescu, Petrov and the Alliance in Gomel, and "Earlier, Popescu met Petrov" there that day.
    ExtractedEvent whole = event("Meeting", {2026, 5, 5}, std::nullopt, 0, {2, 4, 3});
    ExtractedEvent earlier = event("Meeting", {2026, 5, 5}, std::nullopt, 0, {2, 4});
    earlier.sentence = Span{20, 30};
    std::vector<DocumentExtraction> docs = {document("a", {whole, earlier})};
    docs[0].sentence_texts.push_back({Span{20, 30}, "Earlier, a"});
    const auto keys = unify_events(docs);
    CHECK(keys[0][0] != keys[0][1]);
    // Two readings of one sentence that the document did not join are one node, as before.
    ExtractedEvent again = event("Meeting", {2026, 5, 5}, std::nullopt, 0, {2, 4});
    std::vector<DocumentExtraction> one = {document("a", {whole, again})};
    const auto same = unify_events(one);
    CHECK(same[0][0] == same[0][1]);
}
