#include "pressgraph/merge/agreement_lifecycle.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "pressgraph/merge/graph_merger.hpp"
#include "support/lexicon_fixture.hpp"

using namespace pressgraph;

namespace {
constexpr const char* kAccord = "https://w3id.org/pressgraph/id/agreement/accord-on-river-navigation";

ExtractedEntity entity(EntityType type, std::string name, Span sentence, std::string subtype = "") {
    ExtractedEntity e;
    e.type = type;
    e.canonical_name = name;
    e.resolution_key = name;
    e.subtype = std::move(subtype);
    e.mentions = {Mention{Span{sentence.begin, sentence.begin + 5}, sentence, name, "test"}};
    return e;
}

Attribute date(const std::string& iso) { return {"pgo:date", {iso, "date"}}; }

// An invented document about the Accord on River Navigation between Norland and Estmark:
// entities 0 accord, 1 Port Alder, 2 Lena Marsh, 3 Norland Parliament. With `visit`, a
// visit to Port Alder on that day (planned or not) at which the accord is signed.
DocumentExtraction document(std::string id, std::optional<DateValue> published, std::optional<DateValue> visit,
                            bool planned, std::vector<Attribute> signing_qualifiers = {}) {
    DocumentExtraction d;
    d.document_id = std::move(id);
    d.name = d.document_id + ".txt";
    d.published = published;
    const Span s{0, 60};
    d.sentence_texts = {{s, planned ? "Lena Marsh will sign the Accord on River Navigation in Port Alder."
                                    : "Lena Marsh signed the Accord on River Navigation in Port Alder."}};
    d.entities = {entity(EntityType::Agreement, "Accord on River Navigation", s, "Treaty"),
                  entity(EntityType::Place, "Port Alder", s), entity(EntityType::Person, "Lena Marsh", s),
                  entity(EntityType::Organization, "Norland Parliament", s, "Parliament")};
    if (visit) {
        ExtractedEvent e;
        e.type = "Visit";
        e.start = visit;
        e.place = 1;
        e.participants = {2};
        e.planned = planned;
        e.sentence = s;
        e.rule = "test:visit";
        d.events.push_back(e);
        d.facts.push_back({0, "pgo:signedAt", 0, std::move(signing_qualifiers), 0, true, s, "pattern:sign-at-event"});
    }
    return d;
}

DocumentExtraction approval(std::string id, std::optional<DateValue> published, std::vector<Attribute> qualifiers = {}) {
    DocumentExtraction d = document(std::move(id), published, std::nullopt, false);
    d.facts.push_back({0, "pgo:approvedBy", 3, std::move(qualifiers), std::nullopt, false, {0, 60}, "pattern:approved-by"});
    return d;
}

NodeId accord(const KnowledgeGraph& g) {
    const auto n = g.find(kAccord);
    REQUIRE(n);
    return *n;
}

std::vector<Attribute> lifecycle_of(const KnowledgeGraph& g) {
    std::vector<Attribute> out;
    for (const Attribute& a : g.node(accord(g)).attributes)
        if (a.predicate != "pgo:subtype") out.push_back(a);
    return out;
}

// (predicate, target IRI, document IRI, qualifiers) of the accord's out-edges, sorted.
using Row = std::tuple<std::string, std::string, std::string, std::vector<Attribute>>;
std::vector<Row> step_edges(const KnowledgeGraph& g) {
    std::vector<Row> rows;
    for (auto [it, end] = boost::out_edges(accord(g), g.storage()); it != end; ++it) {
        const EdgeProperties& e = g.edge(*it);
        if (e.predicate == "pgo:mentionedIn") continue;
        rows.emplace_back(e.predicate, g.node(g.target(*it)).iri, e.provenance ? e.provenance->document_iri : "", e.qualifiers);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool planned_left(const KnowledgeGraph& g) {
    for (const auto& row : step_edges(g))
        for (const Attribute& q : std::get<3>(row))
            if (q.predicate == "pgo:planned") return true;
    return false;
}
}  // namespace

TEST_CASE("an announced signing alone: planned fact, stage planned, announced on the publication date",
          "[merge][agreement_lifecycle]") {
    const KnowledgeGraph g =
        merge_extractions({document("aaaa000000000001", DateValue{2025, 2, 10}, DateValue{2025, 3, 4}, true,
                                    {date("2025-03-04")})}, test::fixture_lexicon());
    CHECK(lifecycle_of(g) == std::vector<Attribute>{{"pgo:announcedOn", {"2025-02-10", "date"}},
                                                    {"pgo:lifecycleStage", {"planned", "string"}}});
    const auto edges = step_edges(g);
    REQUIRE(edges.size() == 1);
    CHECK(std::get<0>(edges[0]) == "pgo:signedAt");
    CHECK(std::get<3>(edges[0]) == std::vector<Attribute>{date("2025-03-04"), {"pgo:planned", {"true", "boolean"}}});
}

TEST_CASE("a signing announced in an early document and reported in a later one supersedes the plan",
          "[merge][agreement_lifecycle]") {
    const auto announced = document("aaaa000000000001", DateValue{2025, 2, 10}, DateValue{2025, 3, 4}, true,
                                    {date("2025-03-04")});
    SECTION("at the same event") {
        const auto reported = document("bbbb000000000002", DateValue{2025, 3, 5}, DateValue{2025, 3, 4}, false,
                                       {date("2025-03-04")});
        const KnowledgeGraph g = merge_extractions({announced, reported}, test::fixture_lexicon());
        CHECK(lifecycle_of(g) == std::vector<Attribute>{{"pgo:announcedOn", {"2025-02-10", "date"}},
                                                        {"pgo:lifecycleStage", {"signed", "string"}},
                                                        {"pgo:signedOn", {"2025-03-04", "date"}}});
        const auto edges = step_edges(g);
        REQUIRE(edges.size() == 1);  // one signedAt: the report; the plan is gone
        CHECK(std::get<2>(edges[0]) == document_iri("bbbb000000000002"));
        CHECK_FALSE(planned_left(g));
        // One agreement node whatever the number of documents.
        std::size_t agreements = 0;
        for (NodeId n = 0; n < g.node_count(); ++n) agreements += g.node(n).type == "pgo:Treaty";
        CHECK(agreements == 1);
    }
    SECTION("at an event held two days later than announced") {
        const auto reported = document("bbbb000000000002", DateValue{2025, 3, 7}, DateValue{2025, 3, 6}, false,
                                       {date("2025-03-06")});
        const KnowledgeGraph g = merge_extractions({reported, announced}, test::fixture_lexicon());
        const auto edges = step_edges(g);
        REQUIRE(edges.size() == 1);
        CHECK(std::get<1>(edges[0]) == "https://w3id.org/pressgraph/id/event/visit-port-alder-2025-03-06");
        CHECK_FALSE(planned_left(g));
        const auto attrs = lifecycle_of(g);
        CHECK(std::find(attrs.begin(), attrs.end(), Attribute{"pgo:signedOn", {"2025-03-06", "date"}}) != attrs.end());
        CHECK(std::find(attrs.begin(), attrs.end(), Attribute{"pgo:lifecycleStage", {"signed", "string"}}) != attrs.end());
    }
}

TEST_CASE("an event held, reported by a document that does not mention the signing, does not sign the agreement",
          "[merge][agreement_lifecycle]") {
    auto visit_only = document("bbbb000000000002", DateValue{2025, 3, 5}, DateValue{2025, 3, 4}, false);
    visit_only.facts.clear();
    const KnowledgeGraph g = merge_extractions(
        {document("aaaa000000000001", DateValue{2025, 2, 10}, DateValue{2025, 3, 4}, true, {date("2025-03-04")}),
         visit_only}, test::fixture_lexicon());
    CHECK(lifecycle_of(g) == std::vector<Attribute>{{"pgo:announcedOn", {"2025-02-10", "date"}},
                                                    {"pgo:lifecycleStage", {"planned", "string"}}});
    CHECK(planned_left(g));
}

TEST_CASE("each step gets its own date: the fact's date, else the event's start, else the publication date",
          "[merge][agreement_lifecycle]") {
    SECTION("the event's start date when the signing has no date of its own") {
        const KnowledgeGraph g =
            merge_extractions({document("bbbb000000000002", DateValue{2025, 3, 9}, DateValue{2025, 3, 4}, false)}, test::fixture_lexicon());
        CHECK(lifecycle_of(g) == std::vector<Attribute>{{"pgo:lifecycleStage", {"signed", "string"}},
                                                        {"pgo:signedOn", {"2025-03-04", "date"}}});
    }
    SECTION("the approval: its own date, else the publication date; the earliest wins; the latest step is the stage") {
        const KnowledgeGraph g = merge_extractions(
            {document("aaaa000000000001", DateValue{2025, 2, 10}, DateValue{2025, 3, 4}, true, {date("2025-03-04")}),
             document("bbbb000000000002", DateValue{2025, 3, 5}, DateValue{2025, 3, 4}, false, {date("2025-03-04")}),
             approval("cccc000000000003", DateValue{2025, 6, 2}),
             approval("dddd000000000004", DateValue{2025, 7, 1}, {{"pgo:date", {"2025-05", "gYearMonth"}}})}, test::fixture_lexicon());
        CHECK(lifecycle_of(g) == std::vector<Attribute>{{"pgo:announcedOn", {"2025-02-10", "date"}},
                                                        {"pgo:approvedOn", {"2025-05", "gYearMonth"}},
                                                        {"pgo:lifecycleStage", {"approved", "string"}},
                                                        {"pgo:signedOn", {"2025-03-04", "date"}}});
    }
    SECTION("a step without any date counts for the stage but gets no date") {
        const KnowledgeGraph g = merge_extractions({approval("cccc000000000003", std::nullopt)}, test::fixture_lexicon());
        CHECK(lifecycle_of(g) == std::vector<Attribute>{{"pgo:lifecycleStage", {"approved", "string"}}});
    }
    SECTION("an agreement no step is reported for has no lifecycle") {
        const KnowledgeGraph g =
            merge_extractions({document("aaaa000000000001", DateValue{2025, 2, 10}, std::nullopt, false)}, test::fixture_lexicon());
        CHECK(lifecycle_of(g).empty());
    }
}

TEST_CASE("the lifecycle does not depend on the input order", "[merge][agreement_lifecycle]") {
    std::vector<DocumentExtraction> docs = {
        document("aaaa000000000001", DateValue{2025, 2, 10}, DateValue{2025, 3, 4}, true, {date("2025-03-04")}),
        document("bbbb000000000002", DateValue{2025, 3, 7}, DateValue{2025, 3, 6}, false, {date("2025-03-06")}),
        document("eeee000000000005", DateValue{2025, 3, 1}, DateValue{2025, 3, 4}, true, {date("2025-03-04")}),
        approval("cccc000000000003", DateValue{2025, 6, 2})};
    const KnowledgeGraph reference = merge_extractions(docs, test::fixture_lexicon());
    const auto reference_attrs = lifecycle_of(reference);
    const auto reference_edges = step_edges(reference);
    CHECK(std::find(reference_attrs.begin(), reference_attrs.end(),
                    Attribute{"pgo:announcedOn", {"2025-02-10", "date"}}) != reference_attrs.end());
    std::sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) { return a.document_id > b.document_id; });
    do {
        const KnowledgeGraph g = merge_extractions(docs, test::fixture_lexicon());
        CHECK(lifecycle_of(g) == reference_attrs);
        CHECK(step_edges(g) == reference_edges);
        CHECK(g.edge_count() == reference.edge_count());
    } while (std::prev_permutation(docs.begin(), docs.end(),
                                   [](const auto& a, const auto& b) { return a.document_id < b.document_id; }));
}

TEST_CASE("stage names and step attributes", "[merge][agreement_lifecycle]") {
    CHECK(stage_name(LifecycleStep::Announced) == "planned");
    CHECK(stage_name(LifecycleStep::Signed) == "signed");
    CHECK(stage_name(LifecycleStep::Approved) == "approved");
    CHECK(step_attribute(LifecycleStep::Signed) == "pgo:signedOn");
}

TEST_CASE("an approval in the sentence of an announced signing is announced too", "[merge][agreement_lifecycle]") {
    // "Lena Marsh will sign the Accord ... ; the Norland Parliament is planning to approve it".
    auto d = document("aaaa000000000001", DateValue{2025, 2, 10}, DateValue{2025, 3, 4}, true);
    d.facts.push_back({0, "pgo:approvedBy", 3, {}, std::nullopt, false, {0, 60}, "pattern:approved-by"});
    const KnowledgeGraph g = merge_extractions({d}, test::fixture_lexicon());
    CHECK(lifecycle_of(g) == std::vector<Attribute>{{"pgo:announcedOn", {"2025-02-10", "date"}},
                                                    {"pgo:lifecycleStage", {"planned", "string"}}});
    for (const auto& row : step_edges(g))
        CHECK(std::get<3>(row) == std::vector<Attribute>{{"pgo:planned", {"true", "boolean"}}});
    // Reported done later: the announced approval is superseded.
    const KnowledgeGraph later = merge_extractions({d, approval("cccc000000000003", DateValue{2025, 6, 2})}, test::fixture_lexicon());
    const auto attrs = lifecycle_of(later);
    CHECK(std::find(attrs.begin(), attrs.end(), Attribute{"pgo:approvedOn", {"2025-06-02", "date"}}) != attrs.end());
    std::size_t approvals = 0;
    for (const auto& row : step_edges(later)) approvals += std::get<0>(row) == "pgo:approvedBy";
    CHECK(approvals == 1);
}
