// Offices named without their holder's name, resolved within the document.
#include <algorithm>
#include <map>
#include <set>

#include "coreference/in_document_coreference.hpp"
#include "pressgraph/extract/resolution_key.hpp"
#include "pressgraph/text/normalizer.hpp"
#include "entities/token_predicates.hpp"

namespace pressgraph {

namespace {

struct HolderCount {
    std::string person;   // canonical name
    std::string holder;   // country or body, "" when the title stood alone
    std::size_t mentions = 0;
    std::size_t first_mention = 0;  // sentence index: protagonists come early
    std::string title;
};

// Who the document says holds which office: lower-case short title -> holders.
using OfficeHolders = std::map<std::string, std::vector<HolderCount>>;

// Each holder counts all the mentions of the person: the document's protagonists first.
OfficeHolders office_holders(const std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon) {
    std::set<std::tuple<std::string, std::string, std::string>> offices;
    std::map<std::string, std::size_t> mentions, first_mention;
    for (std::size_t si = 0; si < sentences.size(); ++si)
        for (const auto& m : sentences[si].mentions) {
            if (m.type != EntityType::Person || m.office) continue;
            ++mentions[m.canonical];
            first_mention.emplace(m.canonical, si);
            if (m.title)
                offices.insert({ascii_lower(lexicon.short_title(m.title->title)), holder_key(sentences[si], *m.title, lexicon),
                                m.canonical});
        }
    OfficeHolders out;
    for (const auto& [title, holder, person] : offices)
        out[title].push_back({person, holder, mentions[person], first_mention[person], title});
    return out;
}

// "ministers" -> "minister", "Presidents" -> "President", "chairmen" -> "chairman": the
// lexicon's plural endings (plural_endings.tsv), else a final -s off a longer word.
std::string singular_word(std::string_view w, const Lexicon& lx) {
    std::string s(w);
    if (!fold_ending(s, lx.plural_endings(), 0) && s.size() > 3 && s.ends_with('s')) s.pop_back();
    return s;
}

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

struct TitleMatch {
    std::string title;  // the lexicon's short title
    std::size_t end = 0;
    bool plural = false;
};

// A title at `at`, singular ("Foreign Minister") or plural ("foreign ministers"), read case-insensitively.
std::optional<TitleMatch> title_at(const TokenList& t, std::size_t at, const Lexicon& lx) {
    if (at >= t.size() || !t[at].word) return std::nullopt;
    // Most words after "the" open no title: one look spares building the three phrases.
    const std::string first_singular = singular_word(t[at].text, lx);
    const bool may_open = lx.titles().may_start_with(t[at].text) || lx.titles().may_start_with(first_singular);
    thread_local std::string phrase;  // one buffer for every phrase tried
    for (std::size_t n = std::min<std::size_t>(3, t.size() - at); may_open && n >= 1; --n) {
        phrase.clear();
        for (std::size_t k = at; k < at + n; ++k) {
            if (!phrase.empty()) phrase += ' ';
            if (k + 1 < at + n) phrase += t[k].text;
            else phrase += k == at ? first_singular : singular_word(t[k].text, lx);
        }
        if (const auto* ids = lx.titles().find(phrase)) {
            const bool plural = ascii_lower(phrase) != ascii_lower(join_tokens(t, at, at + n));
            return TitleMatch{lx.short_title(lx.title(ids->front()).title), at + n, plural};
        }
    }
    // "the ministers": any minister (title_fits), whether or not the lexicon lists the bare word.
    if (lx.word_in(first_singular, lx.word_classes().minister_word))
        return TitleMatch{capitalised(ascii_lower(first_singular)), at + 1, ascii_lower(t[at].text) != ascii_lower(first_singular)};
    return std::nullopt;
}

// The countries of a list from `at`, by their lexicon names; `at` moves to the list's end.
std::vector<std::string> countries_at(const TokenList& t, std::size_t& at, const Lexicon& lx, bool demonyms) {
    std::vector<std::uint32_t> ids;
    at = detail::read_countries(t, at, lx, demonyms, ids);
    std::vector<std::string> out;
    for (auto id : ids) out.push_back(lx.entry(id).canonical);
    return out;
}

bool title_fits(const std::string& wanted, const std::string& held, const Lexicon& lx) {
    if (wanted == held) return true;
    // "the ministers" and "counterpart" name any minister.
    return lx.word_in(wanted, lx.word_classes().minister_word) && held.ends_with(wanted);
}

// Whether `word` is a whole word of the office `held` ("minister" of "minister of national economy").
bool holds_word(const std::string& held, const std::string& word) {
    for (std::size_t at = held.find(word); at != std::string::npos; at = held.find(word, at + 1))
        if ((at == 0 || held[at - 1] == ' ') && (at + word.size() == held.size() || held[at + word.size()] == ' ')) return true;
    return false;
}

// The persons the document names as holders of `title` (of `holder`, if given), most
// mentioned (then first mentioned) first; at most one per country or body. "Minister"
// stands for the title of the first of them ("the ministers": the two foreign ministers).
// An office without a name refers back when it can: a holder the document first names after sentence
// `before` is not meant while a person named by then holds an office with the title's word in it
// ("Minister of Foreign Affairs and Trade X ... the minister co-chaired ... Earlier, Y was received by
// Minister of National Economy Z": the minister is X, not Z). With no such person it may point
// forward ("The President had a meeting with ... President X:", as transcripts open). A plural office
// ("the ministers") is left to the protagonists, wherever they are named.
std::vector<std::string> holders_of(const OfficeHolders& offices, const std::string& title, const std::string& holder,
                                    const Lexicon& lx, std::size_t before) {
    bool named_before = false;
    for (const auto& [held, list] : offices)
        if (holds_word(held, title))
            for (const auto& h : list) named_before |= h.first_mention <= before;
    std::vector<const HolderCount*> found;
    for (const auto& [held, list] : offices)
        if (title_fits(title, held, lx))
            for (const auto& h : list)
                if ((holder.empty() || h.holder == holder) && (!named_before || h.first_mention <= before)) found.push_back(&h);
    std::stable_sort(found.begin(), found.end(), [](const HolderCount* a, const HolderCount* b) {
        return std::tie(b->mentions, a->first_mention, a->person) < std::tie(a->mentions, b->first_mention, b->person);
    });
    if (!found.empty()) {
        const std::string first_title = found.front()->title;
        std::erase_if(found, [&](const HolderCount* h) { return h->title != first_title; });
    }
    std::vector<std::string> people;
    std::set<std::string> holders_seen;
    for (const auto* h : found) {
        if (std::find(people.begin(), people.end(), h->person) != people.end()) continue;
        if (!h->holder.empty() && !holders_seen.insert(h->holder).second) continue;
        people.push_back(h->person);
    }
    return people;
}

bool free_tokens(const SentenceAnalysis& s, std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k)
        if (s.claimed[k]) return false;
    return true;
}

}  // namespace

void resolve_office_references(std::vector<SentenceAnalysis>& sentences, const Lexicon& lexicon) {
    const OfficeHolders offices = office_holders(sentences, lexicon);
    const WordClasses& wc = lexicon.word_classes();
    std::string last_title;  // the office of the last titled person: what "his counterpart" holds
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        auto& s = sentences[si];
        const auto& t = s.tokens.tokens;
        std::vector<Candidate> added;
        for (std::size_t k = 0; k < t.size(); ++k) {
            for (const auto& m : s.mentions)
                if (m.first == k && m.type == EntityType::Person && m.title) last_title = lexicon.short_title(m.title->title);
            // "the Foreign Minister of Nigeria, Ana Lopes, and his Ghanaian counterpart": an office
            // with its state before a comma and a person is the office too, however the name was read.
            // (Read at "the" too: a phrase of office after it is skipped whole below.)
            // (The phrase index answers most tokens inline: no phrase is built for them.)
            const std::size_t office_at = k + 1 < t.size() && (t[k].text == "the" || t[k].text == "The") ? k + 1 : k;
            if (const auto office = office_at + 3 < t.size() && t[office_at].capitalized() ? lexicon.titles().longest_at(t, office_at)
                                                                                          : std::nullopt;
                office && office_at + office->length + 1 < t.size() && t[office_at + office->length].text == "of") {
                const std::size_t after_of = office_at + office->length + 1;
                for (std::size_t c = after_of; c < t.size() && c < after_of + 7; ++c)
                    if (t[c].text == ",") {
                        const bool person_after = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Candidate& m) {
                            return m.type == EntityType::Person && m.first > c && m.first <= c + 3;
                        });
                        if (person_after) last_title = lexicon.short_title(lexicon.title(office->ids->front()).title);
                        break;
                    }
            }
            const std::string_view w = t[k].text;
            const bool possessive = s.words.is_lower(k, wc.possessive_pronoun);
            if (!(w == "the" || w == "The" || s.words.is_lower_or_title(k, wc.both_word) || possessive)) continue;
            std::size_t at = k + 1;
            if (at < t.size() && s.words.is_lower(at, wc.pair_word)) ++at;
            const std::size_t phrase_first = at;
            std::vector<std::string> countries = countries_at(t, at, lexicon, true);
            const std::size_t demonyms_end = at;
            std::optional<TitleMatch> title;
            if (at < t.size() && s.words.is_lower(at, wc.counterpart_noun)) {
                if (!possessive || last_title.empty()) continue;
                title = TitleMatch{last_title, at + 1, singular_word(t[at].text, lexicon) != t[at].text};
            } else {
                title = title_at(t, at, lexicon);
            }
            if (!title || !free_tokens(s, phrase_first, title->end)) continue;
            std::size_t end = title->end;
            // "the Presidents of Russia and Belarus"
            if (countries.empty() && end + 1 < t.size() && t[end].text == "of") {
                std::size_t of = end + 1 + (t[end + 1].text == "the" ? 1 : 0);
                countries = countries_at(t, of, lexicon, false);
            }
            // A name right after the phrase is the holder itself: "his Belarusian counterpart
            // Marta Vaz" titles the person; "Foreign Minister Ana Lopes" is the
            // titled-person pattern's.
            // A form of address may come between ("his Ghanaian counterpart, Mrs Abena Mensah").
            const std::size_t name_at =
                detail::skip_forms_of_address(t, end < t.size() && t[end].text == "," ? end + 1 : end, lexicon);
            Candidate* named = nullptr;
            for (auto& m : s.mentions)
                if (m.type == EntityType::Person && m.first >= end && m.first <= name_at) named = &m;
            if (named) {
                // A courtesy title ("Mrs", scope generic) is no office: the counterpart's office is.
                const bool untitled = !named->title || named->title->scope == "generic";
                if (untitled && countries.size() == 1 && demonyms_end > phrase_first)
                    named->title = TitleReading{capitalised(title->title), "national", false, phrase_first, demonyms_end};
                continue;
            }
            if (end < t.size() && detail::is_name_word(t[end], lexicon) && !lexicon.names().contains_token(t[end])) continue;
            // Who it is: the holders the document names, one per country given.
            const std::string wanted = ascii_lower(title->title);
            std::vector<std::pair<std::string, std::optional<OfficeReference>>> referents;  // canonical, office
            if (countries.empty()) {
                for (const auto& p : holders_of(offices, wanted, "", lexicon, title->plural ? sentences.size() : si)) referents.push_back({p, std::nullopt});
                // A singular office names its best-attested holder; a plural one ("the
                // ministers") the document's two protagonists who hold it.
                const std::size_t wanted_count = title->plural ? 2 : 1;
                if (referents.size() > wanted_count) referents.resize(wanted_count);
            } else {
                for (const auto& country : countries) {
                    const auto people = holders_of(offices, wanted, country, lexicon, title->plural ? sentences.size() : si);
                    if (!people.empty()) {
                        referents.push_back({people.front(), std::nullopt});
                    } else {
                        const std::string office_name = capitalised(title->title) + " of " + country;
                        referents.push_back({office_name, OfficeReference{capitalised(title->title), country,
                                                                          resolution_key(EntityType::Country, country, lexicon)}});
                    }
                }
            }
            if (referents.empty() || (title->plural && referents.size() < 2 && countries.size() != 1)) continue;
            for (auto& [name, office] : referents) {
                Candidate c;
                c.first = phrase_first;
                c.last = title->end;
                c.type = EntityType::Person;
                c.canonical = name;
                c.rule = possessive ? "coreference:counterpart" : "coreference:office";
                c.office = office;
                c.shared_span = referents.size() > 1;
                added.push_back(std::move(c));
            }
            for (std::size_t i = phrase_first; i < title->end; ++i) s.claimed[i] = true;
            k = title->end - 1;
        }
        s.mentions.insert(s.mentions.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    }
}

}  // namespace pressgraph
