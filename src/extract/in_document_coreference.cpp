#include "in_document_coreference.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

std::string last_word(const std::string& name) {
    const auto space = name.rfind(' ');
    return space == std::string::npos ? name : name.substr(space + 1);
}

}  // namespace

void resolve_in_document(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon) {
    // Surname -> the full names that end with it in this document.
    std::map<std::string, std::set<std::string>> full_names_by_surname;
    std::map<std::string, std::pair<EntityType, std::string>> acronyms;
    std::map<std::string, std::string> subtype_of;
    for (const auto& s : sentences) {
        for (const auto& m : s.mentions) {
            if (m.type == EntityType::Person && m.canonical.find(' ') != std::string::npos)
                full_names_by_surname[last_word(m.canonical)].insert(m.canonical);
            if (m.rule == "pattern:acronym-definition")
                acronyms[std::string(s.tokens.tokens[m.first].text)] = {m.type, m.canonical};
            if (!m.subtype.empty()) subtype_of[m.canonical] = m.subtype;
        }
    }
    auto unique_full_name = [&](const std::string& surname) -> const std::string* {
        const auto it = full_names_by_surname.find(surname);
        return it != full_names_by_surname.end() && it->second.size() == 1 ? &*it->second.begin() : nullptr;
    };
    for (auto& s : sentences) {
        for (auto& m : s.mentions) {
            if (m.type != EntityType::Person || m.canonical.find(' ') != std::string::npos) continue;
            if (const std::string* full = unique_full_name(m.canonical)) m.canonical = *full;
        }
        // Unclaimed surnames and acronyms elsewhere in the document.
        const auto& t = s.tokens.tokens;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (s.claimed[i] || !t[i].word || !t[i].capitalized()) continue;
            const std::string word(t[i].text);
            Candidate c;
            c.first = i;
            c.last = i + 1;
            if (const auto a = acronyms.find(word); a != acronyms.end()) {
                c.type = a->second.first;
                c.canonical = a->second.second;
                c.subtype = subtype_of[c.canonical];
                c.rule = "coreference:acronym";
            } else if (const std::string* full = unique_full_name(word); full && !lexicon.names().find(word)) {
                c.type = EntityType::Person;
                c.canonical = *full;
                c.rule = "coreference:surname";
            } else {
                continue;
            }
            s.claimed[i] = true;
            s.mentions.push_back(std::move(c));
        }
    }
}

void build_entities(const Document& doc, const std::vector<SentenceAnalysis>& sentences, DocumentExtraction& out) {
    std::map<std::pair<EntityType, std::string>, std::size_t> index;
    std::set<Span> cited;
    for (const auto& s : sentences) {
        std::vector<const Candidate*> ordered;
        for (const auto& m : s.mentions) ordered.push_back(&m);
        std::sort(ordered.begin(), ordered.end(), [](auto* a, auto* b) { return a->first < b->first; });
        for (const Candidate* m : ordered) {
            const auto& t = s.tokens.tokens;
            Mention mention;
            mention.span = {t[m->first].span.begin, t[m->last - 1].span.end};
            mention.sentence = s.tokens.sentence;
            mention.surface = normalize_string(doc.slice(mention.span));
            mention.rule = m->rule;
            const auto key = std::make_pair(m->type, m->canonical);
            auto [it, inserted] = index.emplace(key, out.entities.size());
            if (inserted) {
                ExtractedEntity e;
                e.type = m->type;
                e.canonical_name = m->canonical;
                e.subtype = m->subtype;
                out.entities.push_back(std::move(e));
                cited.insert(mention.sentence);
            }
            ExtractedEntity& entity = out.entities[it->second];
            if (entity.subtype.empty()) entity.subtype = m->subtype;
            entity.mentions.push_back(std::move(mention));
        }
    }
    for (const Span& s : cited) out.sentence_texts.emplace_back(s, normalize_string(doc.slice(s)));
}

}  // namespace pressgraph
