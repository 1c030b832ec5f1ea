#include "pressgraph/extract/recognizers.hpp"
#include "pressgraph/text/normalizer.hpp"
#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {

// "ministry", "Ministries" (the classes ministry_singular and ministry_plural, in any case).
bool is_ministry_word(std::string_view w, const Lexicon& lx) {
    const WordClasses& c = lx.word_classes();
    return lx.class_lists(w, c.ministry_singular, true) || lx.class_lists(w, c.ministry_plural, true);
}

// "Ministry" as a name opens with it: capitalised, in the singular.
bool is_ministry_name_word(std::string_view w, const Lexicon& lx) {
    return lx.class_lists(w, lx.word_classes().ministry_singular, true) && word_case(w) == WordCase::Title;
}

// The head of a ministry's full name: the first word of class ministry_singular, capitalised ("Ministry").
std::string ministry_head(const Lexicon& lx) {
    std::string head = lx.words_of(lx.word_classes().ministry_singular).front();
    head[0] = static_cast<char>(head[0] - 'a' + 'A');
    return head;
}

// The bodies of a ministry that stand for it in this genre: "the foreign ministry collegiums of ..."
// (the class ministry_board, in lower case).
bool is_ministry_board(std::string_view w, const Lexicon& lx) {
    return lx.class_lists(w, lx.word_classes().ministry_board, false);
}

void add_ministries(std::size_t first, std::size_t last, const std::string& portfolio,
                    const std::vector<std::uint32_t>& countries, const Lexicon& lx, std::vector<Candidate>& out) {
    for (auto id : countries) {
        Candidate c;
        c.first = first;
        c.last = last;
        c.type = EntityType::Organization;
        c.canonical = ministry_head(lx) + " of " + portfolio + " of " + lx.entry(id).official;
        c.subtype = "Ministry";
        c.rule = "pattern:ministry-phrase";
        c.priority = 2;
        c.shared_span = countries.size() > 1;
        // The same ministry also stands inside a longer name that wins the overlap, as a party
        // of it: "Plan of Talks between the Foreign Ministries of Chile and Peru".
        Candidate inner = c;
        inner.nested = true;
        out.push_back(std::move(inner));
        out.push_back(std::move(c));
    }
}

// "Ministry of Foreign Affairs" / "Ministry of Justice": the portfolio words after "of".
std::size_t read_portfolio(const TokenList& t, std::size_t i, std::string& portfolio) {
    std::size_t end = i;
    const std::size_t limit = detail::phrase_limit(t, i);
    while (end < limit && t[end].capitalized() && t[end].word) {
        if (!portfolio.empty()) portfolio += ' ';
        portfolio += t[end].text;
        ++end;
        if (end + 1 < t.size() && t[end].text == "and" && t[end + 1].capitalized()) {
            portfolio += " and";
            ++end;
        }
    }
    return end;
}

}  // namespace

std::vector<Candidate> match_ministry_phrases(const TokenizedSentence& s, const Lexicon& lx,
                                              const std::vector<bool>& blocked) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    auto free = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k)
            if (blocked[k]) return false;
        return true;
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        std::vector<std::uint32_t> countries;
        // "Russian and Belarusian foreign ministries", "the Russian Foreign Ministry",
        // "the Russian Ministry of Justice".
        if (lx.demonyms().contains_token(t[i])) {
            const std::size_t end = detail::read_countries(t, i, lx, true, countries);
            if (countries.empty() || end >= t.size()) continue;
            std::string portfolio;
            std::size_t last = 0;
            if (const std::string* p = lx.ministry_portfolio(t[end].text);
                p && end + 1 < t.size() && is_ministry_word(t[end + 1].text, lx)) {
                portfolio = *p;
                last = end + 2;
                if (last < t.size() && is_ministry_board(t[last].text, lx)) ++last;
            } else if (is_ministry_name_word(t[end].text, lx) && end + 2 < t.size() && t[end + 1].text == "of") {
                last = read_portfolio(t, end + 2, portfolio);
                if (portfolio.empty()) continue;
            } else {
                continue;
            }
            if (!free(i, last)) continue;
            add_ministries(i, last, portfolio, countries, lx, out);
            i = last - 1;
            continue;
        }
        // "the foreign ministries (collegiums) of Russia and Belarus".
        // (The ministry word first: it is one test, the portfolio a lookup, and most tokens fail it.)
        if (const std::string* p = i + 1 < t.size() && is_ministry_word(t[i + 1].text, lx) ? lx.ministry_portfolio(t[i].text) : nullptr) {
            std::size_t of = i + 2;
            if (of < t.size() && is_ministry_board(t[of].text, lx)) ++of;
            if (of + 1 >= t.size() || t[of].text != "of") continue;
            const std::size_t from = of + 1 + (t[of + 1].text == "the" ? 1 : 0);
            const std::size_t end = detail::read_countries(t, from, lx, false, countries);
            if (countries.empty() || !free(i, end)) continue;
            add_ministries(i, end, *p, countries, lx, out);
            i = end - 1;
            continue;
        }
        // "Ministry of Foreign Affairs of the Republic of Chile": the full name, spelt the
        // one way that every other form of it is written to; "Ministries of Foreign Affairs of
        // Chile and Peru": one per country.
        if (i + 2 < t.size() && t[i + 1].text == "of" && is_ministry_word(t[i].text, lx) && word_case(t[i].text) == WordCase::Title) {
            std::string portfolio;
            const std::size_t end = read_portfolio(t, i + 2, portfolio);
            if (portfolio.empty() || end + 1 >= t.size() || t[end].text != "of") continue;
            const std::size_t from = end + 1 + (t[end + 1].text == "the" ? 1 : 0);
            const std::size_t last = is_ministry_name_word(t[i].text, lx) ? [&] {
                const auto m = lx.names().longest_at(t, from);
                if (m && lx.entry(m->ids->front()).type == EntityType::Country) countries.push_back(m->ids->front());
                return m ? from + m->length : from;
            }() : detail::read_countries(t, from, lx, false, countries);
            if (countries.empty() || !free(i, last)) continue;
            add_ministries(i, last, portfolio, countries, lx, out);
            i = last - 1;
        }
    }
    return out;
}

}  // namespace pressgraph
