#pragma once
// What extraction finds in one document, on its own: entities with their mentions and
// facts between them. Documents are extracted independently (in parallel, or on other
// machines); the merge stage (src/merge) resolves them into one graph.
#include <optional>
#include <string>
#include <vector>

#include "pressgraph/extract/candidate.hpp"
#include "pressgraph/extract/entity_type.hpp"
#include "pressgraph/graph/knowledge_graph.hpp"
#include "pressgraph/util/date_value.hpp"
#include "pressgraph/util/span.hpp"

namespace pressgraph {

/// One occurrence of an entity in the text.
struct Mention {
    Span span;             ///< bytes of the mention in the original text
    Span sentence;         ///< the sentence it occurs in
    std::string surface;   ///< the text as written
    std::string rule;      ///< the recogniser that found it, e.g. "lexicon:country", "pattern:title-person"
};

/// One entity of the document, after in-document resolution.
struct ExtractedEntity {
    EntityType type = EntityType::Person;
    std::string canonical_name;  ///< the fullest name the document or the lexicon gives
    std::string resolution_key;  ///< where mentions of one entity meet across documents (resolution_key.hpp)
    std::string subtype;         ///< Agreement subtype ("Treaty") or Organization subtype; may be empty
    std::vector<Mention> mentions;
    /// Set when the entity is an office the document names without its holder ("the
    /// President of Russia"): the merge gives it the holder's key from the corpus.
    std::optional<OfficeReference> office;
};

/// A dated event of the document: a meeting, visit, summit, session, forum, conference,
/// phone call or ceremony.
struct ExtractedEvent {
    std::string type;                     ///< "Meeting", "Visit", ... (a pgo: class local name)
    std::optional<DateValue> start;
    std::optional<DateValue> end;
    std::optional<std::size_t> place;     ///< entity index of the place (or country)
    std::vector<std::size_t> participants;///< entity indices (persons, countries, organisations)
    std::vector<std::size_t> chairs;
    std::optional<std::size_t> part_of;   ///< index into `events`
    bool planned = false;                 ///< announced, not yet reported as done
    Span sentence;
    std::string trigger;                  ///< the words that named it ("official visit")
    std::string rule;
    std::vector<std::string> also_by;     ///< other rules that read the same event (eval scores each rule)
};

/// A fact between two entities of the same document (indices into `entities`).
struct ExtractedFact {
    std::size_t subject = 0;
    std::string predicate;  ///< ontology property CURIE
    std::size_t object = 0;
    std::vector<Attribute> qualifiers;
    std::optional<std::size_t> event;   ///< the event the fact belongs to (index into `events`)
    bool object_is_event = false;       ///< `object` indexes `events` (pgo:signedAt)
    Span sentence;
    std::string rule;
};

/// A national office written without its country ("Foreign Minister Ana Lopes" in the
/// ministry's own release): the merge completes it from the corpus (entity_resolution.hpp).
struct OfficeWithoutHolder {
    std::size_t person = 0;  ///< index into `entities`
    std::string title;       ///< short title: "Foreign Minister"
    Span sentence;
    /// The country the document speaks for, if it can tell (relation_extraction.cpp): the
    /// fallback when the corpus names no country for this person and title.
    std::optional<std::size_t> home_country;
};

struct DocumentExtraction {
    std::string document_id;  ///< Document::id
    std::string name;
    std::string title;
    std::optional<DateValue> published;
    std::size_t bytes = 0;
    std::vector<ExtractedEntity> entities;
    std::vector<ExtractedEvent> events;
    std::vector<ExtractedFact> facts;
    std::vector<OfficeWithoutHolder> offices_without_holder;
    std::vector<std::pair<Span, std::string>> sentence_texts;  ///< the sentences that facts and mentions cite
};

}  // namespace pressgraph
