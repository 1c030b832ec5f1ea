#include <optional>

#include "pressgraph/extract/recognizers.hpp"
#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {

bool starts_with_digit(const Token& t) { return !t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9'; }

bool proper_word(const TokenList& t, std::size_t i, const std::vector<bool>& blocked, const Lexicon& lx) {
    return i < t.size() && !blocked[i] && (detail::is_name_word(t[i], lx) || starts_with_digit(t[i]));
}

// "2025" or a year range "2024-2026".
bool is_year(const Token& t) {
    if (t.text.size() < 4) return false;
    for (std::size_t i = 0; i < 4; ++i)
        if (t.text[i] < '0' || t.text[i] > '9') return false;
    return t.text.size() == 4 || t.text[4] == '-';
}

// "this year", "next year", "the current year": a relative year that dates a document as a
// bare year does ("Plan of Consultations for this year"; the classes year_determiner,
// year_adjective, year_noun, in lower case). Returns the tokens it spans, or 0.
std::size_t relative_year_at(const TokenList& t, std::size_t i, const Lexicon& lx) {
    const WordClasses& c = lx.word_classes();
    if (i + 1 < t.size() && lx.class_lists(t[i].text, c.year_determiner, false) && lx.class_lists(t[i + 1].text, c.year_noun, false))
        return 2;
    if (i + 2 < t.size() && t[i].text == "the" && lx.class_lists(t[i + 1].text, c.year_adjective, false) &&
        lx.class_lists(t[i + 2].text, c.year_noun, false))
        return 3;
    return 0;
}

bool time_after_on(const TokenList& t, std::size_t i, const Lexicon& lx);

// The words of the longest head of agreement_heads.tsv that starts at `h` ("memorandum of
// understanding" is three): at least one.
std::size_t head_phrase_length(const TokenList& t, std::size_t h, const Lexicon& lx) {
    constexpr std::size_t kLongestHead = 3;
    thread_local std::string phrase;  // no allocation per head
    phrase.assign(t[h].text);
    std::size_t longest = 1;
    for (std::size_t k = 1; k < kLongestHead && h + k < t.size() && t[h + k].word; ++k) {
        phrase += ' ';
        phrase += t[h + k].text;
        if (lx.agreement_head(phrase)) longest = k + 1;
    }
    return longest;
}

// "Exchange of Notes": a head of three words whose first names no document alone ("Stock
// Exchange", "an exchange of views"); the phrase's subtype, or null.
const std::string* phrase_only_head(const TokenList& t, std::size_t h, const Lexicon& lx) {
    if (h + 2 >= t.size() || t[h + 1].text != "of" || !t[h + 2].word) return nullptr;
    thread_local std::string phrase;  // no allocation per head
    phrase.assign(t[h].text);
    phrase += " of ";
    phrase += t[h + 2].text;
    return lx.agreement_head(phrase);
}

// Whether the name at `i` is a city or capital the lexicon knows.
bool in_city(const TokenList& t, std::size_t i, const Lexicon& lx) {
    const auto m = lx.names().longest_at(t, i);
    if (!m) return false;
    for (const std::uint32_t id : *m->ids) {
        const LexiconEntry& e = lx.entry(id);
        if (e.type == EntityType::Place && (e.subtype == "city" || e.subtype == "capital")) return true;
    }
    return false;
}

// "2026 - 2030": a range of years written with a spaced dash, as some publishers do ("Plan of
// Action on Tourism 2026 - 2030"); the two tokens after the first year, or 0.
std::size_t spaced_year_range(const TokenList& t, std::size_t at) {
    const bool dash = at < t.size() && t[at].text.size() == 1 && t[at].text[0] == '-';
    return dash && at > 0 && at + 1 < t.size() && is_year(t[at - 1]) && t[at - 1].text.size() == 4 && is_year(t[at + 1]) &&
                   t[at + 1].text.size() == 4
               ? 2
               : 0;
}

// Right edge of a capitalised agreement name: capitalised words, years and
// "on/of/for/between/in/to [the] Word" complements; "in 1999" (a bare year) ends it, and so
// does "and the" (the start of a second name). "for this year" dates the name like "for 2025".
std::size_t extend_proper(const TokenList& t, std::size_t end, const std::vector<bool>& blocked, bool stop_at_for_year,
                          const Lexicon& lx) {
    // A document named by its two parties runs longer than other names: "Plan of Consultations
    // between the Ministry of Foreign Affairs of the Republic of A and the Ministry of Foreign
    // Affairs and International Trade of the Republic of B for 2027-2028" is some forty tokens.
    constexpr std::size_t kLongestAgreementName = 48;
    const std::size_t limit = std::min(t.size(), end + kLongestAgreementName);
    bool in_complement = false;
    bool between = false;  // inside "between [the] X": "and [the] Y" names its second party
    bool second_party = false;  // after that "and [the]"
    while (end < limit) {
        if (proper_word(t, end, blocked, lx)) { ++end; continue; }
        if (const std::size_t n = spaced_year_range(t, end); n > 0) { end += n; continue; }
        const std::string_view w = t[end].text;
        // "Joint Statement on the U.S.-Romania Strategic Partnership": the tokenizer leaves an
        // initialism's last dot apart ("U.S" "." "-" "Romania"); before a hyphen and a name it is
        // inside the name.
        if (w == "." && t[end - 1].text.find('.') != std::string_view::npos && end + 2 < limit && t[end + 1].text == "-" &&
            proper_word(t, end + 2, blocked, lx)) {
            end += 3;
            continue;
        }
        // "Agreed Minutes of the Thai - Lao Joint Commission": two states' names joined by a spaced dash.
        auto names_state = [&](std::size_t k) { return lx.names().contains_token(t[k]) || lx.demonyms().contains_token(t[k]); };
        // "the Sri Lanka - Maldives Joint Commission": a state's name of two or three words before the dash.
        auto state_ends_at = [&](std::size_t e) {
            if (names_state(e - 1)) return true;
            for (std::size_t n = 2; n <= 3 && n <= e; ++n)
                if (const auto m = lx.names().longest_at(t, e - n, n); m && m->length == n) return true;
            return false;
        };
        if (w.size() == 1 && w[0] == '-' && end + 1 < limit && proper_word(t, end - 1, blocked, lx) && proper_word(t, end + 1, blocked, lx) &&
            state_ends_at(end) && names_state(end + 1)) {
            end += 2;
            continue;
        }
        // "Framework Agreement between the Holy See and the Republic of Paraguay", "Memorandum of
        // Understanding between the Government of X and the Y Secretariat": the genre names a
        // document by its two parties, each with its article.
        if (w == "and" && between && end + 2 < t.size() && t[end + 1].text == "the" && proper_word(t, end + 2, blocked, lx)) {
            end += 2;
            between = false;
            second_party = true;
            continue;
        }
        if (w == "for" && !stop_at_for_year) {
            if (const std::size_t n = relative_year_at(t, end + 1, lx); n > 0) {
                end += 1 + n;
                break;
            }
            // "Joint Action Plan ... for the period 2027-2031": the years the document covers.
            if (end + 3 < t.size() && t[end + 1].text == "the" && detail::in_word_class(lx, t[end + 2], "period_noun") &&
                is_year(t[end + 3])) {
                end += 4;
                end += spaced_year_range(t, end);
                break;
            }
        }
        // "between the Bandaranaike Diplomatic Institute (BDI) and the ...": a party's abbreviation in
        // brackets, inside the parties of a document named by them.
        if (w == "(" && between && end + 3 < limit && t[end + 1].all_caps() && t[end + 2].text == ")" &&
            (t[end + 3].text == "and" || t[end + 3].text == "of")) {
            end += 3;
            continue;
        }
        // "... and the Agency for the Promotion of Exports of Burkina Faso (APEX-Burkina)": the second
        // party's abbreviation closes the name.
        if (w == "(" && second_party && end + 2 < limit && t[end + 2].text == ")" && t[end + 1].text.size() >= 2 &&
            t[end + 1].text[0] >= 'A' && t[end + 1].text[0] <= 'Z' && t[end + 1].text[1] >= 'A' && t[end + 1].text[1] <= 'Z') {
            end += 3;
            break;
        }
        // "Plan of Action (2026-2030)": the range of years a plan covers, in brackets, is the name's.
        if (w == "(" && end + 2 < limit && is_year(t[end + 1]) && t[end + 1].text.size() == 9 && t[end + 2].text == ")") {
            end += 3;
            break;
        }
        // "Basic Principles of State Policy on the Security of Russia's Critical Information
        // Infrastructure": a name's possessive before the next capitalised word of the name.
        if (detail::in_word_class(lx, t[end], "possessive_ending") && end + 1 < limit && proper_word(t, end - 1, blocked, lx) && proper_word(t, end + 1, blocked, lx) &&
            in_complement && !lx.titles().contains_token(t[end + 1])) {
            end += 2;
            continue;
        }
        // "Partnership for Workers' Rights": a plural possessive inside the name.
        if ((w == "'" || w == "\u2019") && t[end - 1].text.ends_with('s') && proper_word(t, end + 1, blocked, lx)) {
            end += 2;
            continue;
        }
        const bool opens = w == "on" || w == "of" || w == "for" || lx.class_lists(w, lx.word_classes().between_word, false) ||
                           w == "in" || w == "to" || w == "the" || detail::in_word_class(lx, w, "document_topic_opener");
        // "and" joins words of a complement ("Treaty of Friendship and Cooperation"); right after
        // the head it starts another name ("the Constitution and the UN Charter").
        const bool joins = w == "and" && in_complement && end + 1 < t.size() && t[end + 1].text != "the";
        if (!(opens || joins)) break;
        std::size_t next = end + 1;
        if (w != "the" && next < t.size() && t[next].text == "the") ++next;
        // "Memorandum of Understanding on the Establishment of a Mechanism for ...": the indefinite
        // article inside a capitalised complement.
        else if ((w == "of" || w == "for" || w == "on") && next < t.size() && (t[next].text == "a" || t[next].text == "an"))
            ++next;
        if (!proper_word(t, next, blocked, lx)) break;
        if ((w == "in" || (stop_at_for_year && w == "for")) && is_year(t[next])) break;
        // "... Digital Trade Agreement in May 2025": a month after "in" dates the signing.
        if (w == "in" && lx.month_names().number_of(t[next].text)) break;
        // "signed ... between Chile and Peru [in Lima on 10 March]": a city after "in" and a
        // day after "on" say where and when, not what.
        if (w == "on" && time_after_on(t, next, lx)) break;
        if (w == "in" && in_city(t, next, lx)) break;
        between |= lx.class_lists(w, lx.word_classes().between_word, false);
        end = next;
        in_complement = true;
    }
    return end;
}

// "on this date", "on 5 May", "on Monday": "on" opening a time, not a topic.
bool time_after_on(const TokenList& t, std::size_t i, const Lexicon& lx) {
    if (i >= t.size()) return true;
    const std::string_view w = t[i].text;
    return lx.class_lists(w, lx.word_classes().time_demonstrative, false) || starts_with_digit(t[i]) ||
           (t[i].capitalized() && !detail::is_name_word(t[i], lx));
}

// A lower-case word after "and" that joins a second noun to a document's topic: a word, not
// blocked, not a verb (past_verb, past_ending, sign_verb, plan_verb), an article, a possessive
// pronoun, a word of topic_and_stop ("to", "its") or of descriptive_name_stop; and more than two letters.
bool topic_noun_after_and(const TokenList& t, std::size_t i, const std::vector<bool>& blocked, const Lexicon& lx) {
    if (i >= t.size() || blocked[i] || !t[i].word || t[i].capitalized() || t[i].text.size() < 3) return false;
    const std::string_view w = t[i].text;
    const auto& c = lx.word_classes();
    if (detail::ends_with_word_of(w, c.past_ending, lx)) return false;
    // "... on circular migration and agree to strengthen ...": a word before "to" is a verb.
    if (i + 1 < t.size() && t[i + 1].text == "to") return false;
    for (const char* cls : {"past_verb", "sign_verb", "plan_verb", "article_word", "possessive_pronoun",
                            "descriptive_name_stop", "topic_and_stop"})
        if (detail::in_word_class(lx, t[i], cls)) return false;
    return true;
}

// Right edge of a descriptive name after a head: "joint statement on the next steps in the
// field of ..." runs to the clause's end: punctuation, a verb or a new phrase. The topic
// ("on ...") opens right after the head or its first complement word; a second "on" or a
// coordinated "and on ..." starts a second topic, and "on this date" is a time: both end the
// name ("a joint address to the ministers [on the subject of ...]"). "within" stays only
// before a proper name ("agreement on guarantees within the Union State").
std::size_t extend_descriptive(const TokenList& t, std::size_t end, const std::vector<bool>& blocked, const Lexicon& lx) {
    const std::size_t start = end;
    const std::size_t limit = std::min(t.size(), end + 30);
    std::size_t last_word = end;
    while (end < limit && !blocked[end] && (t[end].word || (end > start && detail::spaced_dash_in_name(t, end, lx)))) {
        const std::string_view w = t[end].text;
        // "on Japan's provision of ...": a name's possessive inside the topic.
        if (end + 2 < limit && detail::in_word_class(lx, t[end + 1], "possessive_ending") && t[end].capitalized() && t[end + 2].word && !blocked[end + 1]) {
            end += 2;
            last_word = end;
            continue;
        }
        bool stop = lx.class_lists(w, lx.word_classes().descriptive_name_stop, false);
        if (w == "and") {
            // "Russia and Belarus" continues; "and approve", "and the", "and on ..." end the name.
            // Inside the topic a second lower-case noun continues it too: "on cooperation in
            // agriculture and aquaculture", "for holders of diplomatic and service passports" (not a
            // verb, an article, a possessive or a word that ends descriptive names: "and discussed",
            // "and held", "and the", "and their").
            stop = !(end + 1 < t.size() && (detail::is_name_word(t[end + 1], lx) || topic_noun_after_and(t, end + 1, blocked, lx)));
        } else if (w == "on") {
            // Inside a proper name ("the Treaty on the Creation of ...") "on" is the name's own.
            const bool in_name = end > start && t[end - 1].capitalized();
            stop = (end > start && !in_name) || time_after_on(t, end + 1, lx);
        } else if (w == "in" && in_city(t, end + 1, lx)) {
            // "an agreement on cross-border trade and customs cooperation [in Abuja]": a city after
            // "in" says where it was signed, not what it is about.
            stop = true;
        } else if (lx.class_lists(w, lx.word_classes().inside_preposition, false)) {
            std::size_t next = end + 1;
            if (next < t.size() && t[next].text == "the") ++next;
            stop = !(next < t.size() && !blocked[next] && detail::is_name_word(t[next], lx));
        }
        if (stop) break;
        ++end;
        if (!detail::is_name_connector(w, lx)) last_word = end;
    }
    return last_word;
}

// A capitalised name whose topic goes on in lower case: "Memorandum of Understanding on climate
// finance", "Exchange of Notes on Japanese grant aid for ...", "Memorandum of Understanding between
// the Ministry ... of A and the Ministry ... of B on consular cooperation". The topic opens with "on"
// (not "on behalf of", "on the sidelines of", a time) and a lower-case noun, or with "on" and a
// demonym the noun follows; it is read as a lower-case name's topic. Returns the new end.
std::size_t lower_case_topic(const TokenList& t, std::size_t head, std::size_t last, const std::vector<bool>& blocked,
                             const Lexicon& lx) {
    if (last >= t.size()) return last;
    std::size_t on = last;
    if (t[last].text != "on") {
        // "on Japanese grant aid": the name's last complement is "on" and demonyms, a noun follows.
        std::size_t k = last;
        while (k > head + 1 && lx.demonyms().contains_token(t[k - 1])) --k;
        if (k == last || t[k - 1].text != "on") return last;
        on = k - 1;
        if (!topic_noun_after_and(t, last, blocked, lx)) return last;
    } else {
        std::size_t k = last + 1;
        if (k < t.size() && t[k].text == "the") ++k;
        if (time_after_on(t, last + 1, lx) || !topic_noun_after_and(t, k, blocked, lx) ||
            lx.class_lists(t[k].text, lx.word_classes().behalf_word, false) || detail::in_word_class(lx, t[k], "margin_noun"))
            return last;
    }
    const std::size_t topic_end = extend_descriptive(t, on, blocked, lx);
    return topic_end > last ? topic_end : last;
}

// A year written before a head ("the 2024-2026 Programme") or inside its complement.
bool dated_between(const TokenList& t, std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k)
        if (is_year(t[k])) return true;
    return false;
}

// "agreements", "treaties": the plural of a head ("guidelines" is a head of its own).
bool plural_head(std::string_view w, const Lexicon& lx) {
    const std::optional<std::string> singular = lx.singular_noun(w);
    return singular && lx.agreement_head(*singular) != nullptr;
}

// "of the Collective Security Council": a complement naming a body, by a head noun or the lexicon.
bool names_a_body_at(const TokenList& t, std::size_t at, const Lexicon& lx, const std::vector<bool>& blocked) {
    if (t[at].text != "of") return false;
    std::size_t k = at + 1 + (t[at + 1].text == "the" ? 1 : 0);
    if (const auto m = lx.names().longest_at(t, k); m && lx.entry(m->ids->front()).type == EntityType::Organization) return true;
    for (; k < t.size() && k < at + 10 && proper_word(t, k, blocked, lx); ++k)
        if (lx.organization_head(t[k].text)) return true;
    return false;
}

// The place a document is named after, written just before its lower-case head: "the Minsk
// agreements". Returns its first token, or `head` when there is none.
std::size_t place_before(const TokenList& t, std::size_t head, const Lexicon& lx, const std::vector<bool>& blocked) {
    for (std::size_t j = head >= 4 ? head - 4 : 0; j < head; ++j) {
        if (!t[j].capitalized()) continue;
        const auto m = lx.names().longest_at(t, j, head - j);
        if (!m || j + m->length != head || lx.entry(m->ids->front()).type != EntityType::Place) continue;
        for (std::size_t k = j; k < head; ++k)
            if (blocked[k]) return head;
        return j;
    }
    return head;
}

// "the Grain from Ukraine programme", "the Sembrando Vida programme": a name of two capitalised
// words or more (linked by "from", "of", "for", "and") that opens with no known name, before a
// lower-case head. Returns where the name starts, or `head`.
std::size_t name_before(const TokenList& t, std::size_t head, const Lexicon& lx, const std::vector<bool>& blocked) {
    constexpr std::size_t kLongestName = 6;
    std::size_t first = head, capitals = 0;
    while (first > 0 && head - first < kLongestName) {
        const Token& w = t[first - 1];
        if (proper_word(t, first - 1, blocked, lx) && !w.all_caps() && !lx.titles().contains_token(w)) {
            ++capitals;
        } else if (!(capitals > 0 && first >= 2 && proper_word(t, first - 2, blocked, lx) &&
                     (w.text == "from" || w.text == "of" || w.text == "for" || w.text == "and"))) {
            break;
        }
        --first;
    }
    if (capitals < 2 || first == head) return head;
    // A country, body or place the lexicon knows, a demonym or a given name first is the document's
    // owner, not its name ("the European Union programme", "the Ana Lopes plan").
    if (lx.demonyms().contains_token(t[first]) || lx.given_name(t[first].text) || lx.names().longest_at(t, first, head - first))
        return head;
    return first;
}

// "Joint Statement ...": a headline opening with a capitalised word of class
// headline_document_modifier before its document word.
bool opens_with_modifier(const TokenList& t, const Lexicon& lx) {
    return !t.empty() && lx.class_lists(t[0].text, lx.word_classes().headline_document_modifier, true) &&
           word_case(t[0].text) == WordCase::Title;
}

// A release's headline that names the document the release is: "Joint Statement of the Leaders
// of ...", "Greetings to participants of ...": the first line, without a closing full stop,
// opening with a word of class headline_document (after "Joint"). The headline is the name.
std::optional<Candidate> headline_document(const TokenizedSentence& s, const Lexicon& lx) {
    const auto& t = s.tokens;
    if (s.sentence.begin != 0 || t.size() < 3) return std::nullopt;
    const std::size_t word = opens_with_modifier(t, lx) ? 1 : 0;
    if (!t[word].capitalized() || !detail::in_word_class(lx, t[word], "headline_document")) return std::nullopt;
    std::size_t end = t.size();
    if (t[end - 1].text == "." || t[end - 1].text == "?" || t[end - 1].text == "!" || t[end - 1].text == ":") return std::nullopt;
    if (end - word < 3) return std::nullopt;
    // "Statement by Press Secretary Ana Lopes on ...": one official's word on the day's news is the
    // release itself, no document agreed or adopted. "Statement by the Presidents of ..." still is.
    // The office may come after its body or a first office: "by NSC Spokesperson Ana Lopes",
    // "by Senior Advisor and Chief Spokesperson Ana Lopes".
    if (word == 0 && (t[1].text == "by" || t[1].text == "from")) {
        constexpr std::size_t kWordsBeforeOffice = 6;
        const std::size_t at = t[2].text == "the" ? 3 : 2;
        for (std::size_t k = at; k < end && k <= at + kWordsBeforeOffice; ++k) {
            if (const auto title = lx.titles().longest_at(t, k); title && k + title->length < end &&
                                                                t[k + title->length].capitalized())
                return std::nullopt;
            if (!t[k].capitalized() && t[k].text != "and") break;
        }
    }
    Candidate c;
    c.first = 0;
    c.last = end;
    c.type = EntityType::Agreement;
    c.canonical = std::string(surface(s, 0, end));
    // The words of the class that are no agreement head are messages: addresses.
    const std::string* subtype = lx.agreement_head(t[word].text);
    c.subtype = subtype ? *subtype : "Address";
    c.rule = "pattern:headline-document";
    c.priority = 2;
    c.encloses = true;
    return c;
}

// A word that may stand on the left of a lower-case word inside a document's name: a word of the
// name that is no known name (a country, place or body: "Chile and Peru Trade Agreement" joins two
// parties), nor the head of another document ("the Paris Agreement and Climate Plan", "the
// Bipartisan Infrastructure Law and Inflation Reduction Act").
bool inner_left_word(const Token& w, const Lexicon& lx) {
    return !lx.names().contains_token(w) && !lx.agreement_head(w.text) && !plural_head(w.text, lx) &&
           !detail::in_word_class(lx, w, "document_noun_not_head");
}

// Where a capitalised document's name starts, reading back from `first` (the first capitalised word
// before the head at `h`) over lower-case words inside it: "CHIPS and Science Act", "Infrastructure
// Investment and Jobs Act" (over "and", any words before it), "Americans with Disabilities Act",
// "Freedom to Vote Act" (over "with", "to", "in": one word before it), "State of the Union Address"
// (an address, over "of the": one word). The word right of the lower-case one is no known name nor
// demonym ("Commitment to Paris Agreement", "and American Rescue Plan"), and a one-word part has no
// capitalised word before it but a headline's verb ("Remarks at Signing of ...", "Executive Order to
// Advance Racial Equity Plan" stay cut).
template <class OpensName>
std::size_t inner_connectors_before(const TokenList& t, std::size_t first, std::size_t h, const std::vector<bool>& blocked,
                                    const Lexicon& lx, const OpensName& opens_name) {
    const std::size_t floor = h >= detail::kMaxPhraseTokens ? h - detail::kMaxPhraseTokens : 0;
    // One word at `k` with no further word of the name before it; before an address, a headline's
    // verb or a year may stand there ("President Delivers State of the Union Address", "the 2026 State
    // of the Union Address").
    auto bounded = [&](std::size_t k, bool address) {
        return k == 0 || !proper_word(t, k - 1, blocked, lx) ||
               (address && (detail::in_word_class(lx, t[k - 1], "headline_verb") || is_year(t[k - 1])));
    };
    while (first < h && first >= floor + 2) {
        if (lx.names().contains_token(t[first]) || lx.demonyms().contains_token(t[first])) break;
        const std::size_t c = first - 1;
        if (blocked[c] || !t[c].word || t[c].capitalized()) break;
        if (detail::in_word_class(lx, t[c], "name_inner_and")) {
            if (!opens_name(c - 1) || !inner_left_word(t[c - 1], lx)) break;
            first = c - 1;
            while (first > floor && opens_name(first - 1) && inner_left_word(t[first - 1], lx)) --first;
            continue;
        }
        std::size_t left = c - 1;  // the one word before "with", "to", "in", "of the"
        const bool address = t[c].text == "the" && c >= floor + 2 && t[c - 1].text == "of" &&
                             detail::in_word_class(lx, t[h], "address_head");
        if (address) left = c - 2;
        else if (!detail::in_word_class(lx, t[c], "name_inner_preposition")) break;
        // A title's word before a lower-case word names no office's holder: "Justice in Policing Act".
        const bool left_word = opens_name(left) || (proper_word(t, left, blocked, lx) && lx.titles().contains_token(t[left]));
        if (!left_word || !inner_left_word(t[left], lx)) break;
        // "the Ana Lopes Justice in Housing Act": a law named after a person, a known given name and a
        // surname before its one word.
        const bool eponym = !address && left >= 2 && lx.given_name(t[left - 2].text) && proper_word(t, left - 2, blocked, lx) &&
                            proper_word(t, left - 1, blocked, lx) && !lx.names().contains_token(t[left - 1]) && bounded(left - 2, false);
        if (eponym) {
            first = left - 2;
            break;
        }
        if (!bounded(left, address)) break;
        first = left;
        break;
    }
    return first;
}

}  // namespace

std::vector<Candidate> match_agreement_patterns(const TokenizedSentence& s, const Lexicon& lx,
                                                const std::vector<bool>& blocked) {
    std::vector<Candidate> out;
    const auto& t = s.tokens;
    // The canonical name starts at `canonical_first`: "bilateral" and "joint" before a
    // lower-case head describe the document, the name is the head's phrase ("bilateral
    // interstate treaty on X" and "treaty on X" are one document).
    auto emit = [&](std::size_t first, std::size_t canonical_first, std::size_t last, const std::string& subtype,
                    const char* rule, bool nested) {
        Candidate c;
        c.first = first;
        c.last = last;
        c.type = EntityType::Agreement;
        c.canonical = std::string(surface(s, canonical_first, last));
        c.subtype = subtype;
        c.rule = rule;
        c.priority = 2;
        c.nested = nested;
        out.push_back(std::move(c));
    };
    // Agreements named inside this one: "Guidelines for Implementing ... the Treaty Establishing ...".
    auto emit_nested = [&](std::size_t h, std::size_t last) {
        for (std::size_t k = h + 1; k < last; ++k) {
            if (!t[k].capitalized() || !lx.agreement_head(t[k].text)) continue;
            std::size_t inner_first = k;
            while (inner_first > h + 1 && proper_word(t, inner_first - 1, blocked, lx)) --inner_first;
            const std::size_t inner_last = extend_proper(t, k + 1, blocked, true, lx);
            // "... in the Field of Digital Partnership": a head that needs a purpose has none here.
            if (detail::in_word_class(lx, t[k], "complement_head") &&
                !(inner_last > k + 1 && (t[k + 1].text == "for" || t[k + 1].text == "to" || t[k + 1].text == "on")))
                continue;
            if (inner_last - inner_first >= 2)
                emit(inner_first, inner_first, inner_last, *lx.agreement_head(t[k].text), "pattern:agreement-nested", true);
        }
    };
    if (auto headline = headline_document(s, lx)) {
        const std::size_t last = headline->last;
        out.push_back(std::move(*headline));
        emit_nested(opens_with_modifier(t, lx) ? 1 : 0, last);
        return out;
    }
    for (std::size_t h = 0; h < t.size(); ++h) {
        if (blocked[h] || !t[h].word) continue;
        const std::string* subtype = lx.agreement_head(t[h].text);
        if (!subtype) subtype = phrase_only_head(t, h, lx);
        if (!subtype) continue;
        if (t[h].capitalized()) {
            // Of the plurals only some name one set of documents: "Abraham Accords", "Minsk
            // Agreements"; "National Conventions", "Energy Programs" are kinds.
            if (plural_head(t[h].text, lx) && !detail::in_word_class(lx, t[h], "plural_document_head")) continue;
            // The name's words before the head; not a title's, nor a title-case headline's verb
            // ("President Ana Lopes Announces New Program to ...", "PH, Chile Sign Memorandum of ..."), though a participle ("Visiting
            // Forces Agreement") or a plural noun spelt like a verb ("Annual Awards Program") may be the name's.
            auto opens_name = [&](std::size_t k) {
                return proper_word(t, k, blocked, lx) && !lx.titles().contains_token(t[k]) &&
                       (!detail::in_word_class(lx, t[k], "headline_verb") ||
                        detail::ends_with_word_of(t[k].text, lx.word_classes().gerund_ending, lx) ||
                        detail::in_word_class(lx, t[k], "plural_noun_verb"));
            };
            std::size_t first = h;
            // "Agreed Minutes of the Joint Commission": a head of two words whose first opens no name itself.
            if (first > 0 && !blocked[first - 1] && t[first - 1].capitalized() &&
                lx.agreement_head(std::string(t[first - 1].text) + ' ' + std::string(t[h].text)))
                --first;
            while (first > 0 && opens_name(first - 1)) --first;
            if (const std::size_t before = detail::abbreviation_before(t, first); before < first && !blocked[before]) {
                first = before;
                while (first > 0 && opens_name(first - 1)) --first;
            }
            first = inner_connectors_before(t, first, h, blocked, lx, opens_name);
            // "the Malaysia - Chile Free Trade Agreement": two parties joined by a spaced dash, as
            // some publishers write them, both in the name.
            if (first >= 2 && first < h && !blocked[first - 2] && t[first - 1].text.size() == 1 && t[first - 1].text[0] == '-' &&
                t[first - 2].capitalized() && lx.names().contains_token(t[first - 2]) && lx.names().contains_token(t[first]))
                first -= 2;
            // "Sign Three Cooperation Agreements": a count before a plural head counts documents.
            if (plural_head(t[h].text, lx) && detail::in_word_class(lx, t[first], "count_word")) continue;
            std::size_t last = extend_proper(t, h + 1, blocked, false, lx);
            last = lower_case_topic(t, h, last, blocked, lx);
            // "the 2025-2027 Programme for shared cultural heritage work of ...", "Programme
            // of joint actions for 2026": a capitalised head whose complement is written in
            // lower case; the year marks it as one document rather than a heading word.
            const bool lower_complement = last == h + 1 && h + 2 < t.size() &&
                                          (t[h + 1].text == "for" || t[h + 1].text == "of" || t[h + 1].text == "on") &&
                                          t[h + 2].word && !t[h + 2].capitalized();
            if (lower_complement) {
                const std::size_t descriptive_last = extend_descriptive(t, h + 1, blocked, lx);
                if (dated_between(t, first, descriptive_last)) last = descriptive_last;
            }
            // A bare capitalised head ("Statement") is a heading word, not an agreement; so is a
            // section heading in bold ("**Counternarcotics Strategy**"). Some heads name a
            // document only with a complement ("Partnership for ...", not "Strategic Partnership").
            if (last - first < 2) continue;
            if (first > 0 && t[first - 1].text == "*" && t[last].text == "*") {
                h = last - 1;
                continue;
            }
            // "Partnership for the Energy Transition", not "Strategic Partnership between ...".
            if (detail::in_word_class(lx, t[h], "complement_head") &&
                !(last > h + 1 && (t[h + 1].text == "for" || t[h + 1].text == "to" || t[h + 1].text == "on")))
                continue;
            // "to Address the Climate Crisis": a head that is also a verb, with its object; the
            // document is followed by a preposition ("Address to the Federal Assembly") or nothing.
            if (detail::in_word_class(lx, t[h], "verb_head") &&
                (t[h + 1].text == "the" || t[h + 1].text == "a" || t[h + 1].text == "an" || detail::is_name_word(t[h + 1], lx)))
                continue;
            // "the 1964 Defence Pact": a year before the name dates it; the name without it is the
            // canonical one, the text's form (with the year) stays a name of it.
            const std::size_t canonical_first = is_year(t[first]) && t[first].text.size() == 4 && first < h ? first + 1 : first;
            emit(first, canonical_first, last, *subtype, "pattern:agreement-head", false);
            emit_nested(h, last);
            h = last - 1;
            continue;
        }
        // Lower case: "a joint statement on ...", "a plan of consultations ... for 2025", "the
        // Minsk agreements", "the decision of the Collective Security Council".
        // Some heads name a document only capitalised ("Agreed Minutes"; "minutes on the phone").
        if (detail::in_word_class(lx, t[h], "proper_only_head")) continue;
        std::size_t first = h;
        while (first > 0 && !blocked[first - 1] && lx.is_agreement_modifier(t[first - 1].text)) --first;
        const bool modified = first < h;
        std::size_t place = modified ? h : place_before(t, h, lx, blocked);
        if (place == h && !modified) place = name_before(t, h, lx, blocked);
        const bool placed = place < h;
        if (placed) first = place;
        // A head of several words ("memorandum of understanding"): its topic follows the whole head.
        const std::size_t head_end = h + head_phrase_length(t, h, lx);
        // Named after a place, the name ends with the head unless a topic follows ("the Minsk
        // agreements do not state ...").
        const std::size_t last = placed && t[head_end].text != "on" ? head_end : extend_descriptive(t, head_end, blocked, lx);
        const bool dated = dated_between(t, h + 1, last);
        const bool about = head_end < last && t[head_end].text == "on" &&
                           !lx.class_lists(t[head_end + 1].text, lx.word_classes().behalf_word, false);
        const bool of_body = h + 1 < last && names_a_body_at(t, h + 1, lx, blocked);
        // A plural names one set of documents only after the place they are named after: "the
        // Minsk agreements"; "bilateral agreements", "programs on young children" are kinds.
        const bool plural = plural_head(t[h].text, lx);
        if (!modified && !dated && !about && !placed && !of_body) continue;
        if (plural && !placed) continue;
        // "a partnership on regional security" is a relationship, in lower case.
        if (detail::in_word_class(lx, t[h], "complement_head") && !placed) continue;
        // Without a complement the modifiers are all there is of the name ("joint ministerial statement").
        emit(first, last > h + 1 && !placed ? h : first, last, *subtype, "pattern:agreement-descriptive", false);
        // The body whose document it is stays a mention of its own: "the decision of [the Council]".
        out.back().encloses = of_body && !modified && !dated && !about && !placed;
        emit_nested(h, last);
        h = last - 1;
    }
    return out;
}

}  // namespace pressgraph
