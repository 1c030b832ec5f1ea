#include "pressgraph/text/header_parser.hpp"
#include "support/lexicon_fixture.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace pressgraph;

namespace {
std::string text_of(std::string_view text, Span s) { return std::string(s.of(text)); }
}  // namespace

TEST_CASE("parse_header_date reads the date forms of the genre", "[text][header_parser]") {
    // Document number, then DD-MM-YYYY.
    CHECK(parse_header_date("1184-24-06-2024", test::fixture_lexicon().month_names()) == DateValue{2024, 6, 24});
    CHECK(parse_header_date("980-09-06-2025", test::fixture_lexicon().month_names()) == DateValue{2025, 6, 9});
    // Day, month name, year with a clock time glued on.
    CHECK(parse_header_date("13 November 201711:32", test::fixture_lexicon().month_names()) == DateValue{2017, 11, 13});
    CHECK(parse_header_date("13 November 2017 11:32", test::fixture_lexicon().month_names()) == DateValue{2017, 11, 13});
    CHECK(parse_header_date("5 March 2025", test::fixture_lexicon().month_names()) == DateValue{2025, 3, 5});
    // ISO date followed by a section name.
    CHECK(parse_header_date("2024-11-22 / News", test::fixture_lexicon().month_names()) == DateValue{2024, 11, 22});
    CHECK(parse_header_date("2024-11-22", test::fixture_lexicon().month_names()) == DateValue{2024, 11, 22});
    // Surrounding white space (and a non-breaking space) does not matter.
    CHECK(parse_header_date("  2024-11-22\r", test::fixture_lexicon().month_names()) == DateValue{2024, 11, 22});
    CHECK(parse_header_date("\xC2\xA0" "5 March 2025", test::fixture_lexicon().month_names()) == DateValue{2025, 3, 5});
    // Month first, as many ministries write it.
    CHECK(parse_header_date("March 05, 2024", test::fixture_lexicon().month_names()) == DateValue{2024, 3, 5});
    CHECK(parse_header_date("March 5, 2024 18:30", test::fixture_lexicon().month_names()) == DateValue{2024, 3, 5});
    CHECK_FALSE(parse_header_date("March 5, the ministers met", test::fixture_lexicon().month_names()));
    // A date line closed by a full stop after the year, as some ministries write it; not a sentence that ends so.
    CHECK(parse_header_date("Chisinau, 3 March 2026.", test::fixture_lexicon().month_names()) == DateValue{2026, 3, 3});
    CHECK(parse_header_date("3 March 2026.", test::fixture_lexicon().month_names()) == DateValue{2026, 3, 3});
    CHECK_FALSE(parse_header_date("The ministers met in Chisinau on 3 March 2026.", test::fixture_lexicon().month_names()));
}

TEST_CASE("parse_header_date refuses impossible dates and prose", "[text][header_parser]") {
    CHECK_FALSE(parse_header_date("2024-02-30", test::fixture_lexicon().month_names()));
    CHECK_FALSE(parse_header_date("1184-31-06-2024", test::fixture_lexicon().month_names()));  // 31 June
    CHECK_FALSE(parse_header_date("31 February 2024", test::fixture_lexicon().month_names()));
    CHECK_FALSE(parse_header_date("13 Novembre 2017", test::fixture_lexicon().month_names()));
    CHECK_FALSE(parse_header_date("", test::fixture_lexicon().month_names()));
    CHECK_FALSE(parse_header_date("The ministers met on 13 November 2017 in Chisinau.", test::fixture_lexicon().month_names()));
    CHECK_FALSE(parse_header_date("13 November 2017 the ministers met in Chisinau.", test::fixture_lexicon().month_names()));
    CHECK_FALSE(parse_header_date("12 ministers attended the session.", test::fixture_lexicon().month_names()));
    CHECK_FALSE(parse_header_date("2024-11-22T10:00", test::fixture_lexicon().month_names()));
    CHECK_FALSE(parse_header_date("1184-24-06-20245", test::fixture_lexicon().month_names()));
}

TEST_CASE("is_debris_line recognises page furniture", "[text][header_parser]") {
    CHECK(is_debris_line("09:51"));
    CHECK(is_debris_line("  9:05 "));
    CHECK(is_debris_line("\xE2\x80\xA2 en-GB1 ru-RU1"));  // • en-GB1 ru-RU1
    CHECK(is_debris_line("en-GB ru-RU"));
    // Cyrillic only: "Министерство иностранных дел"
    CHECK(is_debris_line("\xD0\x9C\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD0\xB5\xD1\x80\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE "
                         "\xD0\xB8\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8B\xD1\x85 "
                         "\xD0\xB4\xD0\xB5\xD0\xBB"));
    CHECK(is_debris_line("Showing 1 result."));
    CHECK(is_debris_line("Showing 25 results"));
    CHECK(is_debris_line("* * *"));
    CHECK(is_debris_line("12"));
    // A site's breadcrumb trail.
    CHECK(is_debris_line("Home > Press Office > Announcements"));
    CHECK(is_debris_line("Home \xE2\x80\xBA News \xE2\x80\xBA Statements"));
    // Crumbs up to sixty bytes each, however many.
    CHECK(is_debris_line("Home > Ministry of Foreign Affairs of the Republic of Norland > "
                         "Press Office > Statements and Speeches > 2026 > June"));
}

TEST_CASE("is_debris_line keeps prose and headlines", "[text][header_parser]") {
    CHECK_FALSE(is_debris_line("Exports rose > 5% in May."));
    CHECK_FALSE(is_debris_line("The foreign ministers of Moldova and Norland met in Chisinau on Monday."));
    CHECK_FALSE(is_debris_line("Moldova and Norland sign a declaration on cooperation"));
    CHECK_FALSE(is_debris_line("Showing respect for the Charter, the parties agreed."));
    CHECK_FALSE(is_debris_line("The en-GB version is authoritative."));  // one locale code among words
    CHECK_FALSE(is_debris_line("   "));                                   // blank lines separate paragraphs
    CHECK_FALSE(is_debris_line("Caf\xC3\xA9 talks in Chi\xC8\x99in\xC4\x83u"));  // Latin with diacritics
    // A paragraph with a '>' far into it: its first part is longer than any crumb.
    CHECK_FALSE(is_debris_line(std::string(300, 'a') + " > b"));
    CHECK_FALSE(is_debris_line("Home > " + std::string(61, 'x') + " > News"));  // a part longer than a crumb
}

TEST_CASE("parse_header finds headline, date and body of a press release", "[text][header_parser]") {
    const std::string text =
        "Moldova and Norland sign a declaration on cooperation\n"
        "12 March 2025\n"
        "\n"
        "The foreign ministers met in Chisinau. They signed a declaration.\n"
        "\n"
        "The next meeting will take place in the autumn.\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    REQUIRE(h.title);
    CHECK(text_of(text, *h.title) == "Moldova and Norland sign a declaration on cooperation");
    CHECK(h.published == DateValue{2025, 3, 12});
    REQUIRE_FALSE(h.debris.empty());
    CHECK(text_of(text, h.debris.front()) == "12 March 2025");
    REQUIRE_FALSE(h.body.empty());
    const std::string body = text_of(text, {h.body.front().begin, h.body.back().end});
    CHECK(body.find("The foreign ministers met in Chisinau.") != std::string::npos);
    CHECK(body.find("The next meeting will take place in the autumn.") != std::string::npos);
    CHECK(body.find("12 March") == std::string::npos);
    CHECK(body.find("Moldova and Norland sign") == std::string::npos);
    for (const Span& s : h.body) CHECK_FALSE(s.overlaps(*h.title));
}

TEST_CASE("parse_header reads a document number date line and debris in the header", "[text][header_parser]") {
    const std::string text =
        "10:15\n"
        "\xE2\x80\xA2 en-GB1 ru-RU1\n"
        "On the talks between the foreign ministers\n"
        "1184-24-06-2024\n"
        "The ministers discussed trade.\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    REQUIRE(h.title);
    CHECK(text_of(text, *h.title) == "On the talks between the foreign ministers");
    CHECK(h.published == DateValue{2024, 6, 24});
    CHECK(h.debris.size() == 3);
    REQUIRE(h.body.size() == 1);
    CHECK(text_of(text, h.body.front()).find("The ministers discussed trade.") == 0);
}

TEST_CASE("parse_header without header lines treats everything as body", "[text][header_parser]") {
    const std::string text = "The ministers met in Chisinau. They agreed to meet again.\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    CHECK_FALSE(h.title);
    CHECK_FALSE(h.published);
    CHECK(h.debris.empty());
    REQUIRE(h.body.size() == 1);
    CHECK(text_of(text, h.body.front()).find("The ministers met in Chisinau.") == 0);
}

TEST_CASE("parse_header keeps a headline without a date line when prose follows", "[text][header_parser]") {
    const std::string text = "Talks in Chisinau\nThe ministers met in Chisinau.\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    REQUIRE(h.title);
    CHECK(text_of(text, *h.title) == "Talks in Chisinau");
    CHECK_FALSE(h.published);
}

TEST_CASE("parse_header drops trailing page footers", "[text][header_parser]") {
    const std::string text =
        "The ministers met in Chisinau.\n"
        "They agreed to meet again in Norland.\n"
        "Advanced settings\n"
        "Print version\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    REQUIRE_FALSE(h.body.empty());
    const std::string body = text_of(text, {h.body.front().begin, h.body.back().end});
    CHECK(body.find("They agreed to meet again in Norland.") != std::string::npos);
    CHECK(body.find("Advanced settings") == std::string::npos);
    CHECK(body.find("Print version") == std::string::npos);
    std::vector<std::string> debris;
    for (const Span& s : h.debris) debris.push_back(text_of(text, s));
    CHECK(std::find(debris.begin(), debris.end(), "Advanced settings") != debris.end());
    CHECK(std::find(debris.begin(), debris.end(), "Print version") != debris.end());
}

TEST_CASE("parse_header keeps a final quoted sentence", "[text][header_parser]") {
    const std::string text = "The minister said:\n\xE2\x80\x9CWe will meet again.\xE2\x80\x9D\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    REQUIRE_FALSE(h.body.empty());
    CHECK(text_of(text, {h.body.front().begin, h.body.back().end}).find("We will meet again.") != std::string::npos);
}

TEST_CASE("parse_header reads a dateline that opens the body", "[text][header_parser][body_dateline]") {
    const std::string text =
        "Ministers of Moldova and Norland meet in Chisinau\n"
        "\n"
        "CHISINAU, Nov. 13 (Norpress) -- The foreign ministers met here on Tuesday.\n"
        "\n"
        "They agreed to meet again.\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    REQUIRE(h.title);
    CHECK(text_of(text, *h.title) == "Ministers of Moldova and Norland meet in Chisinau");
    REQUIRE(h.dateline);
    CHECK(text_of(text, *h.dateline) == "CHISINAU");
    REQUIRE(h.dateline_agency);
    CHECK(text_of(text, *h.dateline_agency) == "Norpress");
    CHECK_FALSE(h.published);  // no year anywhere in the header
    CHECK(h.dateline_day == DatelineDate{11, 13, std::nullopt});
    REQUIRE_FALSE(h.body.empty());
    CHECK(text_of(text, h.body.front()).find("The foreign ministers met here on Tuesday.") == 0);
}

TEST_CASE("parse_header takes a dateline's full date as the publication date", "[text][header_parser][body_dateline]") {
    const std::string text = "NEW DELHI, 12 May 2023 \xE2\x80\x94 The two ministers met.\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    CHECK(h.published == DateValue{2023, 5, 12});
    CHECK_FALSE(h.dateline_day);
    REQUIRE(h.dateline);
    CHECK(text_of(text, *h.dateline) == "NEW DELHI");
    REQUIRE(h.body.size() == 1);
    CHECK(text_of(text, h.body.front()) == "The two ministers met.\n");
}

TEST_CASE("parse_header keeps the header's date and place over a body dateline's", "[text][header_parser][body_dateline]") {
    const std::string text =
        "Talks in Chisinau\n"
        "2024-11-14, Gomel\n"
        "\n"
        "CHISINAU, Nov. 13 (Norpress) -- The foreign ministers met.\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    CHECK(h.published == DateValue{2024, 11, 14});
    CHECK_FALSE(h.dateline_day);
    REQUIRE(h.dateline);
    CHECK(text_of(text, *h.dateline) == "Gomel");
    REQUIRE(h.body.size() == 1);
    CHECK(text_of(text, h.body.front()).find("The foreign ministers met.") == 0);  // the dateline left out all the same
}

TEST_CASE("parse_header reads no dateline in a headline, a date line or later prose", "[text][header_parser][body_dateline]") {
    // A headline shaped like a dateline stays the headline.
    const std::string headline = "CHISINAU \xE2\x80\x94 Ministers Meet\n2024-11-14\n\nThe foreign ministers met.\n";
    const HeaderInfo a = parse_header(headline, test::fixture_lexicon().header_words());
    REQUIRE(a.title);
    CHECK(text_of(headline, *a.title) == "CHISINAU \xE2\x80\x94 Ministers Meet");
    CHECK_FALSE(a.dateline);
    // A date line with a place and no dash is the header's date line, as before.
    const std::string date_line = "Talks\nChisinau, 13 November 2024\n\nThe foreign ministers met.\n";
    const HeaderInfo b = parse_header(date_line, test::fixture_lexicon().header_words());
    CHECK(b.published == DateValue{2024, 11, 13});
    REQUIRE(b.dateline);
    CHECK(text_of(date_line, *b.dateline) == "Chisinau");
    CHECK_FALSE(b.dateline_agency);
    // Only the first line of prose opens with a dateline, or the first after a deck; one only.
    const std::string later = "The ministers met.\nCHISINAU, Nov. 13 -- The talks went on.\n";
    const HeaderInfo c = parse_header(later, test::fixture_lexicon().header_words());
    CHECK_FALSE(c.dateline);
    CHECK_FALSE(c.dateline_day);
    const std::string listed = "Talks\n2024-11-14\n\nThe ministers named their envoys:\n\nIVAN PETROV \xE2\x80\x93 Chisinau, Moldova\n";
    CHECK_FALSE(parse_header(listed, test::fixture_lexicon().header_words()).dateline);
    const std::string twice = "Talks\nCHISINAU, Nov. 13 (Norpress) --\nGOMEL, Nov. 12 -- The talks went on.\n";
    const HeaderInfo t = parse_header(twice, test::fixture_lexicon().header_words());
    REQUIRE(t.dateline);
    CHECK(text_of(twice, *t.dateline) == "CHISINAU");
    CHECK(t.dateline_day == DatelineDate{11, 13, std::nullopt});
    // A first sentence that opens with an all-caps name is prose.
    const std::string caps = "NORLAND POST reported that the ministers met.\n";
    const HeaderInfo d = parse_header(caps, test::fixture_lexicon().header_words());
    CHECK_FALSE(d.dateline);
    REQUIRE(d.body.size() == 1);
    CHECK(d.body.front().begin == 0);
}

TEST_CASE("parse_header reads a dateline after a deck line", "[text][header_parser][body_dateline]") {
    const std::string text =
        "Ministers meet in Chisinau\n"
        "2024-11-14\n"
        "\n"
        "**Talks on Trade Resume**\n"
        "\n"
        "CHISINAU \xE2\x80\x93 Today the foreign ministers met.\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    REQUIRE(h.dateline);
    CHECK(text_of(text, *h.dateline) == "CHISINAU");
    REQUIRE(h.body.size() == 2);
    CHECK(text_of(text, h.body[0]).find("**Talks on Trade Resume**") == 0);
    CHECK(text_of(text, h.body[1]) == "Today the foreign ministers met.\n");
}

TEST_CASE("parse_header reads a dateline alone on the first line as no headline", "[text][header_parser][body_dateline]") {
    // The release opens with its dateline on a line of its own; the body follows.
    const std::string dated = "NEW DELHI, 12 May 2023\n\nThe two ministers met in the capital.\n";
    const HeaderInfo a = parse_header(dated, test::fixture_lexicon().header_words());
    CHECK_FALSE(a.title);
    CHECK(a.published == DateValue{2023, 5, 12});
    REQUIRE(a.dateline);
    CHECK(text_of(dated, *a.dateline) == "NEW DELHI");
    // Without its year, and with the wire's agency and dash: still the dateline, no headline.
    const std::string wire = "LIMA, Nov. 13 (Norpress) --\nThe foreign ministers met here on Tuesday.\n";
    const HeaderInfo b = parse_header(wire, test::fixture_lexicon().header_words());
    CHECK_FALSE(b.title);
    REQUIRE(b.dateline);
    CHECK(text_of(wire, *b.dateline) == "LIMA");
    CHECK(b.dateline_day == DatelineDate{11, 13, std::nullopt});
    REQUIRE(b.body.size() == 1);
    CHECK(text_of(wire, b.body.front()) == "The foreign ministers met here on Tuesday.\n");
    const std::string bare = "CHISINAU, 2 April\n\nThe foreign ministers met.\n";
    const HeaderInfo c = parse_header(bare, test::fixture_lexicon().header_words());
    CHECK_FALSE(c.title);
    REQUIRE(c.dateline);
    CHECK(text_of(bare, *c.dateline) == "CHISINAU");
    CHECK(c.dateline_day == DatelineDate{4, 2, std::nullopt});
    // A headline above it stays the headline.
    const std::string titled = "Ministers meet in Chisinau\nCHISINAU, 2 April\n\nThe foreign ministers met.\n";
    const HeaderInfo d = parse_header(titled, test::fixture_lexicon().header_words());
    REQUIRE(d.title);
    CHECK(text_of(titled, *d.title) == "Ministers meet in Chisinau");
}

TEST_CASE("parse_header reads no place in a date line's weekday", "[text][header_parser]") {
    const std::string text = "Talks in Chisinau\nMonday, March 5, 2024\n\nThe foreign ministers met.\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    CHECK(h.published == DateValue{2024, 3, 5});
    CHECK_FALSE(h.dateline);
    const std::string body = "Talks in Chisinau\n2024-03-05\n\nMonday, March 5 \xE2\x80\x94 The foreign ministers met.\n";
    const HeaderInfo b = parse_header(body, test::fixture_lexicon().header_words());
    CHECK_FALSE(b.dateline);
    REQUIRE(b.body.size() == 1);
    CHECK(text_of(body, b.body.front()) == "The foreign ministers met.\n");
}

TEST_CASE("parse_header reads the place and date a release closes with as its date line", "[text][header_parser]") {
    // Ministries that sign off with the place and day of issue, on two lines or one.
    const std::string two = "Visit of the Minister to Moldova\n\nThe Minister will visit Chisinau on 14 May.\n"
                            "He will meet his counterpart.\n\nNew Delhi\nMay 13, 2025\n";
    const HeaderInfo a = parse_header(two, test::fixture_lexicon().header_words());
    REQUIRE(a.title);
    CHECK(text_of(two, *a.title) == "Visit of the Minister to Moldova");
    CHECK(a.published == DateValue{2025, 5, 13});
    REQUIRE(a.dateline);
    CHECK(text_of(two, *a.dateline) == "New Delhi");
    const std::string one = "Talks in Chisinau\n\nThe ministers met.\n\nGomel, 13 May 2025\n";
    const HeaderInfo b = parse_header(one, test::fixture_lexicon().header_words());
    CHECK(b.published == DateValue{2025, 5, 13});
    REQUIRE(b.dateline);
    CHECK(text_of(one, *b.dateline) == "Gomel");
    // The header's date and place stay; a closing date alone names no place.
    const std::string dated = "Talks\n2025-05-14, Minsk\n\nThe ministers met.\n\nGomel\nMay 13, 2025\n";
    const HeaderInfo c = parse_header(dated, test::fixture_lexicon().header_words());
    CHECK(c.published == DateValue{2025, 5, 14});
    CHECK(text_of(dated, *c.dateline) == "Minsk");
    const std::string bare = "Talks\n\nThe ministers met.\n\nMay 13, 2025\n";
    const HeaderInfo d = parse_header(bare, test::fixture_lexicon().header_words());
    CHECK(d.published == DateValue{2025, 5, 13});
    CHECK_FALSE(d.dateline);
    // A last line of prose is no signature.
    const std::string prose = "Talks\n\nThe ministers met.\nThey will meet again on May 13, 2025.\n";
    CHECK_FALSE(parse_header(prose, test::fixture_lexicon().header_words()).published);
}

TEST_CASE("parse_header reads a date line after page furniture, and dates written with numbers", "[text][header_parser]") {
    // GOV.UK: summary, "From:", the department, "Published", then the date.
    const std::string gov = "Minister visits Moldova\n\nThe Minister travelled to Chisinau for talks.\n\nFrom:\n"
                            "Department of Examples\nPublished\n3 February 2025\n\nThe Minister met the President today.\n";
    const HeaderInfo a = parse_header(gov, test::fixture_lexicon().header_words());
    CHECK(a.published == DateValue{2025, 2, 3});
    REQUIRE(a.title);
    CHECK(text_of(gov, *a.title) == "Minister visits Moldova");
    // A document number before the date.
    const std::string numbered = "Meeting with the President of Moldova\n\nPR/25/214\n22 September 2025\n\nThe ministers met.\n";
    CHECK(parse_header(numbered, test::fixture_lexicon().header_words()).published == DateValue{2025, 9, 22});
    // Day, month and year in figures, day first; a day over 12 settles the order either way.
    const std::string eu = "Talks\n\nChisinau, 14/04/2025\n\nThe ministers met.\n";
    const HeaderInfo e = parse_header(eu, test::fixture_lexicon().header_words());
    CHECK(e.published == DateValue{2025, 4, 14});
    REQUIRE(e.dateline);
    CHECK(text_of(eu, *e.dateline) == "Chisinau");
    CHECK(parse_header_date("15.10.2025", test::fixture_lexicon().month_names()) == DateValue{2025, 10, 15});
    CHECK(parse_header_date("04/05/2025", test::fixture_lexicon().month_names()) == DateValue{2025, 5, 4});
    CHECK(parse_header_date("04/25/2025", test::fixture_lexicon().month_names()) == DateValue{2025, 4, 25});
    CHECK_FALSE(parse_header_date("14/14/2025", test::fixture_lexicon().month_names()));
    // A section label after the figures, behind a dash or a bar.
    CHECK(parse_header_date("21.09.2025 - Press release", test::fixture_lexicon().month_names()) == DateValue{2025, 9, 21});
    CHECK(parse_header_date("03/11/2025 | Statement", test::fixture_lexicon().month_names()) == DateValue{2025, 11, 3});
    const std::string listed = "Minister travels to Peru\n\n08.05.2025 - Press release\n\nThe Minister will travel to Lima.\n";
    CHECK(parse_header(listed, test::fixture_lexicon().header_words()).published == DateValue{2025, 5, 8});
    // The date, then the place and the issuing body after dashes, as news releases open.
    const std::string dashed = "Minister meets Peruvian counterpart\n\nNews release\n\nMay 8, 2025 \xE2\x80\x93 Lima, Peru \xE2\x80\x93 "
                               "Department of Examples\n\nToday the Minister met her counterpart.\n";
    const HeaderInfo h = parse_header(dashed, test::fixture_lexicon().header_words());
    CHECK(h.published == DateValue{2025, 5, 8});
    REQUIRE(h.dateline);
    CHECK(text_of(dashed, *h.dateline).rfind("Lima, Peru", 0) == 0);
    // A date alone deep in the body is no header date.
    const std::string late = "Talks\n\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\n3 February 2025\nNine.\n";
    CHECK_FALSE(parse_header(late, test::fixture_lexicon().header_words()).published);
}

TEST_CASE("a closing line of one word and a day dates the release, a month written short with a full stop too", "[text][header]") {
    const std::string text = "Chile and Peru sign fisheries pact\n\nThe ministers met in Lima.\n\nPublished Nov. 11, 2025\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    REQUIRE(h.published);
    CHECK(h.published->iso() == "2025-11-11");
    const HeaderInfo g = parse_header("Talks in Lima\n11 Nov. 2025\n\nThe ministers met in Lima.\n", test::fixture_lexicon().header_words());
    REQUIRE(g.published);
    CHECK(g.published->iso() == "2025-11-11");
    // A closing line of prose is not a date line.
    const HeaderInfo p = parse_header("Talks in Lima\n\nThe ministers met in Lima.\n\nSee also Nov. 11, 2025\n",
                                      test::fixture_lexicon().header_words());
    CHECK_FALSE(p.published);
}

TEST_CASE("parse_header_date reads a date with a clock time after a dash, and a date among fields between bars",
          "[text][header_parser]") {
    const auto& months = test::fixture_lexicon().month_names();
    CHECK(parse_header_date("17 March 2026 \xE2\x80\x93 14:20", months) == DateValue{2026, 3, 17});
    CHECK(parse_header_date("March 17, 2026 - 14:20", months) == DateValue{2026, 3, 17});
    // Wire pages print the clock time after a comma, with its half of the day.
    CHECK(parse_header_date("Mar 17, 2026, 9:45 PM", months) == DateValue{2026, 3, 17});
    CHECK(parse_header_date("March 17, 2026, 14:20", months) == DateValue{2026, 3, 17});
    CHECK_FALSE(parse_header_date("March 17, 2026, the ministers met", months));
    // A section label after a date in figures is short; prose after it is a dateline's body.
    CHECK(parse_header_date("14.04.2026 - Press release", months) == DateValue{2026, 4, 14});
    CHECK_FALSE(parse_header_date("Bern, 14.04.2026 - From 22 to 24 April 2026, the minister will travel to Accra.", months));
    CHECK(parse_header_date("Ministry of Foreign Affairs | Press Release 112 | Lima, May 8, 2026", months) == DateValue{2026, 5, 8});
    CHECK(parse_header_date("May 8, 2026 | Press Release 112", months) == DateValue{2026, 5, 8});
    CHECK_FALSE(parse_header_date("Ministry of Foreign Affairs | Press Release 112", months));
    CHECK_FALSE(parse_header_date("17 March 2026 \xE2\x80\x93 the ministers met", months));
}

TEST_CASE("wire copy stamped on its last line with the day and time alone is dated by the stamp", "[text][header]") {
    const std::string text =
        "Chile, Peru sign fisheries pact\n\nLIMA, Mar. 4 (Agency) -- The ministers met in Lima on Wednesday, the ministry said.\n\n"
        "They adopted a plan for 2027-2029.\n\nreporter@agency.example\n(END)\n\n2026-03-04 17:42\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    REQUIRE(h.published);
    CHECK(h.published->iso() == "2026-03-04");
    // A stamp that is not the last line, or a last line with words, dates nothing.
    const HeaderInfo g = parse_header("Talks in Lima\n\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\n(END)\n"
                                      "2026-03-04 17:42\nMore news\n",
                                      test::fixture_lexicon().header_words());
    CHECK_FALSE(g.published);
    const HeaderInfo f = parse_header("Talks in Lima\n\nThe ministers met in Lima.\n\nSee the plan of 2026-03-04\n",
                                      test::fixture_lexicon().header_words());
    CHECK_FALSE(f.published);
}

TEST_CASE("parse_header dates a release by its headline's closing date when no date line is there, and reads a long name before a date as the headline",
          "[text][header_parser]") {
    const auto& words = test::fixture_lexicon().header_words();
    {
        const std::string text = "Spokesperson's Regular Press Conference on April 14, 2026\n\nThe spokesperson answered questions.\n";
        const HeaderInfo h = parse_header(text, words);
        REQUIRE(h.title);
        CHECK(text_of(text, *h.title) == "Spokesperson's Regular Press Conference on April 14, 2026");
        CHECK(h.published == DateValue{2026, 4, 14});
    }
    {
        const std::string text = "Foreign Affairs Council, 23 February 2026\n\nPress release\n\nThe Council met in Brussels.\n";
        const HeaderInfo h = parse_header(text, words);
        REQUIRE(h.title);
        CHECK(text_of(text, *h.title) == "Foreign Affairs Council, 23 February 2026");
        CHECK(h.published == DateValue{2026, 2, 23});
    }
    {
        // A place of one or two words before the date is a date line's place, not a headline.
        const std::string text = "The ministers meet\n\nMexico City, 23 February 2026\n\nThe ministers met.\n";
        const HeaderInfo h = parse_header(text, words);
        REQUIRE(h.title);
        CHECK(text_of(text, *h.title) == "The ministers meet");
    }
}

TEST_CASE("parse_header_date reads a date written year first with dots or slashes", "[text][header_parser]") {
    const auto& months = test::fixture_lexicon().month_names();
    CHECK(parse_header_date("2026.6.4", months) == DateValue{2026, 6, 4});
    CHECK(parse_header_date("2026. 6. 4.", months) == DateValue{2026, 6, 4});
    CHECK(parse_header_date("2026/06/04", months) == DateValue{2026, 6, 4});
    CHECK_FALSE(parse_header_date("2026/13/04", months));
    CHECK_FALSE(parse_header_date("2026.6.4 the ministers met", months));
    CHECK_FALSE(parse_header_date("2026/06", months));
}

TEST_CASE("a publisher's label on a line of its own is page furniture, not the headline nor the lead", "[text][header]") {
    const std::string text = "Media Statement\n\nMinister to visit Peru\n\nREADOUT\n\nOFFICE OF THE SPOKESPERSON\n\n"
                             "March 3, 2026\n\nThe Minister will travel to Lima.\n\nQuick facts\n\n- Peru is a partner.\n";
    const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
    REQUIRE(h.title);
    CHECK(text_of(text, *h.title) == "Minister to visit Peru");
    CHECK(h.published == DateValue{2026, 3, 3});
    REQUIRE_FALSE(h.body.empty());
    CHECK(text_of(text, h.body.front()).rfind("The Minister will travel", 0) == 0);
    // A headline of one such word stays a headline.
    const std::string one = "Statement\n2026-03-03\n\nThe Minister spoke today.\n";
    const HeaderInfo s = parse_header(one, test::fixture_lexicon().header_words());
    REQUIRE(s.title);
    CHECK(text_of(one, *s.title) == "Statement");
}

TEST_CASE("parse_header_date reads an ordinal day, a weekday without a comma, a page label and a time zone",
          "[text][header_parser]") {
    const auto& months = test::fixture_lexicon().month_names();
    CHECK(parse_header_date("Mombasa, Tuesday 3rd November 2026", months) == DateValue{2026, 11, 3});
    CHECK(parse_header_date("21st August 2025", months) == DateValue{2025, 8, 21});
    CHECK(parse_header_date("Wednesday 9 September 2026", months) == DateValue{2026, 9, 9});
    CHECK(parse_header_date("Updated: Monday, May 4, 2026 - 08:15 UTC", months) == DateValue{2026, 5, 4});
    CHECK(parse_header_date("May 4, 2026 9:40 PM", months) == DateValue{2026, 5, 4});
    CHECK_FALSE(parse_header_date("21st August the delegations arrived", months));
    CHECK_FALSE(parse_header_date("Note: the delegations arrive on 9 September 2026", months));
    CHECK_FALSE(parse_header_date("Delegations 9 September 2026 arrived", months));
    CHECK_FALSE(parse_header_date("May 4, 2026 9:40 Geneva", months));
}

TEST_CASE("parse_header keeps a list the release introduces with a colon, and drops the footer after it", "[text][header_parser]") {
    const auto body_and_debris = [](const std::string& text) {
        const HeaderInfo h = parse_header(text, test::fixture_lexicon().header_words());
        REQUIRE_FALSE(h.body.empty());
        std::string debris;
        for (const Span& s : h.debris) debris += text_of(text, s) + "|";
        return std::pair{text_of(text, {h.body.front().begin, h.body.back().end}), debris};
    };
    SECTION("introduced at the end of a long line of prose") {
        const auto [body, debris] = body_and_debris(
            "The President convened a virtual meeting of leaders of the region today. Participants included:\n"
            "- President Ana Lopes, Republic of Norland\n"
            "- Prime Minister Rui Costa, Kingdom of Southland\n"
            "Print version\n");
        CHECK(body.find("Ana Lopes, Republic of Norland") != std::string::npos);
        CHECK(body.find("Rui Costa, Kingdom of Southland") != std::string::npos);
        CHECK(debris.find("Print version") != std::string::npos);
    }
    SECTION("introduced by a short line of its own, items without bullets") {
        const auto [body, debris] = body_and_debris(
            "The ministers met in Chisinau.\n"
            "Taking part:\n"
            "Ana Lopes, Minister of Trade\n"
            "Rui Costa, Minister of Energy\n");
        CHECK(body.find("Taking part:") != std::string::npos);
        CHECK(body.find("Rui Costa, Minister of Energy") != std::string::npos);
        CHECK(debris.empty());
    }
    SECTION("a colon with no item after it is a footer's label") {
        const auto [body, debris] = body_and_debris(
            "The ministers met in Chisinau.\n"
            "Share this page:\n"
            "Print version\n");
        CHECK(body.find("Share this page") == std::string::npos);
        CHECK(debris.find("Print version") != std::string::npos);
    }
}

TEST_CASE("parse_header_date reads a clock time after figures, a label of several words and a byline's bar",
          "[text][header_parser]") {
    const auto& months = test::fixture_lexicon().month_names();
    // Year first, with the clock time after the last dot.
    CHECK(parse_header_date("2026. 03. 17. 09:30", months) == DateValue{2026, 3, 17});
    CHECK_FALSE(parse_header_date("2026. 03. 17. the ministers met", months));
    // Day first, with the clock time and its seconds.
    CHECK(parse_header_date("04/11/2026 08:05:59", months) == DateValue{2026, 11, 4});
    CHECK_FALSE(parse_header_date("04/11/2026 08:05:75", months));
    CHECK_FALSE(parse_header_date("04/11/2026 the ministers met", months));
    // A label of two or three words before the colon.
    CHECK(parse_header_date("Last update: 04/11/2026 08:05 PM", months) == DateValue{2026, 11, 4});
    CHECK(parse_header_date("Date of publication: March 17, 2026", months) == DateValue{2026, 3, 17});
    CHECK_FALSE(parse_header_date("Please note: the talks began on 4 November 2026", months));
    CHECK_FALSE(parse_header_date("The two ministers agreed on the following: 4 November 2026", months));
    // A byline's bar without a space after it.
    CHECK(parse_header_date("Ana Ruiz  |17.03.2026 - Update : 18.03.2026", months) == DateValue{2026, 3, 17});
    CHECK_FALSE(parse_header_date("Ana Ruiz  |Madrid", months));
}
