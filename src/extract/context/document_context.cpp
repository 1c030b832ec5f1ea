#include "context/document_context.hpp"

#include "events/event_extraction.hpp"

namespace pressgraph {

namespace {

// The day the release speaks from: the header's (or a dated dateline's) date, else a dateline's
// month and day in the year the text names most, as a year left out is read everywhere else.
std::optional<DateValue> release_date(const Document& doc, const std::vector<SentenceAnalysis>& sentences) {
    if (doc.published || !doc.dateline_day) return doc.published;
    const auto year_of_text = inferred_anchor(sentences);
    if (!year_of_text) return std::nullopt;
    const DateValue day{year_of_text->year, doc.dateline_day->month, doc.dateline_day->day};
    return day.valid() ? std::optional(day) : std::nullopt;
}

// "Earlier in the day", "later that day", "that same day", "Earlier," or "In the afternoon," opening the
// sentence: the phrase's tokens [first, last), or
// nothing. The words are the lexicon's (word_classes.tsv: day_sequence_adverb, day_part_noun,
// that_word, same_word, passive_auxiliary); a class the file lacks reads no phrase.
struct SameDayWords {
    long adverb = -1, part = -1, that = -1, same = -1;
    long passive = -1;  ///< passive_auxiliary: "was", "were" ("was later received by"); a file without it reads no such phrase
};
std::optional<std::pair<std::size_t, std::size_t>> same_day_phrase(const SentenceAnalysis& s, const SameDayWords& w) {
    if (w.adverb < 0 || w.part < 0 || w.that < 0 || w.same < 0) return std::nullopt;
    const auto adverb = static_cast<std::size_t>(w.adverb), part = static_cast<std::size_t>(w.part),
               that = static_cast<std::size_t>(w.that), same = static_cast<std::size_t>(w.same);
    const TokenList& t = s.tokens.tokens;
    // "Earlier, the Minister laid a wreath ...", "Later, X paid a courtesy call on Y": the adverb alone,
    // opening the sentence before a comma, orders it within the day just told.
    if (t.size() > 2 && s.words.is(0, adverb) && t[1].text == ",") return std::pair<std::size_t, std::size_t>{0, 1};
    auto is_word = [&](std::size_t i, std::string_view word) {  // in any case, with no copy
        if (i >= t.size() || t[i].text.size() != word.size()) return false;
        for (std::size_t k = 0; k < word.size(); ++k) {
            const char ch = t[i].text[k];
            if ((ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch) != word[k]) return false;
        }
        return true;
    };
    // "The Azerbaijani minister was later received by the Vice President": the adverb between the auxiliary of a
    // passive and its verb orders the event within the day just told.
    if (w.passive >= 0)
        for (std::size_t i = 1; i + 2 < t.size(); ++i)
            if (s.words.is(i, adverb) && s.words.is(i - 1, static_cast<std::size_t>(w.passive)) && !is_word(i + 1, "in") &&
                !s.words.is(i + 1, that))
                return std::pair{i, i + 1};
    if (!s.words.any(part)) return std::nullopt;
    // "In the afternoon, the Minister and his guest opened the Business Forum": a part of the day opening the
    // sentence, before a comma, goes on with the day just told.
    if (t.size() > 4 && is_word(0, "in") && is_word(1, "the") && s.words.is(2, part) && t[3].text == ",")
        return std::pair<std::size_t, std::size_t>{0, 3};
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        // earlier|later (in the | that) day
        if (s.words.is(i, adverb)) {
            if (is_word(i + 1, "in") && is_word(i + 2, "the") && s.words.is(i + 3, part)) return std::pair{i, i + 4};
            if (s.words.is(i + 1, that) && s.words.is(i + 2, part)) return std::pair{i, i + 3};
        }
        // (that | the) same day
        if ((s.words.is(i, that) || is_word(i, "the")) && s.words.is(i + 1, same) && s.words.is(i + 2, part))
            return std::pair{i, i + 3};
    }
    return std::nullopt;
}

// "This morning", "this afternoon": the release's own day. The tokens [first, last) of the phrase, or
// nothing (word_classes.tsv: current_period_word, this_day_part; not "to this day").
std::optional<std::pair<std::size_t, std::size_t>> this_day_phrase(const SentenceAnalysis& s, long current, long part) {
    if (current < 0 || part < 0 || !s.words.any(static_cast<std::size_t>(part))) return std::nullopt;
    const TokenList& t = s.tokens.tokens;
    for (std::size_t i = 0; i + 1 < t.size(); ++i)
        if (s.words.is(i, static_cast<std::size_t>(current)) && s.words.is(i + 1, static_cast<std::size_t>(part)))
            return std::pair{i, i + 2};
    return std::nullopt;
}

}  // namespace

DocumentContext read_document_context(const Document& doc, const std::vector<SentenceAnalysis>& sentences) {
    DocumentContext c;
    c.published = release_date(doc, sentences);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const Span s = sentences[i].tokens.sentence;
        if (doc.title && s == *doc.title) c.headline = i;
        else if (doc.dateline && s == *doc.dateline) c.dateline = i;
        else if (doc.dateline_agency && s == *doc.dateline_agency) continue;  // the agency is no lead
        else if (!c.lead) c.lead = i;
    }
    // The one anchor every stage reads relative dates against.
    c.anchor = c.published ? c.published : inferred_anchor(sentences);
    c.tenses.reserve(sentences.size());
    c.dates.reserve(sentences.size());
    for (const auto& s : sentences) {
        c.tenses.push_back(sentence_tense(s.tokens, s.words));
        c.dates.push_back(find_dates(s.tokens, s.words, c.anchor, c.tenses.back()));
    }
    // A sentence dated only by "earlier in the day" / "later that day" / "that same day" takes the
    // day of the last day the text dated before it (in the release's year), else the release's day;
    // one dated only by "this morning" (afternoon, evening) the release's day.
    if (!sentences.empty()) {
        const rules::WordTable& table = sentences.front().words.table();
        const SameDayWords words{table.find_class("day_sequence_adverb"), table.find_class("day_part_noun"),
                                 table.find_class("that_word"), table.find_class("same_word"),
                                 table.find_class("passive_auxiliary")};
        std::optional<DateValue> last_day = c.published && c.published->precision() == DatePrecision::Day
                                                ? c.published : std::nullopt;
        const long current = table.find_class("current_period_word"), this_part = table.find_class("this_day_part");
        for (std::size_t i = 0; i < sentences.size(); ++i) {
            if (c.dates[i].empty() && c.published && c.published->precision() == DatePrecision::Day)
                if (const auto phrase = this_day_phrase(sentences[i], current, this_part)) {
                    const TokenList& t = sentences[i].tokens.tokens;
                    DateMention d;
                    d.first_token = phrase->first;
                    d.last_token = phrase->second;
                    d.span = Span{t[phrase->first].span.begin, t[phrase->second - 1].span.end};
                    d.range = DateRange{*c.published, std::nullopt, {}};
                    c.dates[i].push_back(d);
                    continue;
                }
            if (c.dates[i].empty()) {
                if (last_day)
                    if (const auto phrase = same_day_phrase(sentences[i], words)) {
                        const TokenList& t = sentences[i].tokens.tokens;
                        DateMention d;
                        d.first_token = phrase->first;
                        d.last_token = phrase->second;
                        d.span = Span{t[phrase->first].span.begin, t[phrase->second - 1].span.end};
                        // A day after the release's is one the text announced ("to be held in Subotica on 2
                        // July"): what is told as done "later in the day" happened on the release's day.
                        DateValue day = *last_day;
                        if (c.published && c.published->precision() == DatePrecision::Day && *c.published < day &&
                            c.tenses[i] != Tense::Future)
                            day = *c.published;
                        d.range = DateRange{day, std::nullopt, {}};
                        c.dates[i].push_back(d);
                    }
                continue;
            }
            for (const DateMention& d : c.dates[i])
                if (d.range.start.precision() == DatePrecision::Day && !d.range.end && c.anchor && d.range.start.year == c.anchor->year)
                    last_day = d.range.start;
        }
    }
    return c;
}

}  // namespace pressgraph
