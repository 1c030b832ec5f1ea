#include "pressgraph/extract/engine/token_pattern.hpp"

#include <algorithm>

#include <optional>

namespace pressgraph::rules {

namespace {

// The syntax tree, before compilation.
struct Node {
    enum class Kind : std::uint8_t { Sequence, Alternatives, Repeat, Capture, Token, Annotation };
    Kind kind = Kind::Sequence;
    std::vector<Node> children;
    std::size_t min = 1, max = 1;  // Repeat; max == kUnbounded for * and +
    std::size_t capture = 0;       // Capture
    TokenTest test;                // Token
    LabelSet labels;               // Annotation
};

constexpr std::size_t kUnbounded = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxRepeat = 16;

bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }
bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_syntax(char c) {
    return c == '(' || c == ')' || c == '|' || c == '?' || c == '*' || c == '+' || c == '{' || c == '<' || c == '"' ||
           c == '!' || c == '@';
}

class Parser {
public:
    Parser(std::string_view text, WordTable& words, std::vector<std::string>& captures)
        : text_(text), words_(words), captures_(captures) {}

    Node parse() {
        Node n = alternatives();
        skip_space();
        if (pos_ < text_.size()) fail("unexpected '" + std::string(1, text_[pos_]) + "'");
        return n;
    }

private:
    [[noreturn]] void fail(const std::string& message) const { throw PatternError(message, pos_ + 1); }

    void skip_space() {
        while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
    }
    bool at(char c) {
        skip_space();
        return pos_ < text_.size() && text_[pos_] == c;
    }

    Node alternatives() {
        Node first = sequence();
        if (!at('|')) return first;
        Node alt;
        alt.kind = Node::Kind::Alternatives;
        alt.children.push_back(std::move(first));
        while (at('|')) {
            ++pos_;
            alt.children.push_back(sequence());
        }
        return alt;
    }

    Node sequence() {
        Node seq;
        seq.kind = Node::Kind::Sequence;
        while (true) {
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] == '|' || text_[pos_] == ')') break;
            seq.children.push_back(item());
        }
        if (seq.children.empty()) fail("empty pattern or alternative");
        if (seq.children.size() == 1) return std::move(seq.children.front());
        return seq;
    }

    Node item() {
        skip_space();
        // name:atom
        std::size_t k = pos_;
        while (k < text_.size() && is_name_char(text_[k])) ++k;
        std::optional<std::string> capture;
        if (k > pos_ && k < text_.size() && text_[k] == ':' && k + 1 < text_.size() && !is_space(text_[k + 1])) {
            capture = std::string(text_.substr(pos_, k - pos_));
            pos_ = k + 1;
        }
        Node n = quantified(atom());
        if (!capture) return n;
        for (const auto& c : captures_)
            if (c == *capture) fail("capture '" + *capture + "' named twice");
        if (captures_.size() >= kMaxCaptures) fail("more than " + std::to_string(kMaxCaptures) + " captures");
        Node cap;
        cap.kind = Node::Kind::Capture;
        cap.capture = captures_.size();
        captures_.push_back(*capture);
        cap.children.push_back(std::move(n));
        return cap;
    }

    Node quantified(Node n) {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            std::size_t min = 0, max = 0;
            if (c == '?') { min = 0; max = 1; ++pos_; }
            else if (c == '*') { min = 0; max = kUnbounded; ++pos_; }
            else if (c == '+') { min = 1; max = kUnbounded; ++pos_; }
            else if (c == '{') {
                ++pos_;
                min = number();
                max = min;
                if (pos_ < text_.size() && text_[pos_] == ',') { ++pos_; max = number(); }
                if (pos_ >= text_.size() || text_[pos_] != '}') fail("expected '}'");
                ++pos_;
                if (max < min || max > kMaxRepeat) fail("repetition {m,n} needs m <= n <= " + std::to_string(kMaxRepeat));
            } else {
                break;
            }
            Node r;
            r.kind = Node::Kind::Repeat;
            r.min = min;
            r.max = max;
            r.children.push_back(std::move(n));
            n = std::move(r);
        }
        return n;
    }

    std::size_t number() {
        std::size_t v = 0, digits = 0;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
            v = v * 10 + static_cast<std::size_t>(text_[pos_] - '0');
            ++pos_;
            if (++digits > 3) fail("number too large");
        }
        if (digits == 0) fail("expected a number");
        return v;
    }

    Node token(TokenTest test) {
        Node n;
        n.kind = Node::Kind::Token;
        n.test = test;
        return n;
    }

    Node atom() {
        skip_space();
        if (pos_ >= text_.size()) fail("pattern ends where an element was expected");
        const char c = text_[pos_];
        if (c == '(') {
            ++pos_;
            Node n = alternatives();
            if (!at(')')) fail("expected ')'");
            ++pos_;
            return n;
        }
        if (c == '<') {
            ++pos_;
            Node n;
            n.kind = Node::Kind::Annotation;
            while (true) {
                const std::size_t b = pos_;
                while (pos_ < text_.size() && text_[pos_] != '|' && text_[pos_] != '>') ++pos_;
                const std::string_view name = text_.substr(b, pos_ - b);
                const long id = words_.find_label(name);
                if (id < 0) { pos_ = b; fail("unknown annotation label '" + std::string(name) + "'"); }
                n.labels.set(static_cast<std::size_t>(id));
                if (pos_ >= text_.size()) fail("expected '>'");
                if (text_[pos_++] == '>') break;
            }
            return n;
        }
        if (c == '!') {
            ++pos_;
            Node n = atom();
            if (n.kind != Node::Kind::Token) fail("'!' applies to one token: a word, @class or shape");
            n.test.negated = !n.test.negated;
            return n;
        }
        TokenTest test;
        if (c == '@') {
            ++pos_;
            const std::size_t b = pos_;
            while (pos_ < text_.size() && is_name_char(text_[pos_])) ++pos_;
            const std::string_view name = text_.substr(b, pos_ - b);
            const long id = words_.find_class(name);
            if (id < 0) { pos_ = b; fail("unknown word class '@" + std::string(name) + "'"); }
            test.kind = TokenTest::Kind::Class;
            test.word_class = static_cast<std::uint16_t>(id);
            return token(test);
        }
        if (c == '"') {
            // A quoted word; \" and \\ stand for a quote and a backslash ("\"" is the quote token).
            std::string word;
            ++pos_;
            while (pos_ < text_.size() && text_[pos_] != '"') {
                if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) ++pos_;
                word += text_[pos_++];
            }
            if (pos_ >= text_.size()) fail("unclosed quote");
            test.kind = TokenTest::Kind::Word;
            test.word = words_.intern(word);
            ++pos_;
            return token(test);
        }
        const std::size_t b = pos_;
        while (pos_ < text_.size() && !is_space(text_[pos_]) && !is_syntax(text_[pos_]) && text_[pos_] != ')') ++pos_;
        const std::string_view word = text_.substr(b, pos_ - b);
        if (word.empty()) fail("unexpected '" + std::string(1, c) + "'");
        static constexpr std::pair<std::string_view, Shape> kShapes[] = {
            {"_", Shape::Any}, {"WORD", Shape::Word}, {"Cap", Shape::Cap},   {"CAPS", Shape::Caps},
            {"Lower", Shape::Lower}, {"NUM", Shape::Num}, {"PUNCT", Shape::Punct}};
        for (const auto& [name, shape] : kShapes)
            if (word == name) {
                test.kind = TokenTest::Kind::Shape;
                test.shape = shape;
                return token(test);
            }
        test.kind = TokenTest::Kind::Word;
        test.word = words_.intern(word);
        return token(test);
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    WordTable& words_;
    std::vector<std::string>& captures_;
};

class Compiler {
public:
    explicit Compiler(std::vector<Instruction>& program) : p_(program) {}

    void emit(const Node& n) {
        switch (n.kind) {
            case Node::Kind::Token: {
                Instruction i;
                i.op = Instruction::Op::Token;
                i.test = n.test;
                p_.push_back(i);
                break;
            }
            case Node::Kind::Annotation: {
                Instruction i;
                i.op = Instruction::Op::Annotation;
                i.labels = n.labels;
                p_.push_back(i);
                break;
            }
            case Node::Kind::Sequence:
                for (const Node& c : n.children) emit(c);
                break;
            case Node::Kind::Capture:
                save(static_cast<std::uint32_t>(2 * n.capture));
                emit(n.children.front());
                save(static_cast<std::uint32_t>(2 * n.capture + 1));
                break;
            case Node::Kind::Alternatives: {
                std::vector<std::size_t> jumps;
                for (std::size_t k = 0; k < n.children.size(); ++k) {
                    if (k + 1 < n.children.size()) {
                        const std::size_t split = add(Instruction::Op::Split);
                        p_[split].x = here();
                        emit(n.children[k]);
                        jumps.push_back(add(Instruction::Op::Jump));
                        p_[split].y = here();
                    } else {
                        emit(n.children[k]);
                    }
                }
                for (const std::size_t j : jumps) p_[j].x = here();
                break;
            }
            case Node::Kind::Repeat: {
                const Node& body = n.children.front();
                for (std::size_t k = 0; k < n.min; ++k) emit(body);
                if (n.max == kUnbounded) {
                    const std::size_t split = add(Instruction::Op::Split);
                    p_[split].x = here();
                    emit(body);
                    const std::size_t back = add(Instruction::Op::Jump);
                    p_[back].x = static_cast<std::uint32_t>(split);
                    p_[split].y = here();
                } else {
                    std::vector<std::size_t> splits;
                    for (std::size_t k = n.min; k < n.max; ++k) {
                        splits.push_back(add(Instruction::Op::Split));
                        p_[splits.back()].x = here();
                        emit(body);
                    }
                    for (const std::size_t s : splits) p_[s].y = here();
                }
                break;
            }
        }
    }

    std::uint32_t here() const { return static_cast<std::uint32_t>(p_.size()); }

private:
    std::size_t add(Instruction::Op op) {
        Instruction i;
        i.op = op;
        p_.push_back(i);
        return p_.size() - 1;
    }
    void save(std::uint32_t slot) {
        Instruction i;
        i.op = Instruction::Op::Save;
        i.x = slot;
        p_.push_back(i);
    }
    std::vector<Instruction>& p_;
};

// Whether `n` must consume at least one token in every match.
bool consumes(const Node& n) {
    switch (n.kind) {
        case Node::Kind::Token:
        case Node::Kind::Annotation: return true;
        case Node::Kind::Capture: return consumes(n.children.front());
        case Node::Kind::Repeat: return n.min > 0 && consumes(n.children.front());
        case Node::Kind::Sequence:
            for (const Node& c : n.children)
                if (consumes(c)) return true;
            return false;
        case Node::Kind::Alternatives:
            for (const Node& c : n.children)
                if (!consumes(c)) return false;
            return true;
    }
    return false;
}

// A test every match passes somewhere: a word beats a class, a class beats a label.
void find_anchor(const Node& n, CompiledPattern& out) {
    auto rank = [](CompiledPattern::Anchor a) {
        switch (a) {
            case CompiledPattern::Anchor::Word: return 3;
            case CompiledPattern::Anchor::Class: return 2;
            case CompiledPattern::Anchor::Label: return 1;
            case CompiledPattern::Anchor::None: return 0;
        }
        return 0;
    };
    switch (n.kind) {
        case Node::Kind::Token:
            if (n.test.negated) return;
            if (n.test.kind == TokenTest::Kind::Word && rank(out.anchor) < 3) {
                out.anchor = CompiledPattern::Anchor::Word;
                out.anchor_word = n.test.word;
            } else if (n.test.kind == TokenTest::Kind::Class && rank(out.anchor) < 2) {
                out.anchor = CompiledPattern::Anchor::Class;
                out.anchor_class = n.test.word_class;
            }
            return;
        case Node::Kind::Annotation:
            if (n.labels.count() == 1 && rank(out.anchor) < 1) {
                out.anchor = CompiledPattern::Anchor::Label;
                for (std::size_t l = 0; l < kMaxLabels; ++l)
                    if (n.labels.test(l)) out.anchor_label = l;
            }
            return;
        case Node::Kind::Capture: find_anchor(n.children.front(), out); return;
        case Node::Kind::Repeat:
            if (n.min > 0) find_anchor(n.children.front(), out);
            return;
        case Node::Kind::Sequence:
            for (const Node& c : n.children) find_anchor(c, out);
            return;
        case Node::Kind::Alternatives: return;  // no single test is shared by every branch
    }
}

// What one node requires of a sentence, as one choice: a token's word or class, an
// annotation's labels, a capture's or a sequence's first requirement, the union of the
// branches of alternatives (none when a branch requires nothing).
std::optional<CompiledPattern::Requirement> requirement_of(const Node& n);

void add_choice(CompiledPattern::Requirement& into, const CompiledPattern::Requirement& r) {
    into.words.insert(into.words.end(), r.words.begin(), r.words.end());
    into.classes.insert(into.classes.end(), r.classes.begin(), r.classes.end());
    into.labels |= r.labels;
}

std::optional<CompiledPattern::Requirement> requirement_of(const Node& n) {
    CompiledPattern::Requirement r;
    switch (n.kind) {
        case Node::Kind::Token:
            if (n.test.negated) return std::nullopt;
            if (n.test.kind == TokenTest::Kind::Word) r.words.push_back(n.test.word);
            else if (n.test.kind == TokenTest::Kind::Class) r.classes.push_back(n.test.word_class);
            else return std::nullopt;
            return r;
        case Node::Kind::Annotation:
            if (n.labels.none()) return std::nullopt;
            r.labels = n.labels;
            return r;
        case Node::Kind::Capture: return requirement_of(n.children.front());
        case Node::Kind::Repeat: return n.min > 0 ? requirement_of(n.children.front()) : std::nullopt;
        case Node::Kind::Sequence:
            for (const Node& c : n.children)
                if (auto found = requirement_of(c)) return found;
            return std::nullopt;
        case Node::Kind::Alternatives:
            for (const Node& c : n.children) {
                const auto branch = requirement_of(c);
                if (!branch) return std::nullopt;
                add_choice(r, *branch);
            }
            return r;
    }
    return std::nullopt;
}

// Every requirement of a match, along the pattern's mandatory path.
void collect_requirements(const Node& n, std::vector<CompiledPattern::Requirement>& out) {
    switch (n.kind) {
        case Node::Kind::Sequence:
            for (const Node& c : n.children) collect_requirements(c, out);
            return;
        case Node::Kind::Capture: collect_requirements(n.children.front(), out); return;
        case Node::Kind::Repeat:
            if (n.min > 0) collect_requirements(n.children.front(), out);
            return;
        default:
            if (auto r = requirement_of(n)) out.push_back(std::move(*r));
            return;
    }
}

}  // namespace

int CompiledPattern::capture_index(std::string_view name) const {
    for (std::size_t i = 0; i < captures.size(); ++i)
        if (captures[i] == name) return static_cast<int>(i);
    return -1;
}

CompiledPattern compile_pattern(std::string_view text, WordTable& words) {
    CompiledPattern out;
    out.source = std::string(text);
    // A final "$" (after a space or a token) anchors the match at the sentence's end.
    std::string_view body = text;
    while (!body.empty() && is_space(body.back())) body.remove_suffix(1);
    if (!body.empty() && body.back() == '$') {
        body.remove_suffix(1);
        out.ends_sentence = true;
    }
    const Node root = Parser(body, words, out.captures).parse();
    if (!consumes(root)) throw PatternError("the pattern can match nothing at all; every match must take a token", 1);
    Compiler compiler(out.program);
    compiler.emit(root);
    Instruction match;
    match.op = Instruction::Op::Match;
    out.program.push_back(match);
    find_anchor(root, out);
    collect_requirements(root, out.required);
    // The first consuming instructions, by following the epsilon moves from the start.
    std::vector<bool> seen(out.program.size(), false);
    std::vector<std::uint32_t> stack{0};
    while (!stack.empty()) {
        const std::uint32_t pc = stack.back();
        stack.pop_back();
        if (seen[pc]) continue;
        seen[pc] = true;
        const Instruction& in = out.program[pc];
        switch (in.op) {
            case Instruction::Op::Jump: stack.push_back(in.x); break;
            case Instruction::Op::Split: stack.push_back(in.x); stack.push_back(in.y); break;
            case Instruction::Op::Save: stack.push_back(pc + 1); break;
            case Instruction::Op::Token:
            case Instruction::Op::Annotation: out.first.push_back(pc); break;
            case Instruction::Op::Match: break;
        }
    }
    for (const std::uint32_t pc : out.first) {
        const Instruction& in = out.program[pc];
        if (in.op == Instruction::Op::Annotation) {
            out.start.labels |= in.labels;
        } else if (in.test.negated || in.test.kind == TokenTest::Kind::Shape) {
            out.start.other_tests.push_back(in.test);
        } else if (in.test.kind == TokenTest::Kind::Class) {
            out.start.classes.push_back(in.test.word_class);
        } else if (in.test.word != kUnknownWord) {  // an unknown word is no token's word
            out.start.words.push_back(in.test.word);
        }
    }
    // Each instruction's closure: a depth-first walk in the matcher's order (a split's
    // preferred branch first), each instruction visited once; a consuming instruction or
    // Match ends a path and is a step, with the saves met on the path to it.
    static_assert(2 * kMaxCaptures <= 16);  // every capture slot has a bit of Step::saves
    std::vector<std::uint32_t> visited(out.program.size(), 0);
    std::vector<CompiledPattern::Step> walk;
    for (std::uint32_t from = 0; from < out.program.size(); ++from) {
        out.closure_begin.push_back(static_cast<std::uint32_t>(out.closure_steps.size()));
        walk.assign(1, {from, 0});
        while (!walk.empty()) {
            const CompiledPattern::Step at = walk.back();
            walk.pop_back();
            if (visited[at.pc] == from + 1) continue;
            visited[at.pc] = from + 1;
            const Instruction& in = out.program[at.pc];
            switch (in.op) {
                case Instruction::Op::Jump: walk.push_back({in.x, at.saves}); break;
                case Instruction::Op::Split:
                    walk.push_back({in.y, at.saves});
                    walk.push_back({in.x, at.saves});
                    break;
                case Instruction::Op::Save:
                    walk.push_back({at.pc + 1, static_cast<std::uint16_t>(at.saves | (1U << in.x))});
                    break;
                default: out.closure_steps.push_back(at); break;
            }
        }
    }
    out.closure_begin.push_back(static_cast<std::uint32_t>(out.closure_steps.size()));
    auto sort_unique = [](auto& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    sort_unique(out.start.words);
    sort_unique(out.start.classes);
    return out;
}

}  // namespace pressgraph::rules
