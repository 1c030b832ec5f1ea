// Identity through the whole pipeline, with the real lexicon: persons that resolution keeps
// apart keep apart IRIs, and one person written two ways (NFC, NFD) is one node. The
// documents are invented; the names stand for the ways names collide, not for anyone.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/real_lexicon.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

// The IRIs of the graph's nodes of `type` whose slug starts with `slug`, after extracting and merging `texts`.
std::set<std::string> nodes_of(const std::vector<std::string>& texts, const std::string& slug, const std::string& type) {
    const Extractor extractor(real_lexicon());
    std::vector<DocumentExtraction> extractions;
    for (std::size_t i = 0; i < texts.size(); ++i)
        extractions.push_back(extractor.extract(analyse_document(texts[i], "d" + std::to_string(i), "d" + std::to_string(i), real_lexicon().header_words())));
    const KnowledgeGraph graph = merge_extractions(std::move(extractions), real_lexicon());
    std::set<std::string> persons;
    for (const NodeId n : graph.nodes_in_order())
        if (graph.node(n).type == type && graph.node(n).iri.find("/" + slug) != std::string::npos)
            persons.insert(graph.node(n).iri);
    return persons;
}

std::set<std::string> persons_of(const std::vector<std::string>& texts, const std::string& slug) {
    return nodes_of(texts, slug, "pgo:Person");
}

std::string talks(const std::string& day, const std::string& guest) {
    return "Talks in Lisbon\n" + day + " March 2024\n\nOn " + day +
           " March 2024, the Foreign Minister of Portugal held talks in Lisbon with " + guest + ".\n";
}

}  // namespace

TEST_CASE("ministers of two countries named alike are two persons, NFD and NFC are one", "[pipeline][identity]") {
    const std::string accented = "Foreign Minister of Spain Jos\xC3\xA9 P\xC3\xA9rez";
    const std::string decomposed = "Foreign Minister of Spain Jose\xCC\x81 Pe\xCC\x81rez";
    const std::string plain = "Foreign Minister of Chile Jose Perez";
    const auto persons = persons_of({talks("3", accented), talks("4", plain), talks("5", decomposed)}, "jose-perez");
    CHECK(persons.size() == 2);
}

TEST_CASE("hyphen variants of a name that resolution keeps apart get two IRIs", "[pipeline][identity]") {
    const auto persons = persons_of({talks("9", "Foreign Minister of France Jean-Paul Dupont"),
                                     talks("10", "Foreign Minister of Belgium Jean Paul-Dupont")}, "jean-paul-dupont");
    CHECK(persons.size() == 2);
}

TEST_CASE("a title followed by a name is a person first, even when the given name is a country's", "[pipeline][identity]") {
    CHECK(persons_of({talks("13", "Foreign Minister Chad Johnson")}, "chad-johnson").size() == 1);
}

TEST_CASE("agreements named by a description are each their document's, a named agreement is one", "[pipeline][identity]") {
    const std::string a = "Talks\n2024-03-01\n\nThe ministers discussed the agreements reached today and the Treaty of Lisbon.\n";
    const std::string b = "Other talks\n2024-04-01\n\nThe presidents praised the agreements reached today and the Treaty of Lisbon.\n";
    CHECK(nodes_of({a, b}, "agreements-reached-today", "pgo:Treaty").size() == 2);
    CHECK(nodes_of({a, b}, "treaty-of-lisbon", "pgo:Treaty").size() == 1);
}

TEST_CASE("a document named by its kind alone is its release's, one named by what it covers is shared", "[pipeline][identity]") {
    const std::string a = "Talks\n2024-03-01\n\nFollowing the talks, the ministers signed a joint statement and the plan of "
                          "consultations between the foreign ministries for 2025.\n";
    const std::string b = "Other talks\n2024-04-01\n\nFollowing the talks, the presidents signed a joint statement and the plan of "
                          "consultations between the foreign ministries for 2025.\n";
    CHECK(nodes_of({a, b}, "joint-statement", "pgo:Statement").size() == 2);
    CHECK(nodes_of({a, b}, "plan-of-consultations", "pgo:Plan").size() == 1);
}
