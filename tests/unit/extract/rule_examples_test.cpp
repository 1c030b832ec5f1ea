// Every rule of ontology/rules carries invented examples; each example, read as the lead of
// a dated release, must yield an extraction made by that rule (its id as the rule of a
// mention, an event or a fact). A rule that no longer fires on its own example fails here.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/real_lexicon.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

std::set<std::string> rules_used(const DocumentExtraction& x) {
    std::set<std::string> used;
    for (const auto& e : x.entities)
        for (const auto& m : e.mentions) used.insert(m.rule);
    for (const auto& e : x.events) {
        used.insert(e.rule);
        used.insert(e.also_by.begin(), e.also_by.end());
    }
    for (const auto& f : x.facts) used.insert(f.rule);
    return used;
}

}  // namespace

TEST_CASE("every rule fires on each of its invented examples", "[extract][rules]") {
    const Lexicon& lx = real_lexicon();
    const Extractor extractor(lx);
    REQUIRE(lx.rules().rules().size() >= 20);
    std::size_t examples = 0;
    for (const rules::Rule& r : lx.rules().rules()) {
        INFO("rule " << r.id << " (" << r.file << ":" << r.line << ")");
        CHECK_FALSE(r.examples.empty());
        for (const std::string& example : r.examples) {
            INFO("example: " << example);
            // An example that starts with a date is a date line; one without a full stop is a
            // headline; any other is the lead.
            const bool date_line = !example.empty() && example.front() >= '0' && example.front() <= '9';
            const bool headline = !example.empty() && example.back() != '.';
            const std::string text = date_line  ? "Release\n" + example + "\n\nThe ministers met.\n"
                                     : headline ? example + "\n2024-03-01\n\nThe ministers met.\n"
                                                : "Release\n2024-03-01\n\n" + example + "\n";
            const DocumentExtraction x = extractor.extract(analyse_document(text, "example.txt", "example.txt", lx.header_words()));
            CHECK(rules_used(x).count("rule:" + r.id) == 1);
            ++examples;
        }
    }
    CHECK(examples >= lx.rules().rules().size());
}
