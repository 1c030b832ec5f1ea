#pragma once
// Small shared tests on tokens used by several recognisers.
#include <cstdint>
#include <string_view>
#include <vector>

#include "pressgraph/extract/lexicon.hpp"
#include "pressgraph/text/tokenizer.hpp"

namespace pressgraph::detail {

/// The longest name or phrase a recogniser reads, in tokens: every scan that grows a name
/// stops here, so work per token is bounded whatever the sentence (lists and tables).
inline constexpr std::size_t kMaxPhraseTokens = 24;

/// One past the last token a phrase starting at `first` may reach.
[[nodiscard]] inline std::size_t phrase_limit(const TokenList& t, std::size_t first) {
    return first + kMaxPhraseTokens < t.size() ? first + kMaxPhraseTokens : t.size();
}

/// Lower-case function words that may join the parts of a proper name ("of the", "and"; the
/// word class name_connector).
bool is_name_connector(std::string_view word, const Lexicon& lx);

/// Whether `word` ends with a word of class `c` (a class of endings: gerund_ending).
bool ends_with_word_of(std::string_view word, std::size_t c, const Lexicon& lx);

/// A capitalised word that may be part of a proper name: not a month, a weekday or a word of
/// the class name_breaking_word written capitalised ("The", "A", "This").
bool is_name_word(const Token& t, const Lexicon& lx);

/// Two words written together by page debris, a lower-case letter followed by a capital after
/// four letters or more: "AleksandarPresident" (a name glued to the next speaker label's
/// title). "McDonald", "MacArthur", "DeSantis" keep their short prefixes and pass.
bool is_glued_words(std::string_view word);

/// Where a name starting at `first` really starts when an abbreviation with its full stop is
/// written before it, alone or joined by a hyphen: "U.S. Trade and Development Agency",
/// "U.S.-China Working Group", "Brazil-U.S. Partnership" (the tokeniser splits "U.S" from "."
/// and "." from "-"). Returns `first` when there is none.
std::size_t abbreviation_before(const TokenList& t, std::size_t first);

/// Whether a hyphenated word names countries only: "India-Japan", "Russian-Serbian", "U.S-Mexico".
bool names_countries(const Lexicon& lx, std::string_view word);
/// The parts of a hyphenated word ("Egypt", "Greece", "Cyprus" of "Egypt-Greece-Cyprus"), as views
/// into it; none for a word without a hyphen.
std::vector<std::string_view> hyphen_parts(std::string_view word);

/// Whether token `i` is a dash with a space on each side between two capitalised name words, as
/// Vietnamese wire copy joins the two states a bilateral body or project is named after
/// ("Vietnam – Laos Intergovernmental Committee", "the Vientiane – Hanoi expressway").
bool spaced_dash_in_name(const TokenList& t, std::size_t i, const Lexicon& lx);

/// Whether the lexicon knows `w` only as the name of a town (no capital, region, country or
/// body): after a known given name it is a surname ("Yury Borisov", "Under Secretary David Moreno").
bool only_a_town_name(const Token& w, const Lexicon& lx);

/// Whether a title of office starts at `at`, also in the plural ("Prime Ministers", "Asia
/// Foreign Ministers' Meeting"): such a word is no part of a personal name.
bool opens_title(const TokenList& t, std::size_t at, const Lexicon& lx);

/// Whether the capitalised word at `i` carries a phrase of office or a body on, so that the
/// words before it are that phrase's, not a personal name: "Deputy Principal Officer",
/// "Deputy National Economic Council Director" (a title, organisation or place head, a common
/// noun of office, an eponym head).
bool continues_office_phrase(const TokenList& t, std::size_t i, const Lexicon& lx);

/// "Deputy National Security Advisor to the Vice President Ana Lopes", "Special Assistant to the
/// President Rui Costa": a title at `title_first` after "to the" that closes another title is that
/// office's complement, and the name after it holds the office before "to". That office (the longest
/// title ending at "to"), or none (also after "to" alone: "Adviser to Secretary of State X" names the
/// Secretary).
const TitleEntry* office_before_to(const TokenList& t, std::size_t title_first, const Lexicon& lx);

/// Whether the title at `title_first` names a past office: "former Foreign Minister of Chile Ana Lopes",
/// "the erstwhile Prime Minister" (word class former_office_word before it), "President Emeritus"
/// (word class emeritus_word right after it).
bool past_office(const TokenList& t, std::size_t title_first, const Lexicon& lx);

/// Whether `word` (any case) is in word class `name` of the lexicon's rules (word_classes.tsv).
bool in_word_class(const Lexicon& lx, std::string_view word, std::string_view name);

/// A capitalised word that is a common noun or verb written in title case, not a name: a field
/// of study or abstract noun (class abstract_noun_ending: "Economics", "Assessment"), a plural
/// ("Schools", "HBCUs"; not "Davos", "Texas"), a verb in the past or a gerund ("Announced",
/// "Traveling"), or a word of class not_place ("English", "Support").
bool common_word_in_title_case(const Token& w, const Lexicon& lx);

/// Past the forms of address from `at` ("H.E. Mr.", "Dr.", "Shri": word class address_form, each
/// with its full stop): where the name after them starts.
std::size_t skip_forms_of_address(const TokenList& t, std::size_t at, const Lexicon& lx);

/// The narrower test for a word read as a surname, which may end like a plural or a verb
/// ("Adams", "Fleming", "Mohammed", "Murphy"): a word of class not_place, headline_verb or office_noun, a document's head (agreement_heads.tsv), a
/// plural in "-ies" or of an acronym ("Communities", "RLAs"), or an abstract noun ending of class
/// surname_free_ending ("Assessment" is no surname, "Clement" may be).
bool common_word_not_a_surname(const Token& w, const Lexicon& lx);

/// The part of that test that reads the word's form only: a plural in "-ies" or of an acronym, or
/// an ending of class surname_free_ending ("... Industries", "... Initiatives" name things).
bool plural_or_abstract_noun(const Token& w, const Lexicon& lx);
/// The same for a token, by the word id the extractor looked up once (no hashing of its text).
bool in_word_class(const Lexicon& lx, const Token& token, std::string_view name);

/// Countries named from `i` by demonyms or by names, joined by "and" or commas ("Russian and
/// Belarusian", "Russia and Belarus"): appends their lexicon ids and returns the list's end.
std::size_t read_countries(const TokenList& t, std::size_t i, const Lexicon& lx, bool demonyms,
                           std::vector<std::uint32_t>& countries);

}  // namespace pressgraph::detail
