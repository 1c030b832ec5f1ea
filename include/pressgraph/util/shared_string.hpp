#pragma once
// An immutable string whose copies share one buffer. A fact's evidence sentence, its
// document's IRI and the rule that read it are the same for many edges of the graph; each
// edge held its own copy of them (on ten copies of the wh-kremlin archive, 1.7 million edges,
// most of the graph's memory).
#include <compare>
#include <memory>
#include <string>
#include <string_view>

namespace pressgraph {

class SharedString {
public:
    SharedString() = default;
    SharedString(std::string text)  // NOLINT(google-explicit-constructor): a drop-in for std::string members
        : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
    SharedString(const char* text) : SharedString(std::string(text)) {}  // NOLINT(google-explicit-constructor)
    explicit SharedString(std::string_view text) : SharedString(std::string(text)) {}

    [[nodiscard]] const std::string& str() const { return text_ ? *text_ : empty_string(); }
    operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
    [[nodiscard]] std::string_view view() const { return str(); }
    operator std::string_view() const { return str(); }  // NOLINT(google-explicit-constructor)
    [[nodiscard]] bool empty() const { return !text_; }
    [[nodiscard]] std::size_t size() const { return str().size(); }
    [[nodiscard]] const char* c_str() const { return str().c_str(); }
    [[nodiscard]] const char* data() const { return str().data(); }

    friend bool operator==(const SharedString& a, const SharedString& b) { return a.text_ == b.text_ || a.str() == b.str(); }
    friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) {
        if (a.text_ == b.text_) return std::strong_ordering::equal;
        return a.str().compare(b.str()) <=> 0;
    }
    friend bool operator==(const SharedString& a, std::string_view b) { return a.view() == b; }
    friend bool operator==(const SharedString& a, const std::string& b) { return a.view() == b; }
    friend bool operator==(const SharedString& a, const char* b) { return a.view() == b; }

private:
    static const std::string& empty_string() {
        static const std::string empty;
        return empty;
    }
    std::shared_ptr<const std::string> text_;
};

}  // namespace pressgraph
