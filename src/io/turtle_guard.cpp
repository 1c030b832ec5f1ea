#include "turtle_guard.hpp"

#include <cctype>

namespace pressgraph::detail {
namespace {

// Bytes of a bare word: prefixed names, keywords, directives (and any non-ASCII byte).
bool is_word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) != 0 || c == '@' || c == '_' || c == ':' || c == '-' || u >= 0x80;
}

bool is_prefix_directive(const std::string& word) {
    std::string lower(word);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower == "@prefix" || lower == "prefix";
}

}  // namespace

std::size_t TurtleGuard::scan(std::string_view bytes) {
    if (stopped()) return 0;
    for (std::size_t i = 0; i < bytes.size(); ++i)
        if (!step(bytes[i])) return i;
    return bytes.size();
}

bool TurtleGuard::end_word() {
    const bool directive = !word_.empty() && !word_too_long_ && is_prefix_directive(word_);
    word_.clear();
    word_too_long_ = false;
    if (directive && ++prefixes_ > limits_.max_prefixes) {
        problem_ = "more than " + std::to_string(limits_.max_prefixes) +
                   " prefix declarations (a pressgraph export declares about ten)";
        return false;
    }
    return true;
}

bool TurtleGuard::step(char c) {
    if (c == '\n') {
        ++line_;
        column_ = 0;
    } else {
        ++column_;
    }
    switch (state_) {
    case State::TextEscape: state_ = State::Text; return true;
    case State::IriEscape: state_ = State::Iri; return true;
    case State::ShortEscape: state_ = State::Short; return true;
    case State::LongEscape: state_ = State::Long; return true;
    case State::Comment:
        if (c == '\n' || c == '\r') state_ = State::Text;
        return true;
    case State::Iri:
        if (c == '\\') {
            state_ = State::IriEscape;
            return true;
        }
        if (c == '>') {
            state_ = State::Text;
            return true;
        }
        // A byte no IRI may hold: Serd stops there; scan on as plain text.
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '<' && c != '"' && c != '{' && c != '}' &&
            c != '|' && c != '^' && c != '`')
            return true;
        state_ = State::Text;
        break;  // the byte is read again as plain text below
    case State::Quote1:
        if (c == quote_) {
            state_ = State::Quote2;
            return true;
        }
        state_ = State::Short;
        [[fallthrough]];
    case State::Short:
        if (c == '\\') state_ = State::ShortEscape;
        else if (c == quote_ || c == '\n' || c == '\r') state_ = State::Text;  // a line end: Serd's error
        return true;
    case State::Quote2:
        if (c == quote_) {
            state_ = State::Long;
            closing_quotes_ = 0;
            return true;
        }
        state_ = State::Text;  // an empty string; the byte is plain text
        break;
    case State::Long:
        if (c == '\\') {
            state_ = State::LongEscape;
            closing_quotes_ = 0;
        } else if (c == quote_) {
            if (++closing_quotes_ == 3) state_ = State::Text;
        } else {
            closing_quotes_ = 0;
        }
        return true;
    case State::Text: break;
    }

    // Plain text.
    if (is_word_byte(c)) {
        if (word_.size() < 8) word_.push_back(c);
        else word_too_long_ = true;
        return true;
    }
    if (!end_word()) return false;
    switch (c) {
    case '#': state_ = State::Comment; break;
    case '<': state_ = State::Iri; break;
    case '"':
    case '\'':
        quote_ = c;
        state_ = State::Quote1;
        break;
    case '\\': state_ = State::TextEscape; break;
    case '[':
    case '(':
        if (++depth_ > limits_.max_nesting) {
            problem_ = "blank nodes or collections nested more than " + std::to_string(limits_.max_nesting) +
                       " deep (a pressgraph export nests none)";
            return false;
        }
        break;
    case ']':
    case ')':
        if (depth_ > 0) --depth_;
        break;
    default: break;
    }
    return true;
}

}  // namespace pressgraph::detail
