#include "pressgraph/extract/extractor.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "pressgraph/text/document_reader.hpp"
#include "pressgraph/util/errors.hpp"
#include "support/lexicon_fixture.hpp"
#include "support/real_extraction.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {
// An invented press release in the genre's style: headline, date line, prose.
const std::string kRelease =
    "Moldova and Norland strengthen cooperation\n"
    "12 March 2025\n"
    "Foreign Minister of the Republic of Moldova Ion Popescu met Speaker of the National Assembly Maria Ivanova in "
    "Chisinau.\n"
    "Popescu said that the Supreme Council of the Alliance (SCA) would meet in Norland.\n"
    "Popescu agreed.\n"  // short enough to live in the string's own buffer
    "The SCA will meet again in Moldova in the autumn of the coming year.\n"
    "Ivanova thanked Popescu.\n";

const ExtractedEntity* find_entity(const DocumentExtraction& x, EntityType type, const std::string& name) {
    for (const auto& e : x.entities)
        if (e.type == type && e.canonical_name == name) return &e;
    return nullptr;
}

std::vector<std::string> surfaces(const ExtractedEntity& e) {
    std::vector<std::string> out;
    for (const auto& m : e.mentions) out.push_back(m.surface);
    return out;
}

std::vector<std::string> names_of(const DocumentExtraction& x, EntityType type) {
    std::vector<std::string> out;
    for (const ExtractedEntity& e : x.entities)
        if (e.type == type) out.push_back(e.canonical_name);
    return out;
}
std::vector<std::string> persons_of(const DocumentExtraction& x) { return names_of(x, EntityType::Person); }
bool has(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}
std::string listing(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += n + "; ";
    return out;
}

std::vector<std::string> rules_of(const ExtractedEntity& e) {
    std::vector<std::string> out;
    for (const auto& m : e.mentions) out.push_back(m.rule);
    return out;
}
using Strings = std::vector<std::string>;
}  // namespace

TEST_CASE("Extractor carries the document's metadata", "[extract][extractor]") {
    const Document doc = analyse_document(kRelease, "corpus/x.txt", "x.txt", test::fixture_lexicon().header_words());
    const DocumentExtraction x = Extractor(fixture_lexicon()).extract(doc);
    CHECK(x.document_id == doc.id);
    CHECK(x.name == "x.txt");
    CHECK(x.title == "Moldova and Norland strengthen cooperation");
    CHECK(x.published == DateValue{2025, 3, 12});
    CHECK(x.bytes == kRelease.size());
}

TEST_CASE("Extractor resolves a surname alone to the full name the document gives", "[extract][extractor]") {
    const Document doc = analyse_document(kRelease, "x.txt", "x.txt", test::fixture_lexicon().header_words());
    const DocumentExtraction x = Extractor(fixture_lexicon()).extract(doc);

    const ExtractedEntity* popescu = find_entity(x, EntityType::Person, "Ion Popescu");
    REQUIRE(popescu);
    CHECK(surfaces(*popescu) == Strings{"Ion Popescu", "Popescu", "Popescu", "Popescu"});
    CHECK(rules_of(*popescu) ==
          Strings{"pattern:title-person", "coreference:surname", "coreference:surname", "coreference:surname"});
    CHECK_FALSE(find_entity(x, EntityType::Person, "Popescu"));

    const ExtractedEntity* ivanova = find_entity(x, EntityType::Person, "Maria Ivanova");
    REQUIRE(ivanova);
    CHECK(surfaces(*ivanova) == Strings{"Maria Ivanova", "Ivanova"});

    // Every mention's span is the surface in the original text, inside its sentence.
    for (const auto& e : x.entities)
        for (const auto& m : e.mentions) {
            INFO(e.canonical_name << " / " << m.surface);
            CHECK(doc.slice(m.span) == m.surface);
            CHECK(m.sentence.contains(m.span));
        }
}

TEST_CASE("Extractor resolves an acronym defined in the text", "[extract][extractor]") {
    const Document doc = analyse_document(kRelease, "x.txt", "x.txt", test::fixture_lexicon().header_words());
    const DocumentExtraction x = Extractor(fixture_lexicon()).extract(doc);
    const ExtractedEntity* sca = find_entity(x, EntityType::Organization, "Supreme Council of the Alliance");
    REQUIRE(sca);
    CHECK(sca->subtype == "Other");
    CHECK(surfaces(*sca) == Strings{"Supreme Council of the Alliance", "SCA", "SCA"});
    CHECK(rules_of(*sca) == Strings{"pattern:organization-head", "pattern:acronym-definition", "coreference:acronym"});
    for (const auto& e : x.entities) CHECK(e.canonical_name != "SCA");
}

TEST_CASE("Extractor groups lexicon names under their canonical entry", "[extract][extractor]") {
    const Document doc = analyse_document(kRelease, "x.txt", "x.txt", test::fixture_lexicon().header_words());
    const DocumentExtraction x = Extractor(fixture_lexicon()).extract(doc);
    const ExtractedEntity* moldova = find_entity(x, EntityType::Country, "Moldova");
    REQUIRE(moldova);
    CHECK(surfaces(*moldova) == Strings{"Moldova", "Republic of Moldova", "Moldova"});
    CHECK(find_entity(x, EntityType::Country, "Norland"));
    CHECK(find_entity(x, EntityType::Place, "Chisinau"));
    const ExtractedEntity* assembly = find_entity(x, EntityType::Organization, "National Assembly");
    REQUIRE(assembly);
    CHECK(assembly->subtype == "Parliament");
    // Entities come in order of first mention.
    REQUIRE(x.entities.size() >= 2);
    CHECK(x.entities[0].canonical_name == "Moldova");
    CHECK(x.entities[1].canonical_name == "Norland");
    // The sentences cited by first mentions carry their text.
    for (const auto& e : x.entities) {
        const Span first = e.mentions.front().sentence;
        CHECK(std::any_of(x.sentence_texts.begin(), x.sentence_texts.end(),
                          [&](const auto& st) { return st.first == first && st.second == doc.slice(first); }));
    }
}

TEST_CASE("Extractor leaves an ambiguous surname unresolved", "[extract][extractor]") {
    const std::string text =
        "Ion Popescu and Anna Popescu attended the opening of the exhibition in Chisinau.\n"
        "Popescu spoke about the history of the building and its architects.\n";
    const DocumentExtraction x = Extractor(fixture_lexicon()).extract(analyse_document(text, "y.txt", "y.txt", test::fixture_lexicon().header_words()));
    const ExtractedEntity* ion = find_entity(x, EntityType::Person, "Ion Popescu");
    const ExtractedEntity* anna = find_entity(x, EntityType::Person, "Anna Popescu");
    REQUIRE(ion);
    REQUIRE(anna);
    CHECK(ion->mentions.size() == 1);
    CHECK(anna->mentions.size() == 1);
}

TEST_CASE("Extractor is deterministic", "[extract][extractor]") {
    const Document doc = analyse_document(kRelease, "x.txt", "x.txt", test::fixture_lexicon().header_words());
    const Extractor extractor(fixture_lexicon());
    const DocumentExtraction a = extractor.extract(doc);
    const DocumentExtraction b = extractor.extract(doc);
    REQUIRE(a.entities.size() == b.entities.size());
    for (std::size_t i = 0; i < a.entities.size(); ++i) {
        CHECK(a.entities[i].canonical_name == b.entities[i].canonical_name);
        CHECK(surfaces(a.entities[i]) == surfaces(b.entities[i]));
    }
}

TEST_CASE("a sentence with no capital past its first word holds no name of several words", "[extract][extractor]") {
    // The first word is capitalised by the sentence alone: "Your" opens no festival or body.
    const DocumentExtraction x = test::extract_release(
        "Greetings to the festival\n\nYour festival has become a fine tradition and brings together young musicians "
        "from many regions.\n");
    for (const ExtractedEntity& e : x.entities) CHECK(e.canonical_name != "Your");
    // A capitalised name past the first word is still read.
    const DocumentExtraction y = test::extract_release(
        "Greetings to the festival\n\nThe Riverside Youth Festival has become a fine tradition for the Ministry of Culture of "
        "Portugal.\n");
    bool ministry = false;
    for (const ExtractedEntity& e : y.entities) ministry |= e.type == EntityType::Organization && e.canonical_name.find("Ministry") != std::string::npos;
    CHECK(ministry);
}

TEST_CASE("a body named after a title by a club, caucus, command or network head is no person", "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Appointments to the advisory board\n\nMara Quillon is Chair of the Ohio Rotary Club and a board member of the "
        "Coastal Founders Network. She served at U.S. Pacific Command and chaired the Rural Caucus.\n");
    std::vector<std::string> persons, bodies;
    for (const ExtractedEntity& e : x.entities)
        (e.type == EntityType::Person ? persons : bodies).push_back(e.canonical_name);
    CHECK(std::find(persons.begin(), persons.end(), "Mara Quillon") != persons.end());
    for (const std::string& p : persons) {
        CHECK(p.find("Club") == std::string::npos);
        CHECK(p.find("Network") == std::string::npos);
        CHECK(p.find("Command") == std::string::npos);
        CHECK(p.find("Caucus") == std::string::npos);
    }
    CHECK(std::any_of(bodies.begin(), bodies.end(), [](const std::string& b) { return b.find("Rotary Club") != std::string::npos; }));
}

TEST_CASE("a name wrapped across an indented line break has one space between its words", "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Fact sheet: the budget\n\nThe budget of the coming year funds the Clean Energy     Supply Chain Plan and the Rural\n"
        "    Broadband Connectivity Program in all states.\n");
    std::vector<std::string> names;
    for (const ExtractedEntity& e : x.entities) names.push_back(e.canonical_name);
    INFO(listing(names));
    for (const std::string& n : names) CHECK(n.find("  ") == std::string::npos);
    CHECK(std::find(names.begin(), names.end(), "Clean Energy Supply Chain Plan") != names.end());
    CHECK(std::find(names.begin(), names.end(), "Rural Broadband Connectivity Program") != names.end());
}

TEST_CASE("a named act of legislation is an agreement (a document of the genre)", "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Statement on the vote\n\nThe Senate passed the Coastal Fisheries Recovery Act on Tuesday.\n");
    bool act = false;
    for (const ExtractedEntity& e : x.entities) act |= e.type == EntityType::Agreement && e.canonical_name == "Coastal Fisheries Recovery Act";
    CHECK(act);
}

TEST_CASE("a territory that is no state is a place, a state is a country", "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Statement on the region\n\nThe minister discussed shipping with officials from Hong Kong, Puerto Rico and Greenland, "
        "and later met the Ambassador of Denmark.\n");
    std::map<std::string, EntityType> types;
    for (const ExtractedEntity& e : x.entities) types[e.canonical_name] = e.type;
    for (const char* place : {"Hong Kong", "Puerto Rico", "Greenland"}) {
        INFO(place);
        REQUIRE(types.count(place) == 1);
        CHECK(types[place] == EntityType::Place);
    }
    REQUIRE(types.count("Denmark") == 1);
    CHECK(types["Denmark"] == EntityType::Country);
}

TEST_CASE("first-level regions named by ordinary words or given names are places ('New Jersey', 'Virginia')",
          "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Governor meets minister\n\nGovernor Virginia Hallmark of New Jersey met the Minister of Trade of Wales and "
        "officials from Florida on Monday.\n");
    std::map<std::string, EntityType> types;
    for (const ExtractedEntity& e : x.entities) types[e.canonical_name] = e.type;
    for (const char* place : {"New Jersey", "Wales", "Florida"}) {
        INFO(place);
        REQUIRE(types.count(place) == 1);
        CHECK(types[place] == EntityType::Place);
    }
    // A given name that is also a region's still starts a person's name.
    REQUIRE(types.count("Virginia Hallmark") == 1);
    CHECK(types["Virginia Hallmark"] == EntityType::Person);
}

TEST_CASE("a lower-case head of several words takes the topic after it ('a memorandum of understanding on ...')",
          "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Talks in the capital\n\nThe two sides signed a memorandum of understanding on cooperation in fisheries. They "
        "also discussed a memorandum of understanding.\n");
    const auto agreements = names_of(x, EntityType::Agreement);
    REQUIRE(agreements.size() == 1);
    CHECK(agreements[0] == "memorandum of understanding on cooperation in fisheries");
}

TEST_CASE("a counterpart named with a form of address holds the counterpart's office ('his Ghanaian counterpart, Mrs A B')",
          "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Agreement signed\n\nThe agreement was signed by the Foreign Minister of Nigeria, Mr Tunde Afolabi, and his Ghanaian "
        "counterpart, Mrs Efua Boateng, on Tuesday.\n");
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < x.entities.size(); ++i) index[x.entities[i].canonical_name] = i;
    REQUIRE(index.count("Efua Boateng") == 1);
    REQUIRE(index.count("Ghana") == 1);
    bool holds = false;
    for (const ExtractedFact& f : x.facts)
        holds |= f.predicate == "pgo:holdsPosition" && f.subject == index["Efua Boateng"] && f.object == index["Ghana"];
    CHECK(holds);
}

TEST_CASE("a name of capitalised words before a lower-case programme names the programme ('the Seeds for Peace programme')",
          "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Talks in the capital\n\nThe ministers praised the Seeds for Peace programme and the Green Harbours plan, and "
        "discussed the European Union programme.\n");
    auto agreements = names_of(x, EntityType::Agreement);
    std::sort(agreements.begin(), agreements.end());
    CHECK(agreements == std::vector<std::string>{"Green Harbours plan", "Seeds for Peace programme"});
}

TEST_CASE("a signing 'following the meeting' is at the meeting, not at the guest's visit", "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Talks in Kyiv\n\n17 March 2026\n\nOn 17 March, Minister for Foreign Affairs of Ukraine Taras Melnyk met in Kyiv with "
        "Minister for Foreign Affairs of Ireland Aoife Byrne, who is on her first visit to Ukraine.\n\nFollowing the meeting, "
        "the parties signed a Joint Declaration on Cooperation in Education.\n");
    std::vector<std::string> signed_at;
    for (const ExtractedFact& f : x.facts)
        if (f.predicate == "pgo:signedAt" && f.object_is_event) signed_at.push_back(x.events[f.object].type);
    CHECK(signed_at == std::vector<std::string>{"Meeting"});
}


TEST_CASE("one common word after a title is no surname: title case, nouns of office, documents", "[extract][extractor]") {
    // Title-case headings capitalise function words and common nouns after words that are titles.
    const DocumentExtraction x = test::extract_release(
        "Fact sheet: the clean rivers plan\n\nMarch 3, 2025\n\n"
        "**Environmental Justice Website:** The agency launched a new website for the plan.\n"
        "The tour will show how the President Is Delivering for Communities in Every Corner of Norland.\n"
        "Ana Vell served as Deputy Advisor to the Governor and later as Judge Advocate in the Army.\n"
        "The plan is consistent with the General Agreement on Tariffs and Trade, Minister Korbel said.\n");
    const auto persons = persons_of(x);
    INFO(listing(persons));
    for (const char* junk : {"Website", "Is", "Advisor", "Advocate", "Agreement"}) CHECK_FALSE(has(persons, junk));
    // Two common words with no given name first: the heading's noun phrase.
    const auto order = persons_of(test::extract_release(
        "Leaders praise the order\n\nMarch 3, 2025\n\n"
        "Leaders praised the Environmental Justice Executive Order, Minister Korbel said.\n"
        "The executive order sets a new standard.\n"));
    INFO(listing(order));
    CHECK_FALSE(has(order, "Executive Order"));
    CHECK(has(order, "Korbel"));
    // A surname the release never writes in lower case is one.
    CHECK(has(persons, "Korbel"));
}

TEST_CASE("a surname that is also a common word stays one where the release writes it after a given name",
          "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Secretary meets students\n\nMarch 3, 2025\n\n"
        "Secretary of Labor Marcia Young met young workers in Ohio on Monday.\n"
        "Secretary Young said the young workers were the future of the state.\n");
    const auto persons = persons_of(x);
    INFO(listing(persons));
    CHECK(has(persons, "Marcia Young"));
    CHECK_FALSE(has(persons, "Young"));  // the surname alone is the same person, not another one
}

TEST_CASE("the lower-case evidence reads the same for a release that asks about many words", "[extract][extractor]") {
    // Past the first few words asked, the release is indexed whole: the answers stay the same.
    std::string text = "Ministers meet\n\nMarch 3, 2025\n\n";
    const std::vector<std::string> surnames{"Abrak", "Belvo", "Cordan", "Dreml", "Esterov", "Falmo", "Gristed",
                                            "Harvul", "Isteno", "Jorvak", "Kelmar", "Lostiv", "Morvane", "Nerulo",
                                            "Ostrak", "Pelvin", "Quorba", "Restiv", "Solvak", "Tarvim"};
    for (const std::string& s : surnames) text += "Minister " + s + " attended the session.\n";
    text += "**Environmental Justice Website:** The agency launched a new website.\n";
    const auto persons = persons_of(test::extract_release(text));
    INFO(listing(persons));
    for (const std::string& s : surnames) CHECK(has(persons, s));
    CHECK_FALSE(has(persons, "Website"));
}

TEST_CASE("an unknown word after 'in' that the release writes in lower case is no place", "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Space partnership\n\nMarch 3, 2025\n\n"
        "The Department and Women in Aerospace will fund scholarships in the aerospace industry.\n"
        "The envoy held talks in Velmora on Tuesday.\n");
    const auto places = names_of(x, EntityType::Place);
    INFO(listing(places));
    CHECK_FALSE(has(places, "Aerospace"));
    CHECK(has(places, "Velmora"));  // a town no lexicon lists is still read after "in"
}

TEST_CASE("a descriptive document name ends before a time word, a relative adverb or a verb", "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Ministers meet\n\nMarch 3, 2025\n\n"
        "The ministerial statement today makes clear that the two sides will work together.\n"
        "They recalled the joint statement when they met in Lisbon in June.\n"
        "The strategy on coastal fisheries represents a new start for the region.\n");
    const auto agreements = names_of(x, EntityType::Agreement);
    INFO(listing(agreements));
    for (const std::string& a : agreements)
        for (const char* word : {" today", " makes", " when", " met", " represents"}) CHECK(a.find(word) == std::string::npos);
    CHECK(has(agreements, "strategy on coastal fisheries"));
}

TEST_CASE("a title-case headline's verb opens no document name, a participle or a plural noun may", "[extract][extractor]") {
    const DocumentExtraction x = test::extract_release(
        "Governor Ana Vell Announces New Program to Train Nurses\n\nMarch 3, 2025\n\n"
        "The state also renewed the Visiting Forces Agreement and the Annual Awards Program of the Academy.\n");
    const auto agreements = names_of(x, EntityType::Agreement);
    INFO(listing(agreements));
    for (const std::string& a : agreements) CHECK_FALSE(a.starts_with("Announces"));
    CHECK(has(agreements, "Visiting Forces Agreement"));
    CHECK(std::any_of(agreements.begin(), agreements.end(), [](const std::string& a) { return a.starts_with("Annual Awards Program"); }));
}

TEST_CASE("states joined by dashes in one word are each a country, mentioned by their own letters", "[extract][extractor]") {
    const std::string text =
        "Ministers meet\n\nMarch 3, 2025\n\n"
        "The ministers prepared the Egypt\u2013Greece\u2013" "Cyprus trilateral summit and the India-Japan dialogue.\n"
        "They also met the Rio-Grande delegation.\n";
    const DocumentExtraction x = test::extract_release(text);
    const auto countries = names_of(x, EntityType::Country);
    INFO(listing(countries));
    for (const char* c : {"Egypt", "Greece", "Cyprus", "India", "Japan"}) CHECK(has(countries, c));
    for (const ExtractedEntity& e : x.entities)
        if (e.type == EntityType::Country)
            for (const Mention& m : e.mentions) CHECK(m.surface == e.canonical_name);  // "Cyprus", not the whole word
    // A word with a part that names no country names none.
    CHECK_FALSE(has(countries, "Rio"));
}

TEST_CASE("an event or signing rule with wrong arguments is reported when the extractor is made, with file and line", "[extract][extractor]") {
    // The arguments are read once, before any document: a rule that no sentence of a corpus ever
    // matches is reported all the same.
    auto problem_of = [](const std::string& rules) -> std::pair<std::string, std::size_t> {
        TempFolder folder;
        const std::string dir = write_fixture_lexicon(folder);
        folder.write("rules/test.rules", rules);
        const Lexicon lx = Lexicon::load(dir);
        try {
            const Extractor extractor(lx);
        } catch (const InputError& e) {
            return {e.problem(), e.line()};
        }
        return {"", 0};
    };
    const std::string fine = "rule ok.met\n  match  a:<Person> met b:<Person>\n  event  Meeting who=a with=b\n";
    CHECK(problem_of(fine).first.empty());
    const auto type = problem_of(fine + "rule no.type\n  match  a:<Person> zzyzx b:<Person>\n  event  Gathering who=a\n");
    CHECK(type.first.find("event type") != std::string::npos);
    CHECK(type.second == 4);
    const auto capture = problem_of(fine + "rule no.capture\n  match  a:<Person> zzyzx\n  event  Meeting who=a with=b\n");
    CHECK(capture.first.find("no capture named 'b'") != std::string::npos);
    const auto signing = problem_of("rule sign.two\n  match  a:<Person> signed b:<Agreement>\n  signing a b\n");
    CHECK(signing.first.find("'signing' takes the capture of the agreement") != std::string::npos);
    CHECK(signing.second == 1);
}
