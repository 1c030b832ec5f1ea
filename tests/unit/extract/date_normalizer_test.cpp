#include "pressgraph/extract/date_normalizer.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/lexicon_fixture.hpp"
#include "support/sentence_fixture.hpp"

using namespace pressgraph;

namespace {

// One found date in a readable form: the original text it covers, ISO start and end.
struct Found {
    std::string text;
    std::string start;
    std::string end;  // "" for a single date
    std::string qualifier;
    bool inferred = false;
    friend bool operator==(const Found&, const Found&) = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
    return os << "{\"" << f.text << "\" " << f.start << ".." << f.end << " q=" << f.qualifier
              << (f.inferred ? " inferred" : "") << "}";
}

const DateValue kJune24{2024, 6, 24};
const DateValue kNov22{2024, 11, 22};

std::vector<Found> dates(const std::string& text, std::optional<DateValue> anchor = kJune24,
                         Tense tense = Tense::Unknown) {
    const auto f = test::tokenize(text);
    const SentenceWords words = test::fixture_lexicon().sentence_words(f->sentence.tokens);
    std::vector<Found> out;
    for (const DateMention& m : find_dates(f->sentence, words, anchor, tense)) {
        CHECK(m.span.begin == f->sentence.tokens[m.first_token].span.begin);
        CHECK(m.span.end == f->sentence.tokens[m.last_token - 1].span.end);
        out.push_back({std::string(m.span.of(f->text)), m.range.start.iso(), m.range.end ? m.range.end->iso() : "",
                       m.range.qualifier, m.year_inferred});
    }
    return out;
}

// The single date a sentence holds.
Found one(const std::string& text, std::optional<DateValue> anchor = kJune24, Tense tense = Tense::Unknown) {
    const auto all = dates(text, anchor, tense);
    INFO(text);
    REQUIRE(all.size() == 1);
    return all.front();
}

Tense tense_of(const std::string& text) {
    const auto f = test::tokenize(text);
    return sentence_tense(f->sentence, test::fixture_lexicon().sentence_words(f->sentence.tokens));
}

// The words of each sentence, as the extractor looks them up.
std::vector<SentenceWords> words_of(const std::vector<TokenizedSentence>& sentences) {
    std::vector<SentenceWords> out;
    for (const auto& s : sentences) out.push_back(test::fixture_lexicon().sentence_words(s.tokens));
    return out;
}

}  // namespace

TEST_CASE("dates: day and month with and without a year", "[dates]") {
    CHECK(one("The talks opened on June 24.") == Found{"June 24", "2024-06-24", "", "", true});
    CHECK(one("The talks opened on 24 June.") == Found{"24 June", "2024-06-24", "", "", true});
    CHECK(one("The treaty was signed on June 24, 2023 in Baku.") == Found{"June 24, 2023", "2023-06-24", "", "", false});
    CHECK(one("Delegations arrive on 3 July 2025.") == Found{"3 July 2025", "2025-07-03", "", "", false});
    CHECK(one("Consultations resume on the 5th of May.", kJune24).text == "May");  // only the month is read
    CHECK(one("Ministers meet on Sept 9.").start == "2024-09-09");
    CHECK(one("Ministers met on 1st March.").start == "2024-03-01");
}

TEST_CASE("dates: a weekday joins the date it prefixes", "[dates]") {
    CHECK(one("On Thursday, June 5, the envoys held talks.") == Found{"Thursday, June 5", "2024-06-05", "", "", true});
    CHECK(one("The summit opens Friday 12 July 2024.") == Found{"Friday 12 July 2024", "2024-07-12", "", "", false});
    CHECK(one("The minister travels to Lima on Wednesday (10 July).") == Found{"Wednesday (10 July)", "2024-07-10", "", "", true});
    // A bracket that does not close after the date leaves the weekday its own date.
    CHECK(dates("The minister travels on Wednesday (10 July and later).").size() == 2);
}

TEST_CASE("dates: a weekday alone is the day of that name next to the anchor", "[dates]") {
    // kJune24 is a Monday. A past verb before it looks back, the tense decides otherwise,
    // and without either the nearer day wins; the anchor's own weekday is the anchor (a news
    // item dated Monday: "he arrived here on Monday").
    CHECK(one("The envoys met on Thursday.") == Found{"Thursday", "2024-06-20", "", "", true});
    CHECK(one("He landed on Thursday evening.", kJune24, Tense::Future).start == "2024-06-20");
    CHECK(one("The envoys will meet on Thursday.", kJune24, Tense::Future).start == "2024-06-27");
    CHECK(one("The envoys meet on Wednesday.").start == "2024-06-26");
    CHECK(one("He arrived early on Monday.").start == "2024-06-24");
    CHECK(one("The envoys will meet on Monday.", kJune24, Tense::Future).start == "2024-06-24");
    CHECK(dates("The envoys met on Thursday.", DateValue{2024, 6, 0}).empty());  // a month anchor gives no day
    CHECK(dates("Thursday was busy.").empty());
}

TEST_CASE("dates: wire copy's weekday without 'on' after a verb or noun", "[dates]") {
    CHECK(one("The envoys met Thursday in Rabat.").start == "2024-06-20");
    CHECK(one("The ministers held talks Thursday with the delegation.").start == "2024-06-20");
    // A word that bounds or shifts the day keeps it from being read so.
    CHECK(dates("The talks will last until Thursday.").empty());
    CHECK(dates("The envoys met last Thursday.").empty());
    CHECK(dates("Black Friday sales rose.").empty());
}

TEST_CASE("dates: a season reads as its year", "[dates]") {
    CHECK(one("The fair was held in the spring of 2019.") == Found{"spring of 2019", "2019", "", "season:spring", false});
    CHECK(one("Talks resume in autumn 2025.").start == "2025");
    CHECK(dates("The summer was hot.").empty());
}

TEST_CASE("dates: day ranges with any dash", "[dates]") {
    CHECK(one("The ministers will meet in Minsk on March 3-4.", kNov22, Tense::Future) ==
          Found{"March 3-4", "2025-03-03", "2025-03-04", "", true});
    CHECK(one("The forum runs June 24-25.") == Found{"June 24-25", "2024-06-24", "2024-06-25", "", true});
    CHECK(one("The forum runs 24 - 25 June 2024.") == Found{"24 - 25 June 2024", "2024-06-24", "2024-06-25", "", false});
    CHECK(one("The session ran November 14-15.", kNov22) ==
          Found{"November 14-15", "2024-11-14", "2024-11-15", "", true});
    // A Unicode minus sign and an en dash become '-' in the tokens; the span keeps the original bytes.
    CHECK(one("The session ran November 14 \xE2\x88\x92 15.", kNov22) ==
          Found{"November 14 \xE2\x88\x92 15", "2024-11-14", "2024-11-15", "", true});
    CHECK(one("The session ran 14\xE2\x80\x93" "15 November.", kNov22) ==
          Found{"14\xE2\x80\x93" "15 November", "2024-11-14", "2024-11-15", "", true});
    CHECK(one("In June 26-28 the delegation toured the region.") ==
          Found{"June 26-28", "2024-06-26", "2024-06-28", "", true});
    CHECK(one("The visit took place October in 23-24.", kNov22) ==
          Found{"October in 23-24", "2024-10-23", "2024-10-24", "", true});
    CHECK(dates("The forum runs June 25-24.").empty());
}

TEST_CASE("dates: ranges across months and years", "[dates]") {
    CHECK(one("The exercise runs June 30 - July 2.") == Found{"June 30 - July 2", "2024-06-30", "2024-07-02", "", true});
    CHECK(one("The exercise runs 30 June - 2 July 2024.") ==
          Found{"30 June - 2 July 2024", "2024-06-30", "2024-07-02", "", false});
    CHECK(one("The truce lasted December 30 - January 2, 2025.") ==
          Found{"December 30 - January 2, 2025", "2024-12-30", "2025-01-02", "", false});
    CHECK(one("The truce will last December 30 - January 2.", kNov22, Tense::Future) ==
          Found{"December 30 - January 2", "2024-12-30", "2025-01-02", "", true});
}

TEST_CASE("dates: a month alone or with a year has month precision", "[dates]") {
    CHECK(one("The commission reports in June.") == Found{"June", "2024-06", "", "", true});
    CHECK(one("The commission reported in December 2023.") == Found{"December 2023", "2023-12", "", "", false});
    CHECK(one("Elections are due by March.").start == "2024-03");
    // A month name with nothing to anchor it as a date is left alone ("May" is also a verb).
    CHECK(dates("May peace prevail in the region.").empty());
    CHECK(dates("Officials may meet again.").empty());
    CHECK(dates("The March declaration stands.").empty());
}

TEST_CASE("dates: early, mid and late qualify a month or a year", "[dates]") {
    CHECK(one("Talks resume in early December 2024.") == Found{"early December 2024", "2024-12", "", "early", false});
    CHECK(one("Talks resumed in late January.") == Found{"late January", "2024-01", "", "late", true});
    CHECK(one("Talks resume by mid-March.") == Found{"mid-March", "2024-03", "", "mid", true});
    CHECK(one("Talks resume in mid - March 2025.") == Found{"mid - March 2025", "2025-03", "", "mid", false});
    CHECK(one("A decision is expected in early 2025.") == Found{"early 2025", "2025", "", "early", false});
}

TEST_CASE("dates: years and year ranges", "[dates]") {
    CHECK(one("Trade grew in 2024.") == Found{"2024", "2024", "", "", false});
    CHECK(one("The programme for 2025 was approved.") == Found{"2025", "2025", "", "", false});
    CHECK(one("The programme covers 2024-2026.") == Found{"2024-2026", "2024", "2026", "", false});
    CHECK(one("The programme covered 2018\xE2\x88\x92" "2019.") == Found{"2018\xE2\x88\x92" "2019", "2018", "2019", "", false});
    CHECK(one("The programme covers 2027 - 2030.") == Found{"2027 - 2030", "2027", "2030", "", false});
    CHECK(dates("The programme covers 2026-2024.").empty());
}

TEST_CASE("dates: numbers that are not years are left alone", "[dates]") {
    CHECK(dates("They marked the 80th anniversary.").empty());
    CHECK(dates("Some 25 delegations and 2,000 guests attended.").empty());
    CHECK(dates("See note verbale No. 1184-24-06-2024 of the embassy.").empty());
    CHECK(dates("The fund holds $2024 and grew 2050 % overall.").empty());
    CHECK(dates("Records from 1850 and plans for 2150 were shown.").empty());
    CHECK(dates("It seated 1900 people.").size() == 1);  // a bare year-like number is read as a year
}

TEST_CASE("dates: quarters", "[dates]") {
    CHECK(one("Output rose in the fourth quarter of 2024.") ==
          Found{"fourth quarter of 2024", "2024-10", "2024-12", "quarter:4", false});
    CHECK(one("Output rose in the first quarter.", kNov22, Tense::Past) ==
          Found{"first quarter", "2024-01", "2024-03", "quarter:1", true});
    CHECK(one("Deliveries start in Q3 2025.") == Found{"Q3 2025", "2025-07", "2025-09", "quarter:3", false});
    CHECK(one("Deliveries will start in the second quarter.", kNov22, Tense::Future) ==
          Found{"second quarter", "2025-04", "2025-06", "quarter:2", true});
    CHECK(one("Deliveries start in the third quarter of next year.", kNov22) ==
          Found{"third quarter of next year", "2025-07", "2025-09", "quarter:3", false});
}

TEST_CASE("dates: ISO and day.month.year numeric dates", "[dates]") {
    CHECK(one("The note is dated 2024-11-22.") == Found{"2024-11-22", "2024-11-22", "", "", false});
    CHECK(one("The note is dated 22.11.2024.") == Found{"22.11.2024", "2024-11-22", "", "", false});
    CHECK(one("The note is dated 5/3/2024.") == Found{"5/3/2024", "2024-03-05", "", "", false});
    CHECK(dates("The note is dated 2024-02-30.").empty());
    CHECK(dates("The note is dated 31.04.2024.").empty());
}

TEST_CASE("dates: this, next and last year count from the anchor", "[dates]") {
    CHECK(one("Trade grew this year.", kNov22) == Found{"this year", "2024", "", "", false});
    CHECK(one("Trade will grow next year.", kNov22) == Found{"next year", "2025", "", "", false});
    CHECK(one("Trade fell last year.", kNov22) == Found{"last year", "2023", "", "", false});
    CHECK(dates("Trade grew this year.", std::nullopt).empty());
}

TEST_CASE("dates: the year of a yearless date follows the tense", "[dates]") {
    // Past: a month after the anchor's month belongs to the previous year.
    CHECK(one("On January 29, the council met.", kNov22, Tense::Past).start == "2024-01-29");
    CHECK(one("On December 10, the council met.", kNov22, Tense::Past).start == "2023-12-10");
    // Future: a date before the anchor belongs to the next year.
    CHECK(one("The council will meet on January 29.", DateValue{2024, 11, 20}, Tense::Future).start == "2025-01-29");
    CHECK(one("The council will meet on November 29.", DateValue{2024, 11, 20}, Tense::Future).start == "2024-11-29");
    CHECK(one("The council will meet in November.", DateValue{2024, 11, 20}, Tense::Future).start == "2024-11");
    // Unknown tense: the anchor's year.
    CHECK(one("The council meets on January 29.", kNov22, Tense::Unknown).start == "2024-01-29");
    // No anchor: a date that needs one is skipped, a stated one is kept.
    CHECK(dates("On January 29 and on 3 March 2024 it met.", std::nullopt) ==
          std::vector<Found>{{"3 March 2024", "2024-03-03", "", "", false}});
}

TEST_CASE("dates: impossible dates are not produced", "[dates]") {
    CHECK(dates("The council meets on February 30.").empty());
    CHECK(dates("The council met on 29 February 2023.").empty());
    CHECK(one("The council met on 29 February 2024.").start == "2024-02-29");
    CHECK(dates("The council met on June 31.").empty());
}

TEST_CASE("dates: several dates in one sentence, in order", "[dates]") {
    const auto all = dates("Between 2022 and 2024, talks held on 3 May and in late June produced a plan for Q1 2025.");
    REQUIRE(all.size() == 5);
    CHECK(all[0].text == "2022");
    CHECK(all[1].text == "2024");
    CHECK(all[2] == Found{"3 May", "2024-05-03", "", "", true});
    CHECK(all[3] == Found{"late June", "2024-06", "", "late", true});
    CHECK(all[4] == Found{"Q1 2025", "2025-01", "2025-03", "quarter:1", false});
}

TEST_CASE("dates: sentence tense from verbs", "[dates]") {
    CHECK(tense_of("The ministers will meet in Minsk on March 3-4.") == Tense::Future);
    CHECK(tense_of("The president is to visit Hanoi in May.") == Tense::Future);
    CHECK(tense_of("The summit is expected to open on June 2.") == Tense::Future);
    CHECK(tense_of("The round is scheduled for April.") == Tense::Future);
    CHECK(tense_of("The delegation is also scheduled to tour the port.") == Tense::Future);
    CHECK(tense_of("The next plenary is slated for May 20.") == Tense::Future);
    CHECK(tense_of("The envoys are currently expected in Oslo.") == Tense::Future);
    CHECK(tense_of("Kazakhstan plans to host the forum.") == Tense::Future);
    CHECK(tense_of("The leaders discussed trade and agreed to meet in Astana.") == Tense::Future);
    CHECK(tense_of("Preparations for the upcoming session continue.") == Tense::Future);
    CHECK(tense_of("The talks were constructive.") == Tense::Past);
    CHECK(tense_of("On January 29, the council met in Geneva.") == Tense::Past);
    CHECK(tense_of("The sides held consultations.") == Tense::Past);
    CHECK(tense_of("The ministers discussed regional security.") == Tense::Past);
    CHECK(tense_of("It was agreed that the commission will convene in May.") == Tense::Future);
    CHECK(tense_of("The ministers discuss regional security.") == Tense::Unknown);
    CHECK(tense_of("Will Smith visits the embassy.") == Tense::Future);  // a known limit of word cues
}

TEST_CASE("dates: a document date inferred from its text", "[dates]") {
    auto sentences = [](std::vector<std::string> texts) {
        std::vector<std::unique_ptr<test::SentenceFixture>> keep;
        std::vector<TokenizedSentence> out;
        for (auto& t : texts) {
            keep.push_back(test::tokenize(std::move(t)));
            out.push_back(keep.back()->sentence);
        }
        return std::pair(std::move(keep), std::move(out));
    };
    {
        auto [keep, s] = sentences({"On November 21-22 the forum met.", "It adopted the plan of 19 November 2024."});
        CHECK(infer_document_date(s, words_of(s)) == DateValue{2024, 11, 19});
    }
    {
        auto [keep, s] = sentences({"In October 2023 talks began.", "They ended in December 2024 with a plan."});
        CHECK(infer_document_date(s, words_of(s)) == DateValue{2024, 12, 0});
    }
    {
        auto [keep, s] = sentences({"On November 21-22 the forum met.", "It reviewed the 2024 programme."});
        CHECK(infer_document_date(s, words_of(s)) == DateValue{2024, 11, 21});
    }
    {
        auto [keep, s] = sentences({"The forum met on Thursday.", "Some 2,000 guests came."});
        CHECK_FALSE(infer_document_date(s, words_of(s)).has_value());
    }
}

TEST_CASE("dates: 'from ... to ...' ranges", "[dates]") {
    CHECK(one("He will visit Japan from March 6 to 8, 2024.") == Found{"March 6 to 8, 2024", "2024-03-06", "2024-03-08", "", false});
    CHECK(one("The fair runs from June 30 to July 2.") == Found{"June 30 to July 2", "2024-06-30", "2024-07-02", "", true});
    // Without "from", "to" is not a range: two dates are not read as one.
    CHECK(dates("It moved the talks from June 20 to June 25.").size() == 1);
    CHECK(dates("It was postponed to June 25.").size() == 1);
}

TEST_CASE("dates: a day that modifies a noun keeps the release's year whatever the verb's tense", "[dates]") {
    // "the June 14 summit" is no time of "met": seven days after the release, not a year before.
    CHECK(one("The President met today with the Secretary General to discuss the December 1 summit.", kNov22, Tense::Past).start ==
          "2024-12-01");
}

TEST_CASE("find_dates reads a date after 'to be' forward whatever the sentence's tense", "[extract][dates]") {
    // Anchor 24 June 2024; the sentences are past.
    CHECK(one("They discussed the summit, to be held in Lima in August.", kJune24, Tense::Past).start == "2024-08");
    CHECK(one("They discussed the summit, to be held in Lima, Peru, on 3 July.", kJune24, Tense::Past).start == "2024-07-03");
    CHECK(one("The ministers welcomed the forum due to be held on 2 July.", kJune24, Tense::Past).start == "2024-07-02");
    // Without it, a past sentence's later month is last year's.
    CHECK(one("The ministers met in Lima in August.", kJune24, Tense::Past).start == "2023-08");
    // "to be" before an earlier date does not reach past it to a later one.
    CHECK(dates("The body, to be reformed on 1 July, met on 3 August; it met again in September.", kJune24, Tense::Past).back().start ==
          "2023-09");
}

TEST_CASE("dates: a date after preparations or an agenda for what lies ahead looks forward whatever the verb's tense", "[dates]") {
    // Anchor 24 June 2024; the sentences are past, the dates of what is being prepared.
    CHECK(one("They discussed preparations for the summit in Quito in September.", kJune24, Tense::Past).start == "2024-09");
    CHECK(one("The ministers reviewed the agenda for the President's trip to Lima on 2 August.", kJune24, Tense::Past).start ==
          "2024-08-02");
    // Without such a noun the later month of a past sentence stays last year's.
    CHECK(one("They discussed the summit in Quito in September.", kJune24, Tense::Past).start == "2023-09");
}

TEST_CASE("dates: a date after 'ahead of' or a verb of planning with its infinitive looks forward", "[dates]") {
    // Anchor 24 June 2024 (a Monday); the sentences are past.
    CHECK(one("The talks focused on the eastern flank ahead of the summit in Quito in July.", kJune24, Tense::Past).start ==
          "2024-07");
    CHECK(one("The ministers agreed to meet again in September.", kJune24, Tense::Past).start == "2024-09");
    CHECK(one("They agreed to speak again on Friday.", kJune24, Tense::Past).start == "2024-06-28");
    // Without them, a past sentence's weekday is the one before.
    CHECK(one("They spoke again on Friday.", kJune24, Tense::Past).start == "2024-06-21");
}

TEST_CASE("dates: a day after a possessive qualifies a noun, the verb's tense does not move it", "[dates]") {
    // Anchor 24 June 2024; "Lopes's July 19 address" is the coming one, whatever "discussed".
    CHECK(one("They discussed Lopes's July 19 address to the Congress.", kJune24, Tense::Past).start == "2024-07-19");
    CHECK(one("They discussed the address Lopes gave on July 19.", kJune24, Tense::Past).start == "2023-07-19");
}

TEST_CASE("dates: 'in the spring' without a year is a season of the release's year", "[dates]") {
    // Anchor 24 June 2024.
    CHECK(one("The council will meet in Lima in the autumn.", kJune24, Tense::Future).start == "2024");
    // A capitalised season names no date ("the Arab Spring"), nor one after another word than "in the".
    CHECK(dates("They recalled the hopes of the Arab Spring.", kJune24, Tense::Past).empty());
    CHECK(dates("They spoke of the spring harvest.", kJune24, Tense::Past).empty());
}

TEST_CASE("dates: two days running joined by 'and' under one month are one two-day span", "[dates]") {
    CHECK(one("The summit will be held in Lima on 2 and 3 July.") == Found{"2 and 3 July", "2024-07-02", "2024-07-03", "", true});
    CHECK(one("The summit will be held in Lima on July 2 and 3, 2025.") ==
          Found{"July 2 and 3, 2025", "2025-07-02", "2025-07-03", "", false});
    // Days that do not run on are two dates, of which only the one with its month is read here.
    CHECK(one("The envoys met on 2 and 9 July.") == Found{"9 July", "2024-07-09", "", "", true});
}

TEST_CASE("dates: a week or month counted from the anchor dates the month it falls in", "[dates]") {
    CHECK(one("A senior team will travel to Lisbon next week.", kJune24) == Found{"next week", "2024-07", "", "", false});
    CHECK(one("A senior team will travel to Lisbon next week.", kNov22) == Found{"next week", "2024-11", "", "", false});
    CHECK(one("The ministers met in Lisbon last month.", kNov22) == Found{"last month", "2024-10", "", "", false});
    CHECK(one("The council meets next month.", DateValue{2024, 12, 5}) == Found{"next month", "2025-01", "", "", false});
    CHECK(one("The ministers met last week.", DateValue{2024, 1, 3}) == Found{"last week", "2023-12", "", "", false});
    CHECK(one("This week, the envoy convened the partners.", kJune24) == Found{"This week", "2024-06", "", "", false});
    // A week needs the anchor's day, a month its month; no anchor, no date.
    CHECK(dates("The council meets next week.", DateValue{2024, 6, 0}).empty());
    CHECK(one("The council meets next month.", DateValue{2024, 6, 0}).start == "2024-07");
    CHECK(dates("The council meets next month.", std::nullopt).empty());
    CHECK(dates("The talks lasted a week.").empty());
}
