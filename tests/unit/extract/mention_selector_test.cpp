#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "pressgraph/extract/recognizers.hpp"

using namespace pressgraph;

namespace {
Candidate candidate(std::size_t first, std::size_t last, int priority, std::string rule, std::string canonical) {
    Candidate c;
    c.first = first;
    c.last = last;
    c.priority = priority;
    c.rule = std::move(rule);
    c.canonical = std::move(canonical);
    return c;
}

std::vector<std::string> names(const std::vector<Candidate>& cs) {
    std::vector<std::string> out;
    for (const auto& c : cs) out.push_back(c.canonical);
    return out;
}
using Names = std::vector<std::string>;
}  // namespace

TEST_CASE("select_mentions: a higher priority wins an overlap, even against a longer candidate",
          "[extract][mention_selector]") {
    std::vector<bool> claimed(10, false);
    const auto kept = select_mentions({candidate(0, 5, 2, "pattern:organization-head", "long org"),
                                       candidate(3, 5, 4, "pattern:title-person", "person")},
                                      claimed);
    CHECK(names(kept) == Names{"person"});
    CHECK(claimed == std::vector<bool>{false, false, false, true, true, false, false, false, false, false});
}

TEST_CASE("select_mentions: at equal priority the longer candidate wins", "[extract][mention_selector]") {
    std::vector<bool> claimed(6, false);
    const auto kept = select_mentions({candidate(1, 2, 2, "lexicon:place", "Gomel"),
                                       candidate(1, 5, 2, "pattern:organization-head", "Gomel Region Executive Committee")},
                                      claimed);
    CHECK(names(kept) == Names{"Gomel Region Executive Committee"});
}

TEST_CASE("select_mentions: at equal priority and length a lexicon entry beats a pattern", "[extract][mention_selector]") {
    std::vector<bool> claimed(4, false);
    const auto kept = select_mentions({candidate(0, 3, 2, "pattern:organization-head", "pattern"),
                                       candidate(0, 3, 2, "lexicon:organization", "lexicon")},
                                      claimed);
    CHECK(names(kept) == Names{"lexicon"});
}

TEST_CASE("select_mentions: otherwise the earlier candidate wins", "[extract][mention_selector]") {
    std::vector<bool> claimed(6, false);
    const auto kept = select_mentions({candidate(2, 4, 2, "pattern:x", "later"), candidate(1, 3, 2, "pattern:x", "earlier")},
                                      claimed);
    CHECK(names(kept) == Names{"earlier"});
}

TEST_CASE("select_mentions keeps disjoint candidates in text order and respects claimed tokens",
          "[extract][mention_selector]") {
    std::vector<bool> claimed(8, false);
    claimed[6] = true;  // already taken by a person
    const auto kept = select_mentions({candidate(4, 5, 2, "lexicon:place", "c"), candidate(0, 2, 2, "lexicon:country", "a"),
                                       candidate(2, 3, 3, "pattern:given-name-surname", "b"),
                                       candidate(5, 7, 4, "pattern:title-person", "blocked")},
                                      claimed);
    CHECK(names(kept) == Names{"a", "b", "c"});
    CHECK(claimed == std::vector<bool>{true, true, true, false, true, false, true, false});
    std::vector<bool> none(3, false);
    CHECK(select_mentions({}, none).empty());
}
