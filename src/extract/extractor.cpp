#include "pressgraph/extract/extractor.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "pressgraph/extract/recognizers.hpp"
#include "pressgraph/text/normalizer.hpp"
#include "pressgraph/text/title_case.hpp"
#include "pressgraph/text/tokenizer.hpp"
#include "context/document_context.hpp"
#include "context/lower_case_evidence.hpp"
#include "context/mention_annotations.hpp"
#include "events/event_signing.hpp"
#include "context/person_references.hpp"
#include "events/event_extraction.hpp"
#include "events/rule_events.hpp"
#include "relations/rule_relations.hpp"
#include "coreference/in_document_coreference.hpp"
#include "relations/relation_extraction.hpp"

namespace pressgraph {

namespace {

// Whether a word past the sentence's first is capitalised. The first word is capitalised
// by the sentence, so a sentence without such a word holds no name of two capitalised words.
bool capital_past_first_word(const TokenList& tokens) {
    for (std::size_t i = 1; i < tokens.size(); ++i)
        if (tokens[i].capitalized()) return true;
    return false;
}

// A courtesy title ("Prof.", "H.E. Mr.", scope generic) is no office: where another reading of a
// name starting at the same word read an office before it ("Special Envoy for Climate Prof. Ana
// Lopes"), the name takes that office, whichever reading names the person. A sentence has a few
// person candidates: the pairs are few.
void give_offices_over_courtesy_titles(std::vector<Candidate>& persons) {
    for (Candidate& c : persons) {
        if (!c.title || c.title->scope != "generic") continue;
        for (const Candidate& other : persons)
            if (other.first == c.first && other.title && other.title->scope != "generic") {
                c.title = other.title;
                break;
            }
    }
}

// One capitalised word after a title is a surname ("President Biden"), unless the release
// writes it in lower case too ("Environmental Justice Website ... a new website").
// So are two common words that open with no given name ("Environmental Justice Executive Order
// ... the executive order").
void drop_common_words_after_titles(std::vector<Candidate>& persons, const LowerCaseEvidence& lower_case,
                                    const Lexicon& lexicon) {
    constexpr std::size_t kWordsTested = 2;
    std::erase_if(persons, [&](const Candidate& c) {
        if (!c.title || c.title->scope == "generic" || c.canonical.empty()) return false;
        std::vector<std::string_view> words;
        for (std::size_t at = 0; at < c.canonical.size() && words.size() <= kWordsTested;) {
            const std::size_t space = std::min(c.canonical.find(' ', at), c.canonical.size());
            words.push_back(std::string_view(c.canonical).substr(at, space - at));
            at = space + 1;
        }
        if (words.size() > kWordsTested || (words.size() > 1 && lexicon.given_name(words.front()))) return false;
        return std::all_of(words.begin(), words.end(), [&](std::string_view w) { return lower_case.common_word(w); });
    });
}

// A capitalised word after "in" that no lexicon knows is a place ("talks in Tskhinval"), unless
// the release writes it in lower case too ("Women in Aerospace ... the aerospace industry").
void drop_unknown_places_written_in_lower_case(std::vector<Candidate>& places, const LowerCaseEvidence& lower_case) {
    std::erase_if(places, [&](const Candidate& c) {
        return c.length() == 1 && c.rule == "pattern:place-phrase" && lower_case.common_word(c.canonical);
    });
}

// "(SSC)" right after a mention defines an acronym for it.
bool defines_acronym(const TokenList& t, std::size_t after) {
    return after + 2 < t.size() && t[after].text == "(" && t[after + 1].all_caps() && t[after + 2].text == ")";
}

}  // namespace

namespace {

// Every extraction waits in memory for the merge (on ten copies of the wh-kremlin archive,
// 72,520 of them held most of the peak): the room vectors kept to grow goes back first.
void release_spare_capacity(DocumentExtraction& out) {
    for (ExtractedEntity& e : out.entities) e.mentions.shrink_to_fit();
    out.entities.shrink_to_fit();
    out.events.shrink_to_fit();
    out.facts.shrink_to_fit();
    out.offices_without_holder.shrink_to_fit();
    out.sentence_texts.shrink_to_fit();
}

}  // namespace

Extractor::Extractor(const Lexicon& lexicon)
    : lexicon_(lexicon), event_rules_(std::make_shared<const EventRulePlan>(lexicon.rules())) {}

DocumentExtraction Extractor::extract(const Document& doc) const {
    DocumentExtraction out;
    out.document_id = doc.id;
    out.name = doc.name;
    out.title = normalize_string(doc.title_text());
    collapse_whitespace(out.title);
    out.published = doc.published;
    out.bytes = doc.text.size();

    // Every sentence's words first: a recogniser may ask what the whole release writes.
    std::vector<SentenceAnalysis> sentences;
    sentences.reserve(doc.sentences.size());
    for (const Span& sentence : doc.sentences) {
        SentenceAnalysis& a = sentences.emplace_back(SentenceAnalysis{tokenize_sentence(doc.text, sentence), {}, {}, {}, {}});
        // A dateline's city in capitals ("LIMA") is read as the name the lexicon knows ("Lima").
        if (doc.dateline && sentence == *doc.dateline) title_case_capitals(a.tokens);
        a.claimed.assign(a.tokens.tokens.size(), false);
        a.words = lexicon_.look_up_words(a.tokens.tokens);
    }
    const LowerCaseEvidence lower_case(sentences, lexicon_);

    for (SentenceAnalysis& a : sentences) {
        // Nearly half the sentences of the genre have no capital past their first word: the
        // recognisers of names of two capitalised words or more have nothing to read there.
        const bool long_names = capital_past_first_word(a.tokens.tokens);
        // Persons first: their names end organisation and agreement names.
        std::vector<Candidate> persons;
        if (long_names) {
            persons = match_titled_persons(a.tokens, lexicon_);
            auto plain = match_person_names(a.tokens, lexicon_);
            persons.insert(persons.end(), std::make_move_iterator(plain.begin()), std::make_move_iterator(plain.end()));
        }
        auto ruled = match_entity_rules(a.tokens, a.words, lexicon_);
        std::vector<Candidate> ruled_others;
        for (auto& c : ruled) (c.type == EntityType::Person ? persons : ruled_others).push_back(std::move(c));
        give_offices_over_courtesy_titles(persons);
        drop_common_words_after_titles(persons, lower_case, lexicon_);
        a.mentions = select_mentions(std::move(persons), a.claimed);

        auto others = match_lexicon_names(a.tokens, lexicon_);
        // Ministries first: a tie with a head-noun name goes to the one that knows the country.
        std::vector<Candidate> orgs, landmarks;
        if (long_names) {
            orgs = match_ministry_phrases(a.tokens, lexicon_, a.claimed);
            auto bodies = match_organization_patterns(a.tokens, lexicon_, a.claimed);
            auto festivals = match_festival_names(a.tokens, lexicon_, a.claimed);
            auto described = match_described_bodies(a.tokens, lexicon_, a.claimed);
            festivals.insert(festivals.end(), std::make_move_iterator(described.begin()), std::make_move_iterator(described.end()));
            bodies.insert(bodies.end(), std::make_move_iterator(festivals.begin()), std::make_move_iterator(festivals.end()));
            orgs.insert(orgs.end(), std::make_move_iterator(bodies.begin()), std::make_move_iterator(bodies.end()));
        }
        auto agreements = match_agreement_patterns(a.tokens, lexicon_, a.claimed);
        if (long_names) landmarks = match_landmark_patterns(a.tokens, lexicon_, a.claimed);
        auto places = match_place_phrases(a.tokens, lexicon_, a.claimed);
        drop_unknown_places_written_in_lower_case(places, lower_case);
        others.insert(others.end(), std::make_move_iterator(landmarks.begin()), std::make_move_iterator(landmarks.end()));
        others.insert(others.end(), std::make_move_iterator(places.begin()), std::make_move_iterator(places.end()));
        others.insert(others.end(), std::make_move_iterator(orgs.begin()), std::make_move_iterator(orgs.end()));
        others.insert(others.end(), std::make_move_iterator(agreements.begin()), std::make_move_iterator(agreements.end()));
        others.insert(others.end(), std::make_move_iterator(ruled_others.begin()), std::make_move_iterator(ruled_others.end()));
        auto named = select_mentions(std::move(others), a.claimed);

        // Acronyms defined in the text, "Supreme State Council (SSC)", name the same entity.
        std::vector<Candidate> acronyms;
        for (const Candidate& c : named) {
            if (!defines_acronym(a.tokens.tokens, c.last) || a.claimed[c.last + 1]) continue;
            Candidate acronym = c;
            acronym.first = c.last + 1;
            acronym.last = c.last + 2;
            acronym.rule = "pattern:acronym-definition";
            acronyms.push_back(std::move(acronym));
        }
        for (auto& c : acronyms) a.claimed[c.first] = true;
        a.mentions.insert(a.mentions.end(), std::make_move_iterator(named.begin()), std::make_move_iterator(named.end()));
        a.mentions.insert(a.mentions.end(), std::make_move_iterator(acronyms.begin()), std::make_move_iterator(acronyms.end()));
        // A name wrapped across a line break keeps the break's spaces in its text: one space between words.
        for (Candidate& m : a.mentions) collapse_whitespace(m.canonical);
    }

    // The stages after recognition, in their one order; each reads what the ones before added.
    const DocumentContext context = read_document_context(doc, sentences);
    resolve_in_document(sentences, lexicon_);
    build_entities(doc, sentences, lexicon_, out);
    extract_relations(sentences, lexicon_, context.anchor, out);
    // What event and relation rules see of each sentence, laid once: mentions, titles, dates, references.
    const auto references = resolve_person_references(sentences, context, lexicon_, out);
    std::vector<rules::AnnotatedSentence> annotated;
    annotated.reserve(sentences.size());
    for (std::size_t i = 0; i < sentences.size(); ++i)
        annotated.push_back(annotate_mentions(sentences[i], context.dates[i], references.by_sentence[i], lexicon_));
    add_office_claims(references.offices, lexicon_, out);
    apply_relation_rules(sentences, context, annotated, lexicon_, out);
    extract_events(sentences, context, lexicon_, out);
    apply_event_rules(sentences, context, annotated, *event_rules_, lexicon_, out);
    attach_signings_to_followed_events(sentences, lexicon_, out);
    attach_past_signings_to_visit_meetings(sentences, lexicon_, out);
    add_parties_of_release_signings(sentences, context, lexicon_, out);
    add_release_event_visitors(sentences, context, lexicon_, out);
    add_co_chairs_met(out);
    record_cited_sentences(doc, out);
    release_spare_capacity(out);
    return out;
}

}  // namespace pressgraph
