#include "pressgraph/io/rdf_validation.hpp"

#include <catch2/catch.hpp>

#include "pressgraph/io/vocabulary.hpp"

using namespace pressgraph;

TEST_CASE("absolute IRIs that strict parsers accept", "[io][rdf_validation]") {
    CHECK(is_valid_absolute_iri("https://w3id.org/pressgraph/id/person/angela-merkel"));
    CHECK(is_valid_absolute_iri("https://w3id.org/pressgraph/ontology#Person"));
    CHECK(is_valid_absolute_iri("urn:isbn:0451450523"));
    CHECK(is_valid_absolute_iri("https://example.org/caf%C3%A9?q=1&r=2#frag"));
    CHECK(is_valid_absolute_iri("https://example.org/café/Москва"));
    CHECK(is_valid_absolute_iri("http://[::1]:8080/path"));
}

TEST_CASE("IRIs serd would write unloadable are rejected", "[io][rdf_validation]") {
    CHECK_FALSE(is_valid_absolute_iri(""));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a b"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a<b"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a>b"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a{b}"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a|b"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a\\b"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a\"b"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a^b"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a`b"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a\tb"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a\x01"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/%zz"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/%4"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/a#b#c"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/[x]"));
    CHECK_FALSE(is_valid_absolute_iri("example.org/no-scheme"));
    CHECK_FALSE(is_valid_absolute_iri("/relative/path"));
    CHECK_FALSE(is_valid_absolute_iri("1http://example.org/"));
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/\xC3"));        // truncated UTF-8
    CHECK_FALSE(is_valid_absolute_iri("https://example.org/\xC2\x85"));    // C1 control (NEL)
}

TEST_CASE("percent-encoding an IRI segment yields a valid IRI", "[io][rdf_validation]") {
    CHECK(percent_encode_iri_segment("angela-merkel_2.0~x") == "angela-merkel_2.0~x");
    CHECK(percent_encode_iri_segment("a b/c#d%") == "a%20b%2Fc%23d%25");
    CHECK(percent_encode_iri_segment("café") == "café");
    CHECK(percent_encode_iri_segment("bad\xFFutf") == "bad%FFutf");
    const std::string hostile = "x <>\"{}|^`\\\t\x01%zz?#[]";
    CHECK(is_valid_absolute_iri(std::string(vocab::kResourceBase) + percent_encode_iri_segment(hostile)));
}

TEST_CASE("lexical forms of numbers and booleans", "[io][rdf_validation]") {
    CHECK(is_valid_lexical_form("42", "integer"));
    CHECK(is_valid_lexical_form("-7", "integer"));
    CHECK(is_valid_lexical_form("+0", "integer"));
    CHECK_FALSE(is_valid_lexical_form("1.0", "integer"));
    CHECK_FALSE(is_valid_lexical_form("1e5", "integer"));
    CHECK_FALSE(is_valid_lexical_form("abc", "integer"));
    CHECK_FALSE(is_valid_lexical_form("", "integer"));
    CHECK_FALSE(is_valid_lexical_form("-", "integer"));

    CHECK(is_valid_lexical_form("true", "boolean"));
    CHECK(is_valid_lexical_form("false", "boolean"));
    CHECK(is_valid_lexical_form("1", "boolean"));
    CHECK(is_valid_lexical_form("0", "boolean"));
    CHECK_FALSE(is_valid_lexical_form("yes", "boolean"));
    CHECK_FALSE(is_valid_lexical_form("TRUE", "boolean"));

    CHECK(is_valid_lexical_form("3.14", "decimal"));
    CHECK(is_valid_lexical_form("-.5", "decimal"));
    CHECK(is_valid_lexical_form("10", "decimal"));
    CHECK(is_valid_lexical_form("1.", "decimal"));
    CHECK_FALSE(is_valid_lexical_form(".", "decimal"));
    CHECK_FALSE(is_valid_lexical_form("1e3", "decimal"));
    CHECK_FALSE(is_valid_lexical_form("1.2.3", "decimal"));

    CHECK(is_valid_lexical_form("1.5e-3", "double"));
    CHECK(is_valid_lexical_form("INF", "double"));
    CHECK(is_valid_lexical_form("NaN", "double"));
    CHECK_FALSE(is_valid_lexical_form("nan", "double"));
}

TEST_CASE("lexical forms of dates honour the calendar", "[io][rdf_validation]") {
    CHECK(is_valid_lexical_form("2024-06-24", "date"));
    CHECK(is_valid_lexical_form("2024-02-29", "date"));
    CHECK_FALSE(is_valid_lexical_form("2024-02-30", "date"));
    CHECK_FALSE(is_valid_lexical_form("2023-02-29", "date"));
    CHECK_FALSE(is_valid_lexical_form("2024-13-01", "date"));
    CHECK_FALSE(is_valid_lexical_form("2024-6-24", "date"));
    CHECK_FALSE(is_valid_lexical_form("2024-06", "date"));
    CHECK(is_valid_lexical_form("2024-06-24Z", "date"));
    CHECK(is_valid_lexical_form("2024-06-24+02:00", "date"));
    CHECK_FALSE(is_valid_lexical_form("2024-06-24+15:00", "date"));

    CHECK(is_valid_lexical_form("2024", "gYear"));
    CHECK_FALSE(is_valid_lexical_form("24", "gYear"));
    CHECK_FALSE(is_valid_lexical_form("2024-06", "gYear"));
    CHECK(is_valid_lexical_form("2024-06", "gYearMonth"));
    CHECK_FALSE(is_valid_lexical_form("2024-00", "gYearMonth"));

    CHECK(is_valid_lexical_form("2024-06-24T10:30:00Z", "dateTime"));
    CHECK(is_valid_lexical_form("2024-06-24T10:30:00.25", "dateTime"));
    CHECK_FALSE(is_valid_lexical_form("2024-06-24T25:00:00", "dateTime"));
}

TEST_CASE("strings must be valid UTF-8 and unknown datatypes are refused", "[io][rdf_validation]") {
    CHECK(is_valid_lexical_form("Élysée \"quoted\"\n\x01", "string"));
    CHECK_FALSE(is_valid_lexical_form("bad \xFF", "string"));
    CHECK_FALSE(is_valid_lexical_form("P1D", "duration"));
}

TEST_CASE("language tags", "[io][rdf_validation]") {
    CHECK(is_valid_language_tag("en"));
    CHECK(is_valid_language_tag("en-US"));
    CHECK(is_valid_language_tag("de-CH-1901"));
    CHECK(is_valid_language_tag("zh-Hant"));
    CHECK_FALSE(is_valid_language_tag(""));
    CHECK_FALSE(is_valid_language_tag("en_US"));
    CHECK_FALSE(is_valid_language_tag("en-"));
    CHECK_FALSE(is_valid_language_tag("-en"));
    CHECK_FALSE(is_valid_language_tag("en-toolongsubtag"));
    CHECK_FALSE(is_valid_language_tag("de-CH-1901-x-phonebook"));  // Sord keeps 15 bytes only
    CHECK_FALSE(is_valid_language_tag("1en"));
}
