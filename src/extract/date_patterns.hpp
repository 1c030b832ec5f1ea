#pragma once
// The token patterns of the date normaliser (date_patterns.cpp): they find date expressions
// and read what the text states, leaving the year open where the text gives none. The
// normaliser (date_normalizer.cpp) then fixes open years from the anchor and the tense.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pressgraph/text/tokenizer.hpp"
#include "pressgraph/util/date_value.hpp"

namespace pressgraph::detail {

/// Where a found date takes its year from.
enum class YearSource {
    Stated,    ///< the text gives it ("June 24, 2024")
    Anchor,    ///< none given ("June 24"): the anchor's year, corrected by tense
    Relative,  ///< "this/next/last year": the anchor's year plus `year_offset`
};

/// One date expression as written. Years are 0 unless the source is Stated.
struct RawDate {
    std::size_t first = 0;  ///< first token
    std::size_t last = 0;   ///< one past the last token
    DateValue start;
    std::optional<DateValue> end;
    std::string qualifier;
    YearSource source = YearSource::Stated;
    int year_offset = 0;
};

/// Every date expression in the sentence, in text order, without overlaps.
[[nodiscard]] std::vector<RawDate> scan_dates(const TokenizedSentence& s);

}  // namespace pressgraph::detail
