#pragma once
// A tiny lexicon folder written to a temp dir, with exactly the files and columns that
// src/extract/lexicon.cpp reads (see ontology/lexicon/README.md), beside a rules folder with
// the project's word classes. Its entries are general knowledge or invented; the people the
// tests mention are not in it, only their given names, as in the real lexicon.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>

#include "pressgraph/extract/lexicon.hpp"
#include "support/temp_folder.hpp"

namespace pressgraph::test {

/// The content of a file of the project's lexicon (ontology/lexicon), for the tables of general
/// English the fixture shares with it.
inline std::string project_lexicon_file(const std::string& name) {
    std::ifstream in(std::filesystem::path(PRESSGRAPH_SOURCE_DIR) / "ontology" / "lexicon" / name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// File name -> content of the default fixture lexicon.
inline std::map<std::string, std::string> fixture_lexicon_files() {
    return {
        {"countries.tsv",
         "# fixture: iso2, name, aliases, demonyms\n"
         "iso2\tname\taliases\tdemonyms\n"
         "BY\tBelarus\tRepublic of Belarus\tBelarusian\n"
         "MD\tMoldova\tRepublic of Moldova|Moldavia\tMoldovan\n"
         "NL\tNorland\tKingdom of Norland|N.L.\tNorlandic\n"
         "RU\tRussia\tRussian Federation\tRussian\n"},
        {"organizations.tsv",
         "name\tacronyms\taliases\tsubtype\n"
         "Shanghai Cooperation Organisation\tSCO\t\tInternational\n"
         "United Nations\tUN\tUnited Nations Organization\tInternational\n"},
        {"places.tsv",
         "name\tcountry\tkind\taliases\n"
         "Chisinau\tMD\tcapital\tKishinev\n"
         "Gomel\tBY\tcity\tHomyel'\n"
         "Gomel Region\tBY\tregion\tGomel Oblast\n"
         "St Petersburg\tRU\tcity\tSaint Petersburg|St. Petersburg\n"},
        {"titles.tsv",
         "title\tscope\texclusive\tcountry\n"
         "Ambassador\tnational\tno\t\n"
         "Chair\tbody\tyes\t\n"
         "Foreign Minister\tnational\tyes\t\n"
         "Minister of Foreign Affairs\tnational\tyes\t\n"
         "President\tnational\tyes\t\n"
         "Speaker\tbody\tyes\t\n"},
        {"given_names.tsv",
         "name\tvariants\tgender\n"
         "Anna\t\tf\n"
         "Ion\t\tm\n"
         "Ivan\t\tm\n"
         "Maria\tMariya\tf\n"
         "Sergey\tSergei|Serguei\tm\n"},
        {"org_heads.tsv",
         "head\tsubtype\tneeds_complement\n"
         "Alliance\tInternational\tyes\n"
         "Assembly\tParliament\tno\n"
         "Committee\tStateBody\tno\n"
         "Council\tOther\tno\n"
         "Ministry\tMinistry\tyes\n"},
        {"ministry_portfolios.tsv",
         "word\tportfolio\n"
         "defence\tDefence\n"
         "foreign\tForeign Affairs\n"},
        {"place_heads.tsv",
         "head\tkind\n"
         "Cathedral\tvenue\n"
         "Monument\tmemorial\n"},
        {"agreement_heads.tsv",
         "head\tsubtype\n"
         "Declaration\tDeclaration\n"
         "Statement\tStatement\n"
         "Treaty\tTreaty\n"},
        {"agreement_modifiers.tsv",
         "modifier\n"
         "joint\n"},
        // General English: the project's own tables.
        {"surname_endings.tsv", project_lexicon_file("surname_endings.tsv")},
        {"plural_endings.tsv", project_lexicon_file("plural_endings.tsv")},
        {"noun_plural_endings.tsv", project_lexicon_file("noun_plural_endings.tsv")},
        {"name_word_folds.tsv", project_lexicon_file("name_word_folds.tsv")},
        {"name_romanisations.tsv", project_lexicon_file("name_romanisations.tsv")},
        {"calendar_words.tsv", project_lexicon_file("calendar_words.tsv")},
        {"event_triggers.tsv",
         "trigger\tevent_type\tkind\n"
         "met\tMeeting\tverb\n"
         "talks\tMeeting\tnoun\n"},
    };
}

/// The project's word classes (ontology/rules/word_classes.tsv): general English that the
/// extraction code tests, which every lexicon loads from the rules folder beside it.
inline std::string project_word_classes() {
    std::ifstream in(std::filesystem::path(PRESSGRAPH_SOURCE_DIR) / "ontology" / "rules" / "word_classes.tsv", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Writes the fixture lexicon (optionally with some files replaced) into `folder`/lexicon,
/// and the project's word classes (or `word_classes`, when given) into `folder`/rules, where
/// Lexicon::load finds them. Returns the lexicon folder.
inline std::string write_fixture_lexicon(const TempFolder& folder,
                                         const std::map<std::string, std::string>& replacements = {},
                                         const std::optional<std::string>& word_classes = std::nullopt) {
    std::filesystem::create_directories(folder.path() / "lexicon");
    std::filesystem::create_directories(folder.path() / "rules");
    for (auto [name, content] : fixture_lexicon_files()) {
        if (const auto it = replacements.find(name); it != replacements.end()) content = it->second;
        folder.write("lexicon/" + name, content);
    }
    folder.write("rules/word_classes.tsv", word_classes ? *word_classes : project_word_classes());
    return (folder.path() / "lexicon").string();
}

/// The fixture lexicon, loaded once, with the real word classes (ontology/rules/word_classes.tsv:
/// general English the recognisers read, such as forms of address) and no rules.
inline const Lexicon& fixture_lexicon() {
    static const Lexicon lexicon = [] {
        TempFolder folder;
        return Lexicon::load(write_fixture_lexicon(folder));
    }();
    return lexicon;
}

}  // namespace pressgraph::test
