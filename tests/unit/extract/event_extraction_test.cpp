// Event extraction on invented press releases of the genre (nothing from corpus/): lists of
// dates with their own places and persons, bracketed items with chairs, counted meetings,
// visits and their programmes, signings, and one event named in several sentences.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/text/document_reader.hpp"
#include "support/lexicon_fixture.hpp"

using namespace pressgraph;
using namespace pressgraph::test;

namespace {

// The fixture lexicon with the event words these releases use.
const Lexicon& event_lexicon() {
    static const Lexicon lexicon = [] {
        TempFolder folder;
        const std::string dir =
            write_fixture_lexicon(folder, {{"event_triggers.tsv",
                                            "trigger\tevent_type\tkind\n"
                                            "days\tCeremony\tname\n"
                                            "fair\tForum\tnoun\n"
                                            "lay flowers\tCeremony\tphrase\n"
                                            "meet\tMeeting\tverb\n"
                                            "meeting\tMeeting\tnoun\n"
                                            "met\tMeeting\tverb\n"
                                            "official visit\tVisit\tphrase\n"
                                            "opening\tCeremony\tnoun\n"
                                            "session\tSession\tnoun\n"
                                            "signing\tCeremony\tnoun\n"
                                            "summit\tSummit\tnoun\n"
                                            "talks\tMeeting\tnoun\n"
                                            "trip\tVisit\tnoun\n"
                                            "visit\tVisit\tnoun\n"
                                            "visited\tVisit\tverb\n"
                                            "visiting\tVisit\tverb\n"}});
        return Lexicon::load(dir);
    }();
    return lexicon;
}

DocumentExtraction extract(const std::string& text) {
    const Extractor extractor(event_lexicon());
    return extractor.extract(analyse_document(text, "test.txt", "test.txt", test::fixture_lexicon().header_words()));
}

std::optional<std::size_t> find_entity(const DocumentExtraction& x, EntityType type, const std::string& name) {
    for (std::size_t i = 0; i < x.entities.size(); ++i)
        if (x.entities[i].type == type && x.entities[i].canonical_name == name) return i;
    return std::nullopt;
}

std::size_t entity(const DocumentExtraction& x, EntityType type, const std::string& name) {
    const auto e = find_entity(x, type, name);
    if (!e) FAIL("no entity " << name);
    return *e;
}

std::vector<const ExtractedEvent*> events_on(const DocumentExtraction& x, const std::string& type, const std::string& start) {
    std::vector<const ExtractedEvent*> out;
    for (const auto& e : x.events)
        if (e.type == type && e.start && e.start->iso() == start) out.push_back(&e);
    return out;
}

const ExtractedEvent& one_event(const DocumentExtraction& x, const std::string& type, const std::string& start) {
    const auto found = events_on(x, type, start);
    if (found.size() != 1) FAIL(found.size() << " events " << type << " " << start);
    return *found.front();
}

std::string place_of(const DocumentExtraction& x, const ExtractedEvent& e) {
    return e.place ? x.entities[*e.place].canonical_name : std::string();
}

std::size_t count_facts(const DocumentExtraction& x, std::size_t s, const std::string& p, std::size_t o) {
    return static_cast<std::size_t>(std::count_if(x.facts.begin(), x.facts.end(), [&](const ExtractedFact& f) {
        return !f.object_is_event && f.predicate == p &&
               ((f.subject == s && f.object == o) || (p == "pgo:metWith" && f.subject == o && f.object == s));
    }));
}

bool signed_at(const DocumentExtraction& x, std::size_t agreement, const ExtractedEvent& e) {
    return std::any_of(x.facts.begin(), x.facts.end(), [&](const ExtractedFact& f) {
        return f.object_is_event && f.predicate == "pgo:signedAt" && f.subject == agreement && &x.events[f.object] == &e;
    });
}

std::size_t signings(const DocumentExtraction& x) {
    return static_cast<std::size_t>(
        std::count_if(x.facts.begin(), x.facts.end(), [](const ExtractedFact& f) { return f.predicate == "pgo:signedAt"; }));
}

}  // namespace

TEST_CASE("events: each date of a list takes the place and the kind of event of its own item", "[extract][events]") {
    const auto x = extract(
        "Contacts\n"
        "2025-12-01\n"
        "Ivan Petrov and Ion Popescu met on nine occasions in 2025: on January 27 in St Petersburg during the summit "
        "of the SCO, on February 18 in Gomel for the opening of the fair, on April 9 and May 6 in Chisinau, and on "
        "June 3 in Gomel.\n");
    CHECK(place_of(x, one_event(x, "Summit", "2025-01-27")) == "St Petersburg");
    CHECK(place_of(x, one_event(x, "Ceremony", "2025-02-18")) == "Gomel");
    // "on April 9 and May 6 in Chisinau": the bare date shares the place named after the next.
    CHECK(place_of(x, one_event(x, "Meeting", "2025-04-09")) == "Chisinau");
    CHECK(place_of(x, one_event(x, "Meeting", "2025-05-06")) == "Chisinau");
    CHECK(place_of(x, one_event(x, "Meeting", "2025-06-03")) == "Gomel");
    // The counted "met on nine occasions" names no event of its own, and every item has the list's subject.
    CHECK(x.events.size() == 5);
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    const auto popescu = entity(x, EntityType::Person, "Ion Popescu");
    for (const auto& e : x.events) {
        CHECK(std::count(e.participants.begin(), e.participants.end(), petrov) == 1);
        CHECK(std::count(e.participants.begin(), e.participants.end(), popescu) == 1);
    }
    CHECK(count_facts(x, petrov, "pgo:metWith", popescu) == 5);  // once per event
}

TEST_CASE("events: a place named before its date belongs to that date", "[extract][events]") {
    const auto x = extract(
        "Contacts\n"
        "2025-12-01\n"
        "Ion Popescu held talks with Ivan Petrov in Gomel on March 2 and in St Petersburg on May 14.\n");
    CHECK(place_of(x, one_event(x, "Meeting", "2025-03-02")) == "Gomel");
    CHECK(place_of(x, one_event(x, "Meeting", "2025-05-14")) == "St Petersburg");
}

TEST_CASE("events: bracketed items keep their chairs to themselves", "[extract][events]") {
    const auto x = extract(
        "Integration\n"
        "2025-12-01\n"
        "Trade issues come up at sessions of the Council of Ministers (March 4, chaired by Ivan Petrov) and the "
        "Committee on Trade (May 19 in Gomel, co-chaired by Ion Popescu and Anna Sidorova).\n");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    const auto popescu = entity(x, EntityType::Person, "Ion Popescu");
    const auto sidorova = entity(x, EntityType::Person, "Anna Sidorova");
    const ExtractedEvent& council = one_event(x, "Session", "2025-03-04");
    const ExtractedEvent& committee = one_event(x, "Session", "2025-05-19");
    CHECK(council.chairs == std::vector<std::size_t>{petrov});
    CHECK(place_of(x, committee) == "Gomel");
    CHECK(committee.chairs == std::vector<std::size_t>{popescu, sidorova});
    CHECK(std::count(committee.participants.begin(), committee.participants.end(), petrov) == 0);
    // Chairing one body's meeting is not meeting the other chair.
    CHECK(count_facts(x, petrov, "pgo:metWith", popescu) == 0);
    CHECK(count_facts(x, popescu, "pgo:metWith", sidorova) == 0);
}

TEST_CASE("events: counted meetings give who met whom without an event", "[extract][events]") {
    const auto x = extract(
        "Contacts\n"
        "2025-12-01\n"
        "This year, Ivan Petrov and Ion Popescu have met six times and Anna Sidorova and Maria Lungu have met twice.\n"
        "These meetings have been held each spring since 2003.\n");
    CHECK(x.events.empty());
    CHECK(count_facts(x, entity(x, EntityType::Person, "Ivan Petrov"), "pgo:metWith",
                      entity(x, EntityType::Person, "Ion Popescu")) == 1);
}

TEST_CASE("events: a visit, the talks held during it and the country visited", "[extract][events]") {
    const auto x = extract(
        "Visit\n"
        "2025-03-10\n"
        "President of Moldova Ion Popescu was in Belarus on an official visit on March 3-4; President of Belarus Ivan "
        "Petrov received him, and he had talks with Anna Sidorova.\n"
        "On March 5, Ivan Petrov visited Belarus.\n");
    const auto popescu = entity(x, EntityType::Person, "Ion Popescu");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    const auto belarus = entity(x, EntityType::Country, "Belarus");
    const ExtractedEvent& visit = one_event(x, "Visit", "2025-03-03");
    for (const auto& f : x.facts)  // reported, not announced
        CHECK(std::count(f.qualifiers.begin(), f.qualifiers.end(), Attribute{"pgo:planned", {"true", "boolean"}}) == 0);
    CHECK(place_of(x, visit) == "Belarus");
    CHECK(events_on(x, "Meeting", "2025-03-03").empty());  // the talks are the visit's
    CHECK(count_facts(x, popescu, "pgo:visited", belarus) == 1);
    CHECK(count_facts(x, popescu, "pgo:metWith", petrov) == 1);
    CHECK(count_facts(x, popescu, "pgo:metWith", entity(x, EntityType::Person, "Anna Sidorova")) == 1);
    // A president does not visit the country he is president of.
    CHECK(count_facts(x, petrov, "pgo:visited", belarus) == 0);
}

TEST_CASE("events: the programme of a visit and what is signed during it", "[extract][events]") {
    const auto x = extract(
        "Announcement\n"
        "2025-06-08\n"
        "On June 9-10, Foreign Minister Ion Popescu will pay an official visit to Gomel.\n"
        "During the visit, Ion Popescu is to hold talks with Foreign Minister Ivan Petrov and Minister Anna Sidorova and "
        "to visit the Monument to the Defenders, where he will lay flowers.\n"
        "After the talks, the two ministers are expected to sign a joint declaration on trade, as well as a joint "
        "statement on the work of the Declaration on Regional Security.\n");
    const auto popescu = entity(x, EntityType::Person, "Ion Popescu");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    const auto sidorova = entity(x, EntityType::Person, "Anna Sidorova");
    // One meeting with each counterpart, part of the visit, on its days and in its place.
    const auto meetings = events_on(x, "Meeting", "2025-06-09");
    REQUIRE(meetings.size() == 2);
    for (const auto* m : meetings) {
        CHECK(place_of(x, *m) == "Gomel");
        REQUIRE(m->part_of);
        CHECK(x.events[*m->part_of].type == "Visit");
        CHECK(m->planned);
    }
    CHECK(count_facts(x, popescu, "pgo:metWith", petrov) == 1);
    CHECK(count_facts(x, popescu, "pgo:metWith", sidorova) == 1);
    // Announced: the facts are planned.
    for (const auto& f : x.facts)
        if (f.predicate == "pgo:metWith" || f.predicate == "pgo:visited" || f.predicate == "pgo:signedAt")
            CHECK(std::count(f.qualifiers.begin(), f.qualifiers.end(), Attribute{"pgo:planned", {"true", "boolean"}}) == 1);
    // The ceremony at the landmark, and the landmark visited.
    const auto monument = entity(x, EntityType::Place, "Monument to the Defenders");
    CHECK(place_of(x, one_event(x, "Ceremony", "2025-06-09")) == "Monument to the Defenders");
    CHECK(count_facts(x, popescu, "pgo:visited", monument) == 1);
    CHECK(count_facts(x, popescu, "pgo:visited", entity(x, EntityType::Place, "Gomel")) == 1);
    // Signed at the talks; the declaration named as the statement's topic is not signed.
    const auto declaration = find_entity(x, EntityType::Agreement, "declaration on trade");
    const auto topic = find_entity(x, EntityType::Agreement, "Declaration on Regional Security");
    REQUIRE(declaration);
    const auto talks = std::find_if(meetings.begin(), meetings.end(), [&](const ExtractedEvent* m) {
        return std::count(m->participants.begin(), m->participants.end(), petrov) == 1;
    });
    REQUIRE(talks != meetings.end());
    CHECK(signed_at(x, *declaration, **talks));
    if (topic)
        CHECK(std::none_of(x.facts.begin(), x.facts.end(), [&](const ExtractedFact& f) {
            return f.predicate == "pgo:signedAt" && f.subject == *topic;
        }));
}

TEST_CASE("events: an anniversary of a signing dates the signing itself", "[extract][events]") {
    const auto x = extract(
        "Note\n"
        "2024-11-20\n"
        "On March 3, the two countries celebrate the 20th anniversary of the signing of the Declaration on Friendship.\n");
    const ExtractedEvent& signing = one_event(x, "Ceremony", "2004-03-03");
    CHECK(signed_at(x, entity(x, EntityType::Agreement, "Declaration on Friendship"), signing));
}

TEST_CASE("events: a vague and a precise mention of one meeting make one event", "[extract][events]") {
    const auto x = extract(
        "Note\n"
        "2024-11-20\n"
        "The Committee on Trade will meet in Gomel in early December and approve the Declaration on Trade.\n"
        "The Treaty on Customs is to be approved by the Committee on Trade on December 6.\n");
    const ExtractedEvent& meeting = one_event(x, "Meeting", "2024-12-06");
    CHECK(place_of(x, meeting) == "Gomel");
    CHECK(events_on(x, "Meeting", "2024-12").empty());
    CHECK(signed_at(x, entity(x, EntityType::Agreement, "Declaration on Trade"), meeting));
    CHECK(signed_at(x, entity(x, EntityType::Agreement, "Treaty on Customs"), meeting));
}

TEST_CASE("events: years, seasons and weekdays", "[extract][events]") {
    const auto x = extract(
        "Note\n"
        "2024-11-22\n"
        "The 3rd summit took place in Gomel in the autumn of 2021.\n"
        "In 2022, some 40 business delegations visited Moldova.\n"
        "Ion Popescu arrived in Chisinau on Thursday night for the session.\n"
        "Chisinau hosted Belarusian Culture Days in 2019 and Gomel Days in May 2021.\n");
    CHECK(place_of(x, one_event(x, "Summit", "2021")) == "Gomel");
    CHECK(events_on(x, "Visit", "2022").empty());  // no visitor named
    CHECK(place_of(x, one_event(x, "Session", "2024-11-21")) == "Chisinau");
    CHECK(place_of(x, one_event(x, "Ceremony", "2019")) == "Chisinau");
    CHECK(place_of(x, one_event(x, "Ceremony", "2021-05")) == "Chisinau");  // "Gomel Days" is a name, not a place
    CHECK(signings(x) == 0);
}

TEST_CASE("events: the lead of a news item dates what it announces by the day it is published", "[extract][events]") {
    const auto x = extract(
        "Minister in Gomel\n"
        "2024-11-22\n"
        "Foreign Minister Ion Popescu is to attend a session of the Committee on Trade in Gomel, where he toured the "
        "fair on Thursday.\n"
        "After the session, the ministers will adopt a joint declaration on trade.\n");
    CHECK(place_of(x, one_event(x, "Forum", "2024-11-21")) == "Gomel");  // the where-clause has its own date
    const ExtractedEvent& meeting = one_event(x, "Session", "2024-11-22");
    CHECK(place_of(x, meeting) == "Gomel");
    CHECK(meeting.planned);
    CHECK(signed_at(x, entity(x, EntityType::Agreement, "declaration on trade"), meeting));
}

TEST_CASE("events: 'met at' a session, a summit or a fair names those events, not meetings of their own", "[extract][events]") {
    const auto x = extract(
        "Contacts\n"
        "2025-12-01\n"
        "Ion Popescu and Ivan Petrov met again at the session of the Alliance in September, at the summit in Gomel on "
        "October 7 and at the fair (Chisinau, 23-24 October).\n"
        "They will focus on trade, including preparations for a meeting of the Committee on Trade in early December.\n");
    CHECK(one_event(x, "Session", "2025-09").place == std::nullopt);
    CHECK(place_of(x, one_event(x, "Summit", "2025-10-07")) == "Gomel");
    CHECK(place_of(x, one_event(x, "Forum", "2025-10-23")) == "Chisinau");
    CHECK(events_on(x, "Meeting", "2025-09").empty());
    const auto popescu = entity(x, EntityType::Person, "Ion Popescu");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    CHECK(count_facts(x, popescu, "pgo:metWith", petrov) == 3);
    // "They will focus on ... a meeting of the Committee": they are not said to meet there.
    const ExtractedEvent& committee = one_event(x, "Meeting", "2025-12");
    CHECK(std::count(committee.participants.begin(), committee.participants.end(), popescu) == 0);
}

TEST_CASE("events: 'they' and 'the meetings' opening a list of dates are the persons of the sentence before", "[extract][events]") {
    const auto x = extract(
        "Contacts\n"
        "2025-12-01\n"
        "Ivan Petrov and Ion Popescu remain in close contact.\n"
        "The meetings took place on January 29 in Gomel and on April 11 in Chisinau.\n"
        "Anna Sidorova and Maria Lungu spoke about trade.\n"
        "This year, they have met twice: on May 5 in Gomel and on June 6 in Chisinau.\n"
        "Ion Popescu praised the talks.\n"
        "They will focus on trade, including preparations for the session in Gomel on July 7.\n");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    const auto popescu = entity(x, EntityType::Person, "Ion Popescu");
    const auto lungu = entity(x, EntityType::Person, "Maria Lungu");
    const auto sidorova = entity(x, EntityType::Person, "Anna Sidorova");
    CHECK(count_facts(x, petrov, "pgo:metWith", popescu) == 2);
    CHECK(count_facts(x, sidorova, "pgo:metWith", lungu) == 2);
    CHECK(one_event(x, "Session", "2026-07-07").participants.empty());  // announced: next July
}

TEST_CASE("events: talks with a visiting minister, and a visit to two cities", "[extract][events]") {
    const auto x = extract(
        "Talks\n"
        "2025-03-20\n"
        "On March 18, Foreign Minister Ion Popescu held talks in Chisinau with visiting Foreign Minister Ivan Petrov.\n"
        "On March 19, Ivan Petrov visited Gomel and St Petersburg.\n");
    const auto popescu = entity(x, EntityType::Person, "Ion Popescu");
    const auto petrov = entity(x, EntityType::Person, "Ivan Petrov");
    CHECK(place_of(x, one_event(x, "Meeting", "2025-03-18")) == "Chisinau");
    CHECK(place_of(x, one_event(x, "Visit", "2025-03-18")) == "Chisinau");
    CHECK(count_facts(x, petrov, "pgo:visited", entity(x, EntityType::Place, "Chisinau")) == 1);
    CHECK(count_facts(x, popescu, "pgo:visited", entity(x, EntityType::Place, "Chisinau")) == 0);
    CHECK(count_facts(x, petrov, "pgo:visited", entity(x, EntityType::Place, "Gomel")) == 1);
    CHECK(count_facts(x, petrov, "pgo:visited", entity(x, EntityType::Place, "St Petersburg")) == 1);
}

TEST_CASE("a visit that frames the sentence is not dated by the meeting the sentence names", "[extract][events]") {
    const auto x = extract(
        "Norland and Moldova\n2025-03-01\n"
        "Foreign Minister of Norland Ivan Petrov will pay an official visit to Moldova on March 6-8. "
        "During the visit, Ivan Petrov will hold talks with Foreign Minister of Moldova Ion Popescu in Chisinau on March 7.\n");
    CHECK(events_on(x, "Visit", "2025-03-07").empty());
    const ExtractedEvent& talks = one_event(x, "Meeting", "2025-03-07");
    CHECK(place_of(x, talks) == "Chisinau");
    CHECK(one_event(x, "Visit", "2025-03-06").planned);
}

TEST_CASE("a meeting verb within a visit that frames the sentence is a meeting of its own, on its own day", "[extract][events]") {
    const auto x = extract(
        "Norland and Moldova\n2025-03-10\n"
        "Foreign Minister of Norland Ivan Petrov paid an official visit to Chisinau on March 6-8. "
        "During the visit, Ivan Petrov met Foreign Minister of Moldova Ion Popescu on March 7.\n");
    CHECK(events_on(x, "Visit", "2025-03-07").empty());
    // Where the visit whose days hold it was.
    CHECK(place_of(x, one_event(x, "Meeting", "2025-03-07")) == "Chisinau");
    CHECK(place_of(x, one_event(x, "Visit", "2025-03-06")) == "Chisinau");
}

TEST_CASE("a city opening the name of a gathering is where it is held", "[extract][events]") {
    const auto x = extract(
        "Norland and Moldova\n2025-03-01\n"
        "Foreign Minister Ivan Petrov will attend the Gomel Economic Summit on March 7.\n"
        "Ion Popescu will attend the session on March 9, before he travels to Gomel.\n");
    CHECK(place_of(x, one_event(x, "Summit", "2025-03-07")) == "Gomel");
    CHECK(place_of(x, one_event(x, "Session", "2025-03-09")).empty());  // a city named elsewhere in the sentence
}
