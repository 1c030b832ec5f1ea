#pragma once
// Serd writes invalid IRIs and ill-typed literals without a word (docs/integration.md):
// everything handed to it passes these checks first.
#include <string>
#include <string_view>

namespace pressgraph {

/// True for an absolute IRI (RFC 3987) that strict parsers (Oxigraph, rapper) accept:
/// a scheme, no space, no <>"{}|^`\ or control characters, and well-formed %XX escapes.
[[nodiscard]] bool is_valid_absolute_iri(std::string_view iri);

/// Percent-encodes the bytes of `segment` that may not stand raw in an IRI path segment.
[[nodiscard]] std::string percent_encode_iri_segment(std::string_view segment);

/// True when `lexical` is a valid lexical form of the xsd datatype local name
/// ("integer", "boolean", "decimal", "date", "gYear", "gYearMonth", "string", "double").
[[nodiscard]] bool is_valid_lexical_form(std::string_view lexical, std::string_view xsd_local_name);

/// A well-formed BCP 47 tag: subtags of 1-8 ASCII letters/digits, at most 15 bytes (Sord's limit).
[[nodiscard]] bool is_valid_language_tag(std::string_view tag);

}  // namespace pressgraph
