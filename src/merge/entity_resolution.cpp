#include "pressgraph/merge/entity_resolution.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "pressgraph/extract/name_grouping.hpp"
#include "pressgraph/text/normalizer.hpp"
#include "pressgraph/util/flat_string_map.hpp"

namespace pressgraph {

namespace {

// The key each key is rewritten to; a key absent from the map stays itself.
using KeyMap = NameRenames;

void apply_renames(std::vector<DocumentExtraction>& extractions, const KeyMap& rename) {
    if (rename.empty()) return;
    // Asked once an entity of every document: hashed views of the map's keys, so that no
    // key is copied to be looked up.
    struct TypedKeyHash {
        std::size_t operator()(const std::pair<EntityType, std::string_view>& k) const noexcept {
            return static_cast<std::size_t>(fast_string_hash(k.second)) * 31 + static_cast<std::size_t>(k.first);
        }
    };
    std::unordered_map<std::pair<EntityType, std::string_view>, const std::string*, TypedKeyHash> to;
    to.reserve(rename.size());
    for (const auto& [key, renamed] : rename) to.emplace(std::pair<EntityType, std::string_view>(key.first, key.second), &renamed);
    for (auto& doc : extractions)
        for (auto& e : doc.entities)
            if (const auto it = to.find({e.type, e.resolution_key}); it != to.end()) e.resolution_key = *it->second;
}

// Rule 1, over the keys of organisations, agreements and places (name_grouping.hpp).
KeyMap merge_by_signature(const std::vector<DocumentExtraction>& extractions, const Lexicon& lexicon) {
    std::map<std::pair<EntityType, std::string>, NameToGroup> keys;
    for (const auto& doc : extractions)
        for (const auto& e : doc.entities) {
            if (e.type == EntityType::Person || e.type == EntityType::Country) continue;
            NameToGroup& k = keys[{e.type, e.resolution_key}];
            k.type = e.type;
            k.name = e.resolution_key;
            k.mentions += e.mentions.size();
            for (const auto& m : e.mentions) k.from_lexicon |= is_lexicon_name(m.rule);
        }
    std::vector<NameToGroup> names;
    names.reserve(keys.size());
    for (auto& [key, k] : keys) names.push_back(std::move(k));
    return group_names(names, lexicon);
}

std::string surname_of(const std::string& key) {
    const auto space = key.rfind(' ');
    return space == std::string::npos ? std::string() : key.substr(space + 1);
}

// Rule 2. The offices each full-named person key holds: (title, holder key) -> years.
KeyMap merge_office_holders(const std::vector<DocumentExtraction>& extractions) {
    struct Holding {
        std::string surname, title, holder;
        bool operator<(const Holding& o) const { return std::tie(surname, title, holder) < std::tie(o.surname, o.title, o.holder); }
    };
    std::map<Holding, std::map<std::string, std::set<int>>> holders;  // -> person key -> years
    std::map<std::string, std::size_t> mentions;
    for (const auto& doc : extractions) {
        for (const auto& e : doc.entities)
            if (e.type == EntityType::Person) mentions[e.resolution_key] += e.mentions.size();
        for (const auto& f : doc.facts) {
            if (f.predicate != "pgo:holdsPosition" || f.object_is_event) continue;
            const auto& person = doc.entities[f.subject];
            const std::string surname = surname_of(person.resolution_key);
            if (surname.empty()) continue;
            std::string title;
            for (const auto& q : f.qualifiers)
                if (q.predicate == "pgo:title") title = q.value.lexical;
            const int year = doc.published ? doc.published->year : 0;
            holders[{surname, title, doc.entities[f.object].resolution_key}][person.resolution_key].insert(year);
        }
    }
    KeyMap rename;
    for (const auto& [holding, people] : holders) {
        if (people.size() < 2) continue;
        // The spelling with the most mentions (then the alphabetically first) wins.
        auto best = people.begin();
        for (auto it = people.begin(); it != people.end(); ++it)
            if (mentions[it->first] > mentions[best->first]) best = it;
        for (const auto& [key, years] : people) {
            if (key == best->first) continue;
            const bool same_period = std::any_of(years.begin(), years.end(), [&](int y) {
                return std::any_of(best->second.begin(), best->second.end(),
                                   [&](int b) { return y == 0 || b == 0 || std::abs(y - b) <= 2; });
            });
            if (same_period && !rename.count({EntityType::Person, key})) rename[{EntityType::Person, key}] = best->first;
        }
    }
    return rename;
}

// Rule 3. A lone surname is the one full name of the corpus with that surname; where there
// are several (a president and a spouse, a father and a son), the one holding an office the
// lone surname holds too ("President Biden" and "President Joe Biden" of one country), when
// exactly one does. Offices are compared by lower-case title and holder key.
KeyMap resolve_lone_surnames(const std::vector<DocumentExtraction>& extractions) {
    std::map<std::string, std::set<std::string>> full_keys_by_surname;
    for (const auto& doc : extractions)
        for (const auto& e : doc.entities)
            if (e.type == EntityType::Person) {
                const std::string surname = surname_of(e.resolution_key);
                if (!surname.empty()) full_keys_by_surname[surname].insert(e.resolution_key);
            }
    using Office = std::pair<std::string, std::string>;  // (lower-case title, holder key)
    std::map<std::string, std::set<Office>> offices;  // person key -> offices it holds somewhere
    for (const auto& doc : extractions)
        for (const auto& f : doc.facts) {
            if (f.predicate != "pgo:holdsPosition" || f.object_is_event) continue;
            const auto& person = doc.entities[f.subject];
            if (person.type != EntityType::Person || person.office) continue;
            for (const auto& q : f.qualifiers)
                if (q.predicate == "pgo:title")
                    offices[person.resolution_key].emplace(ascii_lower(q.value.lexical), doc.entities[f.object].resolution_key);
        }
    auto shares_an_office = [&](const std::string& a, const std::string& b) {
        const auto ia = offices.find(a), ib = offices.find(b);
        if (ia == offices.end() || ib == offices.end()) return false;
        return std::any_of(ia->second.begin(), ia->second.end(), [&](const Office& o) { return ib->second.count(o) > 0; });
    };
    KeyMap rename;
    for (const auto& doc : extractions)
        for (const auto& e : doc.entities) {
            if (e.type != EntityType::Person || e.resolution_key.find(' ') != std::string::npos) continue;
            if (rename.count({EntityType::Person, e.resolution_key})) continue;
            const auto it = full_keys_by_surname.find(e.resolution_key);
            if (it == full_keys_by_surname.end()) continue;
            if (it->second.size() == 1) {
                rename[{EntityType::Person, e.resolution_key}] = *it->second.begin();
                continue;
            }
            const std::string* holder = nullptr;
            std::size_t holders = 0;
            for (const std::string& full : it->second)
                if (shares_an_office(e.resolution_key, full)) {
                    holder = &full;
                    ++holders;
                }
            if (holders == 1) rename[{EntityType::Person, e.resolution_key}] = *holder;
        }
    return rename;
}

// Rule 4. An office the document names without its holder ("the President of Russia") is
// the person the corpus attests in that office nearest to the document's date. Offices are
// matched by lower-case title and holder key; without a date the most attested holder wins.
void resolve_offices(std::vector<DocumentExtraction>& extractions) {
    struct Attestation {
        std::string person;
        int day = 0;  // days since year 0, roughly; 0 when the document has no date
    };
    auto day_of = [](const DocumentExtraction& d) {
        return d.published ? d.published->year * 372 + d.published->month * 31 + d.published->day : 0;
    };
    std::map<std::pair<std::string, std::string>, std::vector<Attestation>> holders;  // (title, holder key)
    for (const auto& doc : extractions)
        for (const auto& f : doc.facts) {
            if (f.predicate != "pgo:holdsPosition" || f.object_is_event) continue;
            const auto& person = doc.entities[f.subject];
            if (person.office || person.resolution_key.find(' ') == std::string::npos) continue;
            for (const auto& q : f.qualifiers)
                if (q.predicate == "pgo:title")
                    holders[{ascii_lower(q.value.lexical), doc.entities[f.object].resolution_key}].push_back(
                        {person.resolution_key, day_of(doc)});
        }
    for (auto& doc : extractions) {
        const int day = day_of(doc);
        for (auto& e : doc.entities) {
            if (!e.office) continue;
            const auto it = holders.find({ascii_lower(e.office->title), e.office->holder_key});
            if (it == holders.end()) continue;
            // Nearest in time; ties: the most attested, then the alphabetically first.
            std::map<std::string, std::pair<int, std::size_t>> by_person;  // -> (distance, attestations)
            for (const auto& a : it->second) {
                const int distance = (day == 0 || a.day == 0) ? 0 : std::abs(day - a.day);
                auto [p, inserted] = by_person.try_emplace(a.person, distance, 0);
                p->second.first = std::min(p->second.first, distance);
                ++p->second.second;
            }
            const auto best = std::min_element(by_person.begin(), by_person.end(), [](const auto& a, const auto& b) {
                if (a.second.first != b.second.first) return a.second.first < b.second.first;
                if (a.second.second != b.second.second) return a.second.second > b.second.second;
                return a.first < b.first;
            });
            e.resolution_key = best->first;
        }
    }
}

// "President Ivan Petrov" in a release that has named its own country's President ("President
// of Russia Vladimir Putin"): one person holds an exclusive office at a time, so the bare title
// is another country's office, not the home country's.
bool held_by_another(const DocumentExtraction& doc, const OfficeWithoutHolder& o) {
    auto qualifier = [](const ExtractedFact& f, std::string_view predicate) -> std::string_view {
        for (const auto& q : f.qualifiers)
            if (q.predicate == predicate) return q.value.lexical;
        return {};
    };
    return std::any_of(doc.facts.begin(), doc.facts.end(), [&](const ExtractedFact& f) {
        return f.predicate == "pgo:holdsPosition" && !f.object_is_event && f.object == *o.home_country &&
               f.subject != o.person && qualifier(f, "pgo:exclusiveOffice") == "true" &&
               ascii_lower(qualifier(f, "pgo:title")) == ascii_lower(o.title);
    });
}

// Rule 5. "Foreign Minister Ana Lopes" with no country: the country the corpus names
// for that person in that office, when it names exactly one and the document mentions it.
void complete_offices(std::vector<DocumentExtraction>& extractions) {
    std::map<std::pair<std::string, std::string>, std::set<std::pair<EntityType, std::string>>> holders;  // (person, title)
    for (const auto& doc : extractions)
        for (const auto& f : doc.facts)
            if (f.predicate == "pgo:holdsPosition" && !f.object_is_event)
                for (const auto& q : f.qualifiers)
                    if (q.predicate == "pgo:title")
                        holders[{doc.entities[f.subject].resolution_key, ascii_lower(q.value.lexical)}].insert(
                            {doc.entities[f.object].type, doc.entities[f.object].resolution_key});
    for (auto& doc : extractions) {
        for (const auto& o : doc.offices_without_holder) {
            std::optional<std::size_t> holder;
            const char* rule = "corpus:office-country";
            const auto it = holders.find({doc.entities[o.person].resolution_key, ascii_lower(o.title)});
            if (it != holders.end() && it->second.size() == 1) {
                const auto& [type, key] = *it->second.begin();
                for (std::size_t e = 0; e < doc.entities.size() && !holder; ++e)
                    if (doc.entities[e].type == type && doc.entities[e].resolution_key == key) holder = e;
            } else if (it == holders.end() && o.home_country && !held_by_another(doc, o)) {
                holder = o.home_country;  // the corpus is silent: the country the document speaks for
                rule = "pattern:home-country-office";
            }
            if (!holder) continue;
            const bool stated = std::any_of(doc.facts.begin(), doc.facts.end(), [&](const ExtractedFact& f) {
                return f.predicate == "pgo:holdsPosition" && f.subject == o.person && f.object == *holder && !f.object_is_event;
            });
            if (!stated)
                doc.facts.push_back({o.person, "pgo:holdsPosition", *holder, {{"pgo:title", {o.title, "string"}}}, std::nullopt,
                                     false, o.sentence, rule});
        }
    }
}

}  // namespace

void resolve_across_documents(std::vector<DocumentExtraction>& extractions, const Lexicon& lexicon) {
    apply_renames(extractions, merge_by_signature(extractions, lexicon));
    apply_renames(extractions, merge_office_holders(extractions));
    apply_renames(extractions, resolve_lone_surnames(extractions));
    resolve_offices(extractions);
    complete_offices(extractions);
    // An office and its holder named in one document are one person now: no fact of a person with itself.
    for (auto& doc : extractions)
        std::erase_if(doc.facts, [&](const ExtractedFact& f) {
            if (f.object_is_event) return false;
            const auto& s = doc.entities[f.subject];
            const auto& o = doc.entities[f.object];
            return s.type == o.type && s.resolution_key == o.resolution_key;
        });
}

}  // namespace pressgraph
