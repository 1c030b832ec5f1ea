#include "pressgraph/eval/gold_document.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "pressgraph/util/errors.hpp"

namespace pressgraph {

namespace {

using nlohmann::json;

std::string string_or_empty(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strings(const json& j, const char* key) {
    std::vector<std::string> out;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array()) return out;
    for (const auto& v : *it)
        if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

}  // namespace

GoldDocument gold_from_json(const nlohmann::json& j, const std::string& path);

GoldDocument read_gold_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open gold file");
    json j;
    try {
        j = json::parse(in);
    } catch (const json::parse_error& e) {
        throw InputError(path, std::string("malformed JSON: ") + e.what());
    }
    if (!j.is_object() || !j.contains("doc") || !j.contains("entities"))
        throw InputError(path, "not a gold file: needs \"doc\" and \"entities\"");
    try {
        return gold_from_json(j, path);
    } catch (const json::exception& e) {
        // A field of the wrong type ("planned": "yes", a relation that is not an object).
        throw InputError(path, std::string("malformed gold field: ") + e.what());
    }
}

GoldDocument gold_from_json(const nlohmann::json& j, const std::string& path) {
    GoldDocument g;
    if (!j["doc"].is_string()) throw InputError(path, "\"doc\" must be the document's file name");
    g.doc = string_or_empty(j, "doc");
    if (const auto p = string_or_empty(j, "published"); !p.empty()) g.published = p;
    if (const auto t = string_or_empty(j, "title"); !t.empty()) g.title = t;
    for (const auto& e : j["entities"]) {
        GoldEntity ge{string_or_empty(e, "id"), string_or_empty(e, "type"), string_or_empty(e, "name"),
                      strings(e, "aliases"), string_or_empty(e, "subtype")};
        if (ge.id.empty() || ge.type.empty() || ge.name.empty())
            throw InputError(path, "entity without id, type or name");
        g.entities.push_back(std::move(ge));
    }
    if (j.contains("events"))
        for (const auto& e : j["events"])
            g.events.push_back({string_or_empty(e, "id"), string_or_empty(e, "type"), string_or_empty(e, "start"),
                                string_or_empty(e, "end"), string_or_empty(e, "place"), strings(e, "participants")});
    if (j.contains("relations"))
        for (const auto& r : j["relations"])
            g.relations.push_back({string_or_empty(r, "s"), string_or_empty(r, "p"), string_or_empty(r, "o"),
                                   r.value("planned", false)});
    return g;
}

std::map<std::string, GoldDocument> read_gold_folder(const std::string& folder) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw InputError(folder, "gold folder not found");
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > 10 && name.substr(name.size() - 10) == ".gold.json") files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    std::map<std::string, GoldDocument> out;
    for (const auto& f : files) {
        GoldDocument g = read_gold_file(f);
        std::string key = g.doc;
        out.emplace(std::move(key), std::move(g));
    }
    return out;
}

}  // namespace pressgraph
