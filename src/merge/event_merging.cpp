#include "pressgraph/merge/event_merging.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>

namespace pressgraph {

namespace {

// One event mention with what is compared across documents.
struct EventMention {
    std::size_t doc = 0;
    std::size_t event = 0;
    std::string type;
    DateValue start;
    DateValue end;
    std::string place;                   ///< resolution key, "" when unnamed
    std::set<std::string> participants;  ///< resolution keys
    std::set<std::string> bodies;        ///< those of them that are organisations (a body's own meeting)
    std::string own_key;
    bool programme_part = false;
};

// Days-precision comparison key of a date, filling an open month or day with the bound
// of the period: the first day for the start, the last for the end.
int day_key(const DateValue& d, bool end) {
    const int month = d.month ? d.month : (end ? 12 : 1);
    const int day = d.day ? d.day : (end ? 31 : 1);
    return d.year * 10000 + month * 100 + day;
}

bool dates_agree(const EventMention& a, const EventMention& b) {
    const bool a_day = a.start.precision() == DatePrecision::Day, b_day = b.start.precision() == DatePrecision::Day;
    if (a_day && b_day)  // "October 22-24" and "October 23-24"
        return day_key(a.start, false) <= day_key(b.end, true) && day_key(b.start, false) <= day_key(a.end, true);
    // A vaguer date holds the precise one's start ("early December" and "December 6").
    const EventMention& coarse = a.start.precision() < b.start.precision() ? a : b;
    const EventMention& fine = &coarse == &a ? b : a;
    return day_key(coarse.start, false) <= day_key(fine.start, false) && day_key(fine.start, false) <= day_key(coarse.end, true);
}

bool same_event(const EventMention& a, const EventMention& b) {
    if (a.type != b.type || a.programme_part != b.programme_part) return false;
    if (a.programme_part) return a.own_key == b.own_key;  // keyed by their counterparts already
    if (!a.place.empty() && !b.place.empty() && a.place != b.place) return false;
    if (!dates_agree(a, b)) return false;
    const auto common = static_cast<std::size_t>(std::count_if(a.participants.begin(), a.participants.end(),
                                                               [&](const std::string& p) { return b.participants.count(p) > 0; }));
    // A meeting or call is its pair: the host meeting two counterparts on one day met twice.
    const bool paired = a.type == "Meeting" || a.type == "PhoneCall";
    if (paired && a.participants.size() >= 2 && b.participants.size() >= 2 && common < 2) return false;
    // A vaguer date ("a call earlier this year") identifies a meeting or call only by its pair or
    // its body: one named person would join every call of theirs in the period, and through them
    // each other.
    const bool same_body = std::any_of(a.bodies.begin(), a.bodies.end(), [&](const std::string& o) { return b.bodies.count(o) > 0; });
    if (paired && a.start.precision() != b.start.precision() && common < 2 && !same_body) return false;
    if (common > 0) return true;
    // Nobody named on one side: the same named place ("the 11th Forum, June 26-28 in Vitebsk" and
    // "the 11th forum, June 27-28, in Vitebsk").
    return (a.participants.empty() || b.participants.empty()) && !a.place.empty() && a.place == b.place;
}

std::size_t find(std::vector<std::size_t>& parent, std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

}  // namespace

std::string event_key(const DocumentExtraction& doc, const ExtractedEvent& e) {
    std::string key = e.type + " " + (e.place ? doc.entities[*e.place].resolution_key : std::string("unplaced")) + " " +
                      (e.start ? e.start->iso() : std::string("undated"));
    if (e.part_of) {
        std::vector<std::string> others;
        for (std::size_t k = 1; k < e.participants.size(); ++k) others.push_back(doc.entities[e.participants[k]].resolution_key);
        std::sort(others.begin(), others.end());
        for (const auto& o : others) key += " " + o;
    }
    return key;
}

std::vector<std::vector<std::string>> unify_events(std::vector<DocumentExtraction>& extractions) {
    std::vector<std::vector<std::string>> keys(extractions.size());
    std::vector<EventMention> mentions;
    for (std::size_t d = 0; d < extractions.size(); ++d) {
        const DocumentExtraction& doc = extractions[d];
        for (std::size_t i = 0; i < doc.events.size(); ++i) {
            const ExtractedEvent& e = doc.events[i];
            keys[d].push_back(event_key(doc, e));
            if (!e.start) continue;  // an undated event has only its own key
            EventMention m{d, i, e.type, *e.start, e.end.value_or(*e.start), {}, {}, {}, keys[d].back(), e.part_of.has_value()};
            if (e.place) m.place = doc.entities[*e.place].resolution_key;
            for (auto p : e.participants) {
                m.participants.insert(doc.entities[p].resolution_key);
                if (doc.entities[p].type == EntityType::Organization) m.bodies.insert(doc.entities[p].resolution_key);
            }
            mentions.push_back(std::move(m));
        }
    }
    std::vector<std::size_t> parent(mentions.size());
    std::iota(parent.begin(), parent.end(), 0);
    // Identical mentions (the same report in several documents) are one event at once: only
    // one of them takes part in the comparisons below.
    std::map<std::tuple<std::string, std::string, std::string, std::string, std::set<std::string>, bool>, std::size_t> first_of;
    std::vector<std::size_t> distinct;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
        const EventMention& e = mentions[m];
        auto [it, inserted] = first_of.try_emplace({e.own_key, e.start.iso(), e.end.iso(), e.place, e.participants, e.programme_part}, m);
        if (inserted) distinct.push_back(m);
        else parent[find(parent, m)] = find(parent, it->second);
    }
    // Two mentions of one event share its type and a participant or a place, and their dates
    // overlap: compare within blocks of (type, participant) and (type, place), each swept in
    // date order against the mentions still open, so a large corpus is never compared pairwise.
    auto interval = [&](std::size_t m) {
        const EventMention& e = mentions[m];
        return std::make_pair(day_key(e.start, false), std::max(day_key(e.end, true), day_key(e.start, true)));
    };
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> blocks;
    for (const std::size_t m : distinct) {
        for (const auto& p : mentions[m].participants) blocks[{mentions[m].type, "p " + p}].push_back(m);
        if (!mentions[m].place.empty()) blocks[{mentions[m].type, "l " + mentions[m].place}].push_back(m);
    }
    for (auto& [block, members] : blocks) {
        std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) { return interval(a) < interval(b); });
        std::vector<std::size_t> open;
        for (const std::size_t b : members) {
            const int starts = interval(b).first;
            std::erase_if(open, [&](std::size_t a) { return interval(a).second < starts; });
            for (const std::size_t a : open)
                if (mentions[a].doc != mentions[b].doc && find(parent, a) != find(parent, b) && same_event(mentions[a], mentions[b]))
                    parent[find(parent, a)] = find(parent, b);
            open.push_back(b);
        }
    }
    // The most precise mention names the group: a day before a month, a place before none,
    // then the smallest key (independent of the order of documents).
    auto better = [&](const EventMention& x, const EventMention& y) {
        return std::make_tuple(-static_cast<int>(x.start.precision()), x.place.empty(), x.own_key) <
               std::make_tuple(-static_cast<int>(y.start.precision()), y.place.empty(), y.own_key);
    };
    std::vector<std::optional<std::size_t>> best(mentions.size()), placed(mentions.size());
    for (std::size_t m = 0; m < mentions.size(); ++m) {
        auto& b = best[find(parent, m)];
        if (!b || better(mentions[m], mentions[*b])) b = m;
        auto& p = placed[find(parent, m)];
        if (!mentions[m].place.empty() && (!p || better(mentions[m], mentions[*p]))) p = m;
    }
    for (std::size_t m = 0; m < mentions.size(); ++m) {
        const std::size_t group = find(parent, m);
        const EventMention& rep = mentions[*best[group]];
        if (&rep == &mentions[m] && (!placed[group] || *placed[group] == m)) continue;
        // The date of the most precise mention, the place of the most precise one that names it.
        std::string key = rep.own_key;
        if (!rep.programme_part && rep.place.empty() && placed[group])
            key = rep.type + " " + mentions[*placed[group]].place + " " + rep.start.iso();
        keys[mentions[m].doc][mentions[m].event] = key;
        ExtractedEvent& e = extractions[mentions[m].doc].events[mentions[m].event];
        e.start = extractions[rep.doc].events[rep.event].start;
        e.end = extractions[rep.doc].events[rep.event].end;
    }
    // Two events that are not one but would be named alike (two meetings of one host, one day,
    // one place) are told apart by their participants, so neither node swallows the other.
    std::map<std::string, std::set<std::size_t>> groups_of_key;
    for (std::size_t m = 0; m < mentions.size(); ++m)
        groups_of_key[keys[mentions[m].doc][mentions[m].event]].insert(find(parent, m));
    std::map<std::size_t, std::set<std::string>> people_of_group;
    for (std::size_t m = 0; m < mentions.size(); ++m)
        people_of_group[find(parent, m)].insert(mentions[m].participants.begin(), mentions[m].participants.end());
    // Only meetings and calls of distinct pairs stay apart (same_event's rule); other reports
    // that share a name are one node, as they always were.
    auto distinct_pairs = [&](const std::string& key, std::size_t group) {
        const auto& mine = people_of_group[group];
        if (mine.size() < 2) return false;
        for (const std::size_t other : groups_of_key[key]) {
            if (other == group) continue;
            const auto& theirs = people_of_group[other];
            const auto common = std::count_if(mine.begin(), mine.end(), [&](const std::string& p) { return theirs.count(p) > 0; });
            if (theirs.size() >= 2 && common < 2) return true;
        }
        return false;
    };
    // Without a place a name is only a type and a day: events of different people on one day
    // ("Forum, 2022-06-17" of one president in one document, of another in another) stay apart
    // too; a report naming nobody still joins the one that names someone.
    auto distinct_people = [&](const std::string& key, std::size_t group) {
        const auto& mine = people_of_group[group];
        if (mine.empty()) return false;
        for (const std::size_t other : groups_of_key[key]) {
            if (other == group) continue;
            const auto& theirs = people_of_group[other];
            if (!theirs.empty() && std::none_of(mine.begin(), mine.end(), [&](const std::string& p) { return theirs.count(p) > 0; }))
                return true;
        }
        return false;
    };
    // Two events one document tells apart in a place ("Earlier, A held a bilateral meeting with B", beside
    // the trilateral meeting of A, B and C that day, in that city) stay two nodes, whatever they share.
    // (Unplaced ones are told apart by their people, below.)
    // (Two readings of one sentence that the document did not join are still one event.)
    std::map<std::size_t, std::set<std::pair<std::size_t, std::uint32_t>>> read_in;
    for (std::size_t m = 0; m < mentions.size(); ++m)
        read_in[find(parent, m)].emplace(mentions[m].doc, extractions[mentions[m].doc].events[mentions[m].event].sentence.begin);
    auto told_apart = [&](const std::string& key, std::size_t group) {
        const auto& mine = read_in[group];
        for (const std::size_t other : groups_of_key[key]) {
            if (other == group) continue;
            const auto& theirs = read_in[other];
            bool same_doc = false, same_sentence = false;
            for (const auto& [doc, sentence] : mine)
                for (const auto& [doc2, sentence2] : theirs) {
                    same_doc = same_doc || doc == doc2;
                    same_sentence = same_sentence || (doc == doc2 && sentence == sentence2);
                }
            if (same_doc && !same_sentence) return true;
        }
        return false;
    };
    std::vector<std::string> original(mentions.size());
    for (std::size_t m = 0; m < mentions.size(); ++m) original[m] = keys[mentions[m].doc][mentions[m].event];
    for (std::size_t m = 0; m < mentions.size(); ++m) {
        std::string& key = keys[mentions[m].doc][mentions[m].event];
        const bool paired = mentions[m].type == "Meeting" || mentions[m].type == "PhoneCall";
        const bool unplaced = original[m].find(" unplaced ") != std::string::npos;
        if (groups_of_key[original[m]].size() < 2) continue;
        if (!(paired && distinct_pairs(original[m], find(parent, m))) && !(unplaced && distinct_people(original[m], find(parent, m))) &&
            !(paired && !unplaced && told_apart(original[m], find(parent, m))))
            continue;
        std::string suffix = " with";
        for (const auto& p : people_of_group[find(parent, m)]) suffix += " " + p;
        key += suffix;
    }
    return keys;
}

}  // namespace pressgraph
