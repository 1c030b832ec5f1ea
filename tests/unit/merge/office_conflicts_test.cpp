#include "pressgraph/merge/office_conflicts.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "pressgraph/merge/graph_merger.hpp"
#include "support/lexicon_fixture.hpp"

using namespace pressgraph;

namespace {
constexpr const char* kIds = "https://w3id.org/pressgraph/id/";

ExtractedEntity entity(EntityType type, std::string name, Span sentence) {
    ExtractedEntity e;
    e.type = type;
    e.canonical_name = name;
    e.resolution_key = name;
    e.mentions = {Mention{Span{sentence.begin, sentence.begin + 5}, sentence, name, "test"}};
    return e;
}

// An invented document naming `person` as `title` of Norland (entity 1). `exclusive` is what
// the title lexicon says; `since` the date of an appointment the sentence gives.
DocumentExtraction holder(std::string id, std::optional<DateValue> published, const std::string& person,
                          const std::string& title = "Foreign Minister", std::optional<bool> exclusive = true,
                          std::optional<std::string> since = std::nullopt) {
    DocumentExtraction d;
    d.document_id = std::move(id);
    d.name = d.document_id + ".txt";
    d.published = published;
    const Span s{0, 50};
    d.sentence_texts = {{s, title + " of Norland " + person + " spoke."}};
    d.entities = {entity(EntityType::Person, person, s), entity(EntityType::Country, "Norland", s)};
    std::vector<Attribute> qualifiers = {{"pgo:title", {title, "string"}}};
    if (exclusive) qualifiers.push_back({"pgo:exclusiveOffice", {*exclusive ? "true" : "false", "boolean"}});
    if (since) qualifiers.push_back({"pgo:since", {*since, "date"}});
    d.facts.push_back({0, "pgo:holdsPosition", 1, qualifiers, std::nullopt, false, s,
                       since ? "pattern:appointed-as" : "pattern:title-person"});
    return d;
}

std::vector<OfficeConflict> conflicts_of(std::vector<DocumentExtraction> docs) {
    MergeStatistics stats;
    (void)merge_extractions(std::move(docs), test::fixture_lexicon(), &stats);
    return stats.office_conflicts;
}
}  // namespace

TEST_CASE("two holders of an exclusive office on the same date are a conflict", "[merge][office_conflicts]") {
    MergeStatistics stats;
    const KnowledgeGraph g = merge_extractions({holder("aaaa000000000001", DateValue{2025, 4, 1}, "Tomas Verin"),
                                                holder("bbbb000000000002", DateValue{2025, 4, 1}, "Anja Kessel")}, test::fixture_lexicon(),
                                               &stats);
    REQUIRE(stats.office_conflicts.size() == 1);
    const OfficeConflict& c = stats.office_conflicts.front();
    CHECK(c.position_iri == std::string(kIds) + "position/foreign-minister-of-norland");
    CHECK(c.position_label == "Foreign Minister of Norland");
    CHECK(c.first.person_label == "Anja Kessel");  // IRI order
    CHECK(c.second.person_label == "Tomas Verin");
    CHECK(c.first.document_name == "bbbb000000000002.txt");
    CHECK(c.second.document_name == "aaaa000000000001.txt");
    CHECK(c.from == "2025-04-01");
    CHECK(c.to == "2025-04-01");
    CHECK(describe(c) ==
          "two holders of the exclusive office Foreign Minister of Norland on 2025-04-01: "
          "Anja Kessel (as of 2025-04-01, bbbb000000000002.txt) and Tomas Verin (as of 2025-04-01, aaaa000000000001.txt)");

    // In the graph: one pgo:OfficeConflict node naming the office and both holders, with
    // the holdings' provenance, and pgo:conflict on both occupancy statements.
    const auto node = g.find(std::string(kIds) + "conflict/foreign-minister-of-norland-anja-kessel-tomas-verin");
    REQUIRE(node);
    CHECK(g.node(*node).type == "pgo:OfficeConflict");
    CHECK(g.node(*node).attributes == std::vector<Attribute>{{"pgo:date", {"2025-04-01", "date"}}});
    std::vector<std::string> links;
    for (auto [it, end] = boost::out_edges(*node, g.storage()); it != end; ++it) {
        links.push_back(g.edge(*it).predicate + " " + g.node(g.target(*it)).label);
        if (g.edge(*it).predicate == "pgo:conflictingHolder") {
            REQUIRE(g.edge(*it).provenance);
            CHECK(g.edge(*it).qualifiers == std::vector<Attribute>{{"pgo:date", {"2025-04-01", "date"}}});
        }
    }
    std::sort(links.begin(), links.end());
    CHECK(links == std::vector<std::string>{"pgo:conflictOver Foreign Minister of Norland",
                                            "pgo:conflictingHolder Anja Kessel", "pgo:conflictingHolder Tomas Verin"});
    std::size_t marked = 0;
    for (auto [it, end] = boost::edges(g.storage()); it != end; ++it)
        if (g.edge(*it).predicate == "pgo:occupies")
            marked += std::count(g.edge(*it).qualifiers.begin(), g.edge(*it).qualifiers.end(),
                                 Attribute{"pgo:conflict", {"true", "boolean"}});
    CHECK(marked == 2);
    const NodeId position = *g.find(c.position_iri);
    const auto& attrs = g.node(position).attributes;
    CHECK(std::find(attrs.begin(), attrs.end(), Attribute{"pgo:exclusiveOffice", {"true", "boolean"}}) != attrs.end());
}

TEST_CASE("a succession is no conflict", "[merge][office_conflicts]") {
    SECTION("one holder attested before a date, the other after") {
        CHECK(conflicts_of({holder("aaaa000000000001", DateValue{2025, 1, 10}, "Tomas Verin"),
                            holder("bbbb000000000002", DateValue{2025, 6, 1}, "Anja Kessel")})
                  .empty());
    }
    SECTION("appointed on a date after the other holder's last attestation") {
        CHECK(conflicts_of({holder("aaaa000000000001", DateValue{2025, 1, 10}, "Tomas Verin"),
                            holder("bbbb000000000002", DateValue{2025, 6, 1}, "Anja Kessel", "Foreign Minister",
                                   std::nullopt, "2025-03-01")})
                  .empty());
    }
}

TEST_CASE("a holder still attested after the other's appointment is a conflict", "[merge][office_conflicts]") {
    const auto conflicts = conflicts_of({holder("aaaa000000000001", DateValue{2025, 4, 1}, "Tomas Verin"),
                                         holder("bbbb000000000002", DateValue{2025, 6, 1}, "Anja Kessel",
                                                "Foreign Minister", std::nullopt, "2025-03-01")});
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].from == "2025-04-01");
    CHECK(conflicts[0].first.since == "2025-03-01");
    CHECK(conflicts[0].first.from == "2025-03-01");
    CHECK(conflicts[0].first.to == "2025-06-01");
    CHECK(describe(conflicts[0]).find("Anja Kessel (since 2025-03-01, as of 2025-06-01, bbbb000000000002.txt)") !=
          std::string::npos);
}

TEST_CASE("no conflict for an office with several holders, one person, or an undated holding",
          "[merge][office_conflicts]") {
    SECTION("a title that is not exclusive") {
        CHECK(conflicts_of({holder("aaaa000000000001", DateValue{2025, 4, 1}, "Tomas Verin", "Ambassador", false),
                            holder("bbbb000000000002", DateValue{2025, 4, 1}, "Anja Kessel", "Ambassador", false)})
                  .empty());
    }
    SECTION("the same person in two documents") {
        CHECK(conflicts_of({holder("aaaa000000000001", DateValue{2025, 4, 1}, "Tomas Verin"),
                            holder("bbbb000000000002", DateValue{2025, 4, 1}, "Tomas Verin")})
                  .empty());
    }
    SECTION("a document without a date") {
        CHECK(conflicts_of({holder("aaaa000000000001", std::nullopt, "Tomas Verin"),
                            holder("bbbb000000000002", DateValue{2025, 4, 1}, "Anja Kessel")})
                  .empty());
    }
}

TEST_CASE("conflicts do not depend on the input order", "[merge][office_conflicts]") {
    std::vector<DocumentExtraction> docs = {
        holder("aaaa000000000001", DateValue{2025, 4, 1}, "Tomas Verin"),
        holder("bbbb000000000002", DateValue{2025, 4, 1}, "Anja Kessel"),
        // Exclusive because another statement with the title says so.
        holder("cccc000000000003", DateValue{2025, 4, 1}, "Ida Brant", "Foreign Minister", std::nullopt)};
    const auto reference = conflicts_of(docs);
    REQUIRE(reference.size() == 3);
    std::reverse(docs.begin(), docs.end());
    const auto reversed = conflicts_of(docs);
    REQUIRE(reversed.size() == reference.size());
    for (std::size_t i = 0; i < reference.size(); ++i) CHECK(describe(reversed[i]) == describe(reference[i]));
}

TEST_CASE("conflicts of many holdings are those of comparing every pair", "[merge][office_conflicts]") {
    // Many invented documents: five people named Foreign Minister of Norland on days of one
    // month, some "since" an earlier day. Checked against the definition, pair by pair: two
    // people conflict when a holding of each covers a common day; a holding is marked when it
    // shares a day with another person's.
    const std::vector<std::string> people = {"Tomas Verin", "Anja Kessel", "Ida Brant", "Olaf Strand", "Mira Holt"};
    struct Held {
        std::string person;
        int from, to;  // days of April 2025
    };
    std::uint32_t seed = 12345;
    auto next = [&](std::uint32_t n) {
        seed = seed * 1103515245U + 12345U;
        return (seed >> 16) % n;
    };
    for (int round = 0; round < 6; ++round) {
        std::vector<DocumentExtraction> docs;
        std::vector<Held> held;
        const int holdings = round < 3 ? 40 : 160;  // long runs of one day in the later rounds
        for (int k = 0; k < holdings; ++k) {
            const std::string& person = people[next(round == 0 ? 2 : 5)];
            const int day = 1 + static_cast<int>(next(round < 3 ? 20 : 6));
            std::optional<std::string> since;
            int from = day;
            if (next(4) == 0) {
                from = 1 + static_cast<int>(next(static_cast<std::uint32_t>(day)));
                since = "2025-04-" + std::string(from < 10 ? "0" : "") + std::to_string(from);
            }
            char id[32];
            std::snprintf(id, sizeof id, "%04d%012d", round, k);
            docs.push_back(holder(id, DateValue{2025, 4, day}, person, "Foreign Minister", true, since));
            held.push_back({person, from, day});
        }
        std::set<std::pair<std::string, std::string>> expected_pairs;
        std::size_t expected_marked = 0;
        for (std::size_t a = 0; a < held.size(); ++a) {
            bool marked = false;
            for (std::size_t b = 0; b < held.size(); ++b) {
                if (held[a].person == held[b].person) continue;
                if (std::max(held[a].from, held[b].from) > std::min(held[a].to, held[b].to)) continue;
                marked = true;
                expected_pairs.emplace(std::min(held[a].person, held[b].person), std::max(held[a].person, held[b].person));
            }
            expected_marked += marked ? 1 : 0;
        }

        MergeStatistics stats;
        const KnowledgeGraph g = merge_extractions(docs, test::fixture_lexicon(), &stats);
        std::set<std::pair<std::string, std::string>> found_pairs;
        for (const OfficeConflict& c : stats.office_conflicts) {
            const auto pair = std::minmax(c.first.person_label, c.second.person_label);
            found_pairs.emplace(pair.first, pair.second);
            CHECK(c.from <= c.to);
            CHECK(c.from >= "2025-04-01");
        }
        std::size_t marked = 0;
        for (auto [it, end] = boost::edges(g.storage()); it != end; ++it) {
            const EdgeProperties& e = g.edge(*it);
            if (e.predicate != "pgo:occupies") continue;
            for (const Attribute& q : e.qualifiers) marked += q.predicate == "pgo:conflict" ? 1 : 0;
        }
        INFO("round " << round);
        CHECK(found_pairs == expected_pairs);
        CHECK(stats.office_conflicts.size() == expected_pairs.size());
        CHECK(marked == expected_marked);
        CHECK(!expected_pairs.empty());
    }
}
