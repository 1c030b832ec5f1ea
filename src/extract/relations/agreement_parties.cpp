#include "relations/agreement_parties.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "relations/relation_extraction.hpp"

namespace pressgraph {

namespace {

// The document's entity for lexicon country `id`, created from `where` when the document has none.
std::size_t country_entity(const Lexicon& lx, std::uint32_t id, const SentenceAnalysis& s, const Token& where,
                           DocumentExtraction& out) {
    return lexicon_country_entity(lx, lx.entry(id), {where.span, s.tokens.sentence, std::string(where.text), "lexicon:country-in-compound"},
                                  out);
}

// The lexicon country a word or a part of a compound names ("Brazil", "U.S", "Russian").
std::optional<std::uint32_t> country_named(const Lexicon& lx, std::string_view word) {
    for (const PhraseIndex* index : {&lx.names(), &lx.demonyms()})
        if (const auto* ids = index->find(word))
            for (const std::uint32_t id : *ids)
                if (lx.entry(id).type == EntityType::Country) return id;
    // "U.S" is how the tokenizer leaves "U.S." inside a compound.
    if (!word.empty() && word.back() != '.') {
        const std::string dotted = std::string(word) + ".";
        for (const PhraseIndex* index : {&lx.names(), &lx.demonyms()})
            if (const auto* ids = index->find(dotted))
                for (const std::uint32_t id : *ids)
                    if (lx.entry(id).type == EntityType::Country) return id;
    }
    return std::nullopt;
}

// Which parts of a compound besides states it may have: none ("Brazil-U.S.", "Russian-French"
// alliances), or regions and bodies the lexicon knows ("U.S.-Caribbean Partnership": the
// Caribbean is no party to it).
enum class OtherParts { None, PlacesAndBodies };

// The states a compound of two or more parts names; none when a part is neither a state nor,
// where allowed, a known place or body.
std::vector<std::uint32_t> states_of_compound(const Lexicon& lx, std::string_view word, OtherParts others = OtherParts::None) {
    std::vector<std::uint32_t> states;
    if (word.find('-') == std::string_view::npos) return states;
    std::size_t parts = 0;
    for (std::string_view rest = word; !rest.empty(); ++parts) {
        const auto dash = rest.find('-');
        const std::string_view part = rest.substr(0, dash);
        if (const auto id = country_named(lx, part)) {
            states.push_back(*id);
        } else {
            const auto* ids = others == OtherParts::PlacesAndBodies ? lx.names().find(part) : nullptr;
            const bool known = ids && std::any_of(ids->begin(), ids->end(), [&](std::uint32_t known_id) {
                return lx.entry(known_id).type == EntityType::Place || lx.entry(known_id).type == EntityType::Organization;
            });
            if (!known) return {};
        }
        rest = dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
    }
    if (parts < 2) states.clear();  // "U.S-": no compound
    return states;
}

// The release's entity of the international body a word names ("EU", "GCC"), if it has one.
std::optional<std::size_t> body_named(const Lexicon& lx, std::string_view word, const DocumentExtraction& out) {
    if (const auto* ids = lx.names().find(word))
        for (const std::uint32_t id : *ids)
            if (lx.entry(id).type == EntityType::Organization && lx.entry(id).subtype == "International")
                for (std::size_t e = 0; e < out.entities.size(); ++e)
                    if (out.entities[e].type == EntityType::Organization && out.entities[e].canonical_name == lx.entry(id).canonical) return e;
    return std::nullopt;
}

// The international bodies a compound of states and bodies names ("EU-Singapore", "MERCOSUR-EFTA"): the
// release's entities of them; none when a part is neither a state nor such a body the release names.
std::vector<std::size_t> bodies_of_compound(const Lexicon& lx, std::string_view word, const DocumentExtraction& out) {
    std::vector<std::size_t> bodies;
    std::size_t parts = 0;
    for (std::string_view rest = word; !rest.empty(); ++parts) {
        const auto dash = rest.find('-');
        const std::string_view part = rest.substr(0, dash);
        rest = dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
        if (country_named(lx, part)) continue;
        const std::optional<std::size_t> body = body_named(lx, part, out);
        if (!body) return {};
        bodies.push_back(*body);
    }
    if (parts < 2) bodies.clear();
    return bodies;
}

}  // namespace

void add_agreement_parties(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lx, DocumentExtraction& out) {
    const rules::WordTable& words = lx.rules().words();
    const long cue = words.find_class("party_cue");
    const long list_lead = words.find_class("party_list_lead");
    const long of_word = words.find_class("party_of");
    const long act_head = words.find_class("act_of_body_head");
    const long signatory_cue = words.find_class("party_signatory_cue");
    auto in = [&](std::string_view w, long cls) { return cls >= 0 && words.classes(words.find(w)).test(static_cast<std::size_t>(cls)); };
    auto is_cue = [&](std::string_view w) { return in(w, cue); };
    std::set<std::tuple<std::size_t, std::size_t>> known;
    for (const ExtractedFact& f : out.facts)
        if (f.predicate == "pgo:party") known.emplace(f.subject, f.object);
    // A decision or resolution "of" a body is the body's act: it approved it, it is no party to it.
    bool approval = false;
    auto add = [&](std::size_t agreement, std::size_t party, const SentenceAnalysis& s) {
        if (agreement == party || !known.emplace(agreement, party).second) return;
        if (approval && out.entities[party].type == EntityType::Organization) {
            out.facts.push_back({agreement, "pgo:approvedBy", party, {}, std::nullopt, false, s.tokens.sentence,
                                 "pattern:approved-by-named-in-decision"});
            return;
        }
        out.facts.push_back({agreement, "pgo:party", party, {}, std::nullopt, false, s.tokens.sentence, "pattern:party-named-in-agreement"});
    };
    for (const SentenceAnalysis& s : sentences) {
        const TokenList& t = s.tokens.tokens;
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            const Candidate& a = s.mentions[i];
            if (a.type != EntityType::Agreement || a.nested) continue;
            const std::size_t agreement = s.entity_of[i];
            approval = false;
            for (std::size_t k = a.first; k < a.last; ++k) {
                // A compound the tokenizer split at a full stop ("U.S . - Caribbean Partnership"):
                // the country named just before the hyphen.
                if (t[k].text == "-" && k > a.first) {
                    const std::size_t w = t[k - 1].text == "." && k - 1 > a.first ? k - 2 : k - 1;
                    if (const auto id = country_named(lx, t[w].text)) {
                        add(agreement, country_entity(lx, *id, s, t[w], out), s);
                        // ... and the one just after it ("U.S.-Japan Space Framework Agreement"); a
                        // compound after the hyphen ("U.S.-ROK-Japan") is read as one below.
                        if (k + 1 < a.last && t[k + 1].text.find('-') == std::string_view::npos) {
                            if (const auto next = country_named(lx, t[k + 1].text))
                                add(agreement, country_entity(lx, *next, s, t[k + 1], out), s);
                            else if (const auto body = body_named(lx, t[k + 1].text, out))  // "U.S.-EU Action Plan"
                                add(agreement, *body, s);
                        }
                    }
                    continue;
                }
                // Compounds anywhere in the name: "Brazil-U.S.", "Russian-French".
                if (t[k].text.find('-') != std::string_view::npos) {
                    for (const std::uint32_t id : states_of_compound(lx, t[k].text, OtherParts::PlacesAndBodies))
                        add(agreement, country_entity(lx, id, s, t[k], out), s);
                    // "the EU-Singapore Digital Trade Agreement", "the MERCOSUR-EFTA Free Trade Agreement": the
                    // international bodies the compound names are parties as well.
                    for (const std::size_t body : bodies_of_compound(lx, t[k].text, out)) add(agreement, body, s);
                    continue;
                }
                // "of" names parties only after the document's head noun ("Statement of A and B")
                // or before its leaders ("of the Leaders of A, B and C"), not in "ministries of A".
                // "of the" alone is any body's ("Communique of the Chairperson of the Commission"): the
                // leaders must follow it ("of the Leaders of").
                const std::size_t lead = k + 1 < a.last && t[k + 1].text == "the" ? k + 2 : k + 1;
                const bool of_cue = in(t[k].text, of_word) &&
                                    (lx.agreement_head(t[k - 1].text) != nullptr || (lead < a.last && in(t[lead].text, list_lead)));
                approval = of_cue && in(t[k - 1].text, act_head);
                if (!is_cue(t[k].text) && !of_cue) continue;
                // The list right after the cue ("between Russia and Belarus", "of the Leaders of
                // A, B and C"), not names further on ("between the foreign ministries of A and B").
                std::size_t p = k + 1;
                while (p < a.last && in(t[p].text, list_lead)) ++p;
                while (p < a.last) {
                    std::optional<std::size_t> party;
                    std::size_t next = p + 1;
                    // A signatory by name and office ("Joint Statement by President Ana Lopes of
                    // Chile and ..."): the person, and the state the office names. Only after "by":
                    // "following the meeting between President A and President B" names the meeting's.
                    const bool signatories = in(t[k].text, signatory_cue);
                    std::size_t at = p;
                    while (at < a.last)
                        if (const auto title = lx.titles().longest_at(t, at, a.last - at)) at += title->length;
                        else break;
                    for (std::size_t j = 0; j < s.mentions.size() && !party && at > p && signatories; ++j)
                        if (j != i && s.mentions[j].first == at && s.mentions[j].type == EntityType::Person) {
                            party = s.entity_of[j];
                            next = s.mentions[j].last;
                            std::size_t c = next;
                            if (c + 1 < a.last && t[c].text == "of") {
                                c += t[c + 1].text == "the" ? 2 : 1;
                                for (std::size_t q = 0; q < s.mentions.size(); ++q)
                                    if (s.mentions[q].first == c && s.mentions[q].type == EntityType::Country) {
                                        add(agreement, s.entity_of[q], s);
                                        next = s.mentions[q].last;
                                    }
                            }
                        }
                    for (std::size_t j = 0; j < s.mentions.size() && !party; ++j)
                        if (j != i && s.mentions[j].first == p &&
                            (s.mentions[j].type == EntityType::Country || s.mentions[j].type == EntityType::Organization)) {
                            party = s.entity_of[j];
                            next = s.mentions[j].last;
                        }
                    if (!party)
                        if (const auto m = lx.names().longest_at(t, p, a.last - p); m && lx.entry(m->ids->front()).type == EntityType::Country) {
                            party = country_entity(lx, m->ids->front(), s, t[p], out);
                            next = p + m->length;
                        }
                    if (!party) break;
                    add(agreement, *party, s);
                    p = next;
                    if (t[p].text == "(") {  // "(UAE)"
                        while (p < a.last && t[p].text != ")") ++p;
                        ++p;
                    }
                    bool joined = false;
                    while (p < a.last && (t[p].text == "," || t[p].text == "and" || t[p].text == "the")) {
                        joined = true;
                        ++p;
                    }
                    if (!joined) break;
                }
            }
        }
    }
}

namespace {

// The compound a name opens with, glued back where the tokenizer split it at a full stop:
// "U.S" "." "-" "ROK" is "U.S.-ROK".
std::string compound_at(const TokenList& t, std::size_t first, std::size_t last) {
    std::string word(t[first].text);
    std::size_t k = first + 1;
    for (;;) {
        const std::size_t hyphen = k < last && t[k].text == "." ? k + 1 : k;
        if (hyphen + 1 < last && t[hyphen].text == "-") {
            word += hyphen > k ? ".-" : "-";
            word += t[hyphen + 1].text;
            k = hyphen + 2;
        } else {
            return word;
        }
    }
}

// The members a compound of states and international bodies names ("U.S.-EU": the United States, and the
// release's entity of the European Union); none when a part is neither, or when no part is a state.
std::vector<std::size_t> members_of_state_body_compound(const Lexicon& lx, std::string_view word, const SentenceAnalysis& s,
                                                        const Token& where, DocumentExtraction& out) {
    std::vector<std::size_t> members;
    bool state = false;
    std::size_t parts = 0;
    for (std::string_view rest = word; !rest.empty(); ++parts) {
        const auto dash = rest.find('-');
        const std::string_view part = rest.substr(0, dash);
        rest = dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
        if (const auto id = country_named(lx, part)) {
            members.push_back(country_entity(lx, *id, s, where, out));
            state = true;
            continue;
        }
        std::optional<std::size_t> body;
        if (const auto* ids = lx.names().find(part))
            for (const std::uint32_t id : *ids)
                if (lx.entry(id).type == EntityType::Organization && lx.entry(id).subtype == "International")
                    for (std::size_t e = 0; e < out.entities.size() && !body; ++e)
                        if (out.entities[e].type == EntityType::Organization && out.entities[e].canonical_name == lx.entry(id).canonical) body = e;
        if (!body) return {};
        members.push_back(*body);
    }
    if (parts < 2 || !state) members.clear();
    return members;
}

}  // namespace

void add_members_named_in_bodies(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lx,
                                 DocumentExtraction& out) {
    const long member_body = lx.rules().words().find_class("member_body_head");
    const long joint_body = lx.rules().words().find_class("joint_body_head");
    if (member_body < 0) return;
    // A body of members ("Alliance", "Council", "Group"), not a university or a company.
    auto of_members = [&](const SentenceAnalysis& s, const Candidate& m) {
        for (std::size_t k = m.first + 1; k < m.last; ++k)
            if (s.words.is(k, static_cast<std::size_t>(member_body))) return true;
        return false;
    };
    std::set<std::pair<std::size_t, std::size_t>> known;
    for (const ExtractedFact& f : out.facts)
        if (f.predicate == "pgo:memberOf") known.emplace(f.subject, f.object);
    for (const SentenceAnalysis& s : sentences) {
        const TokenList& t = s.tokens.tokens;
        for (std::size_t i = 0; i < s.mentions.size(); ++i) {
            const Candidate& m = s.mentions[i];
            if (m.type != EntityType::Organization || m.last - m.first < 2 || !of_members(s, m)) continue;
            const std::string compound = compound_at(t, m.first, m.last);
            const std::vector<std::uint32_t> states = states_of_compound(lx, compound);
            const std::size_t body = s.entity_of[i];
            if (states.empty()) {
                // A state and a body joined ("the U.S.-EU Trade and Technology Council"): both are members,
                // the body when the release names it; a standing body, not a dialogue's series of meetings.
                bool standing = false;
                for (std::size_t k = m.first + 1; k < m.last && joint_body >= 0; ++k)
                    standing |= s.words.is(k, static_cast<std::size_t>(joint_body));
                if (!standing) continue;
                for (const std::size_t member : members_of_state_body_compound(lx, compound, s, t[m.first], out))
                    if (member != body && known.emplace(member, body).second)
                        out.facts.push_back({member, "pgo:memberOf", body, {}, std::nullopt, false, s.tokens.sentence, "pattern:member-in-name"});
                continue;
            }
            for (const std::uint32_t id : states) {
                const std::size_t state = country_entity(lx, id, s, t[m.first], out);
                if (!known.emplace(state, body).second) continue;
                out.facts.push_back({state, "pgo:memberOf", body, {}, std::nullopt, false, s.tokens.sentence, "pattern:member-in-name"});
            }
        }
    }
}

}  // namespace pressgraph
