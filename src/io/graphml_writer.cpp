// GraphML for Gephi (docs/integration.md §3, §6). Key ids are d0..dN (NMTOKENs, unique
// across domains); Gephi recognises its special properties by attr.name, so the label
// and weight keys are named exactly "label" and "weight". Element ids are n0../e0..
// because IRIs are not NMTOKENs; the IRI travels in the "iri" data attribute. Nodes and
// edges with a date carry "start" and "end" (YYYY-MM-DD, the whole interval of the spells
// the GEXF writer gives them, date_spells.hpp): Gephi's GraphML importer reads them as
// plain columns (Data Laboratory -> Merge columns -> Create time interval makes them time).
//
// The document is streamed to a sink (an export file) in pieces of 1 MiB, in exactly the bytes
// pugixml's xml_document::save(out, "  ", format_indent, encoding_utf8) writes for the
// same tree (declaration, two-space indent, " />" for empty elements, text inline,
// &amp; &lt; &gt; in text, doubles as %.17g): a graph of millions of edges no longer
// needs a DOM several times the size of the text. Tests parse the result with pugixml.
#include "pressgraph/io/graphml_writer.hpp"

#include <algorithm>
#include <cmath>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "pressgraph/io/date_spells.hpp"
#include "pressgraph/io/term_resolution.hpp"
#include "pressgraph/io/vocabulary.hpp"
#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/utf8.hpp"
#include "pressgraph/util/word_bytes.hpp"

namespace pressgraph {
namespace {

// The index of the first byte that may need work before it goes into the XML (a control
// character, a byte of a non-ASCII character, & < > or "), or text.size() when none does.
// Eight bytes a step: evidence sentences are most of the GraphML and almost never hold one.
std::size_t first_unusual_byte(std::string_view text) {
    using namespace word_bytes;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        const std::uint64_t w = load(text.data() + i);
        if (has_high_byte(w) || has_byte_below(w, 0x20) || has_byte(w, '&') || has_byte(w, '<') || has_byte(w, '>') ||
            has_byte(w, '"'))
            break;
    }
    for (; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80 || c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"') return i;
    }
    return i;
}

// Appends XML the way pugixml formats it with format_indent and a two-space indent.
class XmlOut {
public:
    explicit XmlOut(std::string& out) : out_(out) {}

    // <name a="v" ...   (the start tag stays open until a child, text or close arrives)
    void open(std::string_view name) {
        close_start_tag();
        indent();
        out_ += '<';
        out_ += name;
        open_.push_back(name);
        start_open_ = true;
    }

    void attribute(std::string_view name, std::string_view value) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        escape(value, true);
        out_ += '"';
    }

    // <name attrs>text</name> on one line: an element whose only child is text.
    void text_element(std::string_view name, std::string_view attribute_name, std::string_view attribute_value,
                      std::string_view text) {
        text_element(name, attribute_name, attribute_value, text, first_unusual_byte(text));
    }

    // The same, with first_unusual_byte(text) known.
    void text_element(std::string_view name, std::string_view attribute_name, std::string_view attribute_value,
                      std::string_view text, std::size_t first_unusual) {
        open(name);
        attribute(attribute_name, attribute_value);
        out_ += '>';
        start_open_ = false;
        escape(text, false, first_unusual);
        out_ += "</";
        out_ += name;
        out_ += ">\n";
        open_.pop_back();
    }

    void close() {
        const std::string_view name = open_.back();
        open_.pop_back();
        if (start_open_) {
            out_ += " />\n";
            start_open_ = false;
            return;
        }
        indent();
        out_ += "</";
        out_ += name;
        out_ += ">\n";
    }

private:
    void close_start_tag() {
        if (!start_open_) return;
        out_ += ">\n";
        start_open_ = false;
    }

    void indent() {
        for (std::size_t i = 0; i < open_.size(); ++i) out_ += "  ";
    }

    // pugixml's escaping: &, < and > always, " in attribute values, other characters
    // below 0x20 as &#NN; (except tab, and LF/CR in text). xml_safe leaves no such
    // control characters in text, and attribute values here are plain ASCII names.
    void escape(std::string_view text, bool in_attribute) { escape(text, in_attribute, first_unusual_byte(text)); }

    // `run` is first_unusual_byte(text), when the caller has it already.
    void escape(std::string_view text, bool in_attribute, std::size_t run) {
        if (run == text.size()) {  // most values: nothing to replace
            out_.append(text);
            return;
        }
        const bool* replaced = in_attribute ? kEscaped.in_attribute : kEscaped.in_text;
        out_.append(text.substr(0, run));
        for (std::size_t i = run; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (!replaced[c]) continue;
            const char* replacement = nullptr;
            char reference[8];
            if (c == '&') replacement = "&amp;";
            else if (c == '<') replacement = "&lt;";
            else if (c == '>') replacement = "&gt;";
            else if (c == '"') replacement = "&quot;";
            else {
                std::snprintf(reference, sizeof reference, "&#%u;", static_cast<unsigned>(c));
                replacement = reference;
            }
            out_.append(text.substr(run, i - run));
            out_ += replacement;
            run = i + 1;
        }
        out_.append(text.substr(run));
    }

    // The bytes escape() replaces, in text and in attribute values.
    struct EscapedBytes {
        bool in_text[256];
        bool in_attribute[256];
    };
    static constexpr EscapedBytes kEscaped = [] {
        EscapedBytes t{};
        for (int c = 0; c < 256; ++c) {
            const bool markup = c == '&' || c == '<' || c == '>';
            const bool control = c < 0x20 && c != '\t';
            t.in_text[c] = markup || (control && c != '\n' && c != '\r');
            t.in_attribute[c] = markup || c == '"' || control;
        }
        return t;
    }();

    std::string& out_;
    std::vector<std::string_view> open_;  ///< names of the open elements (string literals)
    bool start_open_ = false;
};

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
    void declare(XmlOut& graphml, std::size_t& next_id) {
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
    std::string write_key(XmlOut& graphml, std::size_t& next_id, const std::string& name, const std::string& type) {
        const std::string id = "d" + std::to_string(next_id++);
        graphml.open("key");
        graphml.attribute("id", id);
        graphml.attribute("for", domain_);
        graphml.attribute("attr.name", name);
        graphml.attribute("attr.type", type);
        graphml.close();
        return id;
    }

    std::string domain_;
    std::vector<std::pair<std::string, std::string>> fixed_;
    std::vector<std::string> reserved_;  ///< names Gephi would take as a visual property
    std::map<std::string, std::string> fixed_ids_;
    std::map<std::string, std::string> predicate_iris_;  ///< predicate IRI -> key id (sorted by IRI)
};

// Property CURIE -> IRI, resolved (and checked against the ontology) once per CURIE.
// A failure is not remembered, so it throws again with the same message.
class PropertyCache {
public:
    explicit PropertyCache(const Ontology& ontology) : ontology_(ontology) {}

    const std::string& iri(const std::string& curie) {
        if (auto it = cache_.find(curie); it != cache_.end()) return it->second;
        return cache_.emplace(curie, resolve_property(ontology_, curie)).first->second;
    }

private:
    const Ontology& ontology_;
    std::unordered_map<std::string, std::string> cache_;
};

void add_data(XmlOut& xml, const std::string& key, std::string_view value, std::string& scratch) {
    std::size_t first_unusual = first_unusual_byte(value);
    if (first_unusual != value.size() && !utf8::is_plain_xml(value)) {
        scratch = utf8::xml_safe(value);
        value = scratch;
        first_unusual = first_unusual_byte(value);
    }
    if (value.empty()) return;
    xml.text_element("data", "key", key, value, first_unusual);
}

// Values of the same predicate on one element share one <data>, "|"-joined, in order.
void add_attribute_data(XmlOut& xml, const KeyTable& keys, PropertyCache& properties,
                        const std::vector<Attribute>& attributes, std::string& scratch) {
    if (attributes.empty()) return;
    std::vector<std::pair<const std::string*, std::string>> joined;  // in first-seen order
    for (const Attribute& attribute : attributes) {
        const std::string& iri = properties.iri(attribute.predicate);
        auto it = std::find_if(joined.begin(), joined.end(), [&](const auto& entry) { return *entry.first == iri; });
        if (it == joined.end()) {
            joined.emplace_back(&iri, attribute.value.lexical);
        } else {
            it->second += '|';
            it->second += attribute.value.lexical;
        }
    }
    for (const auto& [iri, value] : joined) add_data(xml, keys.predicate_id(*iri), value, scratch);
}

// start/end: the first and last day of an element's spells, when it has any.
void add_interval(XmlOut& xml, const std::string& start_key, const std::string& end_key,
                  const std::vector<Spell>& spells) {
    const std::optional<Spell> interval = SpellFinder::hull(spells);
    if (!interval) return;
    xml.text_element("data", "key", start_key, interval->start);
    xml.text_element("data", "key", end_key, interval->end);
}

// A weight as pugixml writes a double (%.17g). Weights are mostly small whole numbers, which
// %.17g prints as integers: those are written without going through printf.
std::string_view weight_text(double weight, char (&buffer)[64]) {
    if (weight == std::trunc(weight) && std::fabs(weight) < 1e15 && !(weight == 0 && std::signbit(weight))) {
        return {buffer, static_cast<std::size_t>(
                            std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(weight)).ptr - buffer)};
    }
    const int n = std::snprintf(buffer, sizeof buffer, "%.*g", 17, weight);
    return {buffer, static_cast<std::size_t>(n)};
}

// The text is handed to the sink in pieces of about this size, at element boundaries.
constexpr std::size_t kFlushBytes = 1U << 20;

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

void write_graphml(const KnowledgeGraph& graph, const Ontology& ontology, ByteSink& sink) {
    const std::vector<NodeId> nodes = graph.nodes_in_order();
    const std::vector<EdgeId> edges = graph.edges_in_order();
    PropertyCache properties(ontology);
    const SpellFinder spells(ontology);

    // Gephi reads keys with these attr.names as position, size or colour, not as columns.
    KeyTable node_keys("node",
                       {{"label", "string"},
                        {"type", "string"},
                        {"iri", "string"},
                        {"aliases", "string"},
                        {"start", "string"},
                        {"end", "string"}},
                       {"nodelabel", "x", "xpos", "y", "ypos", "z", "zpos", "size", "r", "g", "b", "color"});
    KeyTable edge_keys("edge",
                       {{"label", "string"},
                        {"weight", "double"},
                        {"evidence", "string"},
                        {"document", "string"},
                        {"rule", "string"},
                        {"start", "string"},
                        {"end", "string"}},
                       {"edgelabel", "r", "g", "b", "color"});
    for (const NodeId n : nodes) {
        for (const Attribute& a : graph.node(n).attributes) node_keys.add_predicate(properties.iri(a.predicate));
    }
    for (const EdgeId e : edges) {
        for (const Attribute& q : graph.edge(e).qualifiers) edge_keys.add_predicate(properties.iri(q.predicate));
    }

    std::string out;  // the text not yet handed to the sink
    XmlOut xml(out);
    auto flush_if_full = [&] {
        if (out.size() < kFlushBytes) return;
        sink.write(out);
        out.clear();
    };
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml.open("graphml");
    xml.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
    xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml.attribute("xsi:schemaLocation",
                  "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    std::size_t next_key = 0;
    node_keys.declare(xml, next_key);
    edge_keys.declare(xml, next_key);

    xml.open("graph");
    xml.attribute("id", "G");
    xml.attribute("edgedefault", "directed");

    const std::string& label_key = node_keys.fixed_id("label");
    const std::string& type_key = node_keys.fixed_id("type");
    const std::string& iri_key = node_keys.fixed_id("iri");
    const std::string& aliases_key = node_keys.fixed_id("aliases");
    const std::string& node_start_key = node_keys.fixed_id("start");
    const std::string& node_end_key = node_keys.fixed_id("end");
    std::string scratch;
    std::unordered_map<std::string, std::string> class_iris;  // class CURIE -> IRI, checked once
    std::vector<std::string> element_id(graph.node_count());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const NodeProperties& node = graph.node(nodes[i]);
        element_id[nodes[i]] = "n" + std::to_string(i);
        auto type_it = class_iris.find(node.type);
        if (type_it == class_iris.end()) type_it = class_iris.emplace(node.type, resolve_class(ontology, node.type)).first;
        xml.open("node");
        xml.attribute("id", element_id[nodes[i]]);
        add_data(xml, label_key, node.label, scratch);
        add_data(xml, type_key, local_name(type_it->second), scratch);
        add_data(xml, iri_key, node.iri, scratch);
        add_data(xml, aliases_key, join(node.aliases, '|'), scratch);
        add_interval(xml, node_start_key, node_end_key, spells.of_node(node));
        add_attribute_data(xml, node_keys, properties, node.attributes, scratch);
        xml.close();
        flush_if_full();
    }

    const std::string& edge_label_key = edge_keys.fixed_id("label");
    const std::string& weight_key = edge_keys.fixed_id("weight");
    const std::string& evidence_key = edge_keys.fixed_id("evidence");
    const std::string& document_key = edge_keys.fixed_id("document");
    const std::string& rule_key = edge_keys.fixed_id("rule");
    const std::string& edge_start_key = edge_keys.fixed_id("start");
    const std::string& edge_end_key = edge_keys.fixed_id("end");
    char number[64];
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const EdgeProperties& edge = graph.edge(edges[i]);
        const std::string& predicate_iri = properties.iri(edge.predicate);
        if (!std::isfinite(edge.weight)) {
            throw ExportError("edge " + edge.predicate + " from " + graph.node(graph.source(edges[i])).iri +
                              " has a weight that is not a finite number");
        }
        xml.open("edge");
        number[0] = 'e';
        xml.attribute("id", std::string_view(number, std::to_chars(number + 1, number + sizeof number, i).ptr - number));
        xml.attribute("source", element_id[graph.source(edges[i])]);
        xml.attribute("target", element_id[graph.target(edges[i])]);
        add_data(xml, edge_label_key, local_name(predicate_iri), scratch);
        xml.text_element("data", "key", weight_key, weight_text(edge.weight, number));
        if (edge.provenance) {
            add_data(xml, evidence_key, edge.provenance->sentence_text, scratch);
            add_data(xml, document_key, edge.provenance->document_iri, scratch);
            add_data(xml, rule_key, edge.provenance->rule, scratch);
        }
        add_interval(xml, edge_start_key, edge_end_key, spells.of_edge(graph, edge));
        add_attribute_data(xml, edge_keys, properties, edge.qualifiers, scratch);
        xml.close();
        flush_if_full();
    }
    xml.close();  // graph
    xml.close();  // graphml
    sink.write(out);
}

std::string serialize_graphml(const KnowledgeGraph& graph, const Ontology& ontology) {
    std::string out;
    StringSink sink(out);
    write_graphml(graph, ontology, sink);
    return out;
}

}  // namespace pressgraph
