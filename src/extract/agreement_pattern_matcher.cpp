#include "pressgraph/extract/recognizers.hpp"
#include "token_predicates.hpp"

namespace pressgraph {

namespace {

bool starts_with_digit(const Token& t) { return !t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9'; }

bool proper_word(const std::vector<Token>& t, std::size_t i, const std::vector<bool>& blocked) {
    return i < t.size() && !blocked[i] && (detail::is_name_word(t[i]) || starts_with_digit(t[i]));
}

// "2025" or a year range "2024-2026".
bool is_year(const Token& t) {
    if (t.text.size() < 4) return false;
    for (std::size_t i = 0; i < 4; ++i)
        if (t.text[i] < '0' || t.text[i] > '9') return false;
    return t.text.size() == 4 || t.text[4] == '-';
}

// Right edge of a capitalised agreement name: capitalised words, years and
// "on/of/for/between/in/to [the] Word" complements; "in 1999" (a bare year) ends it, and so
// does "and the" (the start of a second name).
std::size_t extend_proper(const std::vector<Token>& t, std::size_t end, const std::vector<bool>& blocked, bool stop_at_for_year) {
    while (end < t.size()) {
        if (proper_word(t, end, blocked)) { ++end; continue; }
        const std::string_view w = t[end].text;
        const bool opens = w == "on" || w == "of" || w == "for" || w == "between" || w == "in" || w == "to" || w == "the";
        const bool joins = w == "and" && end + 1 < t.size() && t[end + 1].text != "the";
        if (!(opens || joins)) break;
        std::size_t next = end + 1;
        if (w != "the" && next < t.size() && t[next].text == "the") ++next;
        if (!proper_word(t, next, blocked)) break;
        if ((w == "in" || (stop_at_for_year && w == "for")) && is_year(t[next])) break;
        end = next;
    }
    return end;
}

// Right edge of a descriptive name after a lower-case head: "joint statement on the main
// tasks in the context of ..." runs to the clause's end: punctuation, a verb or a new phrase.
std::size_t extend_descriptive(const std::vector<Token>& t, std::size_t end, const std::vector<bool>& blocked) {
    static constexpr std::string_view kStops[] = {"will", "would", "is", "are", "was", "were", "be", "been", "with",
                                                  "as", "which", "that", "who", "by", "at", "during", "within",
                                                  "while", "has", "have", "had", "could", "should", "may"};
    const std::size_t limit = std::min(t.size(), end + 30);
    std::size_t last_word = end;
    while (end < limit && !blocked[end] && t[end].word) {
        const std::string_view w = t[end].text;
        bool stop = false;
        for (auto s : kStops) stop |= w == s;
        if (w == "and") {
            // "and on guiding principles" continues; "and approve", "and the" end the name.
            stop = !(end + 1 < t.size() &&
                     (t[end + 1].text == "on" || t[end + 1].text == "of" || detail::is_name_word(t[end + 1])));
        }
        if (stop) break;
        ++end;
        if (!detail::is_name_connector(w)) last_word = end;
    }
    return last_word;
}

}  // namespace

std::vector<Candidate> match_agreement_patterns(const TokenizedSentence& s, const Lexicon& lx,
                                                const std::vector<bool>& blocked) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    auto emit = [&](std::size_t first, std::size_t last, const std::string& subtype, const char* rule, bool nested) {
        Candidate c;
        c.first = first;
        c.last = last;
        c.type = EntityType::Agreement;
        c.canonical = std::string(surface(s, first, last));
        c.subtype = subtype;
        c.rule = rule;
        c.priority = 2;
        c.nested = nested;
        out.push_back(std::move(c));
    };
    for (std::size_t h = 0; h < t.size(); ++h) {
        if (blocked[h] || !t[h].word) continue;
        const std::string* subtype = lx.agreement_head(t[h].text);
        if (!subtype) continue;
        if (t[h].capitalized()) {
            std::size_t first = h;
            while (first > 0 && proper_word(t, first - 1, blocked) && !lx.titles().contains_token(t[first - 1].text)) --first;
            const std::size_t last = extend_proper(t, h + 1, blocked, false);
            // A bare capitalised head ("Statement") is a heading word, not an agreement.
            if (last - first < 2) continue;
            emit(first, last, *subtype, "pattern:agreement-head", false);
            // Agreements named inside this one: "Guidelines for Implementing ... the Treaty Establishing ...".
            for (std::size_t k = h + 1; k < last; ++k) {
                if (!t[k].capitalized() || !lx.agreement_head(t[k].text)) continue;
                std::size_t inner_first = k;
                while (inner_first > h + 1 && proper_word(t, inner_first - 1, blocked)) --inner_first;
                const std::size_t inner_last = extend_proper(t, k + 1, blocked, true);
                if (inner_last - inner_first >= 2)
                    emit(inner_first, inner_last, *lx.agreement_head(t[k].text), "pattern:agreement-nested", true);
            }
            h = last - 1;
            continue;
        }
        // Lower case: "a joint statement on ...", "a plan of consultations ... for 2025".
        const bool modified = h > 0 && lx.is_agreement_modifier(t[h - 1].text);
        const std::size_t last = extend_descriptive(t, h + 1, blocked);
        bool dated = false;
        for (std::size_t k = h + 1; k < last; ++k) dated |= is_year(t[k]);
        const bool about = h + 1 < last && t[h + 1].text == "on";
        if (!modified && !dated && !about) continue;
        const std::size_t first = modified ? h - 1 : h;
        emit(first, last, *subtype, "pattern:agreement-descriptive", false);
        for (std::size_t k = h + 1; k < last; ++k) {
            if (!t[k].capitalized() || !lx.agreement_head(t[k].text)) continue;
            std::size_t inner_first = k;
            while (inner_first > h + 1 && proper_word(t, inner_first - 1, blocked)) --inner_first;
            const std::size_t inner_last = extend_proper(t, k + 1, blocked, true);
            if (inner_last - inner_first >= 2)
                emit(inner_first, inner_last, *lx.agreement_head(t[k].text), "pattern:agreement-nested", true);
        }
        h = last - 1;
    }
    return out;
}

}  // namespace pressgraph
