#pragma once
// Gold annotations in the format of tests/data/gold/SCHEMA.md: one JSON file per
// document, `<document name without .txt>.gold.json`.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pressgraph {

struct GoldEntity {
    std::string id;        ///< "P:ana-lopes": the same id for the same entity in every file
    std::string type;      ///< Person, Country, Organization, Place, Agreement
    std::string name;
    std::vector<std::string> aliases;
    std::string subtype;
};

struct GoldEvent {
    std::string id;
    std::string type;
    std::string start;
    std::string end;
    std::string place;
    std::vector<std::string> participants;
};

struct GoldRelation {
    std::string subject;
    std::string predicate;
    std::string object;
    bool planned = false;
};

struct GoldDocument {
    std::string doc;  ///< the document's file name
    std::optional<std::string> published;
    std::optional<std::string> title;
    std::vector<GoldEntity> entities;
    std::vector<GoldEvent> events;
    std::vector<GoldRelation> relations;
};

/// Reads one gold file; throws InputError naming the file on malformed JSON or fields.
[[nodiscard]] GoldDocument read_gold_file(const std::string& path);

/// Every *.gold.json of a folder, keyed by document file name.
[[nodiscard]] std::map<std::string, GoldDocument> read_gold_folder(const std::string& folder);

}  // namespace pressgraph
