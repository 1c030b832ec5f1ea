#include "pressgraph/extract/engine/rule_book.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "pressgraph/util/errors.hpp"

namespace pressgraph::rules {

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot be read");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Splits an action line into words; a double-quoted value may hold spaces.
std::vector<std::string> split_words(std::string_view s, const std::string& file, std::size_t line) {
    std::vector<std::string> out;
    std::string current;
    bool quoted = false, any = false;
    for (const char c : s) {
        if (c == '"') { quoted = !quoted; any = true; continue; }
        if (!quoted && (c == ' ' || c == '\t')) {
            if (any) out.push_back(std::move(current));
            current.clear();
            any = false;
            continue;
        }
        current += c;
        any = true;
    }
    if (quoted) throw InputError(file, "unclosed quote", line);
    if (any) out.push_back(std::move(current));
    return out;
}

bool valid_id(std::string_view id) {
    if (id.empty()) return false;
    for (const char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')) return false;
    return true;
}

}  // namespace

void RuleBook::add_word_classes(const std::string& text, const std::string& file) {
    std::istringstream in(text);
    std::string raw;
    std::size_t line = 0;
    bool header = true;
    std::map<std::string, std::size_t, std::less<>> defined;  // class -> line: a class is written once
    while (std::getline(in, raw)) {
        ++line;
        const std::string_view l = trim(raw);
        if (l.empty() || l.front() == '#') continue;
        const auto tab = l.find('\t');
        if (tab == std::string_view::npos) throw InputError(file, "expected 'class<TAB>words'", line);
        const std::string_view name = trim(l.substr(0, tab));
        std::string_view rest = l.substr(tab + 1);
        if (const auto second = rest.find('\t'); second != std::string_view::npos) rest = rest.substr(0, second);
        if (header) {  // the column names
            header = false;
            if (name == "class") continue;
        }
        for (const char c : name)
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
                throw InputError(file, "class names are lower-case words with '_': '" + std::string(name) + "'", line);
        if (const auto [at, fresh] = defined.try_emplace(std::string(name), line); !fresh)
            throw InputError(file, "class '" + std::string(name) + "' is already defined on line " + std::to_string(at->second), line);
        std::size_t id = 0;
        try {
            id = words_.class_id(name);
        } catch (const std::length_error& e) {
            throw InputError(file, e.what(), line);
        }
        std::size_t b = 0;
        rest = trim(rest);
        while (b <= rest.size()) {
            auto e = rest.find('|', b);
            if (e == std::string_view::npos) e = rest.size();
            const std::string_view w = trim(rest.substr(b, e - b));
            if (w.empty()) throw InputError(file, "empty word in class '" + std::string(name) + "'", line);
            if (w.find(' ') != std::string_view::npos)
                throw InputError(file, "a class holds single words; '" + std::string(w) + "' has a space", line);
            words_.add_to_class(w, id);
            b = e + 1;
        }
    }
}

// Replaces each $name in `pattern` by "(definition)"; a definition may use earlier ones. A final
// lone "$" stays: the end-of-sentence anchor (compile_pattern).
std::string expand_definitions(std::string_view pattern, const std::map<std::string, std::string, std::less<>>& defs,
                               const std::string& file, std::size_t line) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern[i] != '$') {
            out += pattern[i++];
            continue;
        }
        std::size_t e = i + 1;
        while (e < pattern.size() && ((pattern[e] >= 'a' && pattern[e] <= 'z') || (pattern[e] >= '0' && pattern[e] <= '9') || pattern[e] == '_')) ++e;
        const std::string_view name = pattern.substr(i + 1, e - i - 1);
        // A lone "$" closing the pattern is no definition: it anchors the match at the sentence's end.
        if (name.empty() && pattern.find_first_not_of(" \t", i + 1) == std::string_view::npos) {
            out += pattern.substr(i);
            break;
        }
        const auto it = defs.find(name);
        if (it == defs.end()) throw InputError(file, "no definition named '$" + std::string(name) + "' (define it before use)", line, i + 1);
        out += '(';
        out += it->second;
        out += ')';
        i = e;
    }
    return out;
}

void RuleBook::add_rules(const std::string& text, const std::string& file) {
    std::set<std::string> ids;
    for (const Rule& r : rules_) ids.insert(r.id);
    std::istringstream in(text);
    std::string raw;
    std::size_t line = 0;
    Rule* current = nullptr;
    bool has_match = false;
    auto close = [&] {
        if (!current) return;
        if (!has_match) throw InputError(file, "rule '" + current->id + "' has no 'match' line", current->line);
        if (current->action.verb.empty()) throw InputError(file, "rule '" + current->id + "' has no action", current->line);
    };
    while (std::getline(in, raw)) {
        ++line;
        const std::string_view l = trim(raw);
        if (l.empty() || l.front() == '#') continue;
        const auto space = l.find_first_of(" \t");
        const std::string_view key = l.substr(0, space);
        const std::string_view value = space == std::string_view::npos ? std::string_view() : trim(l.substr(space));
        if (key == "define") {
            // define NAME PATTERN: a named piece of pattern, used as $NAME by later lines of the file.
            const auto gap = value.find_first_of(" \t");
            if (gap == std::string_view::npos) throw InputError(file, "'define' takes a name and a pattern", line);
            const std::string name(value.substr(0, gap));
            definitions_[name] = expand_definitions(trim(value.substr(gap)), definitions_, file, line);
            continue;
        }
        if (key == "rule") {
            close();
            if (!valid_id(value)) throw InputError(file, "a rule id is lower-case words joined by '.', '-' or '_'", line);
            if (!ids.insert(std::string(value)).second) throw InputError(file, "rule id '" + std::string(value) + "' used twice", line);
            rules_.push_back({});
            current = &rules_.back();
            current->id = std::string(value);
            current->file = file;
            current->line = line;
            has_match = false;
            continue;
        }
        if (!current) throw InputError(file, "expected 'rule <id>' first", line);
        if (key == "match") {
            if (has_match) throw InputError(file, "rule '" + current->id + "' has two 'match' lines", line);
            try {
                current->pattern = compile_pattern(expand_definitions(value, definitions_, file, line), words_);
            } catch (const PatternError& e) {
                throw InputError(file, "rule '" + current->id + "': " + e.what(), line, e.column());
            }
            has_match = true;
        } else if (key == "example") {
            current->examples.emplace_back(value);
        } else if (key == "priority") {
            try {
                current->priority = std::stoi(std::string(value));
            } catch (const std::exception&) {
                throw InputError(file, "priority is a whole number", line);
            }
        } else {
            if (!current->action.verb.empty()) throw InputError(file, "rule '" + current->id + "' has two actions", line);
            current->action.verb = std::string(key);
            for (std::string& w : split_words(value, file, line)) {
                const auto eq = w.find('=');
                if (eq == std::string::npos || eq == 0) current->action.positional.push_back(std::move(w));
                else current->action.named[w.substr(0, eq)] = w.substr(eq + 1);
            }
        }
    }
    close();
    index_by_verb();
    for (Rule& r : rules_)
        for (const auto& [key, value] : r.action.named) {
            std::vector<int> list;
            bool all = true;
            for (std::size_t b = 0; b <= value.size() && all;) {
                std::size_t e = value.find(',', b);
                if (e == std::string::npos) e = value.size();
                const int c = r.pattern.capture_index(std::string_view(value).substr(b, e - b));
                all = c >= 0;
                list.push_back(c);
                b = e + 1;
            }
            if (all) r.action.capture_lists.emplace(key, std::move(list));
        }
}

void RuleBook::index_by_verb() {
    rules_by_verb_.clear();
    for (const Rule& r : rules_) rules_by_verb_[r.action.verb].push_back(&r);
    anchors_by_verb_.clear();
    for (const auto& [verb, indexes] : rules_by_verb_) anchors_by_verb_.emplace(verb, RuleAnchors(with_verb(verb)));
}

void RuleBook::load(const std::string& dir) {
    namespace fs = std::filesystem;
    const std::string classes = (fs::path(dir) / "word_classes.tsv").string();
    add_word_classes(read_file(classes), classes);
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".rules") files.push_back(entry.path().string());
    if (ec) throw InputError(dir, "cannot be listed: " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) add_rules(read_file(f), f);
}

const std::vector<const Rule*>& RuleBook::with_verb(std::string_view verb) const {
    static const std::vector<const Rule*> none;
    const auto found = rules_by_verb_.find(verb);
    return found == rules_by_verb_.end() ? none : found->second;
}

const RuleAnchors& RuleBook::anchors_of(std::string_view verb) const {
    static const RuleAnchors none;
    const auto found = anchors_by_verb_.find(verb);
    return found == anchors_by_verb_.end() ? none : found->second;
}

}  // namespace pressgraph::rules
