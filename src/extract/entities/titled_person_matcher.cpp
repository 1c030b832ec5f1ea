#include "pressgraph/extract/recognizers.hpp"
#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {

bool usable_name_word(const Token& t, const Lexicon& lx) {
    return detail::is_name_word(t, lx) && !t.all_caps() && !detail::is_glued_words(t.text) && !lx.titles().contains_token(t) &&
           !lx.demonyms().contains_token(t) && !lx.organization_head(t.text) && !detail::in_word_class(lx, t, "not_name") &&
           !detail::in_word_class(lx, t, "eponym_head");
}

// Whether tokens [first, last) name a holder of an office the lexicon can vouch for. Without
// a known given name the split of "Director of Freshman Academic Advising" is a guess that
// only such a holder makes safe ("President of Norland Tarkan Yilmazer").
bool holder_is_known(const TokenList& t, std::size_t first, std::size_t last, const Lexicon& lx) {
    if (last <= first) return false;
    for (std::size_t k = first; k < last; ++k) {
        // A holder that ends in a known name ("... Bureau of Ukraine"), holds a head noun of a body
        // or place ("Office of Gun Violence Prevention"), a list of portfolios ("Minister of
        // Construction, Housing and Utilities") or one the lexicon knows ("Minister of Finance").
        if (const auto known = lx.names().longest_at(t, k); known && k + known->length == last) return true;
        if (t[k].text == "," || t[k].text == "and" || lx.ministry_portfolio(t[k].text) || lx.organization_head(t[k].text) ||
            lx.place_head(t[k].text))
            return true;
    }
    return false;
}

// Where the personal name starts inside a run of capitalised words that follows a
// title's "of ..." complement: at the rightmost known given name that leaves a surname,
// else two words before the end, provided a holder of at least one word remains.
std::optional<std::size_t> name_start_in_run(const TokenList& t, std::size_t run_first, std::size_t run_last,
                                             const Lexicon& lx) {
    for (std::size_t p = run_last - 1; p > run_first; --p) {
        if (lx.given_name(t[p - 1].text) && usable_name_word(t[p - 1], lx) && usable_name_word(t[p], lx) &&
            run_last - (p - 1) <= 3) {
            // "... Representatives Rachid El Ouazzani": a particle read as a given name ("El", "Ben")
            // after a given name belongs to the surname that the given name before it opens.
            if (p - 1 > run_first && detail::in_word_class(lx, t[p - 1], "name_particle") && lx.given_name(t[p - 2].text) &&
                usable_name_word(t[p - 2], lx) && !lx.names().contains_token(t[p - 2]))
                return p - 2;
            // "... ASEAN Affairs Jose Antonio S. Macaraeg": two given names in a row are both the
            // person's, provided a holder of at least one word remains before them.
            if (p - 1 > run_first + 1 && lx.given_name(t[p - 2].text) && usable_name_word(t[p - 2], lx) &&
                !lx.names().contains_token(t[p - 2]))
                return p - 2;
            return p - 1;
        }
    }
    if (run_last - run_first >= 3 && usable_name_word(t[run_last - 2], lx) && usable_name_word(t[run_last - 1], lx) &&
        !lx.names().contains_token(t[run_last - 1]) && !detail::is_name_connector(t[run_last - 3].text, lx) &&
        holder_is_known(t, run_first, run_last - 2, lx)) {
        // "... Planning and Investment Do Thi Mai": a Vietnamese middle name ("Thi", "Van") has the
        // family name before it, a name of three words.
        if (run_last - 2 > run_first + 1 && detail::in_word_class(lx, t[run_last - 2], "vietnamese_middle_name") &&
            t[run_last - 3].capitalized() && holder_is_known(t, run_first, run_last - 3, lx))
            return run_last - 3;
        // "... National Assembly Ha Thi Ngoc Lan": a middle name before two given names, a name of four.
        if (run_last - 3 > run_first + 1 && detail::in_word_class(lx, t[run_last - 3], "vietnamese_middle_name") &&
            t[run_last - 4].capitalized() && holder_is_known(t, run_first, run_last - 4, lx))
            return run_last - 4;
        return run_last - 2;
    }
    return std::nullopt;
}

// "S." in "S. Jaishankar": a capital letter and a full stop.
bool is_initial(const TokenList& t, std::size_t at) {
    return at + 1 < t.size() && t[at].text.size() == 1 && t[at].capitalized() && t[at + 1].text == ".";
}

// The personal name right after position `at`: a given name plus surname (with an
// optional patronymic), initials and a surname ("S. Jaishankar"), or one or two
// capitalised words ("President Putin").
std::optional<std::size_t> name_end_after(const TokenList& t, std::size_t at, const Lexicon& lx, bool city_post) {
    if (is_initial(t, at)) {
        std::size_t end = at;
        while (is_initial(t, end)) end += 2;
        if (end < t.size() && usable_name_word(t[end], lx) && !lx.names().contains_token(t[end])) return end + 1;
        return std::nullopt;
    }
    // "Mr Prime Minister": a form of address before a title, not before a name.
    // "Foreign Minister Receives Phone Call": a headline's verb after the title starts no name.
    if (at >= t.size() || !usable_name_word(t[at], lx) || detail::opens_title(t, at, lx) ||
        detail::in_word_class(lx, t[at], "headline_verb"))
        return std::nullopt;
    // After a title a name is a person's first: "Foreign Minister Chad Johnson" names a
    // person whose given name is also a country's, when a surname that is no known name follows.
    // A name that is only a town's ("President Obama", "Secretary Cardona": surnames that small
    // cities bear) is a surname after a title, unless the title is a consular post's, which a
    // city follows ("Consul General Strasbourg", "Consulate General Dubai").
    if (lx.names().contains_token(t[at]) && (!detail::only_a_town_name(t[at], lx) || city_post) &&
        !(usable_name_word(t[at + 1], lx) && !lx.names().contains_token(t[at + 1])))
        return std::nullopt;
    std::size_t end = at + 1;
    // A word read twice ends the name: "Nikol Pashinyan Pashinyan NikolPrime Minister" is debris.
    auto repeated = [&](std::size_t k) {
        for (std::size_t j = at; j < k; ++j)
            if (t[j].text == t[k].text) return true;
        return false;
    };
    // "Under Secretary David Moreno", "Minister Ana Maria Moreno": after a known given name, a word
    // that is only a town's name (no capital, region, country or body) is part of the name, as for
    // names without a title.
    auto known_name = [&](std::size_t k) {
        return lx.names().contains_token(t[k]) && !(lx.given_name(t[at].text) && detail::only_a_town_name(t[k], lx));
    };
    // Three words, or four after two given names: Spanish and Portuguese names join two given
    // names and two surnames ("Vice Minister, Andres Felipe Rojas Mejia,").
    // A Vietnamese family name, a middle name and two given names are four too ("Ha Thi Ngoc Lan").
    const std::size_t most = at + 1 < t.size() && ((lx.given_name(t[at].text) && lx.given_name(t[at + 1].text)) ||
                                                   detail::in_word_class(lx, t[at + 1], "vietnamese_middle_name"))
                                 ? 4
                                 : 3;
    while (end < t.size() && end - at < most && usable_name_word(t[end], lx) && !known_name(end) &&
           !repeated(end) && !detail::in_word_class(lx, t[end], "headline_verb") && !is_initial(t, end))
        ++end;
    // "Undersecretary Jose Antonio S. Macaraeg": a middle initial between the given names and the
    // surname, as Philippine and American releases write a name, belongs to it.
    if (end > at && is_initial(t, end)) {
        std::size_t after = end;
        while (is_initial(t, after)) after += 2;
        if (after < t.size() && usable_name_word(t[after], lx) && !lx.names().contains_token(t[after]) &&
            !detail::opens_title(t, after, lx))
            return after + 1;
    }
    if (detail::continues_office_phrase(t, end, lx)) return std::nullopt;  // "Deputy Principal Officer"
    // One word after a title is a surname ("President Biden"), not a common word in title case
    // ("Press Secretary Traveling", "Coordinator Announced") nor a suffix ("Jr").
    if (end == at + 1 && (detail::common_word_not_a_surname(t[at], lx) || detail::in_word_class(lx, t[at], "name_suffix")))
        return std::nullopt;
    return end;
}

std::string name_text(const TokenList& t, std::size_t first, std::size_t last) {
    // Initials keep their full stops: "S. Jaishankar".
    std::string out;
    for (std::size_t k = first; k < last; ++k) {
        if (t[k].text == ".") { out += '.'; continue; }
        if (!out.empty()) out += ' ';
        out += t[k].text;
    }
    return out;
}

}  // namespace

std::vector<Candidate> match_titled_persons(const TokenizedSentence& s, const Lexicon& lx) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].word) continue;
        const auto title = lx.titles().longest_at(t, i);
        if (!title) continue;
        const TitleEntry& entry = lx.title(title->ids->front());
        std::size_t title_end = i + title->length;
        // "President Emeritus", "Speaker Emerita Ana Lopes": the Latin word is the title's, not a name's
        // (past_office reads the office as held no more).
        if (title_end < t.size() && detail::in_word_class(lx, t[title_end], "emeritus_word")) ++title_end;
        TitleReading reading{entry.title, entry.scope, entry.exclusive, 0, 0};
        if (const TitleEntry* outer = detail::office_before_to(t, i, lx)) reading = TitleReading{outer->title, outer->scope, outer->exclusive, 0, 0};

        // A holder written before the title: "Russian Foreign Minister", "State Duma Speaker",
        // "the Foreign Ministry's (official) spokeswoman".
        std::size_t possessive = i;
        if (possessive > 0 && lx.class_lists(t[possessive - 1].text, lx.word_classes().spokesperson_modifier, false)) --possessive;
        if (possessive >= 2 && lx.class_lists(t[possessive - 1].text, lx.word_classes().possessive_ending, false) &&
            detail::is_name_word(t[possessive - 2], lx)) {
            std::size_t b = possessive - 2;
            while (b > 0 && possessive - 1 - b < 5 && (detail::is_name_word(t[b - 1], lx) || lx.demonyms().contains_token(t[b - 1]))) --b;
            reading.holder_first = b;
            reading.holder_last = possessive - 1;
        } else if (i > 0 && lx.demonyms().contains_token(t[i - 1])) {
            reading.holder_first = i - 1;
            reading.holder_last = i;
        } else if (i > 0 && detail::is_name_word(t[i - 1], lx) && !lx.titles().contains_token(t[i - 1])) {
            std::size_t b = i - 1;
            while (b > 0 && i - b < 4 && detail::is_name_word(t[b - 1], lx) && !lx.titles().contains_token(t[b - 1])) --b;
            reading.holder_first = b;
            reading.holder_last = i;
        }

        std::size_t name_first = title_end;
        std::optional<std::size_t> name_last;
        if (title_end < t.size() && t[title_end].text == "of") {
            // "... of [the] Holder Words Given Surname": find the run, then split it.
            std::size_t run_first = title_end + 1;
            while (run_first < t.size() && t[run_first].text == "the") ++run_first;
            std::size_t run_last = run_first;
            const std::size_t run_limit = detail::phrase_limit(t, run_first);
            while (run_last < run_limit) {
                // Another title starts another person: "... Natalya Kochanova and Chairman of ...".
                // A title before a head noun or after "of the" is part of the holder's name:
                // "Belarus President Administration", "Administration of the President of ...".
                if (lx.titles().contains_token(t[run_last]) && run_last > title_end + 2 &&
                    !(run_last + 1 < t.size() && lx.organization_head(t[run_last + 1].text)) &&
                    t[run_last - 1].text != "the" && t[run_last - 1].text != "of")
                    break;
                if (detail::is_name_word(t[run_last], lx) || t[run_last].numeric()) { ++run_last; continue; }
                // "Minister of Culture, Sport and Tourism Ana Lopes": a comma inside a list of portfolios.
                if (t[run_last].text == "," && run_last + 3 < t.size() && detail::is_name_word(t[run_last + 1], lx) &&
                    (t[run_last + 2].text == "and" || t[run_last + 2].text == ",")) {
                    ++run_last;
                    continue;
                }
                // "The President of Chile and Ana Lopes": "and" before a given name, after a
                // holder whose whole name has been read, joins a second person, not the holder's
                // words ("Bosnia and Herzegovina" is read whole by the name index).
                if (t[run_last].text == "and" && run_last + 1 < t.size() && lx.given_name(t[run_last + 1].text))
                    if (const auto holder = lx.names().longest_at(t, run_first); holder && run_first + holder->length == run_last)
                        break;
                // "in" and "to" end the holder: "... Tokayev to Uzbekistan".
                if (detail::is_name_connector(t[run_last].text, lx) && t[run_last].text != "in" && t[run_last].text != "to" &&
                    run_last + 1 < t.size() && (detail::is_name_word(t[run_last + 1], lx) || t[run_last + 1].text == "the")) {
                    ++run_last;
                    continue;
                }
                break;
            }
            while (run_last > run_first && detail::is_name_connector(t[run_last - 1].text, lx)) --run_last;
            if (run_last - run_first < 2) continue;
            const auto start = name_start_in_run(t, run_first, run_last, lx);
            if (!start) continue;
            name_first = *start;
            name_last = run_last;
            reading.holder_first = run_first;
            reading.holder_last = name_first;
        } else {
            std::size_t at = title_end;
            // "Ambassador to Russia Dmitry Krutoy": the country an envoy is sent to.
            if (at + 1 < t.size() && t[at].text == "to")
                if (const auto m = lx.names().longest_at(t, at + 1); m && lx.entry(m->ids->front()).type == EntityType::Country)
                    at += 1 + m->length;
            // "Minister of Culture, Sport and Tourism Ana Lopes": the title's list of portfolios
            // goes on after a comma and ends with "and X".
            if (at + 3 < t.size() && t[at].text == "," && detail::is_name_word(t[at + 1], lx) && !lx.given_name(t[at + 1].text)) {
                std::size_t k = at;
                while (k + 1 < t.size() && t[k].text == "," && detail::is_name_word(t[k + 1], lx)) k += 2;
                if (k + 1 < t.size() && t[k].text == "and" && detail::is_name_word(t[k + 1], lx)) {
                    at = k + 2;
                    // "..., Migration and Tunisians Abroad, Ana Lopes": the last portfolio runs on one word
                    // more, to a comma before a known given name; the name is after the comma.
                    if (at + 2 < t.size() && detail::is_name_word(t[at], lx) && t[at + 1].text == "," &&
                        lx.given_name(t[at + 2].text))
                        ++at;
                }
            }
            // "Minister of Agriculture and Livestock Ana Lopes", "Minister of Agriculture and Rural Affairs
            // Li Wei": a portfolio joined to the title by "and" runs on to the name, which starts at
            // the first known given name, else is the last two words; at least one word of portfolio
            // comes first ("the Minister of Agriculture and Ana Lopes" are two persons).
            if (at + 3 < t.size() && t[at].text == "and" && detail::is_name_word(t[at + 1], lx) &&
                !lx.given_name(t[at + 1].text) && !detail::opens_title(t, at + 1, lx)) {
                const std::size_t run_first = at + 1;
                const std::size_t run_limit = detail::phrase_limit(t, run_first);
                std::size_t run_last = run_first;
                while (run_last < run_limit && detail::is_name_word(t[run_last], lx) && !detail::opens_title(t, run_last, lx)) ++run_last;
                std::optional<std::size_t> start;
                for (std::size_t k = run_first + 1; k + 1 < run_last && !start; ++k)
                    if (lx.given_name(t[k].text) && usable_name_word(t[k], lx) && usable_name_word(t[k + 1], lx)) start = k;
                if (!start && run_last - run_first >= 3 && usable_name_word(t[run_last - 2], lx) &&
                    usable_name_word(t[run_last - 1], lx) && !lx.names().contains_token(t[run_last - 1]))
                    start = run_last - 2;
                if (start) at = *start;
            }
            // "Minister of State for External Affairs Ana Lopes", "Special Envoy for Climate Dr. Ana
            // Lopes": the office's portfolio after "for" runs on to a form of address, else it ends
            // where a known given name starts the name, as after "of ...".
            // Not a title that is another office's complement: "Assistant to the President for
            // National Security Affairs Ana Lopes" holds no presidency.
            const bool after_to = (i >= 1 && t[i - 1].text == "to") || (i >= 2 && t[i - 1].text == "the" && t[i - 2].text == "to");
            if (!after_to && at + 2 < t.size() && t[at].text == "for" && detail::is_name_word(t[at + 1], lx) &&
                !detail::in_word_class(lx, t[at + 1], "address_form")) {
                const std::size_t run_first = at + 1;
                std::size_t run_last = run_first;
                const std::size_t run_limit = detail::phrase_limit(t, run_first);
                bool addressed = false;
                while (run_last < run_limit) {
                    if (t[run_last].capitalized() && detail::in_word_class(lx, t[run_last], "address_form")) {
                        addressed = true;
                        break;
                    }
                    // Another title starts another person: "... Affairs Ana Lopes and Assistant Secretary for ...".
                    if (run_last > run_first && detail::opens_title(t, run_last, lx)) break;
                    if (detail::is_name_word(t[run_last], lx)) { ++run_last; continue; }
                    // "for European and Eurasian Affairs", "for Democracy and Human Rights"
                    if (detail::is_name_connector(t[run_last].text, lx) && run_last + 1 < run_limit &&
                        detail::is_name_word(t[run_last + 1], lx)) {
                        ++run_last;
                        continue;
                    }
                    break;
                }
                while (!addressed && run_last > run_first && detail::is_name_connector(t[run_last - 1].text, lx)) --run_last;
                if (addressed) {
                    at = run_last;
                } else if (const auto start = run_last - run_first >= 3 ? name_start_in_run(t, run_first, run_last, lx)
                                                                         : std::nullopt;
                           start && lx.given_name(t[*start].text)) {
                    at = *start;  // not "for Clean Energy Innovation": no given name, no person
                }
            }
            at = detail::skip_forms_of_address(t, at, lx);
            // "spokeswoman, Ana Lopes": a comma between a role and a known given name, or a
            // form of address ("the Minister of Foreign Affairs, Mr Emeka Okonkwo").
            if (at + 1 < t.size() && t[at].text == "," &&
                (lx.given_name(t[at + 1].text) || (t[at + 1].capitalized() && detail::in_word_class(lx, t[at + 1], "address_form"))))
                at = detail::skip_forms_of_address(t, at + 1, lx);
            // A consular post is named by its city: "Consul General Strasbourg", "Consulate General Dubai".
            const bool city_post = (i > 0 && detail::in_word_class(lx, t[i - 1], "consular_post_word")) ||
                                   detail::in_word_class(lx, t[i], "consular_post_word");
            name_first = at;
            name_last = name_end_after(t, at, lx, city_post);
        }
        if (!name_last || *name_last <= name_first) continue;
        // A title and the words after it that the lexicon knows as one name name no person:
        // "General Motors" (a company), "General Santos" (a city), "Prince Edward Island".
        if (const auto known = lx.names().longest_at(t, i); known && i + known->length >= *name_last) continue;
        Candidate c;
        c.first = name_first;
        c.last = *name_last;
        c.type = EntityType::Person;
        c.canonical = name_text(t, name_first, *name_last);
        c.rule = "pattern:title-person";
        c.priority = 4;
        if (!detail::past_office(t, i, lx)) c.title = reading;  // "former Foreign Minister X" holds it no more
        out.push_back(std::move(c));
        i = *name_last - 1;
    }
    return out;
}

}  // namespace pressgraph
