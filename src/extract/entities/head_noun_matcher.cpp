#include "pressgraph/extract/recognizers.hpp"
#include "pressgraph/text/normalizer.hpp"
#include "entities/token_predicates.hpp"

#include <algorithm>
#include <cctype>

namespace pressgraph {

namespace {

// A word that can stand in an organisation's name: capitalised, not claimed by a
// person, not a title of office ("State Duma Speaker" ends before "Speaker") unless a head
// noun follows it ("Belarus President Administration").
// A headline verb ends the name: "Administration Announces Historic Airport Grants".
// So is a title before a word that can be no surname, which it qualifies: "General Services
// Administration", as "General" qualifies "Assembly".
bool org_word(const TokenList& t, std::size_t i, const std::vector<bool>& blocked, const Lexicon& lx) {
    auto qualifies_next = [&] {
        return i + 1 < t.size() && !blocked[i + 1] &&
               (lx.organization_head(t[i + 1].text) ||
                (detail::is_name_word(t[i + 1], lx) && !lx.titles().contains_token(t[i + 1]) &&
                 detail::common_word_not_a_surname(t[i + 1], lx)));
    };
    return i < t.size() && !blocked[i] && detail::is_name_word(t[i], lx) && !detail::is_glued_words(t[i].text) &&
           (!lx.titles().contains_token(t[i]) || qualifies_next()) && !detail::in_word_class(lx, t[i], "headline_verb");
}

// A known given name that no place or country shares, followed by a capitalised word: a person's
// name starting ("Rachid El Ouazzani"), which ends the body's name before it.
bool starts_person_name(const TokenList& t, std::size_t i, const Lexicon& lx) {
    return i + 1 < t.size() && lx.given_name(t[i].text) && !lx.names().contains_token(t[i]) &&
           t[i + 1].capitalized() && t[i + 1].word && !lx.organization_head(t[i + 1].text);
}

// Extends a name after its head over "of the ...", "for ...", "on ...", "under ..."
// complements of capitalised words (acronyms allowed there: "Council of the CIS").
std::size_t extend_complement(const TokenList& t, std::size_t end, const std::vector<bool>& blocked,
                              const Lexicon& lx, bool allow_to) {
    // Inside a complement, titles may stand: "Administration of the President of Belarus".
    auto complement_word = [&](std::size_t i) {
        return i < t.size() && !blocked[i] && detail::is_name_word(t[i], lx);
    };
    bool in_complement = false;
    const std::size_t limit = detail::phrase_limit(t, end);
    while (end < limit) {
        const std::string_view w = t[end].text;
        const bool opens = lx.class_lists(w, lx.word_classes().body_complement_opener, false) || (allow_to && w == "to");
        // "and" joins only inside a complement and only to a name, not to a new phrase:
        // "Union of Belarus and Russia", not "Centre and the Supranational Committee".
        // Nor to a title, which starts another person's office: "... Central Committee and [First]
        // Director of ...", nor to a pronoun ("... of Russia and I").
        auto title_ahead = [&](std::size_t k) {
            for (; k < t.size() && k < end + 5 && detail::is_name_word(t[k], lx); ++k)
                if (detail::opens_title(t, k, lx)) return true;
            return false;
        };
        const bool joins = w == "and" && in_complement && end + 1 < t.size() && t[end + 1].text != "the" &&
                           t[end + 1].text.size() > 1 && !lx.organization_head(t[end + 1].text) && !title_ahead(end + 1);
        // "Treaty Establishing the Union State": a capitalised participle takes an object.
        const bool participle = w == "the" && in_complement && t[end - 1].capitalized() &&
                                detail::ends_with_word_of(t[end - 1].text, lx.word_classes().gerund_ending, lx);
        if (!(opens || joins || participle)) break;
        std::size_t next = end + 1;
        if (opens && next < t.size() && t[next].text == "the") ++next;
        if (!complement_word(next)) break;
        // "Speaker of the House of Representatives Rachid El Ouazzani": a known given name after
        // the complement's first word, with a capitalised word after it, starts the holder's name.
        const std::size_t complement_first = next;
        // A Spanish, Portuguese or French name inside the complement keeps its lower-case
        // particles: "Administrative Commission of the Río de la Plata".
        auto particles_then_name = [&](std::size_t k) {
            std::size_t j = k;
            while (j < t.size() && j < k + 2 && lx.class_lists(t[j].text, lx.word_classes().place_particle, false)) ++j;
            return j > k && complement_word(j) ? j : k;
        };
        while (next < limit) {
            if (complement_word(next) && !(next > complement_first && starts_person_name(t, next, lx))) { ++next; continue; }
            if (next > complement_first && particles_then_name(next) > next) { next = particles_then_name(next); continue; }
            break;
        }
        end = next;
        in_complement = true;
    }
    return end;
}

// Whether a name at `first` is one of the two parties "between [the] A and [the] B" names: after
// "between [the]", or after "and [the]" with "between" a few words before.
bool names_a_party_at(const TokenList& t, std::size_t first, const Lexicon& lx) {
    constexpr std::size_t kFirstPartyWords = 16;
    if (first == 0) return false;
    std::size_t k = first - 1;
    if (t[k].text == "the" && k > 0) --k;
    constexpr std::size_t kWordsOfHead = 8;
    // "between" after a document's capitalised head ("Memorandum of Understanding on Cooperation between"),
    // not "talks between A and B".
    const auto between = [&](std::size_t i) {
        if (!lx.class_lists(t[i].text, lx.word_classes().between_word, false)) return false;
        for (std::size_t j = i > kWordsOfHead ? i - kWordsOfHead : 0; j < i; ++j)
            if (t[j].capitalized() && lx.agreement_head(t[j].text)) return true;
        return false;
    };
    if (between(k)) return true;
    if (t[k].text != "and") return false;
    for (std::size_t i = k > kFirstPartyWords ? k - kFirstPartyWords : 0; i < k; ++i)
        if (between(i)) return true;
    return false;
}

// Whether a title of office that starts in the few words before `head` ends at it.
bool ends_a_title(const TokenList& t, std::size_t head, const Lexicon& lx) {
    constexpr std::size_t kLongestTitleBefore = 4;
    for (std::size_t k = head > kLongestTitleBefore ? head - kLongestTitleBefore : 0; k < head; ++k)
        for (auto m = lx.titles().longest_at(t, k); m; m = m->length > 1 ? lx.titles().longest_at(t, k, m->length - 1) : std::nullopt)
            if (k + m->length == head + 1) return true;
    return false;
}

}  // namespace

namespace {

// A body named in the complement of another, which is one of its parts:
// "Chamber of Deputies of [the National Congress of Chile]". Its head must name a
// body on its own (not "Union", which needs a complement to be one).
std::optional<Candidate> nested_body(const TokenizedSentence& s, std::size_t from, std::size_t last, const Lexicon& lx,
                                     const std::vector<bool>& blocked) {
    const auto& t = s.tokens;
    for (std::size_t k = from; k + 1 < last; ++k) {
        if (t[k].text != "of") continue;
        const std::size_t start = k + 1 + (t[k + 1].text == "the" ? 1 : 0);
        std::size_t run_end = start;
        while (run_end < last && org_word(t, run_end, blocked, lx)) ++run_end;
        for (std::size_t h = run_end; h > start; --h) {
            const HeadNoun* noun = lx.organization_head(t[h - 1].text);
            if (!noun) continue;
            if (noun->needs_complement || h - 1 == start) break;
            Candidate c;
            c.first = start;
            c.last = last;
            c.type = EntityType::Organization;
            c.canonical = std::string(surface(s, start, last));
            c.subtype = noun->subtype;
            c.priority = 2;
            c.nested = true;
            return c;
        }
    }
    return std::nullopt;
}

bool names_an_undertaking(std::string_view w, const Lexicon& lx) {
    return lx.class_lists(w, lx.word_classes().undertaking_noun, false);
}

// "Ministry of Foreign Affairs, Foreign Employment and Tourism", "Ministry of Foreign Affairs,
// International Trade and Worship": a ministry's portfolios go on after its complement as a list,
// commas then "and" before the last; no item is a country or a place ("Ministry of Foreign Affairs,
// Japan and Korea" lists states). Where the list ends, or `end` when none follows.
std::size_t portfolio_list_end(const TokenList& t, std::size_t end, const std::vector<bool>& blocked, const Lexicon& lx) {
    auto portfolio_word = [&](std::size_t k) {
        return k < t.size() && !blocked[k] && detail::is_name_word(t[k], lx) && !lx.names().contains_token(t[k]) &&
               !lx.demonyms().contains_token(t[k]) && !lx.given_name(t[k].text) && !detail::opens_title(t, k, lx);
    };
    auto words_from = [&](std::size_t k) {
        while (portfolio_word(k)) ++k;
        return k;
    };
    std::size_t k = end;
    while (k + 1 < t.size() && t[k].text == "," && portfolio_word(k + 1)) k = words_from(k + 1);
    if (k == end || k + 1 >= t.size() || t[k].text != "and" || !portfolio_word(k + 1)) return end;
    return words_from(k + 1);
}

using HeadLookup = const HeadNoun* (Lexicon::*)(std::string_view) const;

std::vector<Candidate> match_head_noun_names(const TokenizedSentence& s, const Lexicon& lx,
                                             const std::vector<bool>& blocked, HeadLookup lookup, EntityType type,
                                             const char* rule) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!org_word(t, i, blocked, lx)) continue;
        // A run of capitalised words; its last head noun ends the name before any complement:
        // "Brest Region Executive Committee", "Supreme State Council (of the Union State)".
        // "Historical and Cultural Memorial Complex": "and" may join words before the head.
        std::size_t run_end = i;
        const std::size_t run_limit = detail::phrase_limit(t, i);
        while (run_end < run_limit && (org_word(t, run_end, blocked, lx) ||
               (t[run_end].text == "and" && run_end > i && org_word(t, run_end + 1, blocked, lx))))
            ++run_end;
        std::size_t head = run_end;
        for (std::size_t k = run_end; k > i; --k)
            if ((lx.*lookup)(t[k - 1].text)) { head = k - 1; break; }
        if (head == run_end) { i = run_end - 1; continue; }
        // "a Senior Administration Official": a rank before a body's name and an official after it
        // describe the official; the body's name starts after the rank ("Administration" alone is none).
        if (type == EntityType::Organization && head > i && head + 1 < t.size() &&
            detail::in_word_class(lx, t[i], "official_rank") && detail::in_word_class(lx, t[head + 1], "official_noun"))
            ++i;
        // An "and" before the head joins two modifiers of one name ("Information and Press
        // Department", "Strategic and Defense Dialogue") unless a word beside it is a name or a
        // head of its own: then it lists names ("Council and Assembly", "Russia and Belarus ...",
        // "Norlandic Air Force and Coastal Patrol Wing").
        auto listed = [&](std::size_t k) {
            return t[k].all_caps() || lx.names().contains_token(t[k]) || lx.demonyms().contains_token(t[k]) ||
                   lx.organization_head(t[k].text) != nullptr;
        };
        std::size_t first_and = head, last_and = head;
        bool list_before_head = false;
        for (std::size_t k = i; k < head; ++k) {
            if (t[k].text != "and") continue;
            first_and = std::min(first_and, k);
            last_and = k;
            // Places too: "Kuwait City and Mexico City", a head before "and" ends a first name.
            list_before_head |= listed(k - 1) || listed(k + 1) || (type == EntityType::Place && (lx.*lookup)(t[k - 1].text));
        }
        if (last_and < head && list_before_head && (type == EntityType::Organization || type == EntityType::Place)) {
            // In a list each name ends in its own head: the first before the first "and" (when it
            // has one), the last after the last "and": "Assembly and Executive Committee".
            std::size_t first_head = first_and;
            for (std::size_t k = first_and; k > i; --k)
                if ((lx.*lookup)(t[k - 1].text)) { first_head = k - 1; break; }
            // A bare head ("Assembly and ...") names nothing on its own: only the last name stands.
            if (first_head == first_and || first_head + 1 != first_and || first_head == i) { i = last_and; continue; }
            head = first_head;
        }
        // A head that ends a title of office ("Chief of Staff of the Executive Office") is the
        // office, not a body: the body is the complement's name, which the scan finds next.
        if (head == i && ends_a_title(t, head, lx)) {
            i = head;
            continue;
        }
        // A head inside a title of office that goes on past it ("Prime Cabinet Secretary") is the
        // title's word, not a body's.
        bool in_title = false;
        for (std::size_t k = i; k <= head && !in_title; ++k)
            if (const auto m = lx.titles().longest_at(t, k); m && k + m->length > head + 1) in_title = true;
        if (in_title) {
            i = head;
            continue;
        }
        const HeadNoun* noun = (lx.*lookup)(t[head].text);
        std::size_t last = extend_complement(t, head + 1, blocked, lx, type == EntityType::Place);
        if (type == EntityType::Organization && last > head + 1 &&
            lx.class_lists(t[head].text, lx.word_classes().ministry_singular, true)) {
            const std::size_t listed_end = portfolio_list_end(t, last, blocked, lx);
            if (listed_end != last) last = extend_complement(t, listed_end, blocked, lx, false);  // "... and Worship of Argentina"
        }
        const bool has_complement = last > head + 1;
        // Heads such as "Federation" or "Union" name an organisation only with a complement or
        // with a modifier that is more than a country's name or demonym (org_heads.tsv):
        // "Information and Press Department" is a name, "Russian Federation" is not by this rule.
        // A name that is only a town's is more often a surname, an administration's president's
        // ("the Obama Administration", "the Clinton Administration").
        bool descriptive_modifier = false;
        for (std::size_t k = i; k < head; ++k)
            descriptive_modifier |= t[k].text != "and" &&
                                    (!lx.names().contains_token(t[k]) || detail::only_a_town_name(t[k], lx)) &&
                                    !lx.demonyms().contains_token(t[k]);
        // Two states before the head name a bilateral body: "U.S.-ROK Alliance" (the tokenizer
        // leaves "U.S . -" in front of "ROK"), as "Chile-Peru Alliance" does in one word.
        descriptive_modifier |= type == EntityType::Organization && i > 0 && t[i - 1].text == "-" &&
                                detail::abbreviation_before(t, i) != i;
        // A bare head ("the Council") is a common noun.
        if ((noun->needs_complement && !has_complement && !descriptive_modifier) || (head == i && !has_complement)) {
            i = run_end - 1;
            continue;
        }
        // A dialogue named only by its field ("Strategic Dialogue", "India-Japan Security
        // Dialogue") is a meeting format, an event; one with a name of its own is a body.
        if (detail::in_word_class(lx, t[head], "format_head") && !has_complement) {
            bool named = false;
            for (std::size_t k = i; k < head; ++k)
                named |= t[k].text != "and" && !lx.names().contains_token(t[k]) && !lx.demonyms().contains_token(t[k]) &&
                         !detail::names_countries(lx, t[k].text) && !detail::in_word_class(lx, t[k], "format_modifier");
            if (!named) {
                i = run_end - 1;
                continue;
            }
        }
        std::size_t first = i;
        // "the Heads of Government of Chile, Peru and ...": "Heads of Government" is an office,
        // and what follows lists the countries, not one government's name.
        if (type == EntityType::Organization && head == i && i >= 2 && t[i - 1].text == "of" &&
            detail::in_word_class(lx, t[i - 2], "leader_noun")) {
            i = last - 1;
            continue;
        }
        // "Vietnam – Laos Intergovernmental Committee": the state before a spaced dash is the
        // name's too, when the lexicon knows it as a name or a demonym ("Lao").
        if (first >= 2 && !blocked[first - 2] && !blocked[first - 1] && detail::spaced_dash_in_name(t, first - 1, lx) &&
            (lx.names().contains_token(t[first - 2]) || lx.demonyms().contains_token(t[first - 2])))
            first -= 2;
        if (type == EntityType::Organization) {
            const std::size_t before = detail::abbreviation_before(t, first);
            bool free = true;
            for (std::size_t k = before; k < first; ++k) free &= !blocked[k];
            if (free) first = before;
        }
        if (type == EntityType::Place) {
            // "Garden of Memory drives", "Victory Monument project": a name used to qualify a
            // campaign or a project is not a place.
            if (last < t.size() && names_an_undertaking(t[last].text, lx)) {
                i = last - 1;
                continue;
            }
            // "the Eastern Gate of the Brest Fortress Memorial Complex": a named part in front.
            if (first >= 3 && t[first - 1].text == "the" && t[first - 2].text == "of") {
                std::size_t part = first - 2;
                while (part > 0 && !blocked[part - 1] && detail::is_name_word(t[part - 1], lx) &&
                       !lx.titles().contains_token(t[part - 1]) && !lx.names().contains_token(t[part - 1]))
                    --part;
                if (part < first - 2 && part > 0 && t[part - 1].text == "the") first = part;
            }
        }
        Candidate c;
        c.first = first;
        c.last = last;
        c.type = type;
        c.canonical = std::string(surface(s, first, last));
        c.subtype = type == EntityType::Organization ? noun->subtype : std::string();
        c.rule = rule;
        c.priority = 2;
        if (type == EntityType::Organization)
            if (auto inner = nested_body(s, head + 1, last, lx, blocked)) {
                inner->rule = rule;
                out.push_back(std::move(*inner));
            }
        // "Memorandum of Understanding between the Diplomatic Academy of A and the Institute of B": a
        // body named as a party inside a document's name stands as a nested name too (the document's
        // party), as the ministries of such names do (ministry_phrase_matcher.cpp reads those, with
        // the state's name the lexicon knows).
        if (type == EntityType::Organization && noun->subtype != "Ministry" && names_a_party_at(t, first, lx)) {
            Candidate inner = c;
            inner.nested = true;
            out.push_back(std::move(c));
            out.push_back(std::move(inner));
        } else {
            out.push_back(std::move(c));
        }
        i = last - 1;
    }
    return out;
}

}  // namespace

std::vector<Candidate> match_organization_patterns(const TokenizedSentence& s, const Lexicon& lx,
                                                   const std::vector<bool>& blocked) {
    return match_head_noun_names(s, lx, blocked, &Lexicon::organization_head, EntityType::Organization,
                                 "pattern:organization-head");
}

std::vector<Candidate> match_described_bodies(const TokenizedSentence& s, const Lexicon& lx,
                                             const std::vector<bool>& blocked) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    for (std::size_t i = 1; i + 3 < t.size(); ++i) {
        if (!(t[i - 1].text == "a" || t[i - 1].text == "A" || t[i - 1].text == "the" || t[i - 1].text == "The")) continue;
        if (!lx.class_lists(t[i].text, lx.word_classes().described_body_modifier, true) ||
            !lx.class_lists(t[i + 1].text, lx.word_classes().described_body_head, false))
            continue;
        if (t[i + 2].text != "on" && t[i + 2].text != "for") continue;
        // Lower-case words up to a name that the complement ends in.
        std::size_t k = i + 3;
        while (k < t.size() && k < i + 16 && t[k].word && !t[k].capitalized() && !blocked[k]) ++k;
        if (k >= t.size() || !org_word(t, k, blocked, lx) || !(t[k - 1].text == "the" || t[k - 1].text == "of")) continue;
        std::size_t end = k;
        while (end < t.size() && org_word(t, end, blocked, lx)) ++end;
        end = extend_complement(t, end, blocked, lx, false);
        if (end - k < 2) continue;
        Candidate c;
        c.first = i;
        c.last = end;
        c.type = EntityType::Organization;
        c.canonical = std::string(surface(s, i, end));
        c.canonical[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(c.canonical[0])));
        c.subtype = "Other";
        c.rule = "pattern:described-body";
        c.priority = 2;
        out.push_back(std::move(c));
        i = end - 1;
    }
    return out;
}

std::vector<Candidate> match_landmark_patterns(const TokenizedSentence& s, const Lexicon& lx,
                                               const std::vector<bool>& blocked) {
    return match_head_noun_names(s, lx, blocked, &Lexicon::place_head, EntityType::Place, "pattern:landmark-head");
}

}  // namespace pressgraph
