#include "pressgraph/graph/iri_table.hpp"

#include <unordered_map>
#include <utility>
#include <vector>

#include "pressgraph/graph/iri_minting.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/flat_string_map.hpp"
#include "pressgraph/util/hash.hpp"

namespace pressgraph {

bool slug_is_exact(std::string_view key) {
    if (key.empty() || key.front() == ' ' || key.back() == ' ') return false;
    char previous = 0;
    for (const char c : key) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && !(c == ' ' && previous != ' ')) return false;
        previous = c;
    }
    return true;
}

std::size_t IriTable::IdentityHash::operator()(const Identity& identity) const noexcept {
    return static_cast<std::size_t>(fast_string_hash(identity.key) * 31 + fast_string_hash(identity.kind));
}

const IriTable::Entry* IriTable::find(std::string_view kind, std::string_view key) const {
    const auto it = index_.find(Identity{kind, key});
    return it == index_.end() ? nullptr : it->second;
}

void IriTable::add(std::string_view kind, std::string_view key) {
    PG_CHECK(!assigned_);
    if (find(kind, key) != nullptr) return;
    Entry& entry = entries_.emplace_back(Entry{std::string(kind), std::string(key), {}});
    index_.emplace(Identity{entry.kind, entry.key}, &entry);
}

void IriTable::assign() {
    // Identities by their plain IRI. Which identity keeps a shared slug and what the others
    // get depends only on their keys, so the outcome does not depend on the order identities
    // were added in, and neither level needs to be sorted.
    std::unordered_map<std::string_view, std::vector<Entry*>> by_plain;
    by_plain.reserve(entries_.size());
    for (Entry& entry : entries_) entry.iri = mint_iri(entry.kind, entry.key);
    for (Entry& entry : entries_) by_plain[entry.iri].push_back(&entry);
    std::vector<std::pair<Entry*, std::string>> renamed;
    for (auto& [plain, holders] : by_plain) {
        if (holders.size() == 1) continue;
        const Entry* keeper = nullptr;
        for (const Entry* h : holders)
            if (slug_is_exact(h->key)) keeper = h;
        for (Entry* h : holders)
            if (h != keeper) renamed.emplace_back(h, std::string(plain) + "-" + stable_hash_hex(h->key).substr(0, 8));
    }
    by_plain.clear();  // its keys view the IRIs about to change
    for (auto& [entry, iri] : renamed) entry->iri = std::move(iri);
    std::unordered_map<std::string_view, const Entry*> owner;
    owner.reserve(entries_.size());
    for (const Entry& entry : entries_) {
        const auto [at, fresh] = owner.emplace(entry.iri, &entry);
        if (!fresh)
            throw InvariantError("two identities on one IRI " + entry.iri + ": '" + at->second->key + "' and '" +
                                 entry.key + "'");
    }
    assigned_ = true;
}

const std::string& IriTable::iri(std::string_view kind, std::string_view key) const {
    PG_CHECK(assigned_);
    const Entry* entry = find(kind, key);
    PG_CHECK(entry != nullptr);
    return entry->iri;
}

}  // namespace pressgraph
