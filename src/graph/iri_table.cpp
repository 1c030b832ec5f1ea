#include "pressgraph/graph/iri_table.hpp"

#include <vector>

#include "pressgraph/graph/iri_minting.hpp"
#include "pressgraph/util/errors.hpp"
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

std::string IriTable::composite(std::string_view kind, std::string_view key) {
    std::string c(kind);
    c += '\0';
    c += key;
    return c;
}

void IriTable::add(std::string_view kind, std::string_view key) {
    PG_CHECK(!assigned_);
    iri_of_.try_emplace(composite(kind, key), Entry{std::string(kind), std::string(key), {}});
}

void IriTable::assign() {
    // Identities by their plain IRI; the maps keep both levels sorted, so the outcome does
    // not depend on the order identities were added in.
    std::map<std::string, std::vector<Entry*>> by_plain;
    for (auto& [c, entry] : iri_of_) {
        entry.iri = mint_iri(entry.kind, entry.key);
        by_plain[entry.iri].push_back(&entry);
    }
    for (auto& [plain, holders] : by_plain) {
        if (holders.size() == 1) continue;
        const Entry* keeper = nullptr;
        for (const Entry* h : holders)
            if (slug_is_exact(h->key)) keeper = h;
        for (Entry* h : holders)
            if (h != keeper) h->iri = plain + "-" + stable_hash_hex(h->key).substr(0, 8);
    }
    std::map<std::string_view, const Entry*> owner;
    for (const auto& [c, entry] : iri_of_) {
        const auto [at, fresh] = owner.emplace(entry.iri, &entry);
        if (!fresh)
            throw InvariantError("two identities on one IRI " + entry.iri + ": '" + at->second->key + "' and '" +
                                 entry.key + "'");
    }
    assigned_ = true;
}

const std::string& IriTable::iri(std::string_view kind, std::string_view key) const {
    PG_CHECK(assigned_);
    const auto it = iri_of_.find(composite(kind, key));
    PG_CHECK(it != iri_of_.end());
    return it->second.iri;
}

}  // namespace pressgraph
