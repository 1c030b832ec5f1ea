// The dateline reader on invented opening lines of wire stories and ministry releases.
#include "pressgraph/text/body_dateline.hpp"
#include "support/lexicon_fixture.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace pressgraph;

namespace {

std::optional<BodyDateline> read(std::string_view line) {
    return read_body_dateline(line, test::fixture_lexicon().header_words());
}

std::string place_of(std::string_view line) {
    const auto d = read(line);
    return d ? std::string(d->place.of(line)) : std::string("<none>");
}

std::string agency_of(std::string_view line) {
    const auto d = read(line);
    return d && d->agency ? std::string(d->agency->of(line)) : std::string("<none>");
}

std::string body_of(std::string_view line) {
    const auto d = read(line);
    return d ? std::string(line.substr(d->body)) : std::string("<none>");
}

}  // namespace

TEST_CASE("read_body_dateline reads a wire-service dateline with month, day and agency", "[text][body_dateline]") {
    const std::string line = "LIMA, Nov. 13 (Xinhua) -- President Ivan Petrov met his counterpart here on Tuesday.";
    const auto d = read(line);
    REQUIRE(d);
    CHECK(d->place.of(line) == "LIMA");
    CHECK(d->date == DatelineDate{11, 13, std::nullopt});
    CHECK(agency_of(line) == "Xinhua");
    CHECK(body_of(line) == "President Ivan Petrov met his counterpart here on Tuesday.");
}

TEST_CASE("read_body_dateline reads the common date forms", "[text][body_dateline]") {
    CHECK(read("MOSCOW, March 3 (TASS) - The ministers met.")->date == DatelineDate{3, 3, std::nullopt});
    CHECK(agency_of("MOSCOW, March 3 (TASS) - The ministers met.") == "TASS");
    CHECK(read("BEIJING, Jan 5 (Reuters) - The talks began.")->date == DatelineDate{1, 5, std::nullopt});
    CHECK(read("GENEVA, Sept. 30 -- The session opened.")->date == DatelineDate{9, 30, std::nullopt});
    CHECK(read("LISBON, March 5, 2024 -- The ministers met.")->date == DatelineDate{3, 5, 2024});
    CHECK(read("NEW DELHI, 12 May 2023 \xE2\x80\x94 The two ministers met.")->date == DatelineDate{5, 12, 2023});  // —
    CHECK(place_of("NEW DELHI, 12 May 2023 \xE2\x80\x94 The two ministers met.") == "NEW DELHI");
    CHECK(body_of("NEW DELHI, 12 May 2023 \xE2\x80\x94 The two ministers met.") == "The two ministers met.");
    // A capitalised place, as ministries write it, with an en dash.
    CHECK(place_of("Astana, 5 June 2024 \xE2\x80\x93 The foreign ministers met.") == "Astana");
    CHECK(read("Astana, 5 June 2024 \xE2\x80\x93 The foreign ministers met.")->date == DatelineDate{6, 5, 2024});
    // A dash without spaces.
    CHECK(body_of("CHISINAU, 2 April\xE2\x80\x94The ministers met.") == "The ministers met.");
    // A quotation opens the prose.
    CHECK(body_of("CHISINAU, April 2 -- \"We agreed,\" the minister said.") == "\"We agreed,\" the minister said.");
    // Day, month and year in figures between dots, as continental ministries write it.
    CHECK(read("Bern, 04.03.2026 - On 4 March, the ministers met.")->date == DatelineDate{3, 4, 2026});
    CHECK(body_of("Bern, 04.03.2026 - On 4 March, the ministers met.") == "On 4 March, the ministers met.");
    CHECK_FALSE(read("Bern, 31.02.2026 - The ministers met."));
}

TEST_CASE("read_body_dateline reads a city with its state or country", "[text][body_dateline]") {
    CHECK(place_of("SAN JOSE, Costa Rica, Oct. 2 (AP) -- The talks ended.") == "SAN JOSE, Costa Rica");
    CHECK(read("SAN JOSE, Costa Rica, Oct. 2 (AP) -- The talks ended.")->date == DatelineDate{10, 2, std::nullopt});
    CHECK(place_of("WASHINGTON, D.C. \xE2\x80\x93 Today, the President spoke.") == "WASHINGTON, D.C.");
    CHECK(place_of("KYIV, Ukraine \xE2\x80\x94 The ministers met.") == "KYIV, Ukraine");
}

TEST_CASE("read_body_dateline reads a dateline without a date", "[text][body_dateline]") {
    const std::string line = "WASHINGTON \xE2\x80\x94 The President spoke today with the Prime Minister.";
    const auto d = read(line);
    REQUIRE(d);
    CHECK(d->place.of(line) == "WASHINGTON");
    CHECK_FALSE(d->date);
    CHECK_FALSE(d->agency);
    CHECK(body_of(line) == "The President spoke today with the Prime Minister.");
    CHECK(agency_of("MOSCOW (Reuters) - The ministers met.") == "Reuters");
    // An em dash joined to both words.
    CHECK(place_of("WASHINGTON\xE2\x80\x94The President spoke.") == "WASHINGTON");
    CHECK(body_of("WASHINGTON\xE2\x80\x94The President spoke.") == "The President spoke.");
    // Letters beyond ASCII.
    CHECK(place_of("BRAS\xC3\x8DLIA \xE2\x80\x94 The ministers met.") == "BRAS\xC3\x8DLIA");
    CHECK_FALSE(read("MOSCOW (Reuters) - The ministers met.")->date);
}

TEST_CASE("read_body_dateline leaves prose that merely looks like one", "[text][body_dateline]") {
    // An all-caps word opens a sentence.
    CHECK_FALSE(read("NATO leaders met in Brussels on Tuesday."));
    CHECK_FALSE(read("UN Secretary-General Ana Lopes arrived in Lima."));
    // An all-caps name of something other than a place, then prose.
    CHECK_FALSE(read("WASHINGTON POST reported that the talks had ended."));
    // A place and a date, but no dash: a date line, or prose.
    CHECK_FALSE(read("MOSCOW, March 3, 2024."));
    CHECK_FALSE(read("MOSCOW (TASS) The ministers met."));
    CHECK_FALSE(read("Lima, 13 November 2024"));
    // Capitalised words and a dash, but no date: an aside, not a dateline.
    CHECK_FALSE(read("Ivan Petrov \xE2\x80\x93 the new ambassador \xE2\x80\x93 arrived in Lima."));
    CHECK_FALSE(read("Astana \xE2\x80\x94 the capital \xE2\x80\x94 hosted the summit."));
    // After the dash comes no sentence.
    CHECK_FALSE(read("PART ONE \xE2\x80\x93 12 measures were adopted."));
    // A hyphen joined to a word is no dash.
    CHECK_FALSE(read("LIMA, Nov. 13-14 talks were held."));
    // An impossible date, too many words, a lower-case word in the place.
    CHECK_FALSE(read("LIMA, Nov. 31 -- The ministers met."));
    CHECK_FALSE(read("ONE TWO THREE FOUR FIVE, Nov. 13 -- The ministers met."));
    CHECK_FALSE(read("The ministers met in Lima, Nov. 13 -- The talks ended."));
    CHECK_FALSE(read(""));
    CHECK_FALSE(read("LIMA"));
}

TEST_CASE("read_body_dateline reads a long line without scanning it whole", "[text][body_dateline]") {
    // Words without end and never a comma or dash: refused within the first words.
    std::string words;
    for (int i = 0; i < 20000; ++i) words += "LIMA ";
    CHECK_FALSE(read(words));
    std::string agency = "LIMA, Nov. 13 (" + std::string(20000, 'X') + ") -- The ministers met.";
    CHECK_FALSE(read(agency));
}

TEST_CASE("read_body_dateline reads no place in a weekday or month that opens the date", "[text][body_dateline]") {
    // "Monday, March 5 —": the weekday is the date's, and the dateline names no place.
    const std::string line = "Monday, March 5 \xE2\x80\x94 The foreign ministers met in Lima.";
    const auto d = read(line);
    REQUIRE(d);
    CHECK(d->place.empty());
    CHECK(d->date == DatelineDate{3, 5, std::nullopt});
    CHECK(body_of(line) == "The foreign ministers met in Lima.");
    CHECK(read("TUESDAY, 6 May 2025 -- The talks began.")->place.empty());
    CHECK(read("Wednesday, Nov. 12 -- The talks began.")->place.empty());
    // A weekday alone, without a date, opens no dateline.
    CHECK_FALSE(read("FRIDAY \xE2\x80\x94 The talks began."));
    // A place before the weekday is still the place.
    CHECK(place_of("LIMA, Nov. 13 -- The talks began.") == "LIMA");
}

TEST_CASE("read_body_dateline reads a mixed-case city joined by short lower-case words", "[text][body_dateline]") {
    // "Rio de Janeiro", "Dar es Salaam": particles (word class place_particle) between capitalised words.
    const std::string line = "Rio de Janeiro, 5 June \xE2\x80\x93 The foreign ministers met.";
    const auto d = read(line);
    REQUIRE(d);
    CHECK(d->place.of(line) == "Rio de Janeiro");
    CHECK(d->date == DatelineDate{6, 5, std::nullopt});
    CHECK(body_of(line) == "The foreign ministers met.");
    CHECK(place_of("Dar es Salaam, 14 March 2025 -- The talks ended.") == "Dar es Salaam");
    CHECK(place_of("Frankfurt am Main, Jan. 9 \xE2\x80\x94 The talks ended.") == "Frankfurt am Main");
    // A particle neither opens nor ends the place, and prose with one is no dateline.
    CHECK_FALSE(read("Rio de, 5 June -- The talks ended."));
    CHECK_FALSE(read("Talks in Lima, 5 June -- The ministers met."));
    CHECK_FALSE(read("Visit of Ministers, 5 June -- The ministers met."));
}

TEST_CASE("read_body_dateline reads a day written as an ordinal and an agency between slashes", "[text][body_dateline]") {
    // "ABU DHABI, 25th September, 2025 (WAM) --": an ordinal day, a comma before the year.
    const std::string gulf = "MUSCAT, 25th September, 2025 (ONA) -- The foreign ministers met.";
    REQUIRE(read(gulf));
    CHECK(read(gulf)->date == DatelineDate{9, 25, 2025});
    CHECK(agency_of(gulf) == "ONA");
    CHECK(read("MUSCAT, 1st March (ONA) -- The talks began.")->date == DatelineDate{3, 1, std::nullopt});
    // "MOSCOW, October 15. /TASS/. ...": the agency between slashes after the date's full stop, no dash.
    const std::string wire = "MINSK, October 15. /BELTA/. The foreign ministers met on Wednesday.";
    const auto d = read(wire);
    REQUIRE(d);
    CHECK(d->place.of(wire) == "MINSK");
    CHECK(d->date == DatelineDate{10, 15, std::nullopt});
    CHECK(agency_of(wire) == "BELTA");
    CHECK(body_of(wire) == "The foreign ministers met on Wednesday.");
    // Not a day: letters glued to a number that are no ordinal's, and a sentence ending in a date.
    CHECK_FALSE(read("MUSCAT, 25xyz September -- The talks began."));
    CHECK_FALSE(read("MINSK, October 15. The foreign ministers met."));
}

TEST_CASE("read_body_dateline reads a date and an agency without a dash, as some agencies write", "[text][body_dateline]") {
    const std::string line = "Lagos, July 21, 2026 (NAN) The two governments signed an agreement.";
    const auto d = read(line);
    REQUIRE(d);
    CHECK(d->place.of(line) == "Lagos");
    CHECK(d->date == DatelineDate{7, 21, 2026});
    CHECK(agency_of(line) == "NAN");
    CHECK(body_of(line) == "The two governments signed an agreement.");
    // Without the date, or without the agency, the dash is still needed.
    CHECK_FALSE(read("Lagos (NAN) The two governments signed an agreement."));
    CHECK_FALSE(read("Lagos, July 21, 2026 The two governments signed an agreement."));
}

TEST_CASE("read_body_dateline skips a Hijri date before the Gregorian one and reads an agency after a comma", "[text][body_dateline]") {
    const std::string line = "Doha, Shawwal 3, 1447, March 22, 2026, QNA -- The Minister of Foreign Affairs received a call today.";
    const auto d = read(line);
    REQUIRE(d);
    CHECK(d->place.of(line) == "Doha");
    CHECK(d->date == DatelineDate{3, 22, 2026});
    CHECK(agency_of(line) == "QNA");
    CHECK(body_of(line) == "The Minister of Foreign Affairs received a call today.");
    // Without the Hijri date too; a year outside the Hijri era is no Hijri date.
    CHECK(read("Doha, March 22, 2026, QNA -- The talks began.")->date == DatelineDate{3, 22, 2026});
    CHECK_FALSE(read("Doha, Summit 3, 2026, the leaders met -- The talks began."));
}

TEST_CASE("read_body_dateline reads a release issued from two cities at once", "[text][body_dateline]") {
    CHECK(place_of("VIENNA/TASHKENT, 17 February 2026 \xE2\x80\x93 The envoy concluded a visit.") == "VIENNA/TASHKENT");
    CHECK(body_of("VIENNA/TASHKENT, 17 February 2026 \xE2\x80\x93 The envoy concluded a visit.") == "The envoy concluded a visit.");
    CHECK(place_of("NEW YORK/GENEVA, 3 March 2026 -- The agencies said.") == "NEW YORK/GENEVA");
    // Only cities in capitals: a slash in a sentence's subject opens no dateline.
    CHECK(place_of("Vienna/Tashkent talks ended on Monday.") == "<none>");
}

TEST_CASE("read_body_dateline reads a full date closed by a full stop in the first sentence", "[text][body_dateline]") {
    // Chilean and other ministries open the first paragraph with "City, day month year." and no dash.
    const std::string line = "Lima, 14 May 2026. Foreign Minister Ana Lopes will travel to Quito.";
    const auto d = read(line);
    REQUIRE(d);
    CHECK(d->place.of(line) == "Lima");
    CHECK(d->date == DatelineDate{5, 14, 2026});
    CHECK(body_of(line) == "Foreign Minister Ana Lopes will travel to Quito.");
    // Without the year the full stop does not stand for a dash, nor without prose after it.
    CHECK_FALSE(read("Lima, 14 May. Foreign Minister Ana Lopes will travel to Quito."));
    CHECK_FALSE(read("Lima, 14 May 2026. and then"));
}

TEST_CASE("read_body_dateline reads a city with its full date in parentheses closed by a full stop", "[text][body_dateline]") {
    const std::string line = "Santiago (May 19, 2026). The Foreign Minister of Chile, Ana Lopes, met her counterpart.";
    const auto d = read(line);
    REQUIRE(d);
    CHECK(d->place.of(line) == "Santiago");
    CHECK(d->date == DatelineDate{5, 19, 2026});
    CHECK(body_of(line) == "The Foreign Minister of Chile, Ana Lopes, met her counterpart.");
    // Without the year, or without the full stop, it is no dateline.
    CHECK_FALSE(read("Santiago (May 19). The Foreign Minister met her counterpart."));
    CHECK_FALSE(read("Santiago (May 19, 2026) was the venue of the meeting."));
}
