#include "relations/relation_extraction.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <tuple>

#include "entities/token_predicates.hpp"
#include "events/event_extraction.hpp"
#include "pressgraph/extract/date_normalizer.hpp"
#include "pressgraph/extract/name_signature.hpp"
#include "pressgraph/extract/resolution_key.hpp"
#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

using FactKey = std::tuple<std::size_t, std::string, std::size_t, std::string>;

struct FactSink {
    DocumentExtraction& out;
    std::map<FactKey, std::size_t> seen;  // each fact once, with its index in out.facts
    void add(std::size_t subject, const char* predicate, std::size_t object, std::vector<Attribute> qualifiers,
             Span sentence, const char* rule) {
        if (subject == object) return;
        std::string qualifier_text;
        for (const auto& q : qualifiers)
            if (q.predicate == "pgo:title" || std::string_view(predicate) != "pgo:holdsPosition")
                qualifier_text += q.predicate + "=" + q.value.lexical + ";";
        const auto [at, fresh] = seen.try_emplace(FactKey{subject, predicate, object, qualifier_text}, out.facts.size());
        if (!fresh) {
            // One office stated twice ("Foreign Minister X ... X was appointed Foreign Minister
            // on ..."): one fact, with every qualifier the statements give.
            if (std::string_view(predicate) == "pgo:holdsPosition") {
                auto& f = out.facts[at->second];
                for (auto& q : qualifiers)
                    if (std::none_of(f.qualifiers.begin(), f.qualifiers.end(),
                                     [&](const Attribute& a) { return a.predicate == q.predicate; }))
                        f.qualifiers.push_back(std::move(q));
            }
            return;
        }
        out.facts.push_back({subject, predicate, object, std::move(qualifiers), std::nullopt, false, sentence, rule});
    }
};

// `title` without its last words that open the state's name, tokens [name_first, holder_first)
// ("Republic" of "Republic of Belarus"), and without the "of the" left before them.
std::string title_without_name_words(const std::string& title, const TokenList& t, std::size_t name_first,
                                     std::size_t holder_first) {
    std::vector<std::string_view> words;
    for (std::size_t b = 0; b < title.size();) {
        std::size_t e = title.find(' ', b);
        if (e == std::string::npos) e = title.size();
        words.emplace_back(std::string_view(title).substr(b, e - b));
        b = e + 1;
    }
    std::vector<std::string_view> name;
    for (std::size_t k = name_first; k < holder_first; ++k) name.push_back(t[k].text);
    while (!name.empty() && (name.back() == "of" || name.back() == "the")) name.pop_back();
    while (!name.empty() && (name.front() == "the" || name.front() == "The")) name.erase(name.begin());
    if (name.empty() || name.size() >= words.size() || !std::equal(name.begin(), name.end(), words.end() - static_cast<std::ptrdiff_t>(name.size())))
        return title;
    words.resize(words.size() - name.size());
    while (words.size() > 1 && (words.back() == "of" || words.back() == "the")) words.pop_back();
    std::string out;
    for (const std::string_view w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

// The country mention that covers tokens [first, last), if any.
std::optional<std::size_t> country_covering(const SentenceAnalysis& s, std::size_t first, std::size_t last) {
    for (std::size_t i = 0; i < s.mentions.size(); ++i)
        if (s.mentions[i].type == EntityType::Country && s.mentions[i].first <= first && s.mentions[i].last >= last) return i;
    return std::nullopt;
}

// The longest mention (index into s.mentions) of a type `keep` accepts that lies inside tokens
// [first, last), if any.
template <class Keep>
std::optional<std::size_t> longest_within(const SentenceAnalysis& s, std::size_t first, std::size_t last, Keep keep) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.first < first || m.last > last || !keep(m.type)) continue;
        if (!best || m.length() > s.mentions[*best].length()) best = i;
    }
    return best;
}

// The country or organisation inside tokens [first, last): an office's holder.
std::optional<std::size_t> mention_within(const SentenceAnalysis& s, std::size_t first, std::size_t last) {
    return longest_within(s, first, last, [](EntityType t) { return t == EntityType::Country || t == EntityType::Organization; });
}

// The place inside tokens [first, last): a region's or a city's office.
std::optional<std::size_t> place_within(const SentenceAnalysis& s, std::size_t first, std::size_t last) {
    return longest_within(s, first, last, [](EntityType t) { return t == EntityType::Place; });
}

// "Minsk Region": the name's last word, after a space, is a capitalised word of class `c`.
bool last_word_is(const std::string& name, std::size_t c, const Lexicon& lexicon) {
    const auto space = name.rfind(' ');
    if (space == std::string::npos) return false;
    const std::string_view last = std::string_view(name).substr(space + 1);
    return word_case(last) == WordCase::Title && lexicon.word_in(last, c);
}

std::optional<std::size_t> mention_at(const SentenceAnalysis& s, std::size_t token) {
    for (std::size_t i = 0; i < s.mentions.size(); ++i)
        if (s.mentions[i].first <= token && token < s.mentions[i].last) return i;
    return std::nullopt;
}

// "Ana Lopes, Senior Advisor, and Rui Costa, Director of Legislative Affairs": a name, then a state's
// office set off by a comma and naming no holder (no "of Chile", "at the Institute" after it; a
// portfolio of capitalised words may follow: "Deputy Minister of Trade, Industry and Competition").
// The office, or nullopt.
std::optional<std::string> appositive_national_title(const SentenceAnalysis& s, const Candidate& m, const Lexicon& lexicon) {
    const TokenList& t = s.tokens.tokens;
    const std::size_t at = m.last + 1;
    if (at >= t.size() || t[m.last].text != "," || !t[at].capitalized()) return std::nullopt;
    const auto title = lexicon.titles().longest_at(t, at);
    if (!title) return std::nullopt;
    const TitleEntry& entry = lexicon.title(title->ids->front());
    if (entry.scope != "national") return std::nullopt;
    std::size_t end = at + title->length;
    // The portfolio: "of" or "for", then capitalised words joined by commas and "and", where no
    // state or body is named.
    if (end + 1 < t.size() && (t[end].text == "of" || t[end].text == "for") && t[end + 1].capitalized()) {
        const bool names_holder = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Candidate& o) {
            return o.type != EntityType::Person && o.first > end && o.first <= end + 2;
        });
        if (names_holder) return std::nullopt;
        auto person_at = [&](std::size_t k) {
            return std::any_of(s.mentions.begin(), s.mentions.end(),
                               [&](const Candidate& o) { return o.type == EntityType::Person && o.first == k; });
        };
        ++end;
        while (end < t.size() && (t[end].capitalized() || ((t[end].text == "," || t[end].text == "and") && end + 1 < t.size() &&
                                                           t[end + 1].capitalized() && !person_at(end + 1))))
            ++end;
    }
    // The end of the entry of a list: "Ana Lopes, Senior Advisor; Rui Costa, ..." or "... - Rui Costa, ...".
    if (end < t.size() && t[end].text != "," && t[end].text != ";" && t[end].text != "." && t[end].text != ")" && t[end].text != "-")
        return std::nullopt;
    return entry.title;
}

// "Minister of Foreign Affairs, Trade and Culture, Ana Lopes, held talks ...": a state's office with its
// portfolio, set off from the name by a comma and naming no holder (no state or body among its words:
// "Minister of Culture of Chile, Ana Lopes" is read by the rules of offices). The office, or nullopt.
std::optional<std::string> preceding_national_title(const SentenceAnalysis& s, const Candidate& m, const Lexicon& lexicon) {
    constexpr std::size_t kReach = 14;  // a title and its portfolio
    const TokenList& t = s.tokens.tokens;
    if (m.first < 2 || t[m.first - 1].text != ",") return std::nullopt;
    const std::size_t comma = m.first - 1;
    auto joiner = [&](std::size_t k) { return t[k].text == "of" || t[k].text == "for" || t[k].text == "and" || t[k].text == ","; };
    std::size_t from = comma;
    while (from > 0 && comma - from < kReach && (t[from - 1].capitalized() || joiner(from - 1))) --from;
    for (std::size_t start = from; start < comma; ++start) {
        if (!t[start].capitalized()) continue;
        const auto title = lexicon.titles().longest_at(t, start, comma - start);
        if (!title) continue;
        const TitleEntry& entry = lexicon.title(title->ids->front());
        // Another entry of a list before it ("Ana Lopes, Senior Advisor, Rui Costa, ...") is no title of this name's.
        if (entry.scope != "national" || (start > 0 && t[start - 1].text == ",")) return std::nullopt;
        const bool names_holder = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Candidate& o) {
            // A people's adjective of the portfolio ("Moroccan Expatriates") names no other state.
            const bool demonym = o.last == o.first + 1 && lexicon.demonyms().find(t[o.first].text) != nullptr;
            return ((o.type == EntityType::Country || o.type == EntityType::Organization) && !demonym && o.first >= start &&
                    o.last <= comma) ||
                   (o.type == EntityType::Person && o.first >= from && o.first < start);
        });
        if (names_holder) return std::nullopt;
        return entry.title;
    }
    return std::nullopt;
}

// "Deputy Prime Minister - Chief of the Government Staff Ana Lopes", "Governor of the Antofagasta Region -
// Chair of the Council Commission on Energy Rui Costa": two offices joined by a dash before one name;
// the first is read here (the one next to the name is the name's title). The first office's title,
// its scope, and the mention of the holder it names (none: "Deputy Prime Minister -").
struct DashedOffice {
    std::string title;
    std::string scope;
    std::optional<std::size_t> holder;  // index into s.mentions
};
std::optional<DashedOffice> first_of_dashed_offices(const SentenceAnalysis& s, const Candidate& m, const Lexicon& lexicon) {
    constexpr std::size_t kReach = 24;  // two offices and their holders
    const TokenList& t = s.tokens.tokens;
    auto mention_ending_at = [&](std::size_t k) {
        return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Candidate& o) { return o.type == EntityType::Person && o.last == k; });
    };
    // The entry of the list the name ends: back to a comma, a lower-case word or another name.
    std::size_t start = m.first;
    while (start > 0 && m.first - start < kReach && !mention_ending_at(start) &&
           (t[start - 1].capitalized() || t[start - 1].text == "-" || t[start - 1].text == "of" || t[start - 1].text == "the" ||
            t[start - 1].text == "to" || t[start - 1].text == "for" || t[start - 1].text == "on"))
        --start;
    while (start < m.first && t[start].text == "the") ++start;
    std::size_t dash = start;
    while (dash < m.first && t[dash].text != "-") ++dash;
    // A second office after the dash, not a list's next entry ("Director of the Council - Ana Lopes").
    if (dash >= m.first || dash == start || dash + 1 >= m.first || !lexicon.titles().longest_at(t, dash + 1, m.first - dash - 1))
        return std::nullopt;
    const auto title = lexicon.titles().longest_at(t, start, dash - start);
    if (!title) return std::nullopt;
    const TitleEntry& entry = lexicon.title(title->ids->front());
    DashedOffice office{entry.title, entry.scope, std::nullopt};
    std::size_t p = start + title->length;
    if (p == dash) return office;
    if (t[p].text != "of" && t[p].text != "to") return std::nullopt;
    ++p;
    if (p < dash && t[p].text == "the") ++p;
    for (std::size_t i = 0; i < s.mentions.size(); ++i)
        if (s.mentions[i].first == p && s.mentions[i].last == dash && s.mentions[i].type != EntityType::Person) office.holder = i;
    if (!office.holder) return std::nullopt;
    return office;
}

void holds_position(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, DocumentExtraction& out,
                    FactSink& sink) {
    for (auto& s : sentences) {
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            const Candidate m = s.mentions[i];
            if (m.type != EntityType::Person) continue;
            if (const auto first = first_of_dashed_offices(s, m, lexicon)) {
                if (!first->holder) {
                    if (first->scope == "national")
                        out.offices_without_holder.push_back({s.entity_of[i], lexicon.short_title(first->title), s.tokens.sentence, std::nullopt});
                } else {
                    const EntityType type = s.mentions[*first->holder].type;
                    if (type == EntityType::Country || type == EntityType::Organization || (type == EntityType::Place && first->scope == "body"))
                        sink.add(s.entity_of[i], "pgo:holdsPosition", s.entity_of[*first->holder],
                                 {{"pgo:title", {lexicon.short_title(first->title), "string"}}}, s.tokens.sentence, "pattern:first-of-dashed-offices");
                }
            }
            if (!m.title) {
                auto office = appositive_national_title(s, m, lexicon);
                if (!office) office = preceding_national_title(s, m, lexicon);
                if (office)
                    out.offices_without_holder.push_back({s.entity_of[i], lexicon.short_title(*office), s.tokens.sentence, std::nullopt});
                continue;
            }
            if (m.title->holder_last <= m.title->holder_first) {
                if (m.title->scope == "national" && !m.office)
                    out.offices_without_holder.push_back(
                        {s.entity_of[i], lexicon.short_title(m.title->title), s.tokens.sentence, std::nullopt});
                continue;
            }
            std::optional<std::size_t> holder;
            std::string title = m.title->title;
            if (auto within = mention_within(s, m.title->holder_first, m.title->holder_last)) {
                holder = s.entity_of[*within];
            } else if (auto covering = country_covering(s, m.title->holder_first, m.title->holder_last)) {
                // The title took the words the state's name opens with ("President of the Republic"
                // + "of Belarus"): the state's mention covers the holder's words, and the office is
                // the title without them ("President").
                holder = s.entity_of[*covering];
                title = title_without_name_words(title, s.tokens.tokens, s.mentions[*covering].first, m.title->holder_first);
            } else if (m.title->holder_last - m.title->holder_first <= kLongestDemonymWords) {
                holder = country_entity_for_demonym(s, m.title->holder_first, m.title->holder_last, lexicon, out);
            }
            // The office of a region or a city ("Governor of Kamchatka Territory", "Head of the Republic of
            // Adygea", "Mayor of Lisbon"): an office of a body's kind held in a place.
            // Only an office written before the name: one after it in a list ("A, B, Head of the Republic of
            // Adygea - Chair of ..., C") may be the next name's.
            if (!holder && m.title->scope == "body" && m.title->holder_last <= m.first)
                if (const auto place = place_within(s, m.title->holder_first, m.title->holder_last)) holder = s.entity_of[*place];
            if (!holder) continue;
            sink.add(s.entity_of[i], "pgo:holdsPosition", *holder, {{"pgo:title", {lexicon.short_title(title), "string"}}, {"pgo:exclusiveOffice", {m.title->exclusive ? "true" : "false", "boolean"}}},
                     s.tokens.sentence, m.rule.c_str());
        }
    }
}

// "Brest, Republic of Belarus" and "Pinsk (Brest Region)": a place followed by the
// place or country that contains it.
void located_in(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, FactSink& sink) {
    const WordClasses& c = lexicon.word_classes();
    const long region_kind = lexicon.rules().words().find_class("region_place_kind");
    // The countries the lexicon puts a place of this name in, as a region or as anything else.
    auto countries_of = [&](std::size_t e, bool region) {
        std::vector<std::string_view> codes;
        if (const auto* ids = lexicon.names().find(sink.out.entities[e].canonical_name))
            for (const std::uint32_t id : *ids) {
                const LexiconEntry& entry = lexicon.entry(id);
                const bool is_region = region_kind >= 0 && lexicon.word_in(entry.subtype, static_cast<std::size_t>(region_kind));
                if (entry.type == EntityType::Place && !entry.country.empty() && is_region == region) codes.push_back(entry.country);
            }
        return codes;
    };
    auto city_in_region = [&](std::size_t inner, std::size_t outer) {
        const auto regions = countries_of(outer, true);
        const auto cities = countries_of(inner, false);
        // A name of cities in several countries ("San Francisco, California") is the one in the region's.
        return countries_of(inner, true).empty() && std::any_of(cities.begin(), cities.end(), [&](std::string_view code) {
                   return std::find(regions.begin(), regions.end(), code) != regions.end();
               });
    };
    for (const auto& s : sentences) {
        const auto& t = s.tokens.tokens;
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            const Candidate& inner = s.mentions[i];
            if (inner.type != EntityType::Place || inner.last + 1 >= t.size()) continue;
            const std::string_view sep = t[inner.last].text;
            if (sep != "," && sep != "(") continue;
            const auto outer = mention_at(s, inner.last + 1);
            if (!outer || s.mentions[*outer].first != inner.last + 1) continue;
            const Candidate& o = s.mentions[*outer];
            if (o.type != EntityType::Place && o.type != EntityType::Country) continue;
            if (sep == "(" && !(o.last < t.size() && t[o.last].text == ")")) continue;
            // "Moscow, Minsk and Kazan" lists places; a containing place ends the phrase.
            if (sep == "," && o.type == EntityType::Place && o.last < t.size() && t[o.last].text != "," &&
                t[o.last].text != "." && t[o.last].text != ")")
                continue;
            // A place after a comma is more often the next item of a list than a container, unless the
            // lexicon knows it as a region of the country it knows the first as a city of ("Tucson, Arizona").
            // Neither is an item of a list ("Ohio, New York, North Carolina and ...").
            const bool in_list = i > 0 && s.mentions[i - 1].type == EntityType::Place && s.mentions[i - 1].last + 1 == inner.first &&
                                 (t[inner.first - 1].text == "," || t[inner.first - 1].text == "and");
            if (sep == "," && o.type == EntityType::Place && (in_list || !city_in_region(s.entity_of[i], s.entity_of[*outer]))) continue;
            sink.add(s.entity_of[i], "pgo:locatedIn", s.entity_of[*outer], {}, s.tokens.sentence,
                     sep == "(" ? "pattern:place-bracket-place" : "pattern:place-comma-place");
            // "in Vitebsk and Polotsk, Belarus": the places listed before the container (not before a
            // region after a comma: "Tucson, Arizona").
            const bool region_after_comma = sep == "," && o.type == EntityType::Place;
            for (std::size_t j = i; !region_after_comma && j-- > 0;) {
                const Candidate& listed = s.mentions[j];
                const Candidate& next = s.mentions[j + 1];
                if (listed.type != EntityType::Place || listed.last + 1 != next.first ||
                    (t[listed.last].text != "and" && t[listed.last].text != ","))
                    break;
                sink.add(s.entity_of[j], "pgo:locatedIn", s.entity_of[*outer], {}, s.tokens.sentence, "pattern:place-list-comma-place");
            }
        }
        for (std::size_t i = 0; i + 1 < s.mentions.size(); ++i) {
            const Candidate& inner = s.mentions[i];
            if (inner.type != EntityType::Place || inner.last + 2 >= t.size() || t[inner.last].text != ",") continue;
            const Candidate& outer = s.mentions[i + 1];
            // "Pinsk, the Brest Region": a region after a comma contains the place before it.
            if (t[inner.last + 1].text == "the" && outer.first == inner.last + 2 && outer.type == EntityType::Place &&
                last_word_is(outer.canonical, c.region_noun, lexicon))
                sink.add(s.entity_of[i], "pgo:locatedIn", s.entity_of[i + 1], {}, s.tokens.sentence, "pattern:place-comma-region");
            // "a visit to the Braga Old Fort memorial complex, where ... at the Eternal Flame".
            if (s.words.is_lower(inner.last + 1, c.where_word) && inner.rule == "pattern:landmark-head")
                for (std::size_t j = i + 1; j < s.mentions.size(); ++j)
                    if (s.mentions[j].type == EntityType::Place && s.mentions[j].rule == "pattern:landmark-head") {
                        sink.add(s.entity_of[j], "pgo:locatedIn", s.entity_of[i], {}, s.tokens.sentence, "pattern:where-clause");
                        break;
                    }
        }
    }
}

// "the Brazilian city of Joinville", "the Chilean port city of Antofagasta": a settlement that a
// demonym places in its country (the lexicon's, when it knows the place, must agree: rule_relations.cpp).
void located_by_demonym(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, DocumentExtraction& out,
                        FactSink& sink) {
    const rules::WordTable& words = lexicon.rules().words();
    const long settlement = words.find_class("settlement_noun");
    const long compass = words.find_class("compass_adjective");
    if (settlement < 0) return;
    auto is = [](const SentenceAnalysis& s, std::size_t k, long c) { return c >= 0 && s.words.is(k, static_cast<std::size_t>(c)); };
    for (auto& s : sentences) {
        const auto& t = s.tokens.tokens;
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            const Candidate& m = s.mentions[i];
            if (m.type != EntityType::Place || m.first < 3 || t[m.first - 1].text != "of" || !is(s, m.first - 2, settlement)) continue;
            // Up to two more words of the kind between the demonym and "of": "port city", "southern city".
            std::size_t k = m.first - 2;
            for (int more = 0; more < 2 && k > 0 && (is(s, k - 1, settlement) || is(s, k - 1, compass)); ++more) --k;
            if (k == 0) continue;
            const std::size_t place = s.entity_of[i];
            if (const auto country = country_entity_for_demonym(s, k - 1, lexicon, out))
                sink.add(place, "pgo:locatedIn", *country, {}, s.tokens.sentence, "pattern:demonym-settlement-of-place");
        }
    }
}

// A body named as part of another: inside its name ("Chamber of Deputies of [the
// National Congress of Chile]", "Working Group of the [Andean Council of Trade
// Ministers]") or in front of it ("[OAS] Council of Foreign Ministers", "[Pacific Alliance]
// Council of Presidents"). Owners are matched by signature, so spellings need not agree.
void part_of(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, const DocumentExtraction& out,
             FactSink& sink) {
    NameSignatures signatures(lexicon);
    std::map<NameSignature, std::size_t> bodies;                   // signature of a body's name -> first such entity
    std::unordered_map<std::string, std::vector<std::size_t>> prefixes;  // a form that may open another body's name -> entities
    for (std::size_t e = 0; e < out.entities.size(); ++e) {
        const auto& entity = out.entities[e];
        if (entity.type != EntityType::Organization || entity.office) continue;
        bodies.try_emplace(signatures.of(entity.canonical_name), e);
        auto add_prefix = [&](const std::string& form) {
            auto& list = prefixes[form];
            if (list.empty() || list.back() != e) list.push_back(e);
        };
        add_prefix(entity.canonical_name);
        for (const auto& m : entity.mentions) add_prefix(m.surface);
    }
    auto body_named = [&](std::string_view name) -> std::optional<std::size_t> {
        const NameSignature sig = signatures.of(name);
        if (sig.words.empty()) return std::nullopt;
        const auto it = bodies.find(sig);
        return it == bodies.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    };
    // Facts depend on the entity only; the first mention of each body (in text order) cites
    // its sentence, as the sink keeps the first statement of a fact anyway.
    std::vector<bool> done(out.entities.size(), false);
    for (const auto& s : sentences)
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            const Candidate& m = s.mentions[i];
            if (m.type != EntityType::Organization) continue;
            const std::size_t part = s.entity_of[i];
            if (done[part]) continue;
            done[part] = true;
            const std::string& name = out.entities[part].canonical_name;
            for (auto of = name.find(" of "); of != std::string::npos; of = name.find(" of ", of + 1)) {
                std::string_view owner = std::string_view(name).substr(of + 4);
                if (owner.starts_with("the ")) owner.remove_prefix(4);
                if (const auto e = body_named(owner); e && *e != part) {
                    sink.add(part, "pgo:partOf", *e, {}, s.tokens.sentence, "pattern:body-of-body");
                    break;
                }
            }
            // Owners named at the start of the name, in entity order: each word boundary of the
            // name is a candidate prefix.
            std::vector<std::size_t> owners;
            // A prefix whose head takes the rest as its complement ("[Moscow State University] of Fine
            // Arts") names another body of the same kind, not its owner.
            for (auto space = name.find(' '); space != std::string::npos; space = name.find(' ', space + 1))
                if (const auto it = prefixes.find(name.substr(0, space));
                    it != prefixes.end() && name.compare(space, 4, " of ") != 0)
                    owners.insert(owners.end(), it->second.begin(), it->second.end());
            std::sort(owners.begin(), owners.end());
            owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
            for (const std::size_t e : owners)
                if (e != part) sink.add(part, "pgo:partOf", e, {}, s.tokens.sentence, "pattern:body-named-after-owner");
        }
}

// "The Working Group ... (co-chaired by A and B)": the co-chairs of a standing body. A date
// or a "meeting" in between makes them the chairs of one meeting instead (event extraction).
void co_chairs(const std::vector<SentenceAnalysis>& sentences, FactSink& sink) {
    for (const auto& s : sentences) {
        const WordClasses& c = s.words.classes();
        if (!s.words.any(c.co_chair_verb)) continue;
        const auto& t = s.tokens.tokens;
        for (std::size_t k = 0; k + 1 < t.size(); ++k) {
            if (!s.words.is_lower(k, c.co_chair_verb) || t[k + 1].text != "by") continue;
            // The body: the last organisation before the verb, with at most "(" or "," between.
            std::optional<std::size_t> body;
            for (std::size_t i = 0; i < s.mentions.size(); ++i) {
                const Candidate& m = s.mentions[i];
                if (m.type == EntityType::Organization && !m.nested && m.last <= k) body = i;
            }
            if (!body) continue;
            const std::size_t gap_from = s.mentions[*body].last;
            const bool adjacent = gap_from == k || (gap_from + 1 == k && (t[gap_from].text == "(" || t[gap_from].text == ","));
            // "... since 2019 to develop proposals (co-chaired by ...)": a parenthesis after the clause.
            const bool parenthesis = k > 0 && t[k - 1].text == "(";
            if (!adjacent && !parenthesis) continue;
            bool dated = false;
            for (std::size_t g = gap_from; g < k; ++g) dated |= t[g].numeric() || s.words.is_lower(g, c.meeting_singular);
            if (dated) continue;
            std::size_t clause_end = k + 2;
            while (clause_end < t.size() && clause_end < k + 20 && t[clause_end].text != ")" && t[clause_end].text != ";")
                ++clause_end;
            for (std::size_t i = 0; i < s.mentions.size(); ++i) {
                const Candidate& m = s.mentions[i];
                if (m.type != EntityType::Person || m.first <= k + 1 || m.last > clause_end) continue;
                sink.add(s.entity_of[i], "pgo:holdsPosition", s.entity_of[*body], {{"pgo:title", {"Co-Chair", "string"}}},
                         s.tokens.sentence, "pattern:co-chaired-by");
            }
        }
    }
}

// "X joined the SCO as a full member", "X was granted the BRICS partner status",
// "membership of X in Y": a country or body, a membership cue, an organisation.
void member_of(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, const std::optional<DateValue>& anchor,
               DocumentExtraction& out, FactSink& sink) {
    const WordClasses& c = lexicon.word_classes();
    for (const auto& s : sentences) {
        if (!s.words.any(c.membership_cue) && !s.words.any(c.partner_word)) continue;
        const auto& t = s.tokens.tokens;
        std::optional<std::size_t> cue;
        std::string status = "member";
        for (std::size_t k = 0; k < t.size(); ++k) {
            if (s.words.is(k, c.membership_cue)) cue = k;
            if (s.words.is(k, c.partner_word) && k + 1 < t.size() && s.words.is_lower(k + 1, c.partner_status_noun)) {
                cue = k;
                status = "partner";
            }
            if (s.words.is(k, c.full_word) && k + 1 < t.size() && s.words.is_lower(k + 1, c.member_word)) status = "full member";
        }
        if (!cue) continue;
        // "applied for membership in X": a bid to join is no membership.
        constexpr std::size_t kBidReach = 6;  // "the prospects of Chile's membership"
        if (membership_bid_before(s, *cue, kBidReach, lexicon)) continue;
        // "its EU accession goals", "membership talks": the word after the cue may say it is a bid too.
        if (*cue + 1 < t.size() && s.words.is(*cue + 1, c.membership_bid)) continue;
        std::optional<std::size_t> member, body;
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            const Candidate& m = s.mentions[i];
            const auto& e = out.entities[s.entity_of[i]];
            const bool international = e.type == EntityType::Organization && e.subtype == "International";
            // The country nearest before the cue: "A welcomed B's accession to X" is B's.
            if (m.type == EntityType::Country && m.first < *cue) member = i;
            else if (!body && international && (m.first > *cue || *cue - m.last <= 1)) body = i;
        }
        if (member && body) {
            // "where Peru joined the SCO ... on May 9 and 10": a joining dates the membership.
            std::vector<Attribute> qualifiers{{"pgo:status", {status, "string"}}};
            // The date nearest before the verb ("on May 9 and 10, where Peru joined"), else
            // the first after it ("joined ... on 1 January 2024").
            if (s.words.is(*cue, c.joining_cue)) {
                std::optional<DateValue> since;
                for (const auto& d : find_dates(s.tokens, s.words, anchor, Tense::Past)) {
                    if (d.last_token <= *cue) since = d.range.start;
                    else if (!since) { since = d.range.start; break; }
                    else break;
                }
                if (since) qualifiers.push_back({"pgo:since", {since->iso(), std::string(since->xsd_type())}});
            }
            sink.add(s.entity_of[*member], "pgo:memberOf", s.entity_of[*body], std::move(qualifiers), s.tokens.sentence,
                     "pattern:membership-cue");
        }
    }
    // "first among CIS countries", "became a full member of the Organisation", "the Belarusian
    // chairmanship of this organisation": membership implied by rank, by an organisation
    // named again by its common noun, or by a chairmanship.
    auto international = [&](const SentenceAnalysis& s, std::size_t i) {
        const auto& e = out.entities[s.entity_of[i]];
        return e.type == EntityType::Organization && e.subtype == "International";
    };
    // "organisation", "bloc" as written; "Organisation" also capitalised.
    auto generic_body = [&](const SentenceAnalysis& s, std::size_t i) {
        return s.words.is_lower(i, c.generic_body_noun) || s.words.is_lower_or_title(i, c.generic_body_title);
    };
    for (auto& s : sentences) {
        if (!s.words.any(c.among_word) && !s.words.any(c.member_word) && !s.words.any(c.chairmanship_noun)) continue;
        const auto& t = s.tokens.tokens;
        for (std::size_t k = 0; k + 1 < t.size(); ++k) {
            // The organisation a common noun at `at` stands for: the last one named before it.
            auto named_before = [&](std::size_t at) -> std::optional<std::size_t> {
                std::optional<std::size_t> last;
                for (std::size_t i = 0; i < s.mentions.size(); ++i)
                    if (s.mentions[i].last <= at && international(s, i)) last = i;
                return last;
            };
            if (s.words.is_lower(k, c.among_word)) {
                const auto body = mention_at(s, k + 1 + (t[k + 1].text == "the" ? 1 : 0));
                if (!body || !international(s, *body)) continue;
                for (std::size_t i = 0; i < s.mentions.size(); ++i)
                    if (s.mentions[i].type == EntityType::Country && s.mentions[i].last <= k) {
                        sink.add(s.entity_of[i], "pgo:memberOf", s.entity_of[*body], {{"pgo:status", {"member", "string"}}},
                                 s.tokens.sentence, "pattern:first-among");
                        break;
                    }
            } else if (s.words.is_lower(k, c.member_word) && k + 3 < t.size() && t[k + 1].text == "of" && t[k + 2].text == "the" &&
                       generic_body(s, k + 3)) {
                const auto body = named_before(k);
                std::optional<std::size_t> member;
                for (std::size_t i = 0; i < s.mentions.size(); ++i)
                    if (s.mentions[i].type == EntityType::Country && s.mentions[i].last <= k && (!body || s.mentions[i].first > s.mentions[*body].last))
                        member = i;
                if (!body || !member) continue;
                const std::string status = k > 0 && s.words.is_lower(k - 1, c.full_word) ? "full member" : "member";
                sink.add(s.entity_of[*member], "pgo:memberOf", s.entity_of[*body], {{"pgo:status", {status, "string"}}},
                         s.tokens.sentence, "pattern:member-of-the-organisation");
            } else if (s.words.is_lower(k, c.chairmanship_noun) && k > 0 && k + 2 < t.size() && t[k + 1].text == "of") {
                std::optional<std::size_t> body;
                if (s.words.is_lower(k + 2, c.body_determiner)) {
                    if (k + 3 < t.size() && generic_body(s, k + 3)) body = named_before(k);
                    else body = mention_at(s, k + 3);
                } else {
                    body = mention_at(s, k + 2);
                }
                if (!body || !international(s, *body)) continue;
                if (const auto country = country_entity_for_demonym(s, k - 1, lexicon, out))
                    sink.add(*country, "pgo:memberOf", s.entity_of[*body], {{"pgo:status", {"chair", "string"}}},
                             s.tokens.sentence, "pattern:chairmanship");
            }
        }
    }
    // "As members of the Pacific Alliance, Chile and Peru ...": every country of the sentence.
    const long relative = lexicon.rules().words().find_class("relative_word");
    for (const auto& s : sentences) {
        if (!s.words.any(c.members_noun)) continue;
        const auto& t = s.tokens.tokens;
        for (std::size_t k = 0; k + 2 < t.size(); ++k) {
            if (!s.words.is_lower(k, c.members_noun) || t[k + 1].text != "of") continue;
            // "members of the CIS and the SCO": each organisation of the list.
            std::vector<std::size_t> bodies;
            std::size_t at = k + 2 + (t[k + 2].text == "the" ? 1 : 0);
            while (const auto body = mention_at(s, at)) {
                if (s.mentions[*body].type != EntityType::Organization || s.mentions[*body].first != at) break;
                bodies.push_back(*body);
                at = s.mentions[*body].last;
                if (at + 1 < t.size() && (t[at].text == "and" || t[at].text == ",")) at += 1 + (t[at + 1].text == "the" ? 1 : 0);
                else break;
            }
            // Not a state of a relative clause after the bodies ("... of the EU, with which Chile signed ...").
            std::size_t clause_end = t.size();
            for (std::size_t j = at; j < t.size() && clause_end == t.size(); ++j)
                if (relative >= 0 && s.words.is_lower(j, static_cast<std::size_t>(relative))) clause_end = j;
            for (const std::size_t body : bodies)
                for (std::size_t i = 0; i < s.mentions.size(); ++i)
                    if (s.mentions[i].type == EntityType::Country && s.mentions[i].first < clause_end)
                        sink.add(s.entity_of[i], "pgo:memberOf", s.entity_of[body], {{"pgo:status", {"member", "string"}}},
                                 s.tokens.sentence, "pattern:as-members-of");
        }
    }
}

// Who approved an agreement: "approved by X", "submitted for approval by X", "adopted at a
// meeting of X" (passive: the approver follows), "X is planning to approve the Y" (active:
// the approver precedes). "Both documents were approved by X" refers to the agreements of
// the previous sentence.
void approved_by(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, const std::optional<DateValue>& anchor,
                 FactSink& sink) {
    const long adverb = lexicon.rules().words().find_class("approval_adverb");
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const auto& s = sentences[si];
        const auto& t = s.tokens.tokens;
        const WordClasses& c = s.words.classes();
        if (!s.words.any(c.approval_word)) continue;
        // "endorsed unanimously by", "formally approved by": an adverb of the approval is no break.
        auto by_at = [&](std::size_t k) {
            return k < t.size() && (t[k].text == "by" ||
                                    (adverb >= 0 && s.words.is(k, static_cast<std::size_t>(adverb)) && k + 1 < t.size() && t[k + 1].text == "by"));
        };
        // "Both documents were approved by X": the documents of the sentence before.
        auto refers_to_documents = [&](std::size_t verb) {
            for (std::size_t k = 0; k + 1 < verb; ++k)
                if (s.words.is(k, c.plural_reference_word) && s.words.is(k + 1, c.document_plural)) return true;
            return false;
        };
        // "approved by X in St Petersburg on January 29": the date of the approval, read only
        // in a sentence that approves something.
        std::vector<Attribute> dated;
        std::optional<std::vector<DateMention>> dates;
        for (std::size_t k = 0; k < t.size(); ++k) {
            if (!s.words.is(k, c.approval_word)) continue;
            if (!dates) dates = find_dates(s.tokens, s.words, anchor, Tense::Past);
            const bool passive = k + 1 < t.size() && (by_at(k + 1) ||
                                 (t[k + 1].text == "at" && k + 4 < t.size() && s.words.is(k + 3, c.meeting_singular)));
            std::vector<std::size_t> agreements;
            std::optional<std::size_t> approver;
            for (std::size_t i = 0; i < s.mentions.size(); ++i) {
                const Candidate& m = s.mentions[i];
                const bool can_approve = m.type == EntityType::Organization || m.type == EntityType::Person;
                if (passive) {
                    // An agreement named inside another ("the Treaty" in "Guidelines for ... the Treaty") is not the one approved.
                    if (m.type == EntityType::Agreement && m.last <= k && !m.nested) agreements.push_back(i);
                    if (!approver && can_approve && m.first > k + 1 && m.first <= k + 7) approver = i;
                } else {
                    if (m.type == EntityType::Agreement && m.first > k && !m.nested) agreements.push_back(i);
                    if (can_approve && m.last <= k && k - m.last <= 6) approver = i;  // the nearest before
                }
            }
            if (!approver) continue;
            // Active: the first agreement a few words after the verb ("approved the new Programme").
            if (!passive && !agreements.empty() && s.mentions[agreements.front()].first > k + 4) agreements.clear();
            dated.clear();
            for (const auto& d : *dates)
                if (d.first_token > k) {
                    dated.push_back({"pgo:date", {d.range.start.iso(), std::string(d.range.start.xsd_type())}});
                    break;
                }
            const Span sentence = s.tokens.sentence;
            if (!agreements.empty()) {
                // Passive: the nearest agreement before the verb, with those listed before it ("the Programme
                // and the Plan were approved by X"); active: the first after it, with those listed after it.
                std::vector<std::size_t> approved{passive ? agreements.back() : agreements.front()};
                auto listed = [&](const Candidate& before, const Candidate& after) {
                    if (before.last > after.first || after.first - before.last > 3) return false;
                    for (std::size_t q = before.last; q < after.first; ++q)
                        if (t[q].text != "," && t[q].text != "and" && t[q].text != "the" && t[q].text != "a") return false;
                    return true;
                };
                if (passive)
                    for (std::size_t n = agreements.size() - 1; n > 0 && listed(s.mentions[agreements[n - 1]], s.mentions[approved.back()]); --n)
                        approved.push_back(agreements[n - 1]);
                else
                    for (std::size_t n = 1; n < agreements.size() && listed(s.mentions[approved.back()], s.mentions[agreements[n]]); ++n)
                        approved.push_back(agreements[n]);
                for (const std::size_t a : approved)
                    sink.add(s.entity_of[a], "pgo:approvedBy", s.entity_of[*approver], dated, sentence, "pattern:approved-by");
            } else if (passive && si > 0 && refers_to_documents(k)) {
                for (std::size_t i = 0; i < sentences[si - 1].mentions.size(); ++i)
                    if (sentences[si - 1].mentions[i].type == EntityType::Agreement && !sentences[si - 1].mentions[i].nested)
                        sink.add(sentences[si - 1].entity_of[i], "pgo:approvedBy", s.entity_of[*approver], dated, sentence,
                                 "pattern:approved-by-previous-sentence");
            }
        }
    }
}

// "X, who was appointed Trade Minister of Peru on March 14": an office taken on a date.
void appointments(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, const std::optional<DateValue>& anchor,
                  FactSink& sink) {
    for (auto& s : sentences) {
        if (!s.words.any(s.words.classes().appointment_verb)) continue;
        const auto& t = s.tokens.tokens;
        auto article = [&](std::size_t i) { return t[i].text == "the" || t[i].text == "a" || t[i].text == "an"; };
        for (std::size_t k = 0; k + 1 < t.size(); ++k) {
            if (!s.words.is(k, s.words.classes().appointment_verb)) continue;
            // "received the newly appointed Ambassador of Chile": the participle describes another
            // person, who follows; the one before it was appointed nothing.
            if ((k >= 1 && article(k - 1)) || (k >= 2 && article(k - 2) && !t[k - 1].capitalized())) continue;
            std::size_t at = k + 1;
            if (at < t.size() && (t[at].text == "as" || t[at].text == "the")) ++at;
            const auto title = lexicon.titles().longest_at(t, at);
            if (!title) continue;
            const std::size_t title_end = at + title->length;
            std::optional<std::size_t> person, holder;
            for (std::size_t i = 0; i < s.mentions.size(); ++i) {
                const Candidate& m = s.mentions[i];
                if (m.type == EntityType::Person && m.last <= k) person = i;  // the nearest before
                if (!holder && (m.type == EntityType::Country || m.type == EntityType::Organization) &&
                    m.first >= title_end && m.first <= title_end + 2)
                    holder = i;
            }
            if (!person || !holder) continue;
            // "the newly appointed Ambassador of Chile Ana Lopes": the office is the name's after it.
            const std::size_t holder_end = s.mentions[*holder].last;
            const bool names_its_holder = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Candidate& m) {
                return m.type == EntityType::Person && m.first >= holder_end && m.first <= holder_end + 1;
            });
            if (names_its_holder) continue;
            std::vector<Attribute> qualifiers{{"pgo:title", {lexicon.short_title(lexicon.title(title->ids->front()).title), "string"}}};
            for (const auto& d : find_dates(s.tokens, s.words, anchor, Tense::Past))
                if (d.first_token >= title_end && d.range.start.precision() == DatePrecision::Day) {
                    qualifiers.push_back({"pgo:since", {d.range.start.iso(), "date"}});
                    break;
                }
            sink.add(s.entity_of[*person], "pgo:holdsPosition", s.entity_of[*holder], std::move(qualifiers),
                     s.tokens.sentence, "pattern:appointed-as");
        }
    }
}

}  // namespace

std::optional<std::size_t> country_entity_for_demonym(SentenceAnalysis& s, std::size_t token, const Lexicon& lexicon,
                                                      DocumentExtraction& out) {
    return country_entity_for_demonym(s, token, token + 1, lexicon, out);
}

// A demonym of several words ("South Korean", "Sri Lankan", "New Zealand") over tokens [first, last).
std::optional<std::size_t> country_entity_for_demonym(SentenceAnalysis& s, std::size_t first, std::size_t last,
                                                      const Lexicon& lexicon, DocumentExtraction& out) {
    const auto& t = s.tokens.tokens;
    if (first >= last || last > t.size()) return std::nullopt;
    std::string words(t[first].text);
    for (std::size_t k = first + 1; k < last; ++k) words.append(1, ' ').append(t[k].text);
    const auto* ids = lexicon.demonyms().find(words);
    if (!ids || ids->size() != 1) return std::nullopt;  // "Congolese": two countries
    const Span span{t[first].span.begin, t[last - 1].span.end};
    return lexicon_country_entity(lexicon, lexicon.entry(ids->front()), {span, s.tokens.sentence, words, "lexicon:demonym"}, out);
}

std::size_t lexicon_country_entity(const Lexicon& lexicon, const LexiconEntry& country, Mention mention, DocumentExtraction& out) {
    for (std::size_t e = 0; e < out.entities.size(); ++e)
        if (out.entities[e].type == EntityType::Country && out.entities[e].canonical_name == country.canonical) return e;
    ExtractedEntity e;
    e.type = EntityType::Country;
    e.canonical_name = country.canonical;
    e.resolution_key = resolution_key(EntityType::Country, country.canonical, lexicon);
    e.mentions.push_back(std::move(mention));
    out.entities.push_back(std::move(e));
    return out.entities.size() - 1;
}

// The parties of an agreement: bodies named inside its name ("Programme of Talks between
// the Foreign Ministries of Chile and Peru"), and for an interstate or intergovernmental
// agreement the two states the document is about (its two most mentioned countries).
void parties(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, const DocumentExtraction& out,
             FactSink& sink) {
    std::vector<std::pair<std::size_t, std::size_t>> countries;  // (mentions, entity)
    for (std::size_t e = 0; e < out.entities.size(); ++e)
        if (out.entities[e].type == EntityType::Country) countries.emplace_back(out.entities[e].mentions.size(), e);
    std::sort(countries.begin(), countries.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const bool two_sides = countries.size() >= 2 && (countries.size() == 2 || countries[1].first > countries[2].first);
    for (const auto& s : sentences) {
        const auto& t = s.tokens.tokens;
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            const Candidate& a = s.mentions[i];
            if (a.type != EntityType::Agreement || a.nested) continue;
            for (std::size_t j = 0; j < s.mentions.size(); ++j) {
                const Candidate& inner = s.mentions[j];
                // The owner inside a body's own name ("United Nations" in "the United Nations Security
                // Council") is that body's, not the document's.
                const bool owner_of_body = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Candidate& body) {
                    return &body != &inner && body.type == EntityType::Organization && body.first <= inner.first &&
                           inner.last <= body.last && body.length() > inner.length();
                });
                if (j != i && inner.nested && inner.type == EntityType::Organization && a.first <= inner.first && inner.last <= a.last &&
                    !owner_of_body)
                    sink.add(s.entity_of[i], "pgo:party", s.entity_of[j], {}, s.tokens.sentence, "pattern:party-in-name");
            }
            // "Agreement on Fisheries Cooperation between Chile and Peru".
            for (std::size_t k = a.first; k + 1 < a.last; ++k) {
                if (!s.words.is_lower(k, s.words.classes().between_word)) continue;
                // The states right after "between", joined by "and" (not "the Ministries of A and B").
                for (std::size_t c = k + 1; c < a.last;) {
                    const auto m = lexicon.names().longest_at(t, c, a.last - c);
                    if (!m || lexicon.entry(m->ids->front()).type != EntityType::Country) break;
                    const LexiconEntry& country = lexicon.entry(m->ids->front());
                    for (std::size_t e = 0; e < out.entities.size(); ++e)
                        if (out.entities[e].type == EntityType::Country && out.entities[e].canonical_name == country.canonical)
                            sink.add(s.entity_of[i], "pgo:party", e, {}, s.tokens.sentence, "pattern:party-in-name");
                    c += m->length;
                    if (c < a.last && (t[c].text == "and" || t[c].text == ",")) ++c;
                    else break;
                }
            }
            bool interstate = false;
            for (std::size_t k = a.first > 2 ? a.first - 2 : 0; k < a.last; ++k)
                interstate |= s.words.is_lower(k, s.words.classes().interstate_word);
            // A document named by its kind alone ("established under an intergovernmental agreement",
            // "an interstate programme is being prepared") is not said to be the two states'.
            // (in_document_coreference.cpp keys such a document to its release).
            const std::string& key = out.entities[s.entity_of[i]].resolution_key;
            const bool kind_only = !out.document_id.empty() && key.ends_with(" " + out.document_id);
            if (!interstate || !two_sides || kind_only) continue;
            for (std::size_t c = 0; c < 2; ++c)
                sink.add(s.entity_of[i], "pgo:party", countries[c].second, {}, s.tokens.sentence, "pattern:interstate-parties");
        }
    }
}

// The country a ministry's release speaks for: it writes its own officials' titles without a
// country ("Foreign Minister Ana Lopes") and other countries' with one. So: the most
// mentioned country that no title in the document names, if it is mentioned more often than
// the next such country and more than in passing. Compounds count ("India-Japan", "Russian-Belarusian").
void find_home_country(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, DocumentExtraction& out) {
    if (out.offices_without_holder.empty()) return;
    std::map<std::string, std::size_t> in_compounds;  // country canonical -> mentions inside compounds
    for (const auto& s : sentences)
        for (const auto& t : s.tokens.tokens) {
            if (t.text.find('-') == std::string_view::npos) continue;
            std::string_view rest = t.text;
            while (!rest.empty()) {
                const auto dash = rest.find('-');
                const std::string part(rest.substr(0, dash));
                for (const auto* index : {&lexicon.names(), &lexicon.demonyms()})
                    if (const auto* ids = index->find(part); ids && lexicon.entry(ids->front()).type == EntityType::Country)
                        ++in_compounds[lexicon.entry(ids->front()).canonical];
                rest = dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
            }
        }
    std::set<std::size_t> named_in_titles;
    std::set<std::size_t> offices_bodies;  // the states and bodies the document's titles name
    for (const auto& f : out.facts)
        if (f.predicate == "pgo:holdsPosition" && !f.object_is_event) {
            if (out.entities[f.object].type == EntityType::Country) named_in_titles.insert(f.object);
            offices_bodies.insert(f.object);
        }
    // The release pairs its own state with the counterpart whose office it names: "the close
    // alignment between the United States and Canada", "the U.S.-Thailand alliance", "how the United
    // States and the United Nations are working together". Such a state is the release's own, however
    // seldom it is named, unless the release travels to it ("a visit to Peru and Chile").
    std::set<std::size_t> paired_with_counterpart;
    for (const auto& s : sentences) {
        const auto& t = s.tokens.tokens;
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            if (s.mentions[i].type != EntityType::Country || named_in_titles.count(s.entity_of[i])) continue;
            for (std::size_t j = 0; j < s.mentions.size(); ++j) {
                if (j == i || !offices_bodies.count(s.entity_of[j]) || s.entity_of[j] == s.entity_of[i]) continue;
                const Candidate& a = s.mentions[std::min(i, j)];
                const Candidate& b = s.mentions[std::max(i, j)];
                if (a.last >= b.first || b.first - a.last > 2) continue;
                bool joined = t[a.last].text == "and";
                if (b.first - a.last == 2) joined = joined && t[a.last + 1].text == "the";
                if (joined) paired_with_counterpart.insert(s.entity_of[i]);
            }
        }
        for (const auto& tok : t) {  // "U.S.-Thailand": a compound of the candidate and a titled state
            std::vector<std::string> parts;
            for (const std::string_view word : detail::hyphen_parts(tok.text)) {
                const std::string part(word);
                for (const auto* index : {&lexicon.names(), &lexicon.demonyms()}) {
                    const auto* ids = index->find(part);
                    if (!ids && !part.empty() && part.back() != '.') ids = index->find(part + ".");
                    if (ids && lexicon.entry(ids->front()).type == EntityType::Country) {
                        parts.push_back(lexicon.entry(ids->front()).canonical);
                        break;
                    }
                }
            }
            bool titled_part = false;
            for (const std::size_t e : named_in_titles)
                titled_part |= std::find(parts.begin(), parts.end(), out.entities[e].canonical_name) != parts.end();
            if (!titled_part) continue;
            for (std::size_t e = 0; e < out.entities.size(); ++e)
                if (out.entities[e].type == EntityType::Country && !named_in_titles.count(e) &&
                    std::find(parts.begin(), parts.end(), out.entities[e].canonical_name) != parts.end())
                    paired_with_counterpart.insert(e);
        }
    }
    // A country someone travels to ("the Prime Minister's trip to Chile and Peru", "visited
    // Chile") is the visitor's destination: such mentions do not count for the release's home.
    std::map<std::size_t, std::size_t> as_destination;  // entity -> mentions as a destination
    for (const auto& s : sentences) {
        const auto& t = s.tokens.tokens;
        const auto& w = s.words.classes();
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            if (s.mentions[i].type != EntityType::Country) continue;
            std::size_t k = s.mentions[i].first;
            // Back over the list the mention ends ("Poland and Ukraine", "Chile, Peru and the ...").
            constexpr std::size_t kListReach = 8;
            for (std::size_t steps = 0; k > 0 && steps < kListReach; ++steps) {
                const bool joiner = t[k - 1].text == "and" || t[k - 1].text == "," || t[k - 1].text == "the";
                const bool country = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Candidate& c) {
                    return c.type == EntityType::Country && c.last == k;
                });
                if (!joiner && !country) break;
                k = country ? std::find_if(s.mentions.begin(), s.mentions.end(), [&](const Candidate& c) {
                                  return c.type == EntityType::Country && c.last == k;
                              })->first
                            : k - 1;
            }
            const bool visited = k > 0 && s.words.is(k - 1, w.place_visit_verb);
            const bool journey = k > 1 && t[k - 1].text == "to" && s.words.is(k - 2, w.journey_word);
            if (visited || journey) ++as_destination[s.entity_of[i]];
        }
    }
    // Only the country's name counts: its people ("the Afghans who stood with us", "Afghan
    // refugees") are what a release speaks about, not whom it speaks for.
    std::vector<std::pair<std::size_t, std::size_t>> others;  // (mentions by name, entity)
    for (std::size_t e = 0; e < out.entities.size(); ++e)
        if (out.entities[e].type == EntityType::Country && !named_in_titles.count(e)) {
            const auto& mentions = out.entities[e].mentions;
            const auto by_name = static_cast<std::size_t>(std::count_if(mentions.begin(), mentions.end(), [&](const Mention& m) {
                return lexicon.demonyms().find(m.surface) == nullptr;
            }));
            const std::size_t destination = std::min<std::size_t>(as_destination[e], static_cast<std::size_t>(by_name));
            others.emplace_back(by_name - destination + in_compounds[out.entities[e].canonical_name], e);
        }
    if (others.empty() || named_in_titles.empty()) return;
    std::sort(others.begin(), others.end(), std::greater<>());
    if (others.size() > 1 && others[0].first == others[1].first) return;
    // A country named once or twice in passing ("a counterbalance to X") is no release's home: it
    // names its own country again and again. Left open, the merge completes the office.
    constexpr std::size_t kHomeMentionsAtLeast = 3;
    if (others[0].first < kHomeMentionsAtLeast && !(others[0].first >= 1 && paired_with_counterpart.count(others[0].second) &&
                                                         as_destination[others[0].second] == 0)) return;
    for (auto& o : out.offices_without_holder) o.home_country = others[0].second;
}

// "hosted his French and German counterparts, Ana Lopes and Rui Costa": two peoples' adjectives before
// "counterparts", then two names in the same order: each holds an office of the state of its adjective.
void paired_counterparts(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, DocumentExtraction& out, FactSink& sink) {
    const WordClasses& c = lexicon.word_classes();
    for (auto& s : sentences) {
        const TokenList& t = s.tokens.tokens;
        auto person_at = [&](std::size_t k) -> std::optional<std::size_t> {
            for (std::size_t i = 0; i < s.mentions.size(); ++i)
                if (s.mentions[i].first == k && s.mentions[i].type == EntityType::Person) return i;
            return std::nullopt;
        };
        for (std::size_t k = 0; k + 7 < t.size(); ++k) {
            if (!s.words.is(k, c.possessive_pronoun)) continue;
            const auto first = lexicon.demonyms().longest_at(t, k + 1);
            if (!first || first->length != 1 || t[k + 2].text != "and") continue;
            const auto second = lexicon.demonyms().longest_at(t, k + 3);
            if (!second || second->length != 1 || !s.words.is(k + 4, c.counterpart_noun)) continue;
            std::size_t p = k + 5;
            if (t[p].text == ",") ++p;
            const auto a = person_at(p);
            if (!a || s.mentions[*a].last + 1 >= t.size() || t[s.mentions[*a].last].text != "and") continue;
            const auto b = person_at(s.mentions[*a].last + 1);
            if (!b) continue;
            const auto state_a = country_entity_for_demonym(s, k + 1, lexicon, out);
            const auto state_b = country_entity_for_demonym(s, k + 3, lexicon, out);
            if (!state_a || !state_b || *state_a == *state_b) continue;
            sink.add(s.entity_of[*a], "pgo:holdsPosition", *state_a, {}, s.tokens.sentence, "pattern:paired-counterparts");
            sink.add(s.entity_of[*b], "pgo:holdsPosition", *state_b, {}, s.tokens.sentence, "pattern:paired-counterparts");
        }
    }
}

void extract_relations(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon, const std::optional<DateValue>& anchor,
                       DocumentExtraction& out) {
    FactSink sink{out, {}};
    holds_position(sentences, lexicon, out, sink);
    paired_counterparts(sentences, lexicon, out, sink);
    appointments(sentences, lexicon, anchor, sink);
    located_in(sentences, lexicon, sink);
    located_by_demonym(sentences, lexicon, out, sink);
    part_of(sentences, lexicon, out, sink);
    co_chairs(sentences, sink);
    parties(sentences, lexicon, out, sink);
    member_of(sentences, lexicon, anchor, out, sink);
    approved_by(sentences, lexicon, anchor, sink);
    find_home_country(sentences, lexicon, out);
}

bool membership_bid_before(const SentenceAnalysis& s, std::size_t at, std::size_t reach, const Lexicon& lexicon) {
    for (std::size_t k = at > reach ? at - reach : 0; k < at; ++k)
        if (s.words.is(k, lexicon.word_classes().membership_bid)) return true;
    return false;
}

}  // namespace pressgraph
