#include "pressgraph/io/date_spells.hpp"

#include <algorithm>

#include "pressgraph/io/term_resolution.hpp"
#include "pressgraph/io/vocabulary.hpp"

namespace pressgraph {
namespace {

bool digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view text) {
    int value = 0;
    for (const char c : text) value = value * 10 + (c - '0');
    return value;
}

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// "YYYY-MM-DD"; the year has four digits (days_of reads exactly four).
std::string day(int year, int month, int d) {
    std::string out = "0000-00-00";
    for (int i = 3; i >= 0; --i, year /= 10) out[static_cast<std::size_t>(i)] = static_cast<char>('0' + year % 10);
    out[5] = static_cast<char>('0' + month / 10);
    out[6] = static_cast<char>('0' + month % 10);
    out[8] = static_cast<char>('0' + d / 10);
    out[9] = static_cast<char>('0' + d % 10);
    return out;
}

// The IRI of a dating term; these need not be in the ontology (a graph without events).
std::string term(std::string_view curie) { return vocab::expand(curie).value(); }

}  // namespace

std::optional<Spell> days_of(std::string_view lexical) {
    if (lexical.size() < 4 || !digits(lexical.substr(0, 4))) return std::nullopt;
    const int year = number(lexical.substr(0, 4));
    if (lexical.size() == 4) return Spell{day(year, 1, 1), day(year, 12, 31)};
    if (lexical.size() < 7 || lexical[4] != '-' || !digits(lexical.substr(5, 2))) return std::nullopt;
    const int month = number(lexical.substr(5, 2));
    if (month < 1 || month > 12) return std::nullopt;
    if (lexical.size() == 7) return Spell{day(year, month, 1), day(year, month, days_in_month(year, month))};
    if (lexical.size() < 10 || lexical[7] != '-' || !digits(lexical.substr(8, 2))) return std::nullopt;
    const int d = number(lexical.substr(8, 2));
    if (d < 1 || d > days_in_month(year, month)) return std::nullopt;
    if (lexical.size() > 10 && lexical[10] != 'T' && lexical[10] != 'Z' && lexical[10] != '+' && lexical[10] != '-') {
        return std::nullopt;
    }
    return Spell{day(year, month, d), day(year, month, d)};
}

std::vector<Spell> merged(std::vector<Spell> spells) {
    std::sort(spells.begin(), spells.end());
    std::vector<Spell> out;
    for (Spell& spell : spells) {
        if (!out.empty() && spell.start <= out.back().end) {
            out.back().end = std::max(out.back().end, spell.end);
        } else {
            out.push_back(std::move(spell));
        }
    }
    return out;
}

SpellFinder::SpellFinder(const Ontology& ontology)
    : start_date_(term("pgo:startDate")),
      end_date_(term("pgo:endDate")),
      published_(term("pgo:published")),
      date_(term("pgo:date")),
      ontology_(ontology) {}

const std::string& SpellFinder::iri(const std::string& curie) const {
    if (auto it = iris_.find(curie); it != iris_.end()) return it->second;
    return iris_.emplace(curie, resolve_property(ontology_, curie)).first->second;
}

std::vector<Spell> SpellFinder::of_node(const NodeProperties& node) const {
    std::optional<Spell> start;
    std::optional<Spell> end;
    std::vector<Spell> spells;
    for (const Attribute& attribute : node.attributes) {
        const std::string& predicate = iri(attribute.predicate);
        if (predicate == start_date_ && !start) start = days_of(attribute.value.lexical);
        if (predicate == end_date_ && !end) end = days_of(attribute.value.lexical);
        if (predicate == published_) {
            if (auto days = days_of(attribute.value.lexical)) spells.push_back(std::move(*days));
        }
    }
    if (start || end) {
        Spell event{start ? start->start : end->start, end ? end->end : start->end};
        if (event.start <= event.end) spells.push_back(std::move(event));
    }
    return merged(std::move(spells));
}

std::vector<Spell> SpellFinder::of_edge(const KnowledgeGraph& graph, const EdgeProperties& edge) const {
    std::vector<Spell> spells;
    for (const Attribute& qualifier : edge.qualifiers) {
        if (iri(qualifier.predicate) != date_) continue;
        if (auto days = days_of(qualifier.value.lexical)) spells.push_back(std::move(*days));
    }
    if (!spells.empty()) return merged(std::move(spells));
    if (!edge.provenance) return spells;
    const auto document = graph.find(edge.provenance->document_iri);
    if (!document) return spells;
    // Most edges come from a document many others come from too: its days are read once.
    auto [cached, fresh] = document_days_.try_emplace(*document);
    if (fresh) {
        for (const Attribute& attribute : graph.node(*document).attributes) {
            if (iri(attribute.predicate) != published_) continue;
            if (auto days = days_of(attribute.value.lexical)) cached->second.push_back(std::move(*days));
        }
        cached->second = merged(std::move(cached->second));
    }
    return cached->second;
}

std::optional<Spell> SpellFinder::hull(const std::vector<Spell>& spells) {
    if (spells.empty()) return std::nullopt;
    Spell out = spells.front();
    for (const Spell& spell : spells) {
        out.start = std::min(out.start, spell.start);
        out.end = std::max(out.end, spell.end);
    }
    return out;
}

}  // namespace pressgraph
