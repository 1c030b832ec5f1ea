#include "events/event_state.hpp"

namespace pressgraph::event_detail {

namespace {

// Is `fine` within the period of `coarse` ("early December 2024" holds December 6)?
bool within(const ExtractedEvent& coarse, const ExtractedEvent& fine) {
    const DateValue& a = *coarse.start;
    const DateValue& b = coarse.end.value_or(a);
    const DateValue& d = *fine.start;
    auto key = [](const DateValue& v, bool month) { return v.year * 100 + (month ? v.month : 0); };
    const bool month = a.precision() != DatePrecision::Year;
    return key(a, month) <= key(d, month) && key(d, month) <= key(b, month);
}

bool shares_body(const DocumentExtraction& out, const ExtractedEvent& a, const ExtractedEvent& b) {
    return std::any_of(a.participants.begin(), a.participants.end(), [&](std::size_t p) {
        return out.entities[p].type == EntityType::Organization && contains(b.participants, p);
    });
}

// Can `later` be another mention of `earlier`? Same type and parent, places that agree (or
// one unnamed), and either a vaguer date within the other's ("in early December" and "on
// December 6", with participants in common or unnamed on one side) or the same day with the
// same meeting body or the persons of one among those of the other.
// `headline`: one of the two is the headline's, which names the release's event in short
// ("X will hold talks with President of Chile"): its persons among the other's are enough.
bool same_event(const DocumentExtraction& out, const ExtractedEvent& later, const ExtractedEvent& earlier, bool headline) {
    if (later.type != earlier.type || !later.start || !earlier.start) return false;
    if (later.part_of && earlier.part_of && *later.part_of != *earlier.part_of) return false;
    if (later.place && earlier.place && *later.place != *earlier.place) return false;
    const bool later_day = later.start->precision() == DatePrecision::Day;
    const bool earlier_day = earlier.start->precision() == DatePrecision::Day;
    if (later_day != earlier_day) {
        const ExtractedEvent& coarse = later_day ? earlier : later;
        const ExtractedEvent& fine = later_day ? later : earlier;
        if (!within(coarse, fine)) return false;
        return coarse.participants.empty() || fine.participants.empty() ||
               std::any_of(coarse.participants.begin(), coarse.participants.end(),
                           [&](std::size_t p) { return contains(fine.participants, p); });
    }
    if (*later.start != *earlier.start) return false;
    if (later.part_of.has_value() != earlier.part_of.has_value()) return false;  // a meeting within a visit, and the visit's own
    if (shares_body(out, later, earlier)) return true;
    // The persons of one among those of the other, when they name at least a pair: one
    // person alone may meet several people on one day.
    const auto a = persons_only(out, later.participants), b = persons_only(out, earlier.participants);
    return std::min(a.size(), b.size()) >= (headline ? 1 : 2) && (subset(a, b) || subset(b, a));
}

}  // namespace

// One event named in several sentences becomes one: the mention with the more precise date
// keeps it, and takes the others' place, end, participants and chairs where it lacks them.
void merge_mentions(EventState& st, std::optional<std::size_t>& main, std::optional<std::size_t> headline,
                    const std::vector<bool>& sequels) {
    auto& events = st.builder.out.events;
    const std::size_t n = events.size();
    std::vector<bool> from_headline(n, false);
    if (headline)
        for (const std::size_t e : st.events_of_sentence[*headline]) from_headline[e] = true;
    // The sentences each event was read in, and whether one of them opens on "Earlier" or "Later".
    std::vector<std::vector<std::size_t>> read_in(n);
    std::vector<bool> sequel(n, false);
    for (std::size_t si = 0; si < st.events_of_sentence.size(); ++si)
        for (const std::size_t e : st.events_of_sentence[si]) {
            add_unique(read_in[e], si);
            if (si < sequels.size() && sequels[si]) sequel[e] = true;
        }
    auto apart_in_time = [&](std::size_t i, std::size_t j) {
        if (from_headline[i] || from_headline[j] || !(sequel[i] || sequel[j])) return false;
        return std::none_of(read_in[i].begin(), read_in[i].end(), [&](std::size_t si) { return contains(read_in[j], si); });
    };
    std::vector<std::size_t> target(n);
    for (std::size_t i = 0; i < n; ++i) target[i] = i;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            if (j == i || target[j] != j || target[i] != i || apart_in_time(i, j) ||
                !same_event(st.builder.out, events[i], events[j], from_headline[i] != from_headline[j]))
                continue;
            const bool i_finer = events[i].start->precision() > events[j].start->precision();
            if (!i_finer && j > i) continue;  // same precision: the first mention keeps the event
            const std::size_t from = i_finer ? j : i, into = i_finer ? i : j;
            ExtractedEvent& keep = events[into];
            const ExtractedEvent& gone = events[from];
            target[from] = into;
            if (!keep.place) keep.place = gone.place;
            if (!keep.end && keep.start == gone.start) keep.end = gone.end;
            if (!keep.part_of) keep.part_of = gone.part_of;
            for (auto p : gone.participants) add_unique(keep.participants, p);
            for (auto p : gone.chairs) add_unique(keep.chairs, p);
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        while (target[target[i]] != target[i]) target[i] = target[target[i]];
    std::vector<std::size_t> renumber(n);
    std::vector<ExtractedEvent> kept;
    for (std::size_t i = 0; i < n; ++i)
        if (target[i] == i) {
            renumber[i] = kept.size();
            kept.push_back(std::move(events[i]));
        }
    auto to = [&](std::size_t i) { return renumber[target[i]]; };
    for (auto& e : kept)
        if (e.part_of) e.part_of = to(*e.part_of);
    events = std::move(kept);
    for (auto& list : st.events_of_sentence)
        for (auto& e : list) e = to(e);
    for (auto& p : st.pairs) p.event = to(p.event);
    for (auto& v : st.visits) v.event = to(v.event);
    if (main) main = to(*main);
}

}  // namespace pressgraph::event_detail
