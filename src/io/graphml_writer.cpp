// GraphML for Gephi (docs/integration.md §3, §6). Key ids are d0..dN (NMTOKENs, unique
// across domains); Gephi recognises its special properties by attr.name, so the label
// and weight keys are named exactly "label" and "weight". Element ids are n0../e0..
// because IRIs are not NMTOKENs; the IRI travels in the "iri" data attribute.
#include "pressgraph/io/graphml_writer.hpp"

#include <cmath>
#include <map>
#include <pugixml.hpp>
#include <sstream>

#include "pressgraph/io/term_resolution.hpp"
#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {
namespace {

// NMTOKEN-safe attribute name: ASCII name characters kept, anything else becomes '_'.
std::string nmtoken(std::string_view name) {
    std::string out;
    for (const char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '-' || c == '_';
        out += ok ? c : '_';
    }
    return out.empty() ? "_" : out;
}

// The keys of one domain ("node" or "edge"): fixed keys first, then one per data
// predicate. Two predicates with the same local name (or one clashing with a fixed key)
// are told apart by their prefix: "foaf_name" next to "name".
class KeyTable {
public:
    KeyTable(std::string domain, std::vector<std::pair<std::string, std::string>> fixed,
             std::vector<std::string> reserved)
        : domain_(std::move(domain)), fixed_(std::move(fixed)), reserved_(std::move(reserved)) {}

    void add_predicate(const std::string& iri) { predicate_iris_.emplace(iri, std::string()); }

    // Assigns ids starting at `next_id` and declares the keys under <graphml>.
    void declare(pugi::xml_node graphml, std::size_t& next_id) {
        std::map<std::string, int> local_uses;
        for (const auto& [name, type] : fixed_) local_uses[name] += 2;  // a fixed name always wins
        for (const std::string& name : reserved_) local_uses[name] += 2;
        for (const auto& [iri, name] : predicate_iris_) ++local_uses[nmtoken(local_name(iri))];
        for (const auto& [name, type] : fixed_) fixed_ids_[name] = write_key(graphml, next_id, name, type);
        for (auto& [iri, id] : predicate_iris_) {
            std::string name = nmtoken(local_name(iri));
            if (local_uses[name] > 1) name = nmtoken(vocab::compact(iri).value_or(iri));
            id = write_key(graphml, next_id, name, "string");
        }
    }

    [[nodiscard]] const std::string& fixed_id(const std::string& name) const { return fixed_ids_.at(name); }
    [[nodiscard]] const std::string& predicate_id(const std::string& iri) const { return predicate_iris_.at(iri); }

private:
    std::string write_key(pugi::xml_node graphml, std::size_t& next_id, const std::string& name, const std::string& type) {
        const std::string id = "d" + std::to_string(next_id++);
        pugi::xml_node key = graphml.append_child("key");
        key.append_attribute("id") = id.c_str();
        key.append_attribute("for") = domain_.c_str();
        key.append_attribute("attr.name") = name.c_str();
        key.append_attribute("attr.type") = type.c_str();
        return id;
    }

    std::string domain_;
    std::vector<std::pair<std::string, std::string>> fixed_;
    std::vector<std::string> reserved_;  ///< names Gephi would take as a visual property
    std::map<std::string, std::string> fixed_ids_;
    std::map<std::string, std::string> predicate_iris_;  ///< predicate IRI -> key id (sorted by IRI)
};

void add_data(pugi::xml_node element, const std::string& key, std::string_view value) {
    const std::string text = utf8::xml_safe(value);
    if (text.empty()) return;
    pugi::xml_node data = element.append_child("data");
    data.append_attribute("key") = key.c_str();
    data.text().set(text.c_str());
}

// Values of the same predicate on one element share one <data>, "|"-joined, in order.
void add_attribute_data(pugi::xml_node element, const KeyTable& keys, const Ontology& ontology,
                        const std::vector<Attribute>& attributes) {
    std::map<std::string, std::string> joined;
    std::vector<std::string> order;
    for (const Attribute& attribute : attributes) {
        const std::string iri = resolve_property(ontology, attribute.predicate);
        auto [it, inserted] = joined.emplace(iri, attribute.value.lexical);
        if (inserted) {
            order.push_back(iri);
        } else {
            it->second += "|" + attribute.value.lexical;
        }
    }
    for (const std::string& iri : order) add_data(element, keys.predicate_id(iri), joined[iri]);
}

std::string join(const std::vector<std::string>& values, char separator) {
    std::string out;
    for (const std::string& value : values) {
        if (value.empty()) continue;
        if (!out.empty()) out += separator;
        out += value;
    }
    return out;
}

}  // namespace

std::string serialize_graphml(const KnowledgeGraph& graph, const Ontology& ontology) {
    const std::vector<NodeId> nodes = graph.nodes_in_order();
    const std::vector<EdgeId> edges = graph.edges_in_order();

    // Gephi reads keys with these attr.names as position, size or colour, not as columns.
    KeyTable node_keys("node", {{"label", "string"}, {"type", "string"}, {"iri", "string"}, {"aliases", "string"}},
                       {"nodelabel", "x", "xpos", "y", "ypos", "z", "zpos", "size", "r", "g", "b", "color"});
    KeyTable edge_keys("edge",
                       {{"label", "string"}, {"weight", "double"}, {"evidence", "string"}, {"document", "string"},
                        {"rule", "string"}},
                       {"edgelabel", "r", "g", "b", "color"});
    for (const NodeId n : nodes) {
        for (const Attribute& a : graph.node(n).attributes) node_keys.add_predicate(resolve_property(ontology, a.predicate));
    }
    for (const EdgeId e : edges) {
        for (const Attribute& q : graph.edge(e).qualifiers) edge_keys.add_predicate(resolve_property(ontology, q.predicate));
    }

    pugi::xml_document document;
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    pugi::xml_node graphml = document.append_child("graphml");
    graphml.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
    graphml.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    graphml.append_attribute("xsi:schemaLocation") =
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    std::size_t next_key = 0;
    node_keys.declare(graphml, next_key);
    edge_keys.declare(graphml, next_key);

    pugi::xml_node graph_element = graphml.append_child("graph");
    graph_element.append_attribute("id") = "G";
    graph_element.append_attribute("edgedefault") = "directed";

    std::vector<std::string> element_id(graph.node_count());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const NodeProperties& node = graph.node(nodes[i]);
        element_id[nodes[i]] = "n" + std::to_string(i);
        const std::string type_iri = resolve_class(ontology, node.type);
        pugi::xml_node element = graph_element.append_child("node");
        element.append_attribute("id") = element_id[nodes[i]].c_str();
        add_data(element, node_keys.fixed_id("label"), node.label);
        add_data(element, node_keys.fixed_id("type"), local_name(type_iri));
        add_data(element, node_keys.fixed_id("iri"), node.iri);
        add_data(element, node_keys.fixed_id("aliases"), join(node.aliases, '|'));
        add_attribute_data(element, node_keys, ontology, node.attributes);
    }

    for (std::size_t i = 0; i < edges.size(); ++i) {
        const EdgeProperties& edge = graph.edge(edges[i]);
        const std::string predicate_iri = resolve_property(ontology, edge.predicate);
        if (!std::isfinite(edge.weight)) {
            throw ExportError("edge " + edge.predicate + " from " + graph.node(graph.source(edges[i])).iri +
                              " has a weight that is not a finite number");
        }
        pugi::xml_node element = graph_element.append_child("edge");
        element.append_attribute("id") = ("e" + std::to_string(i)).c_str();
        element.append_attribute("source") = element_id[graph.source(edges[i])].c_str();
        element.append_attribute("target") = element_id[graph.target(edges[i])].c_str();
        add_data(element, edge_keys.fixed_id("label"), local_name(predicate_iri));
        pugi::xml_node weight = element.append_child("data");
        weight.append_attribute("key") = edge_keys.fixed_id("weight").c_str();
        weight.text().set(edge.weight);  // pugixml writes doubles with 17 significant digits
        if (edge.provenance) {
            add_data(element, edge_keys.fixed_id("evidence"), edge.provenance->sentence_text);
            add_data(element, edge_keys.fixed_id("document"), edge.provenance->document_iri);
            add_data(element, edge_keys.fixed_id("rule"), edge.provenance->rule);
        }
        add_attribute_data(element, edge_keys, ontology, edge.qualifiers);
    }

    std::ostringstream out;
    document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out.str();
}

}  // namespace pressgraph
