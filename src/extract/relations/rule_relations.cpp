#include "relations/rule_relations.hpp"

#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "context/home_country.hpp"
#include "context/mention_annotations.hpp"
#include "relations/agreement_parties.hpp"
#include "context/rule_trace.hpp"
#include "pressgraph/extract/engine/pattern_matcher.hpp"
#include "pressgraph/util/errors.hpp"

namespace pressgraph {

namespace {

// The predicates a rule may state, as ontology CURIEs (pgo:signedAt needs an event: events stage).
std::optional<std::string> predicate_curie(const std::string& p) {
    static constexpr std::string_view kPredicates[] = {"holdsPosition", "metWith", "visited", "memberOf",
                                                       "locatedIn",     "party",   "partOf",  "approvedBy"};
    for (const std::string_view k : kPredicates)
        if (p == k) return "pgo:" + p;
    return std::nullopt;
}

}  // namespace

void credit_rule(DocumentExtraction& out, std::size_t subject, const std::string& predicate, std::size_t object,
                 const std::string& rule) {
    for (ExtractedFact& f : out.facts)
        if (f.subject == subject && f.object == object && f.predicate == predicate && !f.object_is_event &&
            f.rule.rfind("rule:", 0) != 0)
            f.rule = rule;
}

void apply_relation_rules(const std::vector<SentenceAnalysis>& sentences, const DocumentContext& context,
                          const std::vector<std::vector<PersonReference>>& references,
                          const Lexicon& lx, DocumentExtraction& out) {
    complete_offices_from_home(home_country_code(sentences, context, lx, out), lx, out);
    add_agreement_parties(sentences, lx, out);
    const auto rules_of_kind = lx.rules().with_verb("fact");
    if (rules_of_kind.empty()) return;
    const rules::Labels& L = lx.labels();
    const std::vector<std::uint16_t> any_entity{L.person, L.country, L.organization, L.place, L.agreement};
    std::set<std::tuple<std::size_t, std::string, std::size_t>> known;
    for (const auto& f : out.facts)
        if (!f.object_is_event) known.emplace(f.subject, f.predicate, f.object);

    for (std::size_t si = 0; si < sentences.size(); ++si) {
        const SentenceAnalysis& s = sentences[si];
        const rules::AnnotatedSentence a = annotate_mentions(s, context.dates[si], references[si], lx);
        if (rule_trace_enabled()) trace_rules("relations", a, lx.rules(), "fact");
        for (const rules::Rule* r : rules_of_kind) {
            if (!rules::may_match(r->pattern, a)) continue;
            const auto& args = r->action.positional;
            if (args.size() < 3)
                throw InputError(r->file, "rule '" + r->id + "': 'fact' takes a predicate, a subject and an object", r->line);
            const auto curie = predicate_curie(args[0]);
            if (!curie) throw InputError(r->file, "rule '" + r->id + "': unknown predicate '" + args[0] + "'", r->line);
            const std::string& predicate = *curie;
            const int sc = r->pattern.capture_index(args[1]);
            const int oc = r->pattern.capture_index(args[2]);
            if (sc < 0 || oc < 0) throw InputError(r->file, "rule '" + r->id + "': subject and object must be captures", r->line);
            bool planned = context.tenses[si] == Tense::Future;
            bool dateline_only = false;
            for (std::size_t k = 3; k < args.size(); ++k) {
                planned |= args[k] == "planned";
                dateline_only |= args[k] == "dateline";
            }
            if (dateline_only && context.dateline != si) continue;
            for (const auto& m : rules::find_matches(r->pattern, a)) {
                if (!m.has(static_cast<std::size_t>(sc)) || !m.has(static_cast<std::size_t>(oc))) continue;
                const auto [sf, sl] = m.capture(static_cast<std::size_t>(sc));
                const auto [of, ol] = m.capture(static_cast<std::size_t>(oc));
                for (const std::size_t subject : entities_within(a, sf, sl, any_entity))
                    for (const std::size_t object : entities_within(a, of, ol, any_entity)) {
                        if (subject == object) continue;
                        if (!known.emplace(subject, predicate, object).second) {
                            credit_rule(out, subject, predicate, object, "rule:" + r->id);
                            continue;
                        }
                        std::vector<Attribute> qualifiers;
                        if (const std::string* title = r->action.get("title")) qualifiers.push_back({"pgo:title", {*title, "string"}});
                        if (planned) qualifiers.push_back({"pgo:planned", {"true", "boolean"}});
                        out.facts.push_back({subject, predicate, object, std::move(qualifiers), std::nullopt, false,
                                             s.tokens.sentence, "rule:" + r->id});
                    }
            }
        }
    }
}

}  // namespace pressgraph
