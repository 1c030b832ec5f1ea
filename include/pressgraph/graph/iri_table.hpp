#pragma once
// One IRI per identity, never one IRI for two. Slugs fold case, accents and punctuation
// ("José Pérez" and "Jose Perez", "Jean-Paul Dupont" and "Jean Paul-Dupont" share a slug),
// so two identities that resolution keeps apart can meet on one slug; the table gives
// such a pair distinct IRIs instead of letting the graph merge them silently.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pressgraph {

class IriTable {
public:
    /// Registers the identity `key` (a resolution key, an event key) of resources of `kind`.
    void add(std::string_view kind, std::string_view key);

    /// Assigns the IRIs. An identity whose slug no other identity of its kind shares gets
    /// the plain slug IRI (mint_iri). Where several share one, the one whose key the slug
    /// spells exactly ("jose perez" for "jose-perez") keeps it and each other gets the slug
    /// plus "-" and 8 hex digits of its key's hash: deterministic, whatever the input order.
    /// Throws InvariantError if two identities still end on one IRI (a hash collision).
    void assign();

    /// The IRI of a registered identity (after assign()).
    [[nodiscard]] const std::string& iri(std::string_view kind, std::string_view key) const;

    [[nodiscard]] std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        std::string kind;
        std::string key;
        std::string iri;
    };
    // Looked up by views of the caller's strings: no composite key is made per question
    // (the merge asks once for every entity and event a document mentions).
    struct Identity {
        std::string_view kind;
        std::string_view key;
        friend bool operator==(const Identity&, const Identity&) = default;
    };
    struct IdentityHash {
        std::size_t operator()(const Identity& identity) const noexcept;
    };
    [[nodiscard]] const Entry* find(std::string_view kind, std::string_view key) const;
    std::deque<Entry> entries_;  // a deque: entries never move, so the index's views stay valid
    std::unordered_map<Identity, Entry*, IdentityHash> index_;
    bool assigned_ = false;
};

/// True when `slugify(key)` spells `key` exactly (lower-case ASCII letters and digits
/// separated by single spaces), so the slug loses nothing.
[[nodiscard]] bool slug_is_exact(std::string_view key);

}  // namespace pressgraph
