#include "context/home_country.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "events/rule_events.hpp"
#include "relations/relation_extraction.hpp"

namespace pressgraph {

namespace {

// The lexicon entry of a place entity, if the lexicon knows it.
const LexiconEntry* place_entry(const ExtractedEntity& e, const Lexicon& lx) {
    if (const auto* ids = lx.names().find(e.canonical_name))
        for (const std::uint32_t id : *ids)
            if (lx.entry(id).type == EntityType::Place) return &lx.entry(id);
    return nullptr;
}

}  // namespace

std::string headline_home_code(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context, const Lexicon& lx) {
    if (!context.headline) return {};
    const TokenList& t = sentences[*context.headline].tokens.tokens;
    std::size_t k = 0;
    while (k < t.size() && !t[k].capitalized() && !t[k].word) ++k;  // quotes, bullets
    if (k < t.size() && t[k].text == "The") ++k;
    if (k >= t.size()) return {};
    // A state ("Kenya", "UAE") or its people's adjective ("Kenyan") opening the headline, then a
    // title of a state's office.
    const LexiconEntry* state = nullptr;
    std::size_t after = k;
    if (const auto d = lx.demonyms().longest_at(t, k); d && d->ids->size() == 1) {
        state = &lx.entry(d->ids->front());
        after = k + d->length;
    } else if (const auto n = lx.names().longest_at(t, k); n && lx.entry(n->ids->front()).type == EntityType::Country) {
        state = &lx.entry(n->ids->front());
        after = k + n->length;
    }
    if (state) {
        if (state->type != EntityType::Country) return {};
        const auto title = lx.titles().longest_at(t, after);
        return title && lx.title(title->ids->front()).scope == "national" ? state->country : std::string();
    }
    // A ministry opening it, named with its state: "Ministry of Foreign Affairs of the Republic of Kenya".
    const SentenceAnalysis& s = sentences[*context.headline];
    for (const Candidate& m : s.mentions) {
        if (m.first != k || m.type != EntityType::Organization || m.subtype != "Ministry") continue;
        for (std::size_t j = m.first; j < m.last; ++j)
            if (const auto n = lx.names().longest_at(t, j);
                n && j + n->length <= m.last && lx.entry(n->ids->front()).type == EntityType::Country)
                return lx.entry(n->ids->front()).country;
    }
    return {};
}

std::string home_country_code(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                              const Lexicon& lx, const DocumentExtraction& out) {
    if (context.dateline) {
        const SentenceAnalysis& s = sentences[*context.dateline];
        for (std::size_t i = 0; i < s.mentions.size(); ++i)
            if (const std::string code = country_code_of(out, lx, s.entity_of[i]); !code.empty()) return code;
    }
    if (std::string code = headline_home_code(sentences, context, lx); !code.empty()) return code;
    // A date line that opens the lead itself, a city and a dash: "Rabat - The Minister of ... held talks".
    if (context.lead) {
        const SentenceAnalysis& s = sentences[*context.lead];
        for (std::size_t i = 0; i < s.mentions.size(); ++i)
            if (s.mentions[i].first == 0 && s.mentions[i].type == EntityType::Place && s.mentions[i].last < s.tokens.tokens.size() &&
                s.tokens.tokens[s.mentions[i].last].text == "-")
                if (const LexiconEntry* city = place_entry(out.entities[s.entity_of[i]], lx); city && !city->country.empty())
                    return city->country;
    }
    // Seats of government named in the text (landmarks.tsv, kind "seat"): the most named country's,
    // unless the document names that country's officials as such ("President X of France" met "at
    // the Elysee Palace"): then the seat is the host's, and the release speaks for the guest.
    std::set<std::string> officials_named;
    for (const ExtractedFact& f : out.facts)
        if (f.predicate == "pgo:holdsPosition" && !f.object_is_event && out.entities[f.object].type == EntityType::Country)
            officials_named.insert(country_code_of(out, lx, f.object));
    std::map<std::string, std::size_t> seats;
    for (const ExtractedEntity& e : out.entities)
        if (e.type == EntityType::Place)
            if (const LexiconEntry* entry = place_entry(e, lx);
                entry && entry->subtype == "seat" && !entry->country.empty() && !officials_named.count(entry->country))
                seats[entry->country] += e.mentions.size();
    std::string best;
    std::size_t most = 0;
    bool tie = false;
    for (const auto& [code, n] : seats) {
        if (n > most) {
            best = code;
            most = n;
            tie = false;
        } else if (n == most) {
            tie = true;
        }
    }
    return tie ? std::string() : best;
}

namespace {

// Whether the document already places `person` in an office of a country.
bool holds_a_country_office(const DocumentExtraction& out, std::size_t person) {
    return std::any_of(out.facts.begin(), out.facts.end(), [&](const ExtractedFact& f) {
        return f.subject == person && f.predicate == "pgo:holdsPosition" && !f.object_is_event &&
               out.entities[f.object].type == EntityType::Country;
    });
}

// The sentence an office was read in (its span), or sentences.end().
std::vector<SentenceAnalysis>::const_iterator sentence_of(const std::vector<SentenceAnalysis>& sentences, const Span& span) {
    return std::find_if(sentences.begin(), sentences.end(), [&](const SentenceAnalysis& a) {
        return a.tokens.sentence.begin == span.begin && a.tokens.sentence.end == span.end;
    });
}

// The country an office of this name belongs to wherever it is named ("Secretary of Commerce":
// the United States), when the document names that country; else nullopt.
std::optional<std::size_t> country_of_title(const std::string& title, const Lexicon& lx, const DocumentExtraction& out) {
    const auto* ids = lx.titles().find(title);
    if (!ids) return std::nullopt;
    const std::string& code = lx.title(ids->front()).country;
    if (code.empty()) return std::nullopt;
    for (std::size_t e = 0; e < out.entities.size(); ++e)
        if (out.entities[e].type == EntityType::Country && country_code_of(out, lx, e) == code) return e;
    return std::nullopt;
}

}  // namespace

std::optional<std::size_t> home_country_entity(const std::string& home_code, const Lexicon& lx, const DocumentExtraction& out) {
    if (home_code.empty()) return std::nullopt;
    for (std::size_t e = 0; e < out.entities.size(); ++e)
        if (out.entities[e].type == EntityType::Country && country_code_of(out, lx, e) == home_code) return e;
    return std::nullopt;
}

void complete_offices_from_home(const std::string& home_code, const SentenceAnalysis* dateline, const Lexicon& lx,
                                DocumentExtraction& out) {
    // A person the document already places in a country's office ("President Luiz Lula da Silva
    // of Brazil" ... "President Lula") is that country's: a bare title of theirs is no office of
    // the release's own country.
    // An office only one state has by that name is that state's. Either way the office is settled:
    // the release's home below does not change it.
    std::vector<bool> settled(out.offices_without_holder.size(), false);
    for (std::size_t k = 0; k < out.offices_without_holder.size(); ++k) {
        OfficeWithoutHolder& o = out.offices_without_holder[k];
        const bool placed = holds_a_country_office(out, o.person);
        if (placed) {
            o.home_country.reset();
            settled[k] = true;
        } else if (const auto state = country_of_title(o.title, lx, out)) {
            o.home_country = state;
            settled[k] = true;
        }
    }
    // One whose office is settled as a state's ("Federal Foreign Minister X": Germany's) is that
    // state's in the bare titles the release also gives him ("Minister X"), not the country the
    // release names most (the one he travels to).
    for (std::size_t k = 0; k < out.offices_without_holder.size(); ++k) {
        if (settled[k]) continue;
        OfficeWithoutHolder& o = out.offices_without_holder[k];
        for (std::size_t j = 0; j < out.offices_without_holder.size(); ++j)
            if (settled[j] && out.offices_without_holder[j].person == o.person && out.offices_without_holder[j].home_country) {
                o.home_country = out.offices_without_holder[j].home_country;
                settled[k] = true;
                break;
            }
    }
    std::optional<std::size_t> home = home_country_entity(home_code, lx, out);
    // A release that never names its own state ("Taking part were Prime Minister X, Defence
    // Minister Y" under the date line "The Kremlin, Moscow") still speaks for it: the state its
    // date line lies in is the one its bare titles belong to.
    // So does one whose scenes are its state's seat of government ("at the White House").
    const bool unsettled = std::find(settled.begin(), settled.end(), false) != settled.end();
    std::optional<Mention> read_from;
    if (dateline) read_from = Mention{dateline->tokens.sentence, dateline->tokens.sentence, "", ""};
    for (std::size_t e = 0; e < out.entities.size() && !read_from; ++e)
        if (const LexiconEntry* seat = out.entities[e].type == EntityType::Place ? place_entry(out.entities[e], lx) : nullptr;
            seat && seat->subtype == "seat" && seat->country == home_code)
            read_from = out.entities[e].mentions.front();
    if (!home && unsettled && read_from && !home_code.empty())
        for (std::uint32_t id = 0; id < lx.entry_count() && !home; ++id) {
            const LexiconEntry& country = lx.entry(id);
            if (country.type == EntityType::Country && country.country == home_code)
                home = lexicon_country_entity(lx, country, {read_from->span, read_from->sentence, country.canonical, "context:home-country"}, out);
        }
    if (!home) return;
    // The dateline or the seats named outweigh the guess from mention counts (find_home_country),
    // which misses a home country that a title names.
    for (std::size_t k = 0; k < out.offices_without_holder.size(); ++k)
        if (!settled[k]) out.offices_without_holder[k].home_country = home;
}

void complete_offices_from_host_city(const std::vector<SentenceAnalysis>& sentences, const std::string& home_code,
                                     const Lexicon& lx, DocumentExtraction& out) {
    constexpr std::size_t kOpeningReach = 8;  // "In Bishkek on 17 February," : the comma comes soon
    for (OfficeWithoutHolder& o : out.offices_without_holder) {
        const bool placed = holds_a_country_office(out, o.person);
        if (placed) continue;
        const auto s = sentence_of(sentences, o.sentence);
        if (s == sentences.end() || s->tokens.tokens.size() < 4 || !s->words.is(0, s->words.classes().place_preposition)) continue;
        const TokenList& t = s->tokens.tokens;
        // The city right after the preposition, then a comma before any person.
        // ... or the state itself: "In Israel, Dr. Lopes met with President A, National Security Advisor B".
        const Candidate* city = nullptr;
        std::size_t city_entity = 0;
        for (std::size_t i = 0; i < s->mentions.size(); ++i)
            if (s->mentions[i].first == 1 && (s->mentions[i].type == EntityType::Place || s->mentions[i].type == EntityType::Country)) {
                city = &s->mentions[i];
                city_entity = s->entity_of[i];
            }
        if (!city) continue;
        std::size_t comma = city->last;
        while (comma < t.size() && comma < city->last + kOpeningReach && t[comma].text != ",") ++comma;
        if (comma >= t.size() || t[comma].text != ",") continue;
        // The visitor is the sentence's first person; only the persons after it are met.
        std::optional<std::size_t> first_person;
        bool met = false;
        for (std::size_t i = 0; i < s->mentions.size(); ++i) {
            if (s->mentions[i].type != EntityType::Person) continue;
            if (s->mentions[i].first < comma) { first_person.reset(); met = false; break; }
            if (!first_person) first_person = s->entity_of[i];
            else if (s->entity_of[i] == o.person && *first_person != o.person) met = true;
        }
        if (!met) continue;
        if (out.entities[city_entity].type == EntityType::Country) {
            if (country_code_of(out, lx, city_entity) != home_code) o.home_country = city_entity;
            continue;
        }
        const LexiconEntry* entry = place_entry(out.entities[city_entity], lx);
        if (!entry || entry->country.empty() || entry->country == home_code) continue;
        if (const auto host = home_country_entity(entry->country, lx, out)) o.home_country = host;
    }
}

void complete_offices_from_city_met_in(const std::vector<SentenceAnalysis>& sentences, const std::string& home_code,
                                       const Lexicon& lx, DocumentExtraction& out) {
    constexpr std::size_t kCueReach = 6;  // "with President of the Republic X": the cue, then the office
    constexpr std::size_t kCityReach = 14;  // "travelled to Accra for talks with President X", "in Accra, where she will meet President X"
    const long cue = lx.rules().words().find_class("met_person_cue");
    if (cue < 0) return;
    for (OfficeWithoutHolder& o : out.offices_without_holder) {
        const bool placed = holds_a_country_office(out, o.person);
        if (placed) continue;
        // An office only one state has ("Secretary of State") is that state's wherever it is met.
        if (const auto* ids = lx.titles().find(o.title); ids && !lx.title(ids->front()).country.empty()) continue;
        const auto s = sentence_of(sentences, o.sentence);
        if (s == sentences.end()) continue;
        const TokenList& t = s->tokens.tokens;
        // The person is met: a cue ("with", "met", "on") a few words before the name, no comma between.
        // ... or the person follows one met in a list ("meet Prime Minister A and Foreign Minister B").
        bool met = false;
        std::size_t at = 0;  // where the names met begin
        std::optional<std::size_t> list_from;  // the first name of the list of those met the mention ends
        std::size_t list_end = 0;
        for (std::size_t i = 0; i < s->mentions.size() && !met; ++i) {
            const Candidate& p = s->mentions[i];
            if (p.type != EntityType::Person) continue;
            bool cued = false;
            for (std::size_t k = p.first; k > 0 && p.first - k < kCueReach && t[k - 1].text != ","; --k)
                if (s->words.is(k - 1, static_cast<std::size_t>(cue))) cued = true;
            bool continues = list_from && list_end <= p.first;
            for (std::size_t k = list_end; continues && k < p.first; ++k)
                continues = t[k].capitalized() || t[k].text == "and" || t[k].text == ",";
            if (cued) list_from = p.first;
            else if (!continues) list_from.reset();
            list_end = p.last;
            if (s->entity_of[i] == o.person && list_from) {
                met = true;
                at = *list_from;
            }
        }
        if (!met) continue;
        // One foreign city named after "in" or "to".
        std::optional<std::string> state;
        bool several = false;
        for (std::size_t i = 0; i < s->mentions.size(); ++i) {
            const Candidate& c = s->mentions[i];
            // The city of the same clause: a few words before the name or after it.
            if (c.type != EntityType::Place || c.first == 0 || (c.first > at ? c.first - at : at - c.first) > kCityReach) continue;
            const std::string_view before = t[c.first - 1].text;
            if (!s->words.is(c.first - 1, s->words.classes().place_preposition) && before != "to") continue;
            const LexiconEntry* entry = place_entry(out.entities[s->entity_of[i]], lx);
            if (!entry || entry->country.empty() || entry->country == home_code) continue;
            if (state && *state != entry->country) several = true;
            state = entry->country;
        }
        if (!state || several) continue;
        if (const auto host = home_country_entity(*state, lx, out)) o.home_country = host;
    }
}

}  // namespace pressgraph
