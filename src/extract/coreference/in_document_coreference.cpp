#include "coreference/in_document_coreference.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "entities/token_predicates.hpp"
#include "pressgraph/extract/name_grouping.hpp"
#include "pressgraph/extract/resolution_key.hpp"
#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

// Whether a document's name is only its kind, in lower case: agreement heads and the modifiers
// that precede them ("joint statement", "bilateral memorandum"), nothing that tells which one.
bool names_a_kind_only(std::string_view name, const Lexicon& lexicon) {
    bool any = false;
    for (std::size_t at = 0; at < name.size();) {
        std::size_t end = name.find(' ', at);
        if (end == std::string_view::npos) end = name.size();
        const std::string_view word = name.substr(at, end - at);
        if (word.empty() || !(word.front() >= 'a' && word.front() <= 'z')) return false;
        if (!lexicon.agreement_head(word) && !lexicon.is_agreement_modifier(word)) return false;
        any = true;
        at = end + 1;
    }
    return any;
}

std::string last_word(const std::string& name) {
    const auto space = name.rfind(' ');
    return space == std::string::npos ? name : name.substr(space + 1);
}

// "Supreme State Council of the Union State" -> "Union State Supreme State Council": the
// same organisation named with its owner in front.
std::string owner_first_form(const std::string& name) {
    const auto of = name.find(" of the ");
    if (of == std::string::npos || name.find(" of ", of + 8) != std::string::npos) return {};
    return name.substr(of + 8) + " " + name.substr(0, of);
}

// The longer name a short organisation name stands for in this document, if exactly one:
// "Parliamentary Assembly" -> "Parliamentary Assembly of the Union of ...",
// "Council of Ministers" -> "Union State Council of Ministers", and owner-first forms.
const std::string* longer_name(const std::string& a, const std::set<std::string>& names) {
    const std::string* found = nullptr;
    for (const auto& b : names) {
        if (b.size() <= a.size() && owner_first_form(b) != a) continue;
        const bool prefix = b.rfind(a + " of ", 0) == 0;
        // A suffix after capitalised modifiers ("Union State Council of Ministers"), not the
        // object of a preposition: "Union State" is not "Supreme State Council of the Union
        // State" nor "Youth for the Union State".
        const bool suffix = a.find(' ') != std::string::npos && b.size() > a.size() &&
                            b.compare(b.size() - a.size() - 1, a.size() + 1, " " + a) == 0 &&
                            std::isupper(static_cast<unsigned char>(last_word(b.substr(0, b.size() - a.size() - 1))[0]));
        if (!(prefix || suffix || owner_first_form(b) == a)) continue;
        if (found) return nullptr;  // ambiguous: "Foreign Ministry" with two countries' ministries
        found = &b;
    }
    return found;
}

}  // namespace

std::string holder_key(const SentenceAnalysis& s, const TitleReading& title, const Lexicon& lexicon) {
    if (title.holder_last <= title.holder_first) return {};
    const auto& t = s.tokens.tokens;
    if (auto m = lexicon.demonyms().longest_at(t, title.holder_first, title.holder_last - title.holder_first);
        m && title.holder_first + m->length == title.holder_last)
        return lexicon.entry(m->ids->front()).canonical;
    if (auto m = lexicon.names().longest_at(t, title.holder_first, title.holder_last - title.holder_first);
        m && title.holder_first + m->length == title.holder_last)
        return lexicon.entry(m->ids->front()).canonical;
    return std::string(surface(s.tokens, title.holder_first, title.holder_last));
}

namespace {

// Two full names with one surname, each introduced by the same exclusive office of the
// same country or body, are one person spelt two ways ("Ivan"/"Ilya Petrov"):
// the first name used in the document wins.
void merge_office_holders(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon) {
    std::map<std::pair<std::string, std::string>, std::string> first_name_for;  // (surname, holder) -> name
    std::map<std::string, std::string> rename;
    for (const auto& s : sentences)
        for (const auto& m : s.mentions) {
            if (m.type != EntityType::Person || !m.title || !m.title->exclusive || m.canonical.find(' ') == std::string::npos)
                continue;
            const std::string holder = holder_key(s, *m.title, lexicon);
            if (holder.empty()) continue;
            auto [it, inserted] = first_name_for.emplace(std::make_pair(last_word(m.canonical), holder), m.canonical);
            if (!inserted && it->second != m.canonical) rename.emplace(m.canonical, it->second);
        }
    if (rename.empty()) return;
    for (auto& s : sentences)
        for (auto& m : s.mentions)
            if (m.type == EntityType::Person)
                if (auto r = rename.find(m.canonical); r != rename.end()) m.canonical = r->second;
}

// One person written with a short and a full given name, or with and without a middle name
// ("Joe Biden", "Joseph R. Biden"): full names with one resolution key are one name, the first
// the document uses.
void merge_spellings_of_one_person(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon) {
    std::map<std::string, std::string> first_name_for;  // resolution key -> name
    std::map<std::string, std::string> rename;
    for (const auto& s : sentences)
        for (const auto& m : s.mentions) {
            if (m.type != EntityType::Person || m.office || m.canonical.find(' ') == std::string::npos) continue;
            auto [it, inserted] = first_name_for.emplace(resolution_key(EntityType::Person, m.canonical, lexicon), m.canonical);
            if (!inserted && it->second != m.canonical) rename.emplace(m.canonical, it->second);
        }
    if (rename.empty()) return;
    for (auto& s : sentences)
        for (auto& m : s.mentions)
            if (m.type == EntityType::Person)
                if (auto r = rename.find(m.canonical); r != rename.end()) m.canonical = r->second;
}

void alias_short_organization_names(std::vector<SentenceAnalysis>& sentences) {
    std::set<std::string> names, lexicon_names;
    for (const auto& s : sentences)
        for (const auto& m : s.mentions)
            if (m.type == EntityType::Organization) {
                names.insert(m.canonical);
                if (m.rule == "lexicon:organization") lexicon_names.insert(m.canonical);
            }
    std::map<std::string, std::string> rename;
    for (const auto& a : names)
        if (const std::string* b = longer_name(a, names)) {
            // The lexicon's name is the canonical one: "Russian State Duma" is its "State Duma".
            if (lexicon_names.count(a) && !lexicon_names.count(*b)) rename.emplace(*b, a);
            else rename.emplace(a, *b);
        }
    for (auto& s : sentences)
        for (auto& m : s.mentions)
            if (m.type == EntityType::Organization)
                if (auto r = rename.find(m.canonical); r != rename.end()) m.canonical = r->second;
}

// One body, document or place written two ways in the document ("Treaty on the
// Establishment of the Customs Union", "Treaty Establishing the Customs Union"; "Riverside
// Hero Fortress", "Riverside Fortress"): the names are grouped by signature (name_grouping.hpp).
void group_names_by_signature(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon) {
    std::map<std::pair<EntityType, std::string>, NameToGroup> names;
    for (const auto& s : sentences)
        for (const auto& m : s.mentions) {
            if (m.type == EntityType::Person || m.type == EntityType::Country) continue;
            NameToGroup& n = names[{m.type, m.canonical}];
            n.type = m.type;
            n.name = m.canonical;
            ++n.mentions;
            n.from_lexicon |= is_lexicon_name(m.rule);
        }
    std::vector<NameToGroup> list;
    for (auto& [key, n] : names) list.push_back(std::move(n));
    const NameRenames rename = group_names(list, lexicon);
    if (rename.empty()) return;
    for (auto& s : sentences)
        for (auto& m : s.mentions)
            if (auto r = rename.find({m.type, m.canonical}); r != rename.end()) m.canonical = r->second;
}

// The other words of a name a person may be called by alone, besides the surname: "Lula" (Luiz
// Inacio Lula da Silva), "Wang" (Wang Yi, family name first), "Vladimir" between friends; no
// initial or particle.
std::vector<std::string> other_name_words(const std::string& name) {
    std::vector<std::string> out;
    for (std::size_t b = 0; b < name.size();) {
        const std::size_t e = std::min(name.find(' ', b), name.size());
        const std::string w = name.substr(b, e - b);
        b = e + 1;
        if (b > name.size()) break;  // the last word is the surname
        if (w.size() >= 3 && w.back() != '.' && std::isupper(static_cast<unsigned char>(w[0]))) out.push_back(w);
    }
    return out;
}

}  // namespace

void resolve_in_document(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon) {
    merge_office_holders(sentences, lexicon);
    merge_spellings_of_one_person(sentences, lexicon);
    alias_short_organization_names(sentences);
    group_names_by_signature(sentences, lexicon);
    // Surname -> the full names that end with it in this document.
    // (std::less<>: looked up by views of the tokens, no copy of each capitalised word)
    std::map<std::string, std::set<std::string>, std::less<>> full_names_by_surname;
    // Other words of the full names, read when no full name ends with the word.
    std::map<std::string, std::set<std::string>, std::less<>> full_names_by_other_word;
    std::map<std::string, std::pair<EntityType, std::string>, std::less<>> acronyms;
    std::map<std::string, std::string> subtype_of;
    std::set<std::string, std::less<>> surnames_alone;  // persons named by one word ("President Ana")
    for (const auto& s : sentences) {
        for (const auto& m : s.mentions) {
            if (m.type == EntityType::Person && m.canonical.find(' ') == std::string::npos) surnames_alone.insert(m.canonical);
            if (m.type == EntityType::Person && m.canonical.find(' ') != std::string::npos) {
                full_names_by_surname[last_word(m.canonical)].insert(m.canonical);
                for (const std::string& w : other_name_words(m.canonical)) full_names_by_other_word[w].insert(m.canonical);
            }
            if (m.rule == "pattern:acronym-definition")
                acronyms[std::string(s.tokens.tokens[m.first].text)] = {m.type, m.canonical};
            if (!m.subtype.empty()) subtype_of[m.canonical] = m.subtype;
        }
    }
    auto unique_full_name = [&](std::string_view surname) -> const std::string* {
        if (const auto it = full_names_by_surname.find(surname); it != full_names_by_surname.end())
            return it->second.size() == 1 ? &*it->second.begin() : nullptr;
        const auto it = full_names_by_other_word.find(surname);
        return it != full_names_by_other_word.end() && it->second.size() == 1 ? &*it->second.begin() : nullptr;
    };
    for (auto& s : sentences) {
        for (auto& m : s.mentions) {
            // "Barbosa said ...": a word the lexicon knows only as a town's name that is the surname of
            // one person the document names in full is that person; so is one after a title that is
            // a word of one such name ("Secretary Salinas" of "Rodrigo Salinas Ortega": the first of
            // two surnames, as Spanish names are shortened).
            const bool titled = m.first > 0 && lexicon.titles().contains_token(s.tokens.tokens[m.first - 1]);
            if (m.type == EntityType::Place && m.last == m.first + 1 && m.rule == "lexicon:place" &&
                (titled || detail::only_a_town_name(s.tokens.tokens[m.first], lexicon)))
                if (const std::string* full = unique_full_name(s.tokens.tokens[m.first].text);
                    full && (titled || full_names_by_surname.count(s.tokens.tokens[m.first].text))) {
                    m.type = EntityType::Person;
                    m.canonical = *full;
                    m.subtype.clear();
                    m.rule = "coreference:surname";
                    continue;
                }
            // "Presidents Wilson and Murphy", "the Wilson administration": a word the lexicon knows only as
            // a town's name that the document names a person by, after a title ("President Wilson"), is
            // that person.
            if (m.type == EntityType::Place && m.last == m.first + 1 && m.rule == "lexicon:place" &&
                detail::only_a_town_name(s.tokens.tokens[m.first], lexicon) && surnames_alone.contains(s.tokens.tokens[m.first].text)) {
                m.type = EntityType::Person;
                m.canonical = std::string(s.tokens.tokens[m.first].text);
                m.subtype.clear();
                m.rule = "coreference:surname";
            }
            if (m.type != EntityType::Person || m.canonical.find(' ') != std::string::npos) continue;
            if (const std::string* full = unique_full_name(m.canonical)) m.canonical = *full;
        }
        // Unclaimed surnames and acronyms elsewhere in the document.
        const auto& t = s.tokens.tokens;
        if (acronyms.empty() && full_names_by_surname.empty() && full_names_by_other_word.empty()) continue;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (s.claimed[i] || !t[i].word || !t[i].capitalized()) continue;
            const std::string_view word = t[i].text;
            Candidate c;
            c.first = i;
            c.last = i + 1;
            if (const auto a = acronyms.find(word); a != acronyms.end()) {
                c.type = a->second.first;
                c.canonical = a->second.second;
                c.subtype = subtype_of[c.canonical];
                c.rule = "coreference:acronym";
            } else if (const std::string* full = unique_full_name(word); full && !lexicon.names().contains_token(word)) {
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
    resolve_office_references(sentences, lexicon);
}

namespace {

// "Plan of Consultations for this year" in a document of 2025 is the Plan for 2025; "next
// year", "the coming year": 2026.
std::string with_year_resolved(const std::string& name, const std::optional<DateValue>& published, const Lexicon& lx) {
    if (!published) return name;
    const WordClasses& c = lx.word_classes();
    auto resolved = [&](const std::string& phrase, const std::string& word) -> std::optional<std::string> {
        if (!name.ends_with(phrase)) return std::nullopt;
        const int offset = lx.word_in(word, c.next_year_word) ? 1 : 0;
        return name.substr(0, name.size() - phrase.size()) + std::to_string(published->year + offset);
    };
    for (const std::string& year : lx.words_of(c.year_noun)) {
        for (const std::string& w : lx.words_of(c.year_determiner))  // "this year"
            if (auto r = resolved(w + " " + year, w)) return *r;
        for (const std::string& w : lx.words_of(c.year_adjective))  // "the current year"
            if (auto r = resolved("the " + w + " " + year, w)) return *r;
    }
    return name;
}

}  // namespace

void build_entities(const Document& doc, std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon,
                    DocumentExtraction& out) {
    for (auto& s : sentences)
        for (auto& m : s.mentions)
            if (m.type == EntityType::Agreement) m.canonical = with_year_resolved(m.canonical, doc.published, lexicon);
    std::map<std::pair<EntityType, std::string>, std::size_t> index;
    for (auto& s : sentences) {
        std::stable_sort(s.mentions.begin(), s.mentions.end(),
                         [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
        s.entity_of.clear();
        for (const Candidate& m : s.mentions) {
            const auto& t = s.tokens.tokens;
            Mention mention;
            mention.span = {t[m.first].span.begin, t[m.last - 1].span.end};
            if (!m.part.empty())
                if (const auto at = doc.slice(mention.span).find(m.part); at != std::string_view::npos)
                    mention.span = {mention.span.begin + static_cast<std::uint32_t>(at),
                                    mention.span.begin + static_cast<std::uint32_t>(at + m.part.size())};
            mention.sentence = s.tokens.sentence;
            mention.surface = normalize_string(doc.slice(mention.span));
            mention.rule = m.rule;
            const auto key = std::make_pair(m.type, m.canonical);
            auto [it, inserted] = index.emplace(key, out.entities.size());
            if (inserted) {
                ExtractedEntity e;
                e.type = m.type;
                e.canonical_name = m.canonical;
                e.resolution_key = resolution_key(m.type, m.canonical, lexicon);
                // An entity named only by a description ("the agreements reached today") is this
                // document's: the same words in another release name another one.
                // So is a document named by its kind alone ("a joint statement", "the memorandum").
                if (m.document_scoped || (m.type == EntityType::Agreement && names_a_kind_only(m.canonical, lexicon)))
                    e.resolution_key += " " + doc.id;
                e.subtype = m.subtype;
                out.entities.push_back(std::move(e));
            }
            ExtractedEntity& entity = out.entities[it->second];
            if (inserted && m.office) {
                // An office without a named holder: keyed by the office, until the merge names it.
                entity.office = m.office;
                entity.resolution_key = "office " + ascii_lower(m.office->title) + " of " + m.office->holder_key;
            }
            if (entity.subtype.empty()) entity.subtype = m.subtype;
            entity.mentions.push_back(std::move(mention));
            s.entity_of.push_back(it->second);
        }
    }
}

void record_cited_sentences(const Document& doc, DocumentExtraction& out) {
    std::set<Span> cited;
    for (const auto& e : out.entities) cited.insert(e.mentions.front().sentence);
    for (const auto& f : out.facts) cited.insert(f.sentence);
    for (const auto& ev : out.events) cited.insert(ev.sentence);
    for (const Span& s : cited) out.sentence_texts.emplace_back(s, normalize_string(doc.slice(s)));
}

}  // namespace pressgraph
