#pragma once
// A document as read from disk: the original bytes, never modified, plus what the
// reading stage found in them. Everything later points into `text` by byte Span.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/text/body_dateline.hpp"
#include "pressgraph/util/date_value.hpp"
#include "pressgraph/util/span.hpp"

namespace pressgraph {

struct Document {
    std::string source;  ///< the path as the user gave it, or "-" for standard input
    std::string name;    ///< file name without folders ("000_x.txt"); "stdin" for "-"
    std::string text;    ///< the original UTF-8 bytes
    std::string id;      ///< stable id: a hash of the text, so the same text gets the same IRI anywhere

    std::optional<Span> title;            ///< the headline line, where the document has one
    std::optional<DateValue> published;   ///< publication date from the header, where stated
    std::optional<Span> dateline;         ///< the place of the date line ("Sochi"), read as a sentence of its own
    std::optional<Span> dateline_agency;  ///< the agency of a body's dateline ("Xinhua"), read as a sentence of its own
    std::optional<DatelineDate> dateline_day;  ///< a body dateline's month and day when nothing gives its year
    std::vector<Span> debris;             ///< web-page debris lines that extraction ignores
    std::vector<Span> sentences;          ///< body sentences, in text order, never crossing debris

    [[nodiscard]] std::string_view slice(Span s) const { return s.of(text); }
    [[nodiscard]] std::string title_text() const { return title ? std::string(slice(*title)) : std::string(); }
};

}  // namespace pressgraph
