#include "events/event_dates.hpp"

#include "pressgraph/text/normalizer.hpp"

namespace pressgraph::event_detail {

namespace {

bool inside_agreement(const SentenceAnalysis& s, const DateMention& d) {
    for (const auto& m : s.mentions)
        if (m.type == EntityType::Agreement && m.first <= d.first_token && d.last_token <= m.last) return true;
    return false;
}

// Words before a date that make it a bound of a period, not the day of an event
// ("since 2000", "from January to October", "by 2030").
bool bounds_a_period(const SentenceAnalysis& s, const DateMention& d) {
    if (d.first_token == 0) return false;
    // "from March 6 to 8": the date read both ends, so it is the event's own period.
    if (token_is(s.tokens, d.first_token - 1, "from") && d.range.end) return false;
    return s.words.is(d.first_token - 1, s.words.classes().period_bound_word);
}

// "Ivan Petrov, who was appointed Foreign Minister on June 27, ...": a date in a
// relative clause about a person dates that clause, not an event, unless it names one.
bool in_relative_clause(const SentenceAnalysis& s, const DateMention& d, const std::vector<TriggerHit>& triggers) {
    const TokenList& tokens = s.tokens.tokens;
    for (std::size_t k = d.first_token; k-- > 0;) {
        if (tokens[k].text == "," || tokens[k].text == ";" || tokens[k].text == "(") return false;
        if (s.words.is(k, s.words.classes().person_relative_pronoun))
            return std::none_of(triggers.begin(), triggers.end(),
                                [&](const TriggerHit& t) { return t.first > k && t.last <= d.first_token; });
    }
    return false;
}

// "the Memorandum of Understanding ..., signed in 2023, as well as ...": a date in the participle
// clause of a named document dates its signing (an event rule's ceremony), not the sentence's events;
// so does one right after a name and its founding ("the Strategic Partnership established in 2024").
bool dates_a_signed_document(const SentenceAnalysis& s, const DateMention& d) {
    constexpr std::size_t kReach = 8;  // words from the participle to the date ("signed by A, B and C in X in")
    const TokenList& tokens = s.tokens.tokens;
    const long founding = s.words.table().find_class("founding_participle");
    for (std::size_t k = d.first_token; k-- > 0 && k + kReach >= d.first_token;) {
        if (tokens[k].text == ";") return false;
        // "the Comprehensive Strategic Partnership established in 2024": a name, then its founding.
        if (founding >= 0 && s.words.is_lower(k, static_cast<std::size_t>(founding)) && k > 0 && tokens[k - 1].capitalized() &&
            k + 3 >= d.first_token)
            return true;
        if (!s.words.is_lower(k, s.words.classes().signing_word)) continue;
        const std::size_t before = k > 0 && tokens[k - 1].text == "," ? k - 1 : k;
        return std::any_of(s.mentions.begin(), s.mentions.end(),
                           [&](const Candidate& m) { return m.type == EntityType::Agreement && m.last == before; });
    }
    return false;
}

void with_year(DateMention& d, int year) {
    const int shift = year - d.range.start.year;
    DateValue start = d.range.start;
    start.year += shift;
    if (!start.valid()) return;
    d.range.start = start;
    if (d.range.end) {
        DateValue end = *d.range.end;
        end.year += shift;
        if (end.valid()) d.range.end = end;
    }
}

}  // namespace

// The dates of a sentence that date its events. A bare year ("in 2024, ... on January 29")
// gives its year to the days listed after it and dates an event itself only when no such
// day follows and the text says "in 2014"; years of periods and agreements date nothing.
std::vector<DateMention> event_dates(const SentenceAnalysis& s, const std::vector<TriggerHit>& triggers,
                                     const std::vector<DateMention>& found) {
    std::vector<DateMention> dates;
    std::optional<int> stated_year;
    for (std::size_t k = 0; k < found.size(); ++k) {
        DateMention d = found[k];
        if (inside_agreement(s, d) || bounds_a_period(s, d) || in_relative_clause(s, d, triggers) || dates_a_signed_document(s, d))
            continue;
        if (d.range.start.precision() == DatePrecision::Year) {
            if (d.range.end) continue;  // "2024-2026": a period
            const bool days_follow = std::any_of(found.begin() + static_cast<long>(k) + 1, found.end(),
                                                 [](const DateMention& m) { return m.year_inferred; });
            if (days_follow) {
                stated_year = d.range.start.year;
                continue;
            }
            const std::size_t f = d.first_token;
            const bool in = (f > 0 && token_is(s.tokens, f - 1, "in")) ||
                            (f > 1 && token_is(s.tokens, f - 1, "the") && token_is(s.tokens, f - 2, "in"));
            if (!in) continue;
        }
        if (d.year_inferred && stated_year) with_year(d, *stated_year);
        dates.push_back(d);
    }
    return dates;
}

// "May 14 marks the 30th anniversary of the signing of ...": the event is that many
// years before the date.
void anniversary_shift(const SentenceAnalysis& s, const DateMention& d, const TriggerHit& t, ExtractedEvent& e) {
    for (std::size_t k = d.last_token; k + 1 < t.first; ++k) {
        if (!s.words.is(k, s.words.classes().anniversary_noun) || k == 0 || t.first > k + 3) continue;
        const std::string_view n = s.tokens.tokens[k - 1].text;
        int years = 0;
        for (char c : n) {
            if (c < '0' || c > '9') break;
            years = years * 10 + (c - '0');
        }
        if (years <= 0 || years > 1000) return;
        for (auto* v : {&e.start, &e.end})
            if (*v) {
                DateValue shifted = **v;
                shifted.year -= years;
                if (shifted.valid()) *v = shifted;
            }
        return;
    }
}

// The token "where" (or "when") that opens the relative clause holding `d`, if any.
std::optional<std::size_t> where_clause(const SentenceAnalysis& s, const DateMention& d) {
    const TokenList& t = s.tokens.tokens;
    for (std::size_t k = d.first_token; k-- > 1;) {
        if (t[k].text == "," || t[k].text == ";") return std::nullopt;
        if (s.words.is(k, s.words.classes().clause_adverb) && t[k - 1].text == ",") return k;
    }
    return std::nullopt;
}

}  // namespace pressgraph::event_detail
