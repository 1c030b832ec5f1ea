// Entities as the genre writes them, read with the real lexicon and rules (ontology/): each
// case is an invented sentence in the style of a press release, with invented people.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <utility>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/extract/engine/pattern_matcher.hpp"
#include "pressgraph/extract/recognizers.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/sentence_fixture.hpp"
#include "support/temp_folder.hpp"
#include "support/lexicon_fixture.hpp"

using namespace pressgraph;

namespace {

// The real lexicon and rules, plus the invented country the rules' examples name (Norland).
const Lexicon& real_lexicon() {
    static const Lexicon lexicon = [] {
        namespace fs = std::filesystem;
        const test::TempFolder folder;
        const fs::path ontology = fs::path(PRESSGRAPH_SOURCE_DIR) / "ontology";
        fs::copy(ontology / "lexicon", folder.path() / "lexicon");
        fs::copy(ontology / "rules", folder.path() / "rules");
        std::ofstream(folder.path() / "lexicon" / "countries.tsv", std::ios::app)
            << "XN\tNorland\tRepublic of Norland|Kingdom of Norland\tNorlandic\n";
        return Lexicon::load((folder.path() / "lexicon").string());
    }();
    return lexicon;
}

using Found = std::set<std::pair<std::string, std::string>>;  // (type, canonical name)

// The entities of a one-paragraph release: a headline, a date line, then `body`.
Found entities_of(const std::string& body, const std::string& headline = "Press release") {
    const std::string text = headline + "\n2030-05-04\n\n" + body + "\n";
    const Document doc = analyse_document(text, "x.txt", "x.txt", test::fixture_lexicon().header_words());
    const DocumentExtraction x = Extractor(real_lexicon()).extract(doc);
    Found out;
    for (const auto& e : x.entities) out.emplace(to_string(e.type), e.canonical_name);
    return out;
}

bool has(const Found& f, const std::string& type, const std::string& name) { return f.count({type, name}) > 0; }

std::string listing(const Found& f) {
    std::string out;
    for (const auto& [type, name] : f) out += type + ": " + name + "\n";
    return out;
}

}  // namespace

TEST_CASE("every entity rule matches its own example", "[extract][entity_rules]") {
    const Lexicon& lx = real_lexicon();
    for (const std::string verb : {"person", "entity"}) {
        for (const rules::Rule* r : lx.rules().with_verb(verb)) {
            INFO(r->id);
            REQUIRE_FALSE(r->examples.empty());
            for (const std::string& example : r->examples) {
                INFO(example);
                const auto s = test::tokenize(example);
                bool matched = false;
                for (const Candidate& c : match_entity_rules(s->sentence, lx)) matched |= c.rule == "rule:" + r->id;
                CHECK(matched);
            }
        }
    }
}

TEST_CASE("personal names: page debris, particles, brackets and headline verbs", "[extract][entity_rules]") {
    SECTION("a speaker label glued to its debris gives the name once") {
        const Found f = entities_of(
            "President of the Republic of Moldova Ivan Vrabie Vrabie IvanPresident of the Republic of Moldova: Thank you, "
            "Mr President. Mr Prime Minister, welcome.");
        INFO(listing(f));
        CHECK(has(f, "Person", "Ivan Vrabie"));
        for (const auto& [type, name] : f) CHECK((type != "Person" || name == "Ivan Vrabie"));
    }
    SECTION("a particle before a capitalised word or joined by a hyphen") {
        const Found f = entities_of("Secretary General Omar Al Sheikh met Foreign Minister Karim al-Nouri in Cairo.");
        INFO(listing(f));
        CHECK(has(f, "Person", "Omar Al Sheikh"));
        CHECK(has(f, "Person", "Karim al-Nouri"));
    }
    SECTION("a given name completed by the editor in square brackets") {
        const Found f = entities_of("The commander is Colonel General [Ivan] Petrovsky, who assumed office at once.");
        INFO(listing(f));
        CHECK(has(f, "Person", "Ivan Petrovsky"));
    }
    SECTION("a title-case headline verb after a name") {
        const Found f = entities_of("President Ana Lopes Announces Key Nominees for the Board.");
        INFO(listing(f));
        CHECK(has(f, "Person", "Ana Lopes"));
    }
    SECTION("names of three words and a particle after a known given name") {
        const Found f = entities_of("It was revealing that Recep Tarkan Yilmazer and Paulo Tamarel Vasco da Cunha spoke.");
        INFO(listing(f));
        CHECK(has(f, "Person", "Recep Tarkan Yilmazer"));
        CHECK(has(f, "Person", "Paulo Tamarel Vasco da Cunha"));
    }
    SECTION("a thing named after a person is no person mention") {
        const Found f = entities_of("Pupils of the Ivan Petrovsky Elementary School met the winners of the Ana Tamarel Prize.");
        INFO(listing(f));
        for (const auto& [type, name] : f) CHECK(type != "Person");
    }
}

TEST_CASE("personal names: not a country, a plural title, a common noun or a known name", "[extract][entity_rules]") {
    const Found f = entities_of(
        "Guests include President of the Republic of Moldova Ivan Rusu, Deputy Prime Ministers Ana Lopes, Yury "
        "Borisov. Nevertheless, the President of Moldova spoke. She served as the General Counsel of the Tribe and "
        "studied at the Ivan Rusu School of Law. Costa Rica and the Marshall Islands joined. Exercises for the SCO "
        "Member States and the NATO Allies will follow.");
    INFO(listing(f));
    CHECK(has(f, "Person", "Ivan Rusu"));
    CHECK(has(f, "Person", "Ana Lopes"));
    CHECK(has(f, "Person", "Yury Borisov"));  // a surname that is also a town's name
    for (const auto& [type, name] : f)
        CHECK((type != "Person" || name == "Ivan Rusu" || name == "Ana Lopes" || name == "Yury Borisov" ||
               name == "President of Moldova"));
    CHECK(has(f, "Country", "Costa Rica"));
}

TEST_CASE("personal names after forms of address and envoys' titles", "[extract][entity_rules]") {
    const Found f = entities_of(
        "Prime Minister Shri Ravi Varma held a meeting with H.E. Mr. Ivan Rusu, Prime Minister of Moldova. The "
        "Ambassador of the Kingdom of Spain to Moldova Luis Francisco Martinez Montes presented his credentials. "
        "Member of the Political Bureau of the CPC Central Committee and Director of the Office Li Wei spoke.");
    INFO(listing(f));
    CHECK(has(f, "Person", "Ravi Varma"));
    CHECK(has(f, "Person", "Ivan Rusu"));
    CHECK(has(f, "Person", "Luis Francisco Martinez Montes"));
    CHECK_FALSE(has(f, "Place", "Martinez"));
    CHECK(has(f, "Organization", "Political Bureau of the Communist Party of China Central Committee"));
}

TEST_CASE("personal names with the surname in capitals, first or last, after a form of address", "[extract][entity_rules]") {
    const Found f = entities_of(
        "Mr. TANAKA Hiroshi, Prime Minister of Norland, held a meeting with H.E. Mr. Ivan RUSU, Prime Minister of Moldova. "
        "Prime Minister Tanaka welcomed Mr. NATO officials.");
    INFO(listing(f));
    CHECK(has(f, "Person", "Hiroshi Tanaka"));  // given name first: "Prime Minister Tanaka" finds it
    CHECK(has(f, "Person", "Ivan Rusu"));
    CHECK_FALSE(has(f, "Person", "Ivan"));
    CHECK_FALSE(has(f, "Person", "Nato Officials"));  // a known acronym is no surname
}

TEST_CASE("an agreement's name ends before the city and the day of its signing", "[extract][entity_rules]") {
    const Found f = entities_of("The ministers welcomed the signing of the Peace Agreement between Chile and Peru in Lima on "
                                "10 March 2024 and recalled the Treaty on Cooperation in the Field of Energy.");
    INFO(listing(f));
    CHECK(has(f, "Agreement", "Peace Agreement between Chile and Peru"));
    CHECK(has(f, "Place", "Lima"));
    CHECK(has(f, "Agreement", "Treaty on Cooperation in the Field of Energy"));  // "in" before no city stays
}

TEST_CASE("places beyond cities: regions, seas, territories, regions named after a city", "[extract][entity_rules]") {
    const Found f = entities_of(
        "The ministers discussed security in the Black Sea, the Sea of Azov and the Middle East, the situation in "
        "Nagorno-Karabakh, and flooding in the Smolensk Region and the Kemerovo region.");
    INFO(listing(f));
    CHECK(has(f, "Place", "Black Sea"));
    CHECK(has(f, "Place", "Sea of Azov"));
    CHECK(has(f, "Place", "Middle East"));
    CHECK(has(f, "Place", "Nagorno-Karabakh"));
    CHECK(has(f, "Place", "Kemerovo region"));
    CHECK_FALSE(has(f, "Place", "Azov"));
    CHECK_FALSE(has(f, "Place", "Kemerovo"));
}

TEST_CASE("places known only from their context, and what is no place", "[extract][entity_rules]") {
    const Found f = entities_of(
        "The ministers met in Valdoria and in Moscow in May; trade in European countries grew. Kiev sabotages the "
        "Minsk agreements whereas in reality the sides agreed.");
    INFO(listing(f));
    CHECK(has(f, "Place", "Valdoria"));
    CHECK_FALSE(has(f, "Place", "May"));
    CHECK_FALSE(has(f, "Place", "European"));
    CHECK(has(f, "Agreement", "Minsk agreements"));
    for (const auto& [type, name] : f) CHECK((type != "Agreement" || name == "Minsk agreements"));
}

TEST_CASE("organisations: armed forces, abbreviations before a name, lists of bodies", "[extract][entity_rules]") {
    SECTION("a country's armed forces, named in lower case or with their own modifier") {
        const Found f = entities_of("The armed forces of Moldova and the Norlandic Airborne Forces held an exercise.");
        INFO(listing(f));
        CHECK(has(f, "Organization", "armed forces of Moldova"));
        CHECK(has(f, "Organization", "Norlandic Airborne Forces"));
    }
    SECTION("an abbreviation with its full stop, alone or joined by a hyphen, belongs to the name") {
        const Found f = entities_of("They launched the U.S.-Norland Fisheries Working Group and funded the U.K. Science Facility.");
        INFO(listing(f));
        CHECK(has(f, "Organization", "U.S.-Norland Fisheries Working Group"));
        CHECK(has(f, "Organization", "U.K. Science Facility"));
    }
    SECTION("two bodies joined by 'and' are two names; coordinated modifiers are one") {
        const Found f = entities_of(
            "Aircraft for the Norlandic Air Force and Coastal Patrol Wing were discussed at the Valdor Dialogue and the Strategic Dialogue.");
        INFO(listing(f));
        CHECK(has(f, "Organization", "Norlandic Air Force"));
        CHECK(has(f, "Organization", "Coastal Patrol Wing"));
        CHECK(has(f, "Organization", "Valdor Dialogue"));
        CHECK_FALSE(has(f, "Organization", "Strategic Dialogue"));
    }
}

TEST_CASE("agreements: known by name, named after a place, by a body, in a headline", "[extract][entity_rules]") {
    SECTION("well-known documents and documents named after a place") {
        const Found f = entities_of(
            "The leaders welcomed the Abraham Accords and urged Kiev to implement the Lisbon agreements, not bilateral "
            "agreements in general.");
        INFO(listing(f));
        CHECK(has(f, "Agreement", "Abraham Accords"));
        CHECK(has(f, "Agreement", "Lisbon agreements"));
        CHECK_FALSE(has(f, "Person", "Abraham Accords"));
        CHECK_FALSE(has(f, "Agreement", "bilateral agreements"));
    }
    SECTION("a body's decision, and partnerships named for their purpose") {
        const Found f = entities_of(
            "In keeping with the decision of the Supreme Eurasian Economic Council, they launched the Partnership for "
            "Clean Energy, deepened their Comprehensive Strategic Partnership and a partnership on regional security, "
            "and agreed to Address the Climate Crisis.");
        INFO(listing(f));
        CHECK(has(f, "Agreement", "decision of the Supreme Eurasian Economic Council"));
        CHECK(has(f, "Agreement", "Partnership for Clean Energy"));
        CHECK_FALSE(has(f, "Agreement", "Comprehensive Strategic Partnership"));
        CHECK_FALSE(has(f, "Agreement", "partnership on regional security"));
        CHECK_FALSE(has(f, "Agreement", "Address the Climate Crisis"));
    }
    SECTION("a headline that names the document the release is") {
        const Found f = entities_of("The two presidents met in Lisbon.",
                                    "Joint Statement of the Leaders of Norland and Moldova following the Meeting Between "
                                    "President Ana Lopes and President Ivan Rusu");
        INFO(listing(f));
        CHECK(has(f, "Agreement",
                  "Joint Statement of the Leaders of Norland and Moldova following the Meeting Between President Ana Lopes "
                  "and President Ivan Rusu"));
        CHECK(has(f, "Person", "Ana Lopes"));
    }
    SECTION("a section heading in bold is no document") {
        const Found f = entities_of("They met. **Regional Security Strategy** The sides agreed to cooperate.");
        INFO(listing(f));
        CHECK_FALSE(has(f, "Agreement", "Regional Security Strategy"));
    }
}

TEST_CASE("countries named by their people, by those who act for them, and former states", "[extract][entity_rules]") {
    const Found f = entities_of(
        "He briefed the British, Canadians and Australians on the treatment of refugees by Polish border guards "
        "near the Bulgarian border, a legacy of the former Soviet Union.");
    INFO(listing(f));
    CHECK(has(f, "Country", "United Kingdom"));
    CHECK(has(f, "Country", "Canada"));
    CHECK(has(f, "Country", "Australia"));
    CHECK(has(f, "Country", "Poland"));
    CHECK(has(f, "Country", "Soviet Union"));
    CHECK_FALSE(has(f, "Country", "Bulgaria"));
}

TEST_CASE("one person in one document: short given names, middle names, other name words", "[extract][entity_rules]") {
    const Found f = entities_of(
        "President Joseph R. Tamberlane, Jr. spoke with Foreign Minister Zhao Lianfeng and President Luiz Inacio Dunga "
        "da Silva. President Joe Tamberlane thanked Director Zhao and President Dunga. Tamberlane agreed.");
    INFO(listing(f));
    std::size_t persons = 0;
    for (const auto& [type, name] : f) persons += type == "Person";
    CHECK(persons == 3);
    CHECK(has(f, "Person", "Joseph R. Tamberlane"));
    CHECK(has(f, "Person", "Zhao Lianfeng"));
    CHECK(has(f, "Person", "Luiz Inacio Dunga da Silva"));
}

TEST_CASE("a border named by the two countries it runs between", "[extract][entity_rules]") {
    const Found f = entities_of("They discussed the U.S.-Mexico border and the situation on the Moldovan-Ukrainian border.");
    INFO(listing(f));
    CHECK(has(f, "Place", "U.S.-Mexico border"));
    CHECK(has(f, "Place", "Moldovan-Ukrainian border"));
}

namespace {
// The titled persons of one sentence, read with the real lexicon: (name, title) pairs.
std::set<std::pair<std::string, std::string>> titled(const std::string& sentence) {
    const auto s = test::tokenize(sentence);
    std::set<std::pair<std::string, std::string>> out;
    for (const Candidate& c : match_titled_persons(s->sentence, real_lexicon()))
        out.emplace(c.canonical, c.title ? c.title->title : std::string());
    return out;
}
using Titled = std::set<std::pair<std::string, std::string>>;
}  // namespace

namespace Catch {
template <>
struct StringMaker<Titled> {
    static std::string convert(const Titled& t) {
        std::string out = "{";
        for (const auto& [name, title] : t) out += " (" + name + ", " + title + ")";
        return out + " }";
    }
};
}  // namespace Catch

TEST_CASE("titles of office other governments' releases use", "[extract][titled_person_matcher]") {
    CHECK(titled("External Affairs Minister Anil Verma met the delegation.") ==
          Titled{{"Anil Verma", "External Affairs Minister"}});
    CHECK(titled("The talks were held by Chinese State Councilor Chen Jun.") == Titled{{"Chen Jun", "State Councilor"}});
    CHECK(titled("Chief Adviser Karim Hossain received the delegation.") == Titled{{"Karim Hossain", "Chief Adviser"}});
    CHECK(titled("He met Minister-President Anna Brandt in the capital.") == Titled{{"Anna Brandt", "Minister-President"}});
    CHECK(titled("Under Secretary-General Laura Okonjo briefed the Council.") ==
          Titled{{"Laura Okonjo", "Under Secretary-General"}});
    const Found f = entities_of("State Councilor and Foreign Minister Chen Jun held talks with Minister of Commerce and "
                                "Industry Anil Verma in Lima.");
    INFO(listing(f));
    CHECK(has(f, "Person", "Chen Jun"));
    CHECK(has(f, "Person", "Anil Verma"));
    CHECK_FALSE(has(f, "Person", "Industry Anil Verma"));
}

TEST_CASE("a title's portfolio after 'for' before the name", "[extract][titled_person_matcher]") {
    CHECK(titled("Minister of State for External Affairs Nadia Rao visited Lima.") == Titled{{"Nadia Rao", "Minister of State"}});
    CHECK(titled("Under Secretary for Political Affairs David Ferrer attended.") == Titled{{"David Ferrer", "Under Secretary"}});
    CHECK(titled("Assistant Secretary for European and Eurasian Affairs Laura Kim spoke.") ==
          Titled{{"Laura Kim", "Assistant Secretary"}});
    CHECK(titled("Under Secretary for Political Affairs David Ferrer and Assistant Secretary for European Affairs Laura Kim "
                 "attended.") == Titled{{"David Ferrer", "Under Secretary"}, {"Laura Kim", "Assistant Secretary"}});
    // A surname that is also a town's name ("Moreno") after a known given name.
    CHECK(titled("Under Secretary for Political Affairs David Moreno attended.") == Titled{{"David Moreno", "Under Secretary"}});
    CHECK(titled("Special Envoy for Climate Prof. Nadia Hassan briefed the delegation.") ==
          Titled{{"Nadia Hassan", "Special Envoy"}});
    // Another office's complement, and a portfolio with no given name after it, name no one.
    CHECK(titled("Assistant to the President for Domestic Trade Affairs Karen Lane spoke.").empty());
    CHECK(titled("Senior Advisor to the President for Coastal Water Programs - Karen Lane").empty());
    CHECK(titled("He thanked the President for Norland's support.").empty());
}

TEST_CASE("forms of address between a title and a name", "[extract][titled_person_matcher]") {
    CHECK(titled("Ambassador Dame Alice Brown presented her credentials.") == Titled{{"Alice Brown", "Ambassador"}});
    CHECK(titled("Minister of State Lord David Ashby joined the meeting.") == Titled{{"David Ashby", "Minister of State"}});
    CHECK(titled("President His Excellency Mr. Ivan Rusu opened the session.") == Titled{{"Ivan Rusu", "President"}});
    CHECK(titled("Crown Prince His Highness Sheikh Khalid bin Ahmed received the guests.") ==
          Titled{{"Khalid", "Crown Prince"}});
    const Found f = entities_of("H.E. Sheikh Khalid bin Ahmed Al Nasser, Minister of Foreign Affairs of Qatar, received "
                                "Foreign Secretary Dame Alice Brown.");
    INFO(listing(f));
    CHECK(has(f, "Person", "Khalid bin Ahmed Al Nasser"));
    CHECK(has(f, "Person", "Alice Brown"));
    CHECK_FALSE(has(f, "Person", "Sheikh Khalid bin Ahmed Al Nasser"));
}
