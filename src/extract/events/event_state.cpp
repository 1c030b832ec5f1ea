#include "events/event_state.hpp"

namespace pressgraph::event_detail {

std::vector<std::size_t> persons_only(const DocumentExtraction& out, const std::vector<std::size_t>& ids) {
    std::vector<std::size_t> persons;
    for (auto p : ids)
        if (out.entities[p].type == EntityType::Person) persons.push_back(p);
    return persons;
}

bool subset(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
    return std::all_of(a.begin(), a.end(), [&](std::size_t x) { return contains(b, x); });
}

std::size_t EventBuilder::add(ExtractedEvent e) {
    const auto key = std::make_tuple(e.type, e.start ? e.start->iso() : std::string(), e.end ? e.end->iso() : std::string(),
                                     e.place ? static_cast<long long>(*e.place) : -1LL,
                                     e.part_of ? static_cast<long long>(*e.part_of) : -1LL);
    auto& same = index[key];
    const auto persons = persons_only(out, e.participants);
    for (auto k : same) {
        auto& existing = out.events[k];
        const auto theirs = persons_only(out, existing.participants);
        if (!subset(persons, theirs) && !subset(theirs, persons)) continue;
        for (auto p : e.participants) add_unique(existing.participants, p);
        for (auto p : e.chairs) add_unique(existing.chairs, p);
        existing.planned = existing.planned && e.planned;
        return k;
    }
    out.events.push_back(std::move(e));
    same.push_back(out.events.size() - 1);
    return out.events.size() - 1;
}

}  // namespace pressgraph::event_detail
