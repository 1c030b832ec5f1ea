#include "pressgraph/extract/lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>

#include "pressgraph/extract/tsv_reader.hpp"
#include "pressgraph/text/normalizer.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph {

namespace {
// The English plural's regular ending: demonyms ("Chileans") and titles ("Ministers") take it.
constexpr char kPluralS[] = "s";

// A word's first two bytes as one number: the index of agreement_head_starts_.
std::size_t two_byte_start(std::string_view word) {
    return static_cast<std::size_t>(static_cast<unsigned char>(word[0])) << 8 | static_cast<unsigned char>(word[1]);
}

std::string file_in(const std::string& dir, const char* name) {
    return (std::filesystem::path(dir) / name).string();
}

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

// The form a country takes in the full name of its offices and bodies: its official name
// when it has one, a first alias with a capitalised word of state ("Republic", "Kingdom":
// the class state_form_word) in it ("Ministry of Foreign Affairs of the Republic of
// Chile"), else its name.
std::string official_form(std::string_view name, const std::vector<std::string_view>& aliases, const Lexicon& lx) {
    if (!aliases.empty())
        for (const std::string& word : lx.words_of(lx.word_classes().state_form_word))
            if (aliases.front().find(capitalised(word)) != std::string_view::npos) return "the " + std::string(aliases.front());
    return std::string(name);
}

// A table of endings, longest first, so that the first that fits is the longest ("skiy"
// before "iy"); the file's own order (sorted) is kept among endings of one length.
std::vector<EndingFold> read_endings(const std::string& file, const std::vector<std::string_view>& columns) {
    std::vector<EndingFold> out;
    read_tsv(file, columns, [&](const TsvRow& r) { out.push_back({std::string(r.cells[0]), std::string(r.cells[1])}); });
    std::stable_sort(out.begin(), out.end(),
                     [](const EndingFold& a, const EndingFold& b) { return a.ending.size() > b.ending.size(); });
    return out;
}

}  // namespace

bool fold_ending(std::string& word, const std::vector<EndingFold>& folds, std::size_t min_rest) {
    for (const EndingFold& f : folds)
        if (word.size() >= f.ending.size() + min_rest && word.ends_with(f.ending)) {
            word.replace(word.size() - f.ending.size(), f.ending.size(), f.folded);
            return true;
        }
    return false;
}

std::uint32_t Lexicon::add_entry(LexiconEntry entry, const std::vector<std::string_view>& surface_forms) {
    const auto id = static_cast<std::uint32_t>(entries_.size());
    names_.add(entry.canonical, id);
    for (auto form : surface_forms) names_.add(form, id);
    entries_.push_back(std::move(entry));
    return id;
}

Lexicon Lexicon::load(const std::string& dir) {
    Lexicon lx;
    // The word classes first: reading the countries needs them.
    const auto rules_dir = std::filesystem::path(dir).parent_path() / "rules";
    if (!std::filesystem::is_directory(rules_dir))
        throw InputError(rules_dir.string(), "no rules folder beside the lexicon: its word_classes.tsv holds words the extraction code tests");
    lx.load_rules(rules_dir.string());
    read_tsv(file_in(dir, "countries.tsv"), {"iso2", "name", "aliases", "demonyms"}, [&](const TsvRow& r) {
        const auto aliases = split_values(r.cells[2]);
        const auto id = lx.add_entry({EntityType::Country, std::string(r.cells[1]), "", std::string(r.cells[0]), "lexicon:country",
                                      official_form(r.cells[1], aliases, lx)},
                                     aliases);
        for (auto demonym : split_values(r.cells[3])) {
            lx.demonyms_.add(demonym, id);
            // The people in the plural: "Americans", "Israelis", "Filipinos" (not "Chinese", "British").
            if (!demonym.empty() && (demonym.back() == 'n' || demonym.back() == 'i' || demonym.back() == 'o'))
                lx.demonyms_.add(std::string(demonym) + kPluralS, id);
        }
    });
    read_tsv(file_in(dir, "organizations.tsv"), {"name", "acronyms", "aliases", "subtype"}, [&](const TsvRow& r) {
        auto forms = split_values(r.cells[1]);
        for (auto alias : split_values(r.cells[2])) forms.push_back(alias);
        lx.add_entry({EntityType::Organization, std::string(r.cells[0]), std::string(r.cells[3]), "", "lexicon:organization", ""}, forms);
    });
    read_tsv(file_in(dir, "places.tsv"), {"name", "country", "kind", "aliases"}, [&](const TsvRow& r) {
        lx.add_entry({EntityType::Place, std::string(r.cells[0]), std::string(r.cells[2]), std::string(r.cells[1]), "lexicon:place", ""},
                     split_values(r.cells[3]));
    });
    // Seats of government and venues ("White House", "Kremlin"): places with their country.
    if (std::filesystem::exists(file_in(dir, "landmarks.tsv")))
        read_tsv(file_in(dir, "landmarks.tsv"), {"name", "country", "kind", "aliases"}, [&](const TsvRow& r) {
            lx.add_entry({EntityType::Place, std::string(r.cells[0]), std::string(r.cells[2]), std::string(r.cells[1]),
                          "lexicon:landmark", ""},
                         split_values(r.cells[3]));
        });
    // Regions, seas, rivers, territories ("Middle East", "Black Sea"): places with a country
    // only where they lie in one.
    if (std::filesystem::exists(file_in(dir, "areas.tsv")))
        read_tsv(file_in(dir, "areas.tsv"), {"name", "country", "kind", "aliases"}, [&](const TsvRow& r) {
            lx.add_entry({EntityType::Place, std::string(r.cells[0]), std::string(r.cells[2]), std::string(r.cells[1]),
                          "lexicon:area", ""},
                         split_values(r.cells[3]));
        });
    // Treaties and programmes known by name ("Abraham Accords", "New START").
    if (std::filesystem::exists(file_in(dir, "agreements.tsv")))
        read_tsv(file_in(dir, "agreements.tsv"), {"name", "subtype", "aliases"}, [&](const TsvRow& r) {
            lx.add_entry({EntityType::Agreement, std::string(r.cells[0]), std::string(r.cells[1]), "", "lexicon:agreement", ""},
                         split_values(r.cells[2]));
        });
    read_tsv(file_in(dir, "titles.tsv"), {"title", "scope", "exclusive", "country"}, [&](const TsvRow& r) {
        if (r.cells[2] != "yes" && r.cells[2] != "no")
            throw InputError(file_in(dir, "titles.tsv"), "exclusive must be yes or no", r.line);
        const auto id = static_cast<std::uint32_t>(lx.title_entries_.size());
        lx.title_entries_.push_back({std::string(r.cells[0]), std::string(r.cells[1]), r.cells[2] == "yes", std::string(r.cells[3])});
        lx.titles_.add(r.cells[0], id);
    });
    read_tsv(file_in(dir, "given_names.tsv"), {"name", "variants", "gender"}, [&](const TsvRow& r) {
        const std::string canonical(r.cells[0]);
        lx.given_names_.try_emplace(canonical, canonical);
        for (auto v : split_values(r.cells[1])) lx.given_names_.try_emplace(v, canonical);
    });
    // Short forms read as the full name: "Joe" is "Joseph" when persons are resolved.
    if (std::filesystem::exists(file_in(dir, "hypocoristics.tsv")))
        read_tsv(file_in(dir, "hypocoristics.tsv"), {"short", "name"}, [&](const TsvRow& r) {
            const std::string* full = lx.given_names_.find(r.cells[1]);
            lx.given_names_[r.cells[0]] = full ? *full : std::string(r.cells[1]);
        });
    // The calendar's numbered words, by word id: a sentence's tokens, looked up once
    // (SentenceWords), give a month's or weekday's number with no string compare.
    read_tsv(file_in(dir, "calendar_words.tsv"), {"word", "kind", "number"}, [&](const TsvRow& r) {
        using Calendar = DateWords::Calendar;
        const std::string_view kind = r.cells[1];
        const Calendar k = kind == "month" ? Calendar::Month : kind == "weekday" ? Calendar::Weekday
                           : kind == "quarter" ? Calendar::Quarter : Calendar::None;
        const int most = k == Calendar::Month ? 12 : k == Calendar::Weekday ? 7 : 4;
        const std::string_view cell = r.cells[2];
        int number = 0;
        const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), number);
        if (k == Calendar::None) throw InputError(file_in(dir, "calendar_words.tsv"), "kind must be month, weekday or quarter", r.line);
        if (error != std::errc() || end != cell.data() + cell.size() || number < 1 || number > most)
            throw InputError(file_in(dir, "calendar_words.tsv"), "number must be 1 to " + std::to_string(most) + " for its kind", r.line);
        const rules::WordId w = lx.rules_.words().intern(r.cells[0]);
        auto& calendar = lx.date_words_.calendar;
        if (calendar.size() <= w) calendar.resize(w + 1);
        calendar[w] = {k, static_cast<std::uint8_t>(number)};
        if (k == Calendar::Month) lx.month_names_.add(r.cells[0], number);
        if (k == Calendar::Weekday) lx.weekday_names_.add(r.cells[0], number);
    });
    lx.surname_endings_ = read_endings(file_in(dir, "surname_endings.tsv"), {"ending", "folded"});
    lx.plural_endings_ = read_endings(file_in(dir, "plural_endings.tsv"), {"ending", "singular"});
    lx.noun_plural_endings_ = read_endings(file_in(dir, "noun_plural_endings.tsv"), {"ending", "singular"});
    lx.plural_last_bytes_.set(static_cast<unsigned char>('s'));  // the final -s singular_noun drops
    for (const EndingFold& f : lx.noun_plural_endings_) lx.plural_last_bytes_.set(static_cast<unsigned char>(f.ending.back()));
    lx.index_title_plurals();
    lx.read_name_word_folds(dir);
    read_tsv(file_in(dir, "org_heads.tsv"), {"head", "subtype", "needs_complement"}, [&](const TsvRow& r) {
        lx.organization_heads_[r.cells[0]] = HeadNoun{std::string(r.cells[1]), r.cells[2] == "yes"};
    });
    read_tsv(file_in(dir, "place_heads.tsv"), {"head", "kind"}, [&](const TsvRow& r) {
        lx.place_heads_[r.cells[0]] = HeadNoun{std::string(r.cells[1]), false};
    });
    read_tsv(file_in(dir, "agreement_heads.tsv"), {"head", "subtype"}, [&](const TsvRow& r) {
        if (r.cells[0].size() < 2)
            throw InputError(file_in(dir, "agreement_heads.tsv"), "a head has two letters at least", r.line);
        for (const std::string& head : {std::string(r.cells[0]), ascii_lower(r.cells[0])}) {
            lx.agreement_heads_[head] = std::string(r.cells[1]);
            lx.agreement_head_starts_.set(two_byte_start(head));
        }
    });
    read_tsv(file_in(dir, "ministry_portfolios.tsv"), {"word", "portfolio"}, [&](const TsvRow& r) {
        lx.ministry_portfolios_[ascii_lower(r.cells[0])] = std::string(r.cells[1]);
    });
    read_tsv(file_in(dir, "agreement_modifiers.tsv"), {"modifier"}, [&](const TsvRow& r) {
        lx.agreement_modifiers_.insert(std::string(r.cells[0]));
    });
    read_tsv(file_in(dir, "event_triggers.tsv"), {"trigger", "event_type", "kind"}, [&](const TsvRow& r) {
        const auto id = static_cast<std::uint32_t>(lx.trigger_entries_.size());
        lx.trigger_entries_.push_back({std::string(r.cells[0]), std::string(r.cells[1]), std::string(r.cells[2])});
        lx.triggers_.add(r.cells[0], id);
    });
    return lx;
}

void Lexicon::declare_labels() {
    if (labels_declared_) return;
    labels_.declare(rules_.words());
    labels_declared_ = true;
}

void Lexicon::load_rules(const std::string& dir) {
    declare_labels();
    rules_.load(dir);
    resolve_word_classes((std::filesystem::path(dir) / "word_classes.tsv").string());
}

void Lexicon::add_rules(const std::string& word_classes, const std::string& rules_text) {
    declare_labels();
    rules_.add_word_classes(word_classes, "<word classes>");
    rules_.add_rules(rules_text, "<rules>");
    resolve_word_classes("<word classes>");
}

void Lexicon::resolve_word_classes(const std::string& file) {
    word_classes_.resolve(rules_.words(), file);
    const rules::WordTable& table = rules_.words();
    class_words_.assign(table.class_count(), {});
    class_filters_.assign(table.class_count(), {});
    for (std::size_t c = 0; c < table.class_count(); ++c) {
        class_words_[c] = table.words_of(c);
        for (const std::string& word : class_words_[c]) {
            if (word.empty()) continue;
            class_filters_[c].lengths |= std::uint64_t{1} << (word.size() < 63 ? word.size() : 63);
            class_filters_[c].firsts.set(static_cast<unsigned char>(word[0]));
        }
    }
    date_words_.past_endings = words_of(word_classes_.past_ending);
    date_words_.not_past_endings = words_of(word_classes_.not_past_ending);
    date_words_.adverb_endings = words_of(word_classes_.adverb_ending);
    place_particles_ = CalendarNames();
    for (const std::string& particle : words_of(word_classes_.place_particle)) place_particles_.add(particle, 1);
    page_labels_ = CalendarNames();
    for (const std::string& word : words_of(word_classes_.page_label_word)) page_labels_.add(word, 1);
}

const std::vector<std::string>& Lexicon::words_of(std::size_t c) const {
    static const std::vector<std::string> none;
    return c < class_words_.size() ? class_words_[c] : none;
}

bool Lexicon::scan_class(std::string_view word, std::size_t c, bool any_case) const {
    for (const std::string& listed : words_of(c)) {
        if (listed.size() != word.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < word.size() && same; ++i) {
            const char ch = word[i];
            same = (any_case && ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch) == listed[i];
        }
        if (same) return true;
    }
    return false;
}

const std::string* Lexicon::given_name(std::string_view word) const { return given_names_.find(word); }

const HeadNoun* Lexicon::organization_head(std::string_view word) const { return organization_heads_.find(word); }

const HeadNoun* Lexicon::place_head(std::string_view word) const { return place_heads_.find(word); }

const std::string* Lexicon::ministry_portfolio(std::string_view word) const {
    thread_local std::string key;  // no allocation per token
    key.assign(word);
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const auto it = ministry_portfolios_.find(key);
    return it == ministry_portfolios_.end() ? nullptr : &it->second;
}

std::string Lexicon::short_title(std::string_view title) const {
    for (const std::string& minister : words_of(word_classes_.minister_word)) {
        const std::string head = capitalised(minister);  // "Minister"
        for (const std::string& prefix : {head + " of ", head + " for "}) {
            if (!title.starts_with(prefix)) continue;
            const std::string_view portfolio = title.substr(prefix.size());
            const std::string* word = nullptr;  // the first in byte order: the choice is stable
            for (const auto& [w, full] : ministry_portfolios_)
                if (full == portfolio && (!word || w < *word)) word = &w;
            if (!word) continue;
            return capitalised(*word + " " + head);
        }
    }
    return std::string(title);
}

const std::string* Lexicon::agreement_head(std::string_view word) const {
    // A plural keeps its singular's first two bytes ("Treaties", "Accords").
    if (word.size() < 2 || !agreement_head_starts_.test(two_byte_start(word))) return nullptr;
    if (const std::string* subtype = agreement_heads_.find(word)) return subtype;
    // Plurals name documents too: "Accords", "agreements", "Treaties".
    thread_local std::string singular;  // no allocation per token
    return singular_into(word, singular) ? agreement_heads_.find(singular) : nullptr;
}

std::optional<std::string> Lexicon::singular_noun(std::string_view word) const {
    std::string singular;
    if (!singular_into(word, singular)) return std::nullopt;
    return singular;
}

bool Lexicon::singular_into(std::string_view word, std::string& out) const {
    // As fold_ending with a rest of two, without a copy of the many words that are no plural.
    if (word.empty() || !plural_last_bytes_.test(static_cast<unsigned char>(word.back()))) return false;
    for (const EndingFold& f : noun_plural_endings_)
        if (word.size() >= f.ending.size() + 2 && word.ends_with(f.ending)) {
            if (f.folded == f.ending) return false;  // an ending that is no plural: "Congress"
            out.assign(word.substr(0, word.size() - f.ending.size()));
            out += f.folded;
            return true;
        }
    if (word.size() > 3 && word.ends_with('s')) {
        out.assign(word.substr(0, word.size() - 1));
        return true;
    }
    return false;
}

void Lexicon::index_title_plurals() {
    // The plural falls on the head of the title: its last word, or the word before the first
    // word in lower case ("Ministers of Foreign Affairs", "Aides to the President").
    auto plural_forms = [&](std::string_view word) {
        std::vector<std::string> forms{std::string(word) + kPluralS};
        for (const auto* folds : {&plural_endings_, &noun_plural_endings_})
            for (const EndingFold& f : *folds)
                if (f.folded != f.ending && word.size() > f.folded.size() + 1 && word.ends_with(f.folded))
                    forms.push_back(std::string(word.substr(0, word.size() - f.folded.size())) + f.ending);
        return forms;
    };
    for (std::uint32_t id = 0; id < title_entries_.size(); ++id) {
        const std::string& title = title_entries_[id].title;
        std::size_t head_end = title.size();
        for (std::size_t at = title.find(' '); at != std::string::npos; at = title.find(' ', at + 1))
            if (at + 1 < title.size() && title[at + 1] >= 'a' && title[at + 1] <= 'z') {
                head_end = at;
                break;
            }
        const std::size_t head_start = title.rfind(' ', head_end - 1) == std::string::npos ? 0 : title.rfind(' ', head_end - 1) + 1;
        const std::string_view head(title.data() + head_start, head_end - head_start);
        for (const std::string& plural : plural_forms(head))
            title_plurals_.add(title.substr(0, head_start) + plural + title.substr(head_end), id);
    }
}

void Lexicon::read_name_word_folds(const std::string& dir) {
    NameWordFolds& folds = name_word_folds_;
    rules::WordTable& words = rules_.words();
    read_tsv(file_in(dir, "name_word_folds.tsv"), {"word", "folded"}, [&](const TsvRow& r) {
        const rules::WordId w = words.intern(r.cells[0]);
        if (folds.folds.size() <= w) {
            folds.folds.resize(w + 1, false);
            folds.folded.resize(w + 1);
        }
        folds.folds[w] = true;
        folds.folded[w] = std::string(r.cells[1]);
    });
    const std::string romanisations = file_in(dir, "name_romanisations.tsv");
    read_tsv(romanisations, {"spelling", "folded", "position"}, [&](const TsvRow& r) {
        EndingFold fold{std::string(r.cells[0]), std::string(r.cells[1])};
        if (r.cells[2] == "ending") folds.romanised_endings.push_back(std::move(fold));
        else if (r.cells[2] == "inside") folds.romanised_inside.push_back(std::move(fold));
        else throw InputError(romanisations, "position must be ending or inside", r.line);
    });
    // Longest first, as read_endings orders them: the first ending that fits is the longest.
    std::stable_sort(folds.romanised_endings.begin(), folds.romanised_endings.end(),
                     [](const EndingFold& a, const EndingFold& b) { return a.ending.size() > b.ending.size(); });
}

}  // namespace pressgraph
