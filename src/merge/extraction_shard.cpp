// The shard file: JSON Lines through nlohmann::json. Every field of DocumentExtraction is
// written, so a merge of shards sees exactly what a build holds in memory (the e2e test
// e2e.shard_merge compares the exports byte for byte). Spans are [begin, end] pairs,
// dates [year, month, day] (0 for an unstated month or day), optional fields are left out
// when empty.
#include "pressgraph/merge/extraction_shard.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <tuple>

#include "pressgraph/util/errors.hpp"
#include "pressgraph/util/hash.hpp"

namespace pressgraph {

using nlohmann::json;

namespace {

json span_json(Span s) { return json::array({s.begin, s.end}); }
json date_json(const DateValue& d) { return json::array({d.year, d.month, d.day}); }

Span span_of(const json& j) {
    if (!j.is_array() || j.size() != 2) throw std::invalid_argument("a span is [begin, end]");
    return Span{j[0].get<std::uint32_t>(), j[1].get<std::uint32_t>()};
}

DateValue date_of(const json& j) {
    if (!j.is_array() || j.size() != 3) throw std::invalid_argument("a date is [year, month, day]");
    return DateValue{j[0].get<int>(), j[1].get<int>(), j[2].get<int>()};
}

std::vector<std::size_t> indices_of(const json& j) { return j.get<std::vector<std::size_t>>(); }

json entity_json(const ExtractedEntity& e) {
    json j = {{"type", std::string(to_string(e.type))}, {"name", e.canonical_name}, {"key", e.resolution_key}};
    if (!e.subtype.empty()) j["subtype"] = e.subtype;
    json mentions = json::array();
    for (const Mention& m : e.mentions)
        mentions.push_back(json::array({m.span.begin, m.span.end, m.sentence.begin, m.sentence.end, m.surface, m.rule}));
    j["mentions"] = std::move(mentions);
    if (e.office) j["office"] = json::array({e.office->title, e.office->holder, e.office->holder_key});
    return j;
}

ExtractedEntity entity_of(const json& j) {
    ExtractedEntity e;
    const auto type = entity_type_from_string(j.at("type").get<std::string>());
    if (!type) throw std::invalid_argument("unknown entity type " + j.at("type").dump());
    e.type = *type;
    e.canonical_name = j.at("name").get<std::string>();
    e.resolution_key = j.at("key").get<std::string>();
    e.subtype = j.value("subtype", std::string());
    for (const json& m : j.at("mentions")) {
        if (!m.is_array() || m.size() != 6) throw std::invalid_argument("a mention is [begin, end, sentence begin, sentence end, surface, rule]");
        e.mentions.push_back({Span{m[0].get<std::uint32_t>(), m[1].get<std::uint32_t>()},
                              Span{m[2].get<std::uint32_t>(), m[3].get<std::uint32_t>()}, m[4].get<std::string>(),
                              m[5].get<std::string>()});
    }
    if (e.mentions.empty()) throw std::invalid_argument("an entity without mentions");
    if (const auto it = j.find("office"); it != j.end()) {
        if (!it->is_array() || it->size() != 3) throw std::invalid_argument("an office is [title, holder, holder key]");
        e.office = OfficeReference{(*it)[0].get<std::string>(), (*it)[1].get<std::string>(), (*it)[2].get<std::string>()};
    }
    return e;
}

json event_json(const ExtractedEvent& e) {
    json j = {{"type", e.type}, {"sentence", span_json(e.sentence)}, {"trigger", e.trigger}, {"rule", e.rule}};
    if (e.start) j["start"] = date_json(*e.start);
    if (e.end) j["end"] = date_json(*e.end);
    if (e.place) j["place"] = *e.place;
    if (!e.participants.empty()) j["participants"] = e.participants;
    if (!e.chairs.empty()) j["chairs"] = e.chairs;
    if (e.part_of) j["part_of"] = *e.part_of;
    if (e.planned) j["planned"] = true;
    if (!e.also_by.empty()) j["also_by"] = e.also_by;
    return j;
}

ExtractedEvent event_of(const json& j) {
    ExtractedEvent e;
    e.type = j.at("type").get<std::string>();
    e.sentence = span_of(j.at("sentence"));
    e.trigger = j.at("trigger").get<std::string>();
    e.rule = j.at("rule").get<std::string>();
    if (const auto it = j.find("start"); it != j.end()) e.start = date_of(*it);
    if (const auto it = j.find("end"); it != j.end()) e.end = date_of(*it);
    if (const auto it = j.find("place"); it != j.end()) e.place = it->get<std::size_t>();
    if (const auto it = j.find("participants"); it != j.end()) e.participants = indices_of(*it);
    if (const auto it = j.find("chairs"); it != j.end()) e.chairs = indices_of(*it);
    if (const auto it = j.find("part_of"); it != j.end()) e.part_of = it->get<std::size_t>();
    e.planned = j.value("planned", false);
    if (const auto it = j.find("also_by"); it != j.end()) e.also_by = it->get<std::vector<std::string>>();
    return e;
}

json fact_json(const ExtractedFact& f) {
    json j = {{"s", f.subject}, {"p", f.predicate}, {"o", f.object}, {"sentence", span_json(f.sentence)}, {"rule", f.rule}};
    if (!f.qualifiers.empty()) {
        json qualifiers = json::array();
        for (const Attribute& q : f.qualifiers) qualifiers.push_back(json::array({q.predicate, q.value.lexical, q.value.datatype}));
        j["qualifiers"] = std::move(qualifiers);
    }
    if (f.event) j["event"] = *f.event;
    if (f.object_is_event) j["object_is_event"] = true;
    return j;
}

ExtractedFact fact_of(const json& j) {
    ExtractedFact f;
    f.subject = j.at("s").get<std::size_t>();
    f.predicate = j.at("p").get<std::string>();
    f.object = j.at("o").get<std::size_t>();
    f.sentence = span_of(j.at("sentence"));
    f.rule = j.at("rule").get<std::string>();
    if (const auto it = j.find("qualifiers"); it != j.end()) {
        for (const json& q : *it) {
            if (!q.is_array() || q.size() != 3) throw std::invalid_argument("a qualifier is [predicate, value, datatype]");
            f.qualifiers.push_back({q[0].get<std::string>(), {q[1].get<std::string>(), q[2].get<std::string>()}});
        }
    }
    if (const auto it = j.find("event"); it != j.end()) f.event = it->get<std::size_t>();
    f.object_is_event = j.value("object_is_event", false);
    return f;
}

json document_json(const DocumentExtraction& d) {
    json j = {{"id", d.document_id}, {"name", d.name}, {"title", d.title}, {"bytes", d.bytes}};
    if (d.published) j["published"] = date_json(*d.published);
    json entities = json::array();
    for (const auto& e : d.entities) entities.push_back(entity_json(e));
    j["entities"] = std::move(entities);
    json events = json::array();
    for (const auto& e : d.events) events.push_back(event_json(e));
    j["events"] = std::move(events);
    json facts = json::array();
    for (const auto& f : d.facts) facts.push_back(fact_json(f));
    j["facts"] = std::move(facts);
    json offices = json::array();
    for (const auto& o : d.offices_without_holder) {
        json office = {{"person", o.person}, {"title", o.title}, {"sentence", span_json(o.sentence)}};
        if (o.home_country) office["home_country"] = *o.home_country;
        offices.push_back(std::move(office));
    }
    j["offices_without_holder"] = std::move(offices);
    json sentences = json::array();
    for (const auto& [span, text] : d.sentence_texts) sentences.push_back(json::array({span.begin, span.end, text}));
    j["sentences"] = std::move(sentences);
    return j;
}

// Indices must point inside the document (the merge indexes vectors with them).
void check_indices(const DocumentExtraction& d) {
    const std::size_t entities = d.entities.size(), events = d.events.size();
    auto entity = [&](std::size_t i) {
        if (i >= entities) throw std::invalid_argument("entity index " + std::to_string(i) + " out of range");
    };
    auto event = [&](std::size_t i) {
        if (i >= events) throw std::invalid_argument("event index " + std::to_string(i) + " out of range");
    };
    for (const auto& e : d.events) {
        if (e.place) entity(*e.place);
        for (auto p : e.participants) entity(p);
        for (auto c : e.chairs) entity(c);
        if (e.part_of) event(*e.part_of);
    }
    for (const auto& f : d.facts) {
        entity(f.subject);
        if (f.object_is_event) event(f.object); else entity(f.object);
        if (f.event) event(*f.event);
    }
    for (const auto& o : d.offices_without_holder) {
        entity(o.person);
        if (o.home_country) entity(*o.home_country);
    }
}

DocumentExtraction document_of(const json& j) {
    DocumentExtraction d;
    d.document_id = j.at("id").get<std::string>();
    d.name = j.at("name").get<std::string>();
    d.title = j.at("title").get<std::string>();
    d.bytes = j.at("bytes").get<std::size_t>();
    if (const auto it = j.find("published"); it != j.end()) d.published = date_of(*it);
    for (const json& e : j.at("entities")) d.entities.push_back(entity_of(e));
    for (const json& e : j.at("events")) d.events.push_back(event_of(e));
    for (const json& f : j.at("facts")) d.facts.push_back(fact_of(f));
    for (const json& o : j.at("offices_without_holder")) {
        OfficeWithoutHolder office;
        office.person = o.at("person").get<std::size_t>();
        office.title = o.at("title").get<std::string>();
        office.sentence = span_of(o.at("sentence"));
        if (const auto it = o.find("home_country"); it != o.end()) office.home_country = it->get<std::size_t>();
        d.offices_without_holder.push_back(std::move(office));
    }
    for (const json& s : j.at("sentences")) {
        if (!s.is_array() || s.size() != 3) throw std::invalid_argument("a sentence is [begin, end, text]");
        d.sentence_texts.emplace_back(Span{s[0].get<std::uint32_t>(), s[1].get<std::uint32_t>()}, s[2].get<std::string>());
    }
    check_indices(d);
    return d;
}

std::string dump(const json& j) {
    // Strict UTF-8: the extractions are slices of validated UTF-8 text.
    try {
        return j.dump(-1, ' ', false, json::error_handler_t::strict);
    } catch (const json::type_error& e) {
        throw InvariantError(std::string("shard line is not valid UTF-8: ") + e.what());
    }
}

}  // namespace

ShardSpec ShardSpec::parse(const std::string& text) {
    const std::size_t slash = text.find('/');
    auto number = [&](std::string_view digits) {
        std::size_t value = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (digits.empty() || error != std::errc() || end != digits.data() + digits.size())
            throw std::invalid_argument("--shard takes I/N (shard I of N, 1 <= I <= N), not '" + text + "'");
        return value;
    };
    if (slash == std::string::npos) throw std::invalid_argument("--shard takes I/N (shard I of N, 1 <= I <= N), not '" + text + "'");
    ShardSpec spec;
    spec.index = number(std::string_view(text).substr(0, slash));
    spec.count = number(std::string_view(text).substr(slash + 1));
    if (spec.index < 1 || spec.index > spec.count || spec.count > 1000000)
        throw std::invalid_argument("--shard takes I/N with 1 <= I <= N <= 1000000, not '" + text + "'");
    return spec;
}

bool ShardSpec::holds_document(const std::string& document_id) const {
    return stable_hash64(document_id) % count == index - 1;
}

bool ShardSpec::holds_rejected(const std::string& message) const { return stable_hash64(message) % count == index - 1; }

std::string ShardSpec::file_name() const {
    return "pressgraph-shard-" + std::to_string(index) + "-of-" + std::to_string(count) + ".jsonl";
}

std::string shard_document_line(const DocumentExtraction& extraction) {
    return dump(json{{"document", document_json(extraction)}});
}

void write_shard(ByteSink& sink, const ShardSpec& spec, const std::string& pressgraph_version,
                 std::vector<DocumentExtraction> extractions, const std::vector<std::string>& rejected) {
    std::sort(extractions.begin(), extractions.end(), [](const DocumentExtraction& a, const DocumentExtraction& b) {
        return std::tie(a.document_id, a.name) < std::tie(b.document_id, b.name);
    });
    std::string out;
    out += dump(json{{"format", kShardFormat},
                     {"version", kShardFormatVersion},
                     {"shard", json::array({spec.index, spec.count})},
                     {"pressgraph", pressgraph_version}});
    out += '\n';
    for (DocumentExtraction& d : extractions) {
        out += shard_document_line(d);
        out += '\n';
        d = DocumentExtraction();  // written: its memory goes back as the file grows
        if (out.size() >= (1U << 20)) {
            sink.write(out);
            out.clear();
        }
    }
    for (const std::string& r : rejected) {
        out += dump(json{{"rejected", r}});
        out += '\n';
    }
    out += dump(json{{"end", {{"documents", extractions.size()}, {"rejected", rejected.size()}}}});
    out += '\n';
    sink.write(out);
}

ShardContents read_shard(std::istream& in, const std::string& name) {
    ShardContents contents;
    std::string line;
    std::size_t number = 0;
    bool ended = false;
    while (std::getline(in, line)) {
        ++number;
        if (ended) throw InputError(name, "text after the end line", number);
        try {
            const json j = json::parse(line);
            if (!j.is_object()) throw std::invalid_argument("a line must be a JSON object");
            if (number == 1) {
                if (j.value("format", std::string()) != kShardFormat)
                    throw InputError(name, "not a pressgraph shard file (made by pressgraph build --shard I/N)", 1);
                const int version = j.value("version", 0);
                if (version != kShardFormatVersion)
                    throw InputError(name, "shard format version " + std::to_string(version) + "; this pressgraph reads version " +
                                               std::to_string(kShardFormatVersion) + " (rebuild the shard with this pressgraph)", 1);
                const json& shard = j.at("shard");
                contents.spec.index = shard.at(0).get<std::size_t>();
                contents.spec.count = shard.at(1).get<std::size_t>();
                if (contents.spec.index < 1 || contents.spec.index > contents.spec.count)
                    throw std::invalid_argument("shard [I, N] needs 1 <= I <= N");
                contents.pressgraph_version = j.value("pressgraph", std::string());
                continue;
            }
            if (const auto it = j.find("document"); it != j.end()) {
                contents.extractions.push_back(document_of(*it));
            } else if (const auto r = j.find("rejected"); r != j.end()) {
                contents.rejected.push_back(r->get<std::string>());
            } else if (const auto e = j.find("end"); e != j.end()) {
                if (e->at("documents").get<std::size_t>() != contents.extractions.size() ||
                    e->at("rejected").get<std::size_t>() != contents.rejected.size())
                    throw std::invalid_argument("the end line's counts do not match the lines before it");
                ended = true;
            } else {
                throw std::invalid_argument("a line must hold \"document\", \"rejected\" or \"end\"");
            }
        } catch (const InputError&) {
            throw;
        } catch (const std::exception& e) {
            throw InputError(name, number == 1 ? std::string("not a pressgraph shard file: ") + e.what()
                                               : std::string("malformed shard line: ") + e.what(),
                             number);
        }
    }
    if (in.bad()) throw InputError(name, "could not be read");
    if (number == 0) throw InputError(name, "empty file, not a pressgraph shard file");
    if (!ended) throw InputError(name, "cut short: no end line (was its build interrupted?)", number);
    return contents;
}

ShardContents read_shard_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open");
    return read_shard(in, path);
}

}  // namespace pressgraph
