#include "pressgraph/extract/engine/labels.hpp"

namespace pressgraph::rules {

void Labels::declare(WordTable& words) {
    auto id = [&](const char* label) { return static_cast<std::uint16_t>(words.label_id(label)); };
    person = id("Person");
    country = id("Country");
    organization = id("Organization");
    place = id("Place");
    agreement = id("Agreement");
    title = id("Title");
    titles = id("Titles");
    demonym = id("Demonym");
    given_name = id("GivenName");
    name = id("Name");
    date = id("Date");
    ref = id("Ref");
}

}  // namespace pressgraph::rules
