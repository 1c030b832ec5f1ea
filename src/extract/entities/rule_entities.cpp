// Entity rules (ontology/rules/entities.rules): the actions `person` and `entity`.
//   person NAME [title=CAPTURE] [holder=CAPTURE]   a person, with the office the rule read
//   entity TYPE CAPTURE [subtype=X] [scope=document]  an entity; scope=document: one of this document only
//   entity TYPE CAPTURE [subtype=WORD]               an organisation, place or agreement
#include <cctype>
#include <string>
#include <string_view>

#include "context/rule_trace.hpp"
#include "entities/lookup_annotations.hpp"
#include "entities/token_predicates.hpp"
#include "pressgraph/extract/engine/pattern_matcher.hpp"
#include "pressgraph/extract/recognizers.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph {

namespace {

constexpr int kDefaultRulePriority = 5;  // above the hand-written recognisers: a rule states more

int capture_of(const rules::Rule& r, const std::string* name) {
    if (!name) return -1;
    const int c = r.pattern.capture_index(*name);
    if (c < 0) throw InputError(r.file, "rule '" + r.id + "': no capture named '" + *name + "'", r.line);
    return c;
}

std::optional<EntityType> entity_type(const std::string& name) {
    for (const EntityType t : {EntityType::Person, EntityType::Country, EntityType::Organization, EntityType::Place,
                               EntityType::Agreement})
        if (name == to_string(t)) return t;
    return std::nullopt;
}

// "D.Enkhtaivan": one capital initial joined by a point to a capitalised name, as Mongolian names are
// written (the father's initial, then the given name); one token, yet a name in full.
bool initial_joined_name(std::string_view w) {
    if (w.size() < 5 || w[1] != '.' || !std::isupper(static_cast<unsigned char>(w[0])) ||
        !std::isupper(static_cast<unsigned char>(w[2])))
        return false;
    for (std::size_t k = 3; k < w.size(); ++k)
        if (!std::islower(static_cast<unsigned char>(w[k])) && static_cast<unsigned char>(w[k]) < 0x80) return false;
    return true;
}

// A person's name without a closing ", Jr." and its punctuation: the name resolution keys read.
std::size_t name_end_without_suffix(const TokenList& t, std::size_t first, std::size_t last, const rules::AnnotatedSentence& s) {
    const long suffix = s.table().find_class("name_suffix");
    std::size_t end = last;
    while (end > first + 1) {
        const std::size_t k = end - 1;
        const bool is_suffix = suffix >= 0 && s.classes(k).test(static_cast<std::size_t>(suffix));
        if (t[k].text == "." || t[k].text == "," || is_suffix) --end;
        else break;
    }
    // An initial keeps its full stop: "Joseph R." is cut back to "Joseph".
    while (end > first + 1 && t[end - 1].text.size() == 1 && t[end - 1].capitalized()) --end;
    return end;
}

// "[Ivan] Petrov": an editor's insertion in square brackets is part of the name, not its text.
std::string without_brackets(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '[' || c == ']') continue;
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

std::vector<Candidate> match_entity_rules(const TokenizedSentence& sentence, const Lexicon& lx) {
    return match_entity_rules(sentence, lx.sentence_words(sentence.tokens), lx);
}

std::vector<Candidate> match_entity_rules(const TokenizedSentence& sentence, const SentenceWords& words, const Lexicon& lx) {
    std::vector<Candidate> out;
    const auto& person_rules = lx.rules().with_verb("person");
    const auto& entity_rules = lx.rules().with_verb("entity");
    if (person_rules.empty() && entity_rules.empty()) return out;
    const rules::AnnotatedSentence s = annotate_lookups(sentence, words, lx);
    if (rule_trace_enabled()) trace_rules("entities", s, lx.rules(), "person");
    const TokenList& t = sentence.tokens;

    std::vector<std::uint32_t> candidates;
    lx.rules().anchors_of("person").candidates(s, candidates);
    for (const std::uint32_t ri : candidates) {
        const rules::Rule* r = person_rules[ri];
        if (!rules::may_match(r->pattern, s)) continue;
        // `each`: the capture is a list of names ("deputy prime ministers A, B and C"), one person each.
        const auto& args = r->action.positional;
        const bool each = args.size() == 2 && args[1] == "each";
        if (args.size() != 1 && !each)
            throw InputError(r->file, "rule '" + r->id + "': 'person' takes the capture of the name, then 'each' for a list", r->line);
        const int name = capture_of(*r, &r->action.positional.front());
        const int title = capture_of(*r, r->action.get("title"));
        const int holder = capture_of(*r, r->action.get("holder"));
        for (const auto& m : rules::find_matches(r->pattern, s)) {
            if (!m.has(static_cast<std::size_t>(name))) continue;
            const auto [capture_first, capture_last] = m.capture(static_cast<std::size_t>(name));
            std::vector<std::pair<std::uint32_t, std::uint32_t>> names;
            if (each) {
                for (const rules::Annotation& a : s.annotations())
                    if (a.label == lx.labels().name && a.first >= capture_first && a.last <= capture_last &&
                        (names.empty() || a.first >= names.back().second))
                        names.emplace_back(a.first, a.last);
            } else {
                names.emplace_back(capture_first, capture_last);
            }
            for (auto [first, last] : names) {
                last = static_cast<std::uint32_t>(name_end_without_suffix(t, first, last, s));
                // One word after a title is a surname the document gives in full elsewhere ("President
                // Biden"), or a name the title belongs to ("Patriarch Kirill"): coreference reads those.
                if (last - first < 2 && !initial_joined_name(t[first].text)) continue;
                // A name read without an office that the lexicon knows as a country, body or place
                // ("party leader New Zealand said") is not a person's.
                if (title < 0 && (s.exactly(first, last, lx.labels().country) || s.exactly(first, last, lx.labels().organization) ||
                                  s.exactly(first, last, lx.labels().place)))
                    continue;
                Candidate c;
                c.first = first;
                c.last = last;
                c.type = EntityType::Person;
                c.canonical = without_brackets(surface(sentence, first, last));
                c.rule = "rule:" + r->id;
                c.priority = r->priority != 0 ? r->priority : kDefaultRulePriority;
                if (title >= 0 && m.has(static_cast<std::size_t>(title)) &&
                    !detail::past_office(t, m.capture(static_cast<std::size_t>(title)).first, lx)) {
                    const auto [tf, tl] = m.capture(static_cast<std::size_t>(title));
                    const rules::Annotation* a = s.exactly(tf, tl, lx.labels().title);
                    if (!a) a = s.exactly(tf, tl, lx.labels().titles);
                    if (!a) continue;  // the title capture must be one title of office
                    const TitleEntry* outer = detail::office_before_to(t, tf, lx);
                    const TitleEntry& entry = outer ? *outer : lx.title(a->payload);
                    TitleReading reading;
                    reading.title = entry.title;
                    reading.scope = entry.scope;
                    reading.exclusive = entry.exclusive;
                    if (holder >= 0 && m.has(static_cast<std::size_t>(holder))) {
                        const auto [hf, hl] = m.capture(static_cast<std::size_t>(holder));
                        reading.holder_first = hf;
                        reading.holder_last = hl;
                    }
                    c.title = reading;
                }
                out.push_back(std::move(c));
            }
        }
    }
    lx.rules().anchors_of("entity").candidates(s, candidates);
    for (const std::uint32_t ri : candidates) {
        const rules::Rule* r = entity_rules[ri];
        if (!rules::may_match(r->pattern, s)) continue;
        if (r->action.positional.size() != 2)
            throw InputError(r->file, "rule '" + r->id + "': 'entity' takes a type and a capture", r->line);
        const auto type = entity_type(r->action.positional[0]);
        if (!type || *type == EntityType::Person)
            throw InputError(r->file, "rule '" + r->id + "': 'entity' makes an Organization, Place, Agreement or Country", r->line);
        const int span = capture_of(*r, &r->action.positional[1]);
        for (const auto& m : rules::find_matches(r->pattern, s)) {
            if (!m.has(static_cast<std::size_t>(span))) continue;
            const auto [first, last] = m.capture(static_cast<std::size_t>(span));
            Candidate c;
            c.first = first;
            c.last = last;
            c.type = *type;
            c.canonical = name_surface(sentence, first, last);
            // A country named by its demonym ("Polish border guards") carries the country's name;
            // a demonym of two countries ("Congolese") names neither.
            if (*type == EntityType::Country) {
                const rules::Annotation* a = s.exactly(first, last, lx.labels().demonym);
                if (!a) a = s.exactly(first, last, lx.labels().country);
                if (!a) continue;
                if (const auto* ids = lx.demonyms().find(surface(sentence, first, last)); ids && ids->size() > 1) continue;
                c.canonical = lx.entry(a->payload).canonical;
                c.subtype.clear();
            }
            if (const std::string* sub = r->action.get("subtype")) c.subtype = *sub;
            if (const std::string* scope = r->action.get("scope")) {
                if (*scope != "document")
                    throw InputError(r->file, "rule '" + r->id + "': scope is 'document' or left out", r->line);
                c.document_scoped = true;
            }
            c.rule = "rule:" + r->id;
            c.priority = r->priority != 0 ? r->priority : kDefaultRulePriority;
            out.push_back(std::move(c));
        }
    }
    return out;
}

}  // namespace pressgraph
