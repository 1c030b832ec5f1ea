#pragma once
// Lookups in one document's extraction, for tests that assert what it holds.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pressgraph/extract/document_extraction.hpp"

namespace pressgraph::test {

/// The entity of `type` named `name`, if the extraction has one.
inline std::optional<std::size_t> find_entity(const DocumentExtraction& x, EntityType type, const std::string& name) {
    for (std::size_t i = 0; i < x.entities.size(); ++i)
        if (x.entities[i].type == type && x.entities[i].canonical_name == name) return i;
    return std::nullopt;
}

/// The entity of `type` named `name`; the test fails when there is none.
inline std::size_t entity(const DocumentExtraction& x, EntityType type, const std::string& name) {
    const auto e = find_entity(x, type, name);
    if (!e) FAIL("no entity " << name);
    return *e;
}

/// The document's first event of `type` ("Meeting"), or nullptr.
/// The document's events of `type` ("Meeting", "Visit", ...), in order.
inline std::vector<const ExtractedEvent*> events_of(const DocumentExtraction& x, const std::string& type) {
    std::vector<const ExtractedEvent*> out;
    for (const ExtractedEvent& e : x.events)
        if (e.type == type) out.push_back(&e);
    return out;
}

inline const ExtractedEvent* first_event(const DocumentExtraction& x, const std::string& type) {
    for (const ExtractedEvent& e : x.events)
        if (e.type == type) return &e;
    return nullptr;
}

/// The fact `s p o` between two entities (not an event), or nullptr.
inline const ExtractedFact* fact(const DocumentExtraction& x, std::size_t s, const std::string& p, std::size_t o) {
    for (const auto& f : x.facts)
        if (!f.object_is_event && f.predicate == p && f.subject == s && f.object == o) return &f;
    return nullptr;
}

/// Whether the extraction holds the fact `s p o` between the entities named so.
inline bool has_fact(const DocumentExtraction& x, EntityType st, const std::string& s, const std::string& p, EntityType ot,
                     const std::string& o) {
    const auto a = find_entity(x, st, s);
    const auto b = find_entity(x, ot, o);
    return a && b && fact(x, *a, p, *b) != nullptr;
}

/// The value of the fact's qualifier `predicate` ("pgo:title"), empty when it has none.
inline std::string qualifier(const ExtractedFact& f, const std::string& predicate) {
    for (const auto& q : f.qualifiers)
        if (q.predicate == predicate) return q.value.lexical;
    return {};
}

/// The offices the document names for `person` by a bare title ("President Ivan Petrov"), which
/// the merge completes with each one's fallback country (`home_country`).
inline std::vector<const OfficeWithoutHolder*> offices_without_holder(const DocumentExtraction& x, std::size_t person) {
    std::vector<const OfficeWithoutHolder*> out;
    for (const auto& o : x.offices_without_holder)
        if (o.person == person) out.push_back(&o);
    return out;
}

/// The canonical name of the entity `e` points at, or "" when it points at none (an event's place).
inline std::string name_of(const DocumentExtraction& x, std::optional<std::size_t> e) {
    return e ? x.entities[*e].canonical_name : std::string();
}

/// Whether a participant of `e` has `surname` in its name.
inline bool takes_part(const DocumentExtraction& x, const ExtractedEvent& e, const std::string& surname) {
    return std::any_of(e.participants.begin(), e.participants.end(),
                       [&](std::size_t p) { return x.entities[p].canonical_name.find(surname) != std::string::npos; });
}

/// The first event of `type` in which someone named `surname` takes part.
inline const ExtractedEvent* event_with(const DocumentExtraction& x, const std::string& type, const std::string& surname) {
    for (const ExtractedEvent* e : events_of(x, type))
        if (takes_part(x, *e, surname)) return e;
    return nullptr;
}

}  // namespace pressgraph::test
