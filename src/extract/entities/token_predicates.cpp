#include "entities/token_predicates.hpp"
#include <algorithm>

namespace pressgraph::detail {

bool is_name_connector(std::string_view w, const Lexicon& lx) {
    return lx.class_lists(w, lx.word_classes().name_connector, false);
}

bool ends_with_word_of(std::string_view word, std::size_t c, const Lexicon& lx) {
    for (const std::string& ending : lx.words_of(c))
        if (word.ends_with(ending)) return true;
    return false;
}

bool is_name_word(const Token& t, const Lexicon& lx) {
    if (!t.word || !t.capitalized()) return false;
    using Calendar = DateWords::Calendar;
    // "The", "However", "Mr": capitalised, never a word of a name; "THE" may be one (a heading's).
    if (lx.token_in(t, lx.word_classes().name_breaking_word) && word_case(t.text) == WordCase::Title) return false;
    // Months in full ("March", "Sept"; "May" and "Mar" may be names) and weekdays ("Monday").
    if (t.text.size() > 3 && lx.calendar_number(t, Calendar::Month) != 0) return false;
    if (lx.calendar_number(t, Calendar::Weekday) != 0 && word_case(t.text) == WordCase::Title) return false;
    return true;
}

bool is_glued_words(std::string_view w) {
    constexpr std::size_t kShortestGluedPrefix = 4;
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    for (std::size_t i = kShortestGluedPrefix; i < w.size(); ++i)
        if (upper(w[i]) && lower(w[i - 1])) return true;
    return false;
}

std::size_t abbreviation_before(const TokenList& t, std::size_t first) {
    std::size_t k = first;
    if (k >= 1 && t[k - 1].text == "-") --k;
    if (k < 2 || t[k - 1].text != ".") return first;
    std::string_view w = t[k - 2].text;
    if (const auto hyphen = w.rfind('-'); hyphen != std::string_view::npos) w = w.substr(hyphen + 1);
    // "U.S", "U.K", "E.U": capitals joined by full stops.
    if (w.size() < 3 || w.find('.') == std::string_view::npos) return first;
    for (const char c : w)
        if (!(c == '.' || (c >= 'A' && c <= 'Z'))) return first;
    return k - 2;
}

bool spaced_dash_in_name(const TokenList& t, std::size_t i, const Lexicon& lx) {
    if (i == 0 || i + 1 >= t.size()) return false;
    const std::string_view d = t[i].text;
    if (d != "-" && d != "\u2013" && d != "\u2014") return false;
    return t[i - 1].span.end < t[i].span.begin && t[i].span.end < t[i + 1].span.begin && is_name_word(t[i - 1], lx) &&
           is_name_word(t[i + 1], lx);
}

std::vector<std::string_view> hyphen_parts(std::string_view word) {
    std::vector<std::string_view> parts;
    if (word.find('-') == std::string_view::npos) return parts;
    for (std::size_t begin = 0; begin <= word.size();) {
        const std::size_t end = std::min(word.find('-', begin), word.size());
        parts.push_back(word.substr(begin, end - begin));
        begin = end + 1;
    }
    return parts;
}

bool names_countries(const Lexicon& lx, std::string_view word) {
    const auto parts = hyphen_parts(word);
    return !parts.empty() && std::all_of(parts.begin(), parts.end(), [&](std::string_view part) {
        const auto* ids = lx.names().find(part);
        return (ids && lx.entry(ids->front()).type == EntityType::Country) || lx.demonyms().contains_token(part) ||
               (!part.empty() && lx.names().find(std::string(part) + ".") != nullptr);
    });
}

bool opens_title(const TokenList& t, std::size_t at, const Lexicon& lx) {
    if (lx.titles().longest_at(t, at)) return true;
    if (at + 1 >= t.size()) return false;
    // A word no title starts with opens none: no phrase to build and look up.
    if (!lx.titles().may_start_with(t[at].text)) return false;
    std::string next(t[at + 1].text);
    if (next.size() > 3 && next.ends_with('s')) next.pop_back();
    return lx.titles().find(std::string(t[at].text) + " " + next) != nullptr;
}

bool continues_office_phrase(const TokenList& t, std::size_t i, const Lexicon& lx) {
    const Token& w = t[i];
    if (!w.word || !w.capitalized()) return false;
    return lx.titles().contains_token(w) || opens_title(t, i, lx) || lx.organization_head(w.text) || lx.place_head(w.text) ||
           in_word_class(lx, w, "office_noun") || in_word_class(lx, w, "eponym_head");
}

bool only_a_town_name(const Token& w, const Lexicon& lx) {
    const auto* ids = lx.names().find(w.text);
    if (!ids) return false;
    for (const auto id : *ids)
        if (lx.entry(id).type != EntityType::Place || lx.entry(id).subtype != "city") return false;
    return true;
}

bool in_word_class(const Lexicon& lx, const Token& token, std::string_view name) {
    const long c = lx.rules().words().find_class(name);
    return c >= 0 && lx.token_in(token, static_cast<std::size_t>(c));
}

bool in_word_class(const Lexicon& lx, std::string_view word, std::string_view name) {
    const rules::WordTable& words = lx.rules().words();
    const long c = words.find_class(name);
    return c >= 0 && words.classes(words.find(word)).test(static_cast<std::size_t>(c));
}

// Countries named by demonyms or names from `i`, joined by "and" or commas:
// "Russian and Belarusian", "Russia and Belarus". Returns the lexicon ids and the end.
std::size_t read_countries(const TokenList& t, std::size_t i, const Lexicon& lx, bool demonyms,
                           std::vector<std::uint32_t>& countries) {
    std::size_t end = i;
    const std::size_t limit = phrase_limit(t, i);
    while (end < limit) {
        const auto m = demonyms ? lx.demonyms().longest_at(t, end) : lx.names().longest_at(t, end);
        if (!m) break;
        std::uint32_t id = m->ids->front();
        if (lx.entry(id).type != EntityType::Country) break;
        countries.push_back(id);
        end += m->length;
        const bool more = end + 1 < t.size() && (t[end].text == "and" || t[end].text == ",");
        if (!more) break;
        const std::size_t next = end + 1 + (t[end + 1].text == "the" ? 1 : 0);
        const auto next_match = demonyms ? lx.demonyms().longest_at(t, next) : lx.names().longest_at(t, next);
        if (!next_match || lx.entry(next_match->ids->front()).type != EntityType::Country) break;
        end = next;
    }
    return end;
}

bool common_word_in_title_case(const Token& w, const Lexicon& lx) {
    const std::string_view text = w.text;
    if (in_word_class(lx, w, "not_place")) return true;
    if (const long endings = lx.rules().words().find_class("abstract_noun_ending");
        endings >= 0 && text.size() > 5 && ends_with_word_of(text, static_cast<std::size_t>(endings), lx))
        return true;
    const WordClasses& c = lx.word_classes();
    if (text.size() > 4 && ends_with_word_of(text, c.gerund_ending, lx)) return true;
    if (text.size() > 4 && ends_with_word_of(text, c.past_ending, lx) && !ends_with_word_of(text, c.not_past_ending, lx)) return true;
    // A plural, but not a name ending in a vowel and "s", which a plain final -s would also make singular.
    const auto vowel = [](char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u' || ch == 'y'; };
    const auto singular = lx.singular_noun(text);
    return singular && (singular->size() + 1 != text.size() || !vowel(text[text.size() - 2]));
}

bool common_word_not_a_surname(const Token& w, const Lexicon& lx) {
    // Nor a noun of office ("Deputy Advisor", "Judge Advocate") or a document's head ("General Agreement").
    return in_word_class(lx, w, "not_place") || in_word_class(lx, w, "headline_verb") || in_word_class(lx, w, "office_noun") ||
           lx.agreement_head(w.text) != nullptr || plural_or_abstract_noun(w, lx);
}

bool plural_or_abstract_noun(const Token& w, const Lexicon& lx) {
    const std::string_view text = w.text;
    if (const long endings = lx.rules().words().find_class("surname_free_ending");
        endings >= 0 && text.size() > 5 && ends_with_word_of(text, static_cast<std::size_t>(endings), lx))
        return true;
    if (text.size() < 3 || text.back() != 's') return false;
    // "RLAs": capitals, then the plural's "s".
    bool acronym = true;
    for (std::size_t k = 0; k + 1 < text.size(); ++k) acronym &= text[k] >= 'A' && text[k] <= 'Z';
    const auto singular = lx.singular_noun(text);
    return acronym || (singular && singular->size() + 1 < text.size());  // an ending of noun_plural_endings: "-ies"
}

std::size_t skip_forms_of_address(const TokenList& t, std::size_t at, const Lexicon& lx) {
    while (at < t.size() && t[at].capitalized() && in_word_class(lx, t[at], "address_form"))
        // "Dr." and the Malay "Dato'" (its apostrophe a glottal stop) alike.
        at += 1 + (at + 1 < t.size() && t[at + 1].text.size() == 1 && (t[at + 1].text[0] == '.' || t[at + 1].text[0] == '\'') ? 1 : 0);
    return at;
}

const TitleEntry* office_before_to(const TokenList& t, std::size_t title_first, const Lexicon& lx) {
    constexpr std::size_t kLongestTitle = 6;  // words of the office before "to" looked at
    // Only after "to the": "Special Adviser to Secretary of State X" names the Secretary (the title
    // without its article is the complement holder's own), "Adviser to the President X" the adviser.
    if (title_first < 3 || t[title_first - 1].text != "the" || t[title_first - 2].text != "to") return nullptr;
    const std::size_t to = title_first - 2;
    for (std::size_t start = to > kLongestTitle ? to - kLongestTitle : 0; start < to; ++start)
        if (const auto m = lx.titles().longest_at(t, start); m && start + m->length == to) return &lx.title(m->ids->front());
    return nullptr;
}

bool past_office(const TokenList& t, std::size_t title_first, const Lexicon& lx) {
    if (title_first > 0 && in_word_class(lx, t[title_first - 1], "former_office_word")) return true;
    // "President Emeritus", "Chairman Emerita of the Board": the office is held no more.
    const auto title = lx.titles().longest_at(t, title_first);
    const std::size_t after = title_first + (title ? title->length : 1);
    return after < t.size() && in_word_class(lx, t[after], "emeritus_word");
}

}  // namespace pressgraph::detail
