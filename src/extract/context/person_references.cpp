#include "context/person_references.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph {

namespace {

// Token `i` of the sentence is a word of class `cls` (-1: a class the rules do not define):
// read from the ids the sentence looked up once, not by hashing its text again.
bool in_class(const SentenceAnalysis& s, std::size_t i, long cls) {
    return cls >= 0 && s.words.is(i, static_cast<std::size_t>(cls));
}

}  // namespace

PersonReferences resolve_person_references(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                                           const Lexicon& lx, const DocumentExtraction& out) {
    PersonReferences result;
    auto& refs = result.by_sentence;
    refs.resize(sentences.size());
    const rules::WordTable& words = lx.rules().words();
    const long pronoun = words.find_class("personal_pronoun");
    const long first_person = words.find_class("first_person_pronoun");
    const long group_noun = words.find_class("group_noun");
    const long group_det = words.find_class("group_determiner");
    auto is_person = [&](std::size_t e) { return out.entities[e].type == EntityType::Person && !out.entities[e].office; };

    // Who holds which title (lower case, short form) in this document.
    std::map<std::string, std::vector<std::size_t>> holders;
    auto hold = [&](const std::string& title, std::size_t person) {
        auto& v = holders[ascii_lower(title)];
        if (std::find(v.begin(), v.end(), person) == v.end()) v.push_back(person);
    };
    for (const ExtractedFact& f : out.facts)
        if (f.predicate == "pgo:holdsPosition" && is_person(f.subject))
            for (const Attribute& q : f.qualifiers)
                if (q.predicate == "pgo:title") hold(q.value.lexical, f.subject);
    std::vector<bool> has_office(out.entities.size(), false);
    for (const OfficeWithoutHolder& o : out.offices_without_holder)
        if (is_person(o.person)) {
            hold(o.title, o.person);
            has_office[o.person] = true;
        }
    for (const ExtractedFact& f : out.facts)
        if (f.predicate == "pgo:holdsPosition" && f.subject < has_office.size()) has_office[f.subject] = true;

    // The persons of the release's own subject: those its headline and lead name.
    std::vector<std::size_t> principals;
    for (const auto subject : {context.headline, context.lead}) {
        if (!subject) continue;
        const SentenceAnalysis& s = sentences[*subject];
        for (std::size_t i = 0; i < s.mentions.size(); ++i)
            if (s.mentions[i].type == EntityType::Person && is_person(s.entity_of[i]) &&
                std::find(principals.begin(), principals.end(), s.entity_of[i]) == principals.end())
                principals.push_back(s.entity_of[i]);
    }

    // The first person the lead names: the release's protagonist, whom "the Secretary" means when
    // the document names two holders of that title ("Secretary of State X met Secretary of Foreign
    // Affairs Y ... the Secretary will travel").
    // A lead that names no person (a headline read as the lead, under a ministry's name: "Ministry of
    // Foreign Affairs and Trade / Hungary and Kyrgyzstan to set up a fund / 2026. 09. 22.") leaves the
    // protagonist to the next sentence, which names the release's minister.
    std::optional<std::size_t> protagonist;
    for (std::size_t at = context.lead ? *context.lead : sentences.size(); at < sentences.size() && at <= *context.lead + 1 && !protagonist; ++at) {
        const SentenceAnalysis& s = sentences[at];
        std::optional<std::size_t> first_at;
        for (std::size_t i = 0; i < s.mentions.size(); ++i)
            if (s.mentions[i].type == EntityType::Person && is_person(s.entity_of[i]) && (!first_at || s.mentions[i].first < *first_at)) {
                first_at = s.mentions[i].first;
                protagonist = s.entity_of[i];
            }
    }

    // A release its author writes in the first person ("Today I will travel to ..."): "I" in its lead
    // or the sentence after, outside quotation marks. Then "I", outside quotations, is the lead's first
    // person (a byline "Senator the Hon. X, Minister for Foreign Affairs" is the lead). Quoted speech
    // ("'I will speak frankly,' the Minister said") and transcripts keep "I" unresolved.
    auto quoted = [&](const SentenceAnalysis& s) {
        return std::any_of(s.tokens.tokens.begin(), s.tokens.tokens.end(), [](const Token& tk) {
            return tk.text == "\"" || tk.text == "\xE2\x80\x9C" || tk.text == "\xE2\x80\x9D";
        });
    };
    auto says_i = [&](std::size_t si) {
        if (si >= sentences.size() || quoted(sentences[si])) return false;
        const TokenList& t = sentences[si].tokens.tokens;
        for (std::size_t i = 0; i < t.size(); ++i)
            if (t[i].capitalized() && in_class(sentences[si], i, first_person)) return true;
        return false;
    };
    const bool first_person_release = protagonist && context.lead && (says_i(*context.lead) || says_i(*context.lead + 1));

    // The sentence that first names each person: "the Minister" refers back, never to a holder the
    // release names only later ("the minister said ... Earlier, he was received by Minister of
    // National Economy X": the minister is the lead's, not X).
    std::vector<std::size_t> first_named(out.entities.size(), sentences.size());
    for (std::size_t si = 0; si < sentences.size(); ++si)
        for (std::size_t k = 0; k < sentences[si].mentions.size(); ++k)
            if (const std::size_t e = sentences[si].entity_of[k]; e < first_named.size() && first_named[e] > si) first_named[e] = si;

    std::optional<std::size_t> last_subject;  // the first person named in the last sentence naming one
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const SentenceAnalysis& s = sentences[si];
        const TokenList& t = s.tokens.tokens;
        auto mention_starting = [&](std::size_t i) -> std::optional<std::size_t> {
            for (std::size_t k = 0; k < s.mentions.size(); ++k)
                if (s.mentions[k].first == i) return k;
            return std::nullopt;
        };
        auto add = [&](std::size_t first, std::size_t last, std::size_t e) {
            refs[si].push_back({static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last), e});
        };
        std::optional<std::size_t> first_person_here;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (const auto k = mention_starting(i); k && s.mentions[*k].type == EntityType::Person && is_person(s.entity_of[*k])) {
                if (!first_person_here) first_person_here = s.entity_of[*k];
                continue;
            }
            const std::string_view w = t[i].text;
            if (first_person_release && t[i].capitalized() && in_class(s, i, first_person) && !quoted(s)) {
                add(i, i + 1, *protagonist);
                if (!first_person_here) first_person_here = protagonist;
                continue;
            }
            // "he", "she": the person the text last named as its subject.
            if (in_class(s, i, pronoun)) {
                const auto target = first_person_here ? first_person_here : last_subject;
                if (target) add(i, i + 1, *target);
                // The one "he" stands for is this sentence's subject for the next "he" too.
                if (target && !first_person_here) first_person_here = target;
                continue;
            }
            // "the two leaders", "both sides", "the presidents": the subject's persons.
            std::size_t k = i;
            while (k < t.size() && k < i + 2 && in_class(s, k, group_det)) ++k;
            if (k > i && in_class(s, k, group_noun) && principals.size() >= 2) {
                for (const std::size_t p : principals) add(i, k + 1, p);
                i = k;
                continue;
            }
            // "the President": the one holder of that title. "The President of Russia", no name
            // following: the holder of that office, or else the one person of the release's subject
            // whom the release names without any office (the release's own head, in its genre).
            if (ascii_lower_equals(w, "the"))
                if (const auto m = lx.titles().longest_at(t, i + 1)) {
                    const std::size_t end = i + 1 + m->length;
                    const std::string title = lx.short_title(lx.title(m->ids->front()).title);
                    std::optional<std::size_t> holder_mention;
                    std::size_t phrase_end = end;
                    if (ascii_lower_equals(t[end].text, "of")) {
                        std::size_t holder_at = end + 1;
                        if (ascii_lower_equals(t[holder_at].text, "the")) ++holder_at;
                        if (const auto hm = mention_starting(holder_at);
                            hm && (s.mentions[*hm].type == EntityType::Country || s.mentions[*hm].type == EntityType::Organization)) {
                            holder_mention = *hm;
                            phrase_end = s.mentions[*hm].last;
                        }
                    }
                    if (mention_starting(phrase_end).has_value() && s.mentions[*mention_starting(phrase_end)].type == EntityType::Person)
                        continue;  // a name follows: the title belongs to it
                    if (!holder_mention && !ascii_lower_equals(t[end].text, "of")) {
                        auto it = holders.find(ascii_lower(title));
                        std::optional<std::size_t> one;
                        // The only holder of the bare title is named later: the protagonist is meant if his
                        // office holds the title's words (below), else that holder still is.
                        std::optional<std::size_t> named_later;
                        if (it != holders.end() && it->second.size() == 1 && first_named[it->second.front()] > si) {
                            named_later = it->second.front();
                            it = holders.end();
                        }
                        if (it != holders.end() && it->second.size() == 1) one = it->second.front();
                        else if (it != holders.end() && protagonist &&
                                 std::find(it->second.begin(), it->second.end(), *protagonist) != it->second.end())
                            one = protagonist;
                        // No holder of the bare title itself: "the Secretary" is the protagonist when his
                        // office begins with it ("Secretary of State").
                        // Nor when its words are his office's, in order ("the Federal Minister" of the
                        // "Federal Foreign Minister").
                        if (it == holders.end() && protagonist) {
                            const std::string wanted = ascii_lower(title);
                            auto within = [&](const std::string& held) {
                                std::size_t at = 0;
                                for (std::size_t b = 0; b < wanted.size();) {
                                    std::size_t e = wanted.find(' ', b);
                                    if (e == std::string::npos) e = wanted.size();
                                    const std::string word = wanted.substr(b, e - b);
                                    std::size_t found = held.find(word, at);
                                    while (found != std::string::npos &&
                                           ((found > 0 && held[found - 1] != ' ') ||
                                            (found + word.size() < held.size() && held[found + word.size()] != ' ')))
                                        found = held.find(word, found + 1);
                                    if (found == std::string::npos) return false;
                                    at = found + word.size();
                                    b = e + 1;
                                }
                                return held.size() > wanted.size();
                            };
                            for (const auto& [held, people] : holders)
                                if (within(held) && std::find(people.begin(), people.end(), *protagonist) != people.end())
                                    one = protagonist;
                        }
                        if (!one) one = named_later;
                        if (one) {
                            add(i, end, *one);
                            if (!first_person_here) first_person_here = one;
                            i = end - 1;
                        }
                        continue;
                    }
                    if (!holder_mention) continue;
                    const std::size_t holder = s.entity_of[*holder_mention];
                    std::optional<std::size_t> person;
                    for (const ExtractedFact& f : out.facts)
                        if (f.predicate == "pgo:holdsPosition" && f.object == holder && is_person(f.subject))
                            for (const Attribute& q : f.qualifiers)
                                if (q.predicate == "pgo:title" && ascii_lower(q.value.lexical) == ascii_lower(title)) person = f.subject;
                    if (!person) {
                        std::vector<std::size_t> untitled;
                        for (const std::size_t p : principals)
                            if (!has_office[p]) untitled.push_back(p);
                        if (untitled.size() == 1) {
                            person = untitled.front();
                            result.offices.push_back({*person, title, holder, s.tokens.sentence});
                            has_office[*person] = true;
                        }
                    }
                    if (person) {
                        add(i, phrase_end, *person);
                        i = phrase_end - 1;
                    }
                }
        }
        if (first_person_here) last_subject = first_person_here;
    }
    return result;
}

}  // namespace pressgraph
