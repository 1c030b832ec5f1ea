// GEXF 1.3 for Gephi's timeline (docs/integration.md §3). Nodes and edges carry <spells>
// from the dates of the facts (date_spells.hpp: events, documents, dated edges; the
// GraphML writer takes its start/end columns from the same intervals). Elements without
// a date get no spells, so Gephi shows them at all times.
#include "pressgraph/io/gexf_writer.hpp"

#include <cmath>
#include <pugixml.hpp>

#include "pressgraph/io/date_spells.hpp"
#include "pressgraph/io/term_resolution.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/utf8.hpp"

namespace pressgraph {
namespace {

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

// pugixml's output goes to the sink as pugixml produces it (no copy of the whole text).
class SinkWriter final : public pugi::xml_writer {
public:
    explicit SinkWriter(ByteSink& sink) : sink_(sink) {}
    void write(const void* data, std::size_t size) override {
        sink_.write(std::string_view(static_cast<const char*>(data), size));
    }

private:
    ByteSink& sink_;
};

}  // namespace

void write_gexf(const KnowledgeGraph& graph, const Ontology& ontology, ByteSink& sink) {
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

    SinkWriter writer(sink);
    document.save(writer, "  ", pugi::format_indent, pugi::encoding_utf8);
}

std::string serialize_gexf(const KnowledgeGraph& graph, const Ontology& ontology) {
    std::string out;
    StringSink sink(out);
    write_gexf(graph, ontology, sink);
    return out;
}

}  // namespace pressgraph
