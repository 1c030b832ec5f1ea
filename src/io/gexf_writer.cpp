// GEXF 1.3 for Gephi's timeline (docs/integration.md §3). Nodes and edges carry <spells>
// from the dates of the facts: an event spans pgo:startDate..pgo:endDate, a document its
// pgo:published day, an edge its pgo:date qualifiers or else the publication date of the
// document it was read from. Month and year precision dates cover their whole month or
// year. Elements without a date get no spells, so Gephi shows them at all times.
#include "pressgraph/io/gexf_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <pugixml.hpp>
#include <sstream>

#include "pressgraph/io/term_resolution.hpp"
#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {
namespace {

/// A closed interval of days as GEXF "date" values (YYYY-MM-DD compare as text).
struct Spell {
    std::string start;
    std::string end;
    friend bool operator==(const Spell&, const Spell&) = default;
    friend auto operator<=>(const Spell&, const Spell&) = default;
};

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

std::string day(int year, int month, int d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, d);
    return buffer;
}

// The days a date literal covers: "2024-06-24" that day, "2024-06" all of June, "2024"
// the whole year. A time or time zone after the day is ignored; anything else gives nullopt.
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

// Sorted, with overlapping or touching-by-equality intervals joined.
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

// The IRI of a dating term; these need not be in the ontology (a graph without events).
std::string term(std::string_view curie) { return vocab::expand(curie).value(); }

class SpellFinder {
public:
    explicit SpellFinder(const Ontology& ontology)
        : start_date_(term("pgo:startDate")),
          end_date_(term("pgo:endDate")),
          published_(term("pgo:published")),
          date_(term("pgo:date")),
          ontology_(ontology) {}

    std::vector<Spell> of_node(const NodeProperties& node) const {
        std::optional<Spell> start;
        std::optional<Spell> end;
        std::vector<Spell> spells;
        for (const Attribute& attribute : node.attributes) {
            const std::string iri = resolve_property(ontology_, attribute.predicate);
            if (iri == start_date_ && !start) start = days_of(attribute.value.lexical);
            if (iri == end_date_ && !end) end = days_of(attribute.value.lexical);
            if (iri == published_) {
                if (auto days = days_of(attribute.value.lexical)) spells.push_back(std::move(*days));
            }
        }
        if (start || end) {
            Spell event{start ? start->start : end->start, end ? end->end : start->end};
            if (event.start <= event.end) spells.push_back(std::move(event));
        }
        return merged(std::move(spells));
    }

    std::vector<Spell> of_edge(const KnowledgeGraph& graph, const EdgeProperties& edge) const {
        std::vector<Spell> spells;
        for (const Attribute& qualifier : edge.qualifiers) {
            if (resolve_property(ontology_, qualifier.predicate) != date_) continue;
            if (auto days = days_of(qualifier.value.lexical)) spells.push_back(std::move(*days));
        }
        if (spells.empty() && edge.provenance) {
            if (const auto document = graph.find(edge.provenance->document_iri)) {
                for (const Attribute& attribute : graph.node(*document).attributes) {
                    if (resolve_property(ontology_, attribute.predicate) != published_) continue;
                    if (auto days = days_of(attribute.value.lexical)) spells.push_back(std::move(*days));
                }
            }
        }
        return merged(std::move(spells));
    }

private:
    std::string start_date_;
    std::string end_date_;
    std::string published_;
    std::string date_;
    const Ontology& ontology_;
};

void add_spells(pugi::xml_node element, const std::vector<Spell>& spells) {
    if (spells.empty()) return;
    pugi::xml_node list = element.append_child("spells");
    for (const Spell& spell : spells) {
        pugi::xml_node item = list.append_child("spell");
        item.append_attribute("start") = spell.start.c_str();
        item.append_attribute("end") = spell.end.c_str();
    }
}

void add_attvalue(pugi::xml_node attvalues, const char* key, std::string_view value) {
    pugi::xml_node item = attvalues.append_child("attvalue");
    item.append_attribute("for") = key;
    item.append_attribute("value") = utf8::xml_safe(value).c_str();
}

void declare_node_attributes(pugi::xml_node graph_element) {
    pugi::xml_node attributes = graph_element.append_child("attributes");
    attributes.append_attribute("class") = "node";
    attributes.append_attribute("mode") = "static";
    for (const char* name : {"type", "iri"}) {
        pugi::xml_node attribute = attributes.append_child("attribute");
        attribute.append_attribute("id") = name;
        attribute.append_attribute("title") = name;
        attribute.append_attribute("type") = "string";
    }
}

}  // namespace

std::string serialize_gexf(const KnowledgeGraph& graph, const Ontology& ontology) {
    const std::vector<NodeId> nodes = graph.nodes_in_order();
    const std::vector<EdgeId> edges = graph.edges_in_order();
    const SpellFinder spells(ontology);

    pugi::xml_document document;
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    pugi::xml_node gexf = document.append_child("gexf");
    gexf.append_attribute("xmlns") = "http://gexf.net/1.3";
    gexf.append_attribute("version") = "1.3";
    pugi::xml_node graph_element = gexf.append_child("graph");
    graph_element.append_attribute("mode") = "dynamic";
    graph_element.append_attribute("defaultedgetype") = "directed";
    graph_element.append_attribute("timeformat") = "date";
    declare_node_attributes(graph_element);

    std::vector<std::string> element_id(graph.node_count());
    pugi::xml_node node_list = graph_element.append_child("nodes");
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const NodeProperties& node = graph.node(nodes[i]);
        element_id[nodes[i]] = "n" + std::to_string(i);
        const std::string type_iri = resolve_class(ontology, node.type);
        pugi::xml_node element = node_list.append_child("node");
        element.append_attribute("id") = element_id[nodes[i]].c_str();
        element.append_attribute("label") = utf8::xml_safe(node.label).c_str();
        pugi::xml_node attvalues = element.append_child("attvalues");
        add_attvalue(attvalues, "type", local_name(type_iri));
        add_attvalue(attvalues, "iri", node.iri);
        add_spells(element, spells.of_node(node));
    }

    pugi::xml_node edge_list = graph_element.append_child("edges");
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const EdgeProperties& edge = graph.edge(edges[i]);
        const std::string predicate_iri = resolve_property(ontology, edge.predicate);
        if (!std::isfinite(edge.weight)) {
            throw ExportError("edge " + edge.predicate + " from " + graph.node(graph.source(edges[i])).iri +
                              " has a weight that is not a finite number");
        }
        pugi::xml_node element = edge_list.append_child("edge");
        element.append_attribute("id") = ("e" + std::to_string(i)).c_str();
        element.append_attribute("source") = element_id[graph.source(edges[i])].c_str();
        element.append_attribute("target") = element_id[graph.target(edges[i])].c_str();
        element.append_attribute("label") = utf8::xml_safe(local_name(predicate_iri)).c_str();
        element.append_attribute("weight") = edge.weight;  // 17 significant digits
        add_spells(element, spells.of_edge(graph, edge));
    }

    std::ostringstream out;
    document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out.str();
}

}  // namespace pressgraph
