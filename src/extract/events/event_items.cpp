#include "events/event_items.hpp"

#include "entities/token_predicates.hpp"

#include <algorithm>
#include <array>

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

// The words an item ends at (with separates()). The words these functions test are word
// classes (ontology/rules/word_classes.tsv), read through SentenceAnalysis::words.
constexpr std::array<std::string_view, 4> kSeparators = {",", ";", "and", ":"};

template <std::size_t N>
bool one_of(std::string_view w, const std::array<std::string_view, N>& words) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

bool is_count(const SentenceAnalysis& s, std::size_t i) {
    if (i >= s.tokens.tokens.size()) return false;
    const Token& t = s.tokens.tokens[i];
    if (t.numeric()) return t.text.size() < 4;  // "11 meetings", not "the 2024 meeting"
    return s.words.is(i, s.words.classes().count_word);
}

// "held nine meetings", "spoke by telephone over 30 times", "met on six occasions".
bool counts_events(const SentenceAnalysis& s, std::size_t first, std::size_t last) {
    if (first > 0 && is_count(s, first - 1)) return true;
    for (std::size_t k = last; k < std::min(last + 4, s.tokens.tokens.size()); ++k)
        if (is_count(s, k) && s.words.is(k + 1, s.words.classes().times_noun)) return true;
    return false;
}

const Candidate* mention_ending_at(const SentenceAnalysis& s, std::size_t last, EntityType type) {
    for (const auto& m : s.mentions)
        if (m.last == last && m.type == type) return &m;
    return nullptr;
}

// "X hosted", "X, Y and Z hosted", "X will host".
bool hosts(const SentenceAnalysis& s, const Candidate& m) {
    const WordClasses& c = s.words.classes();
    std::size_t k = m.last;
    while (k < s.tokens.tokens.size()) {
        if (s.words.is(k, c.hosting_verb)) return true;
        if (s.words.is(k, c.host_list_word) || s.tokens.tokens[k].text == ",") { ++k; continue; }
        const Candidate* next = nullptr;
        for (const auto& other : s.mentions)
            if (other.first == k && (other.type == EntityType::Place || other.type == EntityType::Country)) next = &other;
        if (!next) return false;
        k = next->last;
    }
    return false;
}

// A place named as where something happens: "in X", "at X", "(X, ...", "X hosted", "visit to
// X"; not "of X" and not the second name of "X, the Y Region" or "X and Y".
bool locative(const SentenceAnalysis& s, const Candidate& m, bool visit) {
    const auto& t = s.tokens;
    const WordClasses& c = s.words.classes();
    std::size_t k = m.first;
    if (k > 0 && token_is(t, k - 1, "the")) --k;
    if (k > 1 && token_is(t, k - 1, "of") && s.words.is(k - 2, c.city_noun)) {
        k -= 2;
        // "in the western Argentine city of Mendoza", "at the Red Sea port city of Jeddah", as wire
        // copy places a city: up to three words that describe it between "the" and "city".
        constexpr std::size_t kMostCityModifiers = 3;
        for (std::size_t j = k, n = 0; j > 0 && n <= kMostCityModifiers; --j, ++n) {
            if (token_is(t, j - 1, "the")) { k = j; break; }
            if (!t.tokens[j - 1].word || s.words.is(j - 1, c.place_preposition)) break;
        }
        if (k > 0 && token_is(t, k - 1, "the")) --k;
    }
    if (k == 0) return hosts(s, m);
    const std::string_view before = t.tokens[k - 1].text;
    if ((before == "," || token_is(t, k - 1, "and")) && (mention_ending_at(s, k - 1, EntityType::Place) ||
                                                         mention_ending_at(s, k - 1, EntityType::Country)))
        return false;
    if (s.words.is(k - 1, c.place_preposition) || before == "(") return true;
    if (visit && s.words.is(k - 1, c.visit_place_word)) return true;
    return hosts(s, m);
}

// "and" ends an item only before what starts another ("and on April 15", "and May 8",
// "and Prime Minister B visited"), not inside one ("to hold talks with A and to take part").
bool separates(const SentenceAnalysis& s, std::size_t k) {
    const TokenList& t = s.tokens.tokens;
    if (!token_is(s.tokens, k, "and")) return true;
    if (k + 1 >= t.size()) return false;
    return t[k + 1].capitalized() || t[k + 1].numeric() || s.words.is(k + 1, s.words.classes().item_start_word);
}

bool only_separators(const TokenizedSentence& s, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
        if (!one_of(s.tokens[k].text, kSeparators) && !token_is(s, k, "or") && !token_is(s, k, "on")) return false;
    return true;
}

std::optional<std::size_t> place_of_type(const SentenceAnalysis& s, const DateMention& d, const DateItem& item,
                                         EntityType type, bool visit) {
    std::vector<const Candidate*> cands;
    std::vector<std::size_t> entity;
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.type != type || m.first < item.begin || m.last > item.end) continue;
        if (m.first < d.last_token && m.last > d.first_token) continue;
        // "on October 23-24 Kazan"; "visited Astrakhan on ..., and Sochi on April 29".
        const bool elliptical = only_separators(s.tokens, item.begin, m.first) &&
                                (m.last == d.first_token || (m.last + 1 == d.first_token && (token_is(s.tokens, m.last, "on") ||
                                                                                              token_is(s.tokens, m.last, "in"))));
        if (!locative(s, m, visit) && m.first != d.last_token && !elliptical) continue;
        cands.push_back(&m);
        entity.push_back(s.entity_of[i]);
    }
    for (std::size_t c = 0; c < cands.size(); ++c)  // "on May 6-7 in Pinsk"
        if (cands[c]->first >= d.last_token && cands[c]->first - d.last_token <= 3) return entity[c];
    for (std::size_t c = cands.size(); c-- > 0;)  // "in St Petersburg on January 29"
        if (cands[c]->last <= d.first_token) return entity[c];
    for (std::size_t c = 0; c < cands.size(); ++c)  // "on November 5 within the framework of ... in Minsk"
        if (cands[c]->first >= d.last_token) return entity[c];
    // "Moscow hosted ... in 2016 and ... in October 2017": the host is the place of every item.
    for (std::size_t i = 0; i < s.mentions.size(); ++i)
        if (s.mentions[i].type == type && hosts(s, s.mentions[i])) return s.entity_of[i];
    return std::nullopt;
}

}  // namespace

std::optional<std::size_t> opening_place(const SentenceAnalysis& s, const Lexicon& lexicon) {
    const long pronoun = lexicon.rules().words().find_class("personal_pronoun");
    std::optional<std::size_t> opening;
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.type == EntityType::Place && m.first == 1 && s.words.is(0, lexicon.word_classes().place_preposition) &&
            m.last < s.tokens.tokens.size() &&
            (s.tokens.tokens[m.last].text == "," || (pronoun >= 0 && s.words.is_lower(m.last, static_cast<std::size_t>(pronoun)))))
            opening = s.entity_of[i];
    }
    return opening;
}

bool token_is(const TokenizedSentence& s, std::size_t i, std::string_view word) {
    return i < s.tokens.size() && ascii_lower(s.tokens[i].text) == word;
}

namespace {

// A capitalised event word that names a body, not an event of it: before a capitalised word that
// heads a body or opens an office ("Forum Secretariat", "Forum Foreign Ministers", "Summit Leaders"),
// or closing a body's name that an office is of ("Secretary General of the Pacific Islands Forum");
// before a venue's head it names the venue ("International Conference Centre").
bool names_a_body(const SentenceAnalysis& sentence, std::size_t first, std::size_t last, const Lexicon& lx) {
    const TokenList& t = sentence.tokens.tokens;
    if (!t[first].capitalized()) return false;
    if (last < t.size() && t[last].word && t[last].capitalized() && !lx.event_triggers().longest_at(t, last) &&
        (lx.organization_head(t[last].text) || lx.place_head(t[last].text) || lx.titles().contains_token(t[last]) ||
         detail::opens_title(t, last, lx)))
        return true;
    for (const Candidate& m : sentence.mentions) {
        if (m.type != EntityType::Organization || m.last != last || m.first > first) continue;
        std::size_t k = m.first;
        if (k > 0 && token_is(sentence.tokens, k - 1, "the")) --k;
        if (k < 2 || !token_is(sentence.tokens, k - 1, "of")) continue;
        if (lx.titles().contains_token(t[k - 2])) return true;
    }
    return false;
}

}  // namespace

std::vector<TriggerHit> find_triggers(const SentenceAnalysis& sentence, const Lexicon& lx) {
    const TokenizedSentence& s = sentence.tokens;
    std::vector<TriggerHit> hits;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        if (!s.tokens[i].word) continue;
        auto m = lx.event_triggers().longest_at(s.tokens, i);
        if (!m) {
            // Plurals name events too: "meetings with A and B", "talks".
            const std::string_view w = s.tokens[i].text;
            if (w.size() > 3 && w.back() == 's') {
                const TokenList singular{s.tokens[i].with_text(w.substr(0, w.size() - 1))};
                m = lx.event_triggers().longest_at(singular, 0);
            }
        }
        if (!m) continue;
        const EventTrigger& trigger = lx.event_trigger(m->ids->front());
        const std::size_t last = i + m->length;
        if (trigger.kind == "name" && (i == 0 || !s.tokens[i].capitalized())) continue;
        if (trigger.kind == "lower" && s.tokens[i].capitalized()) continue;  // a name's words: its last one reads it
        if (names_a_body(sentence, i, last, lx)) {
            i = last - 1;
            continue;
        }
        hits.push_back({i, last, trigger.event_type, std::string(surface(s, i, last)), trigger.kind,
                        counts_events(sentence, i, last)});
        i = last - 1;
    }
    // "the Pacific Islands Forum Foreign Ministers Meeting", "the Pacific Islands Forum Summit": in one
    // capitalised name, the last event word names the event; an earlier one names the body it is of.
    constexpr std::size_t kNameGap = 3;  // capitalised words between the two
    std::vector<TriggerHit> kept;
    for (std::size_t h = 0; h < hits.size(); ++h) {
        bool inner = false;
        if (h + 1 < hits.size() && s.tokens[hits[h].first].capitalized() && s.tokens[hits[h + 1].first].capitalized() &&
            hits[h + 1].first >= hits[h].last && hits[h + 1].first - hits[h].last <= kNameGap) {
            inner = true;
            for (std::size_t k = hits[h].last; k < hits[h + 1].first && inner; ++k)
                inner = s.tokens[k].word && s.tokens[k].capitalized();
        }
        if (!inner) kept.push_back(std::move(hits[h]));
    }
    // "will take part, via videoconference, in a meeting of the Council": a call word after "via" or
    // "by" is the way another event of the sentence is held, not a call of its own.
    const long manner = sentence.words.table().find_class("manner_preposition");
    const bool other = std::any_of(kept.begin(), kept.end(), [](const TriggerHit& t) { return t.type != "PhoneCall"; });
    if (manner >= 0 && other)
        std::erase_if(kept, [&](const TriggerHit& t) {
            return t.type == "PhoneCall" && t.first > 0 && sentence.words.is(t.first - 1, static_cast<std::size_t>(manner));
        });
    return kept;
}

std::vector<DateItem> split_items(const SentenceAnalysis& sentence, const std::vector<DateMention>& dates) {
    const TokenizedSentence& s = sentence.tokens;
    std::vector<DateItem> items;
    std::size_t begin = 0;
    for (std::size_t j = 0; j < dates.size(); ++j) {
        DateItem item{begin, s.tokens.size(), false};
        if (j + 1 < dates.size()) {
            const std::size_t from = dates[j].last_token, to = dates[j + 1].first_token;
            int depth = 0;
            for (std::size_t k = begin; k < dates[j].first_token; ++k)
                depth += s.tokens[k].text == "(" ? 1 : s.tokens[k].text == ")" ? -1 : 0;
            std::optional<std::size_t> end;
            if (depth > 0) {  // "(November 5, chaired by ...)": the item runs to the closing bracket
                for (std::size_t k = from; k < to && !end; ++k) {
                    depth += s.tokens[k].text == "(" ? 1 : s.tokens[k].text == ")" ? -1 : 0;
                    if (depth == 0) end = k + 1;
                }
                item.bracketed = end.has_value();
            }
            // "On March 13-15, President X paid ...": a date that opens its clause is followed by
            // a comma that does not end its item.
            bool opens = true;
            for (std::size_t k = begin; k < dates[j].first_token && opens; ++k)
                opens = !s.tokens[k].word || sentence.words.is(k, sentence.words.classes().clause_opening_word);
            int inner = 0;
            for (std::size_t k = from; k < to && !end; ++k) {
                inner += s.tokens[k].text == "(" ? 1 : s.tokens[k].text == ")" ? -1 : 0;
                if (opens && k == from && s.tokens[k].text == ",") continue;
                if (inner <= 0 && one_of(ascii_lower(s.tokens[k].text), kSeparators) && separates(sentence, k)) end = k;
            }
            item.end = end.value_or(to);
        }
        items.push_back(item);
        begin = item.end;
    }
    return items;
}

std::optional<std::size_t> item_place(const SentenceAnalysis& s, const std::vector<DateMention>& dates,
                                      const std::vector<DateItem>& items, std::size_t j, bool visit) {
    for (EntityType type : {EntityType::Place, EntityType::Country}) {
        if (auto p = place_of_type(s, dates[j], items[j], type, visit)) return p;
        // "on June 5 and July 9 in Lisbon": a bare date shares the next one's place.
        for (std::size_t k = j; k + 1 < dates.size() && only_separators(s.tokens, dates[k].last_token, dates[k + 1].first_token);
             ++k)
            if (auto p = place_of_type(s, dates[k + 1], items[k + 1], type, visit)) return p;
    }
    return std::nullopt;
}

std::vector<std::size_t> persons_in(const SentenceAnalysis& s, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
        const Candidate& m = s.mentions[i];
        if (m.type == EntityType::Person && m.first >= begin && m.last <= end &&
            std::find(out.begin(), out.end(), s.entity_of[i]) == out.end())
            out.push_back(s.entity_of[i]);
    }
    return out;
}

std::vector<std::size_t> chairs_in(const SentenceAnalysis& s, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> out;
    const auto& t = s.tokens;
    const WordClasses& c = s.words.classes();
    for (std::size_t k = begin; k + 1 < std::min(end, t.tokens.size()); ++k) {
        if (!token_is(t, k + 1, "by")) continue;
        const bool chaired = s.words.is(k, c.chair_verb) ||
                             (s.words.is(k, c.preside_particle) && k > 0 && s.words.is(k - 1, c.preside_verb));
        if (!chaired) continue;
        std::size_t stop = std::min(end, t.tokens.size());
        for (std::size_t q = k + 2; q < stop; ++q)
            if (t.tokens[q].text == ")" || t.tokens[q].text == ";" || token_is(t, q, "on") || token_is(t, q, "in")) {
                stop = q;
                break;
            }
        for (auto p : persons_in(s, k + 2, stop))
            if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    }
    return out;
}

// "visit to Belarus": the country a visit is made to, when named right after the trigger.
std::optional<std::size_t> visited_country(const SentenceAnalysis& s, const TriggerHit& t) {
    for (std::size_t i = 0; i < s.mentions.size(); ++i)
        if (s.mentions[i].type == EntityType::Country && s.mentions[i].first >= t.last && s.mentions[i].first <= t.last + 2 &&
            t.last < s.tokens.tokens.size() && token_is(s.tokens, t.last, "to"))
            return s.entity_of[i];
    return std::nullopt;
}

bool framed(const SentenceAnalysis& s, std::size_t i, bool count_at) {
    const WordClasses& c = s.words.classes();
    for (std::size_t back = 1; back <= 10 && back <= i; ++back) {
        const std::size_t k = i - back;
        const std::string_view w = s.tokens.tokens[k].text;
        if (w == "," || w == ";" || w == ":") return false;
        if (s.words.is(k, c.frame_word)) return true;
        if (s.words.is(k, c.part_noun) && k > 0 && token_is(s.tokens, k - 1, "as")) return true;
        if (count_at && token_is(s.tokens, k, "at")) return true;
    }
    return false;
}

}  // namespace pressgraph
