#include "pressgraph/extract/engine/pattern_matcher.hpp"

#include <algorithm>
#include <bit>
#include <optional>

namespace pressgraph::rules {

namespace {

bool passes(const TokenTest& test, const AnnotatedSentence& s, std::size_t i) {
    const Token& t = s.tokens()[i];
    bool ok = false;
    switch (test.kind) {
        case TokenTest::Kind::Word: ok = test.word != kUnknownWord && s.word(i) == test.word; break;
        case TokenTest::Kind::Class: ok = s.classes(i).test(test.word_class); break;
        case TokenTest::Kind::Shape:
            switch (test.shape) {
                case Shape::Any: ok = true; break;
                case Shape::Word: ok = t.word; break;
                case Shape::Cap: ok = t.word && t.capitalized(); break;
                case Shape::Caps: ok = t.word && t.all_caps(); break;
                case Shape::Lower: ok = t.word && !t.text.empty() && t.text.front() >= 'a' && t.text.front() <= 'z'; break;
                case Shape::Num: ok = t.numeric(); break;
                case Shape::Punct: ok = !t.word; break;
            }
            break;
    }
    return ok != test.negated;
}

struct Thread {
    std::uint32_t pc;
    std::array<std::uint16_t, 2 * kMaxCaptures> slots;
};

// Scratch space reused across calls on one thread: no allocation per start position.
struct Scratch {
    std::vector<std::vector<Thread>> pending;  // by offset from the start
    std::vector<std::uint32_t> seen;
    std::uint32_t generation = 0;
    std::size_t dirty = 0;  ///< pending[0..dirty] may hold threads of the last call
};

Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

// Whether some first instruction of the pattern accepts position `start`: the same answer
// as testing each of `pattern.first`, from the tests merged by kind (called for every rule
// at every token, so it must cost a few ANDs).
inline bool can_start(const CompiledPattern& pattern, const AnnotatedSentence& sentence, std::size_t start) {
    const CompiledPattern::StartSet& set = pattern.start;
    if ((sentence.labels_starting_at(start) & set.labels).any()) return true;
    if (!set.classes.empty()) {
        const ClassSet& classes = sentence.classes(start);
        for (const std::uint16_t c : set.classes)
            if (classes[c]) return true;
    }
    if (!set.words.empty()) {
        const WordId w = sentence.word(start);
        for (const WordId x : set.words)
            if (x == w) return true;
    }
    for (const TokenTest& test : set.other_tests)
        if (passes(test, sentence, start)) return true;
    return false;
}

// The longest match from `start`, which can_start() accepted.
std::optional<PatternMatch> run_from(const CompiledPattern& pattern, const AnnotatedSentence& sentence, std::size_t start) {
    const auto& program = pattern.program;
    const std::size_t n = sentence.size();
    const std::size_t window = std::min(kMaxMatchTokens, n - start);
    Scratch& sc = scratch();
    if (sc.pending.size() < window + 1) sc.pending.resize(window + 1);
    for (std::size_t k = 0; k <= sc.dirty; ++k) sc.pending[k].clear();  // cheap: clear() keeps capacity
    if (sc.seen.size() < program.size()) sc.seen.resize(program.size(), 0);

    Thread first{0, {}};
    first.slots.fill(kUnset);
    sc.pending[0].push_back(first);
    std::optional<PatternMatch> best;

    // The furthest offset a live thread waits at: most starts die a token or two in, and the
    // window (up to kMaxMatchTokens) past them holds nothing to visit.
    std::size_t furthest = 0;
    for (std::size_t offset = 0; offset <= furthest; ++offset) {
        if (sc.pending[offset].empty()) continue;
        const std::size_t pos = start + offset;
        if (++sc.generation == 0) {  // wrapped: reset the stamps
            std::fill(sc.seen.begin(), sc.seen.end(), 0);
            sc.generation = 1;
        }
        // Each thread in priority order takes the instructions of its closure that no thread
        // before it took (the same threads, in the same order, as walking the jumps, splits
        // and saves here would give); a thread that matches or consumes goes on.
        bool matched_here = false;
        for (const Thread& t : sc.pending[offset]) {
            const CompiledPattern::Step* step = pattern.closure_steps.data() + pattern.closure_begin[t.pc];
            const CompiledPattern::Step* const steps_end = pattern.closure_steps.data() + pattern.closure_begin[t.pc + 1];
            for (; step != steps_end; ++step) {
                if (sc.seen[step->pc] == sc.generation) continue;
                sc.seen[step->pc] = sc.generation;
                Thread th{step->pc, t.slots};
                for (std::uint32_t saves = step->saves; saves != 0; saves &= saves - 1)
                    th.slots[static_cast<std::size_t>(std::countr_zero(saves))] = static_cast<std::uint16_t>(pos);
                const Instruction& in = program[th.pc];
                if (in.op == Instruction::Op::Match) {
                    if (!matched_here && offset > 0 && (!pattern.ends_sentence || pos == n)) {
                        matched_here = true;
                        PatternMatch m;
                        m.first = static_cast<std::uint32_t>(start);
                        m.last = static_cast<std::uint32_t>(pos);
                        m.slots = th.slots;
                        best = m;
                    }
                    continue;
                }
                if (pos >= n) continue;
                if (in.op == Instruction::Op::Token) {
                    if (offset + 1 <= window && passes(in.test, sentence, pos)) {
                        sc.pending[offset + 1].push_back({th.pc + 1, th.slots});
                        furthest = std::max(furthest, offset + 1);
                    }
                } else if (in.op == Instruction::Op::Annotation) {
                    const auto [b, e] = sentence.starting_at(pos);
                    for (const Annotation* a = b; a != e; ++a)
                        if (in.labels.test(a->label) && a->last - start <= window) {
                            sc.pending[a->last - start].push_back({th.pc + 1, th.slots});
                            furthest = std::max<std::size_t>(furthest, a->last - start);
                        }
                }
            }
        }
    }
    sc.dirty = furthest;
    return best;
}

// Whether some token or annotation of the sentence could begin a match: checked once per
// sentence, it spares testing every token for rules whose first words are not there.
bool may_start_somewhere(const CompiledPattern& pattern, const AnnotatedSentence& sentence) {
    const CompiledPattern::StartSet& set = pattern.start;
    if (!set.other_tests.empty() || (sentence.labels_present() & set.labels).any()) return true;
    for (const std::uint16_t c : set.classes)
        if (sentence.has_class(c)) return true;
    for (const WordId w : set.words)
        if (sentence.has_word(w)) return true;
    return false;
}

}  // namespace

std::optional<PatternMatch> match_at(const CompiledPattern& pattern, const AnnotatedSentence& sentence, std::size_t start) {
    if (start >= sentence.size() || !can_start(pattern, sentence, start)) return std::nullopt;
    return run_from(pattern, sentence, start);
}

std::vector<PatternMatch> find_matches(const CompiledPattern& pattern, const AnnotatedSentence& sentence) {
    std::vector<PatternMatch> out;
    if (!may_match(pattern, sentence) || !may_start_somewhere(pattern, sentence)) return out;
    for (std::size_t start = 0; start < sentence.size();) {
        if (!can_start(pattern, sentence, start)) {
            ++start;
            continue;
        }
        if (auto m = run_from(pattern, sentence, start)) {
            out.push_back(*m);
            start = m->last;
        } else {
            ++start;
        }
    }
    return out;
}

}  // namespace pressgraph::rules
