#include "pressgraph/text/title_case.hpp"

namespace pressgraph {

namespace {

// "À".."Þ" (C3 80 - C3 9E, not the multiplication sign C3 97) have their lower case 0x20 above,
// in the same two bytes.
bool is_latin1_upper(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size() || static_cast<unsigned char>(s[i]) != 0xC3) return false;
    const auto b = static_cast<unsigned char>(s[i + 1]);
    return b >= 0x80 && b <= 0x9E && b != 0x97;
}

bool is_latin1_lower(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size() || static_cast<unsigned char>(s[i]) != 0xC3) return false;
    const auto b = static_cast<unsigned char>(s[i + 1]);
    return b >= 0xA0 && b <= 0xBE && b != 0xB7;
}

bool has_lower_case(std::string_view w) {
    for (std::size_t i = 0; i < w.size(); ++i)
        if ((w[i] >= 'a' && w[i] <= 'z') || is_latin1_lower(w, i)) return true;
    return false;
}

// The bytes of the UTF-8 character that `lead` opens.
std::size_t character_bytes(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

}  // namespace

bool title_case_capitals(TokenizedSentence& sentence) {
    std::string& s = sentence.normalized;
    const TokenList& tokens = sentence.tokens;
    // The city: the words before the first comma ("SAN JOSE" of "SAN JOSE, Costa Rica"), or all
    // of them when none has a lower-case letter ("KYIV, UKRAINE").
    std::size_t city = 0;
    while (city < tokens.size() && tokens[city].text != ",") ++city;
    for (std::size_t k = 0; k < city; ++k)
        if (has_lower_case(tokens[k].text)) return false;
    if (!has_lower_case(s)) city = tokens.size();
    bool rewrote = false;
    for (std::size_t k = 0; k < city; ++k) {
        const Token& t = tokens[k];
        if (!t.word || !t.all_caps() || t.text.find('.') != std::string_view::npos) continue;
        if (t.text.data() < s.data() || t.text.data() + t.text.size() > s.data() + s.size()) continue;
        // Token texts are views of `s`: its bytes change in place, so the views stay valid.
        const auto from = static_cast<std::size_t>(t.text.data() - s.data());
        const std::size_t to = from + t.text.size();
        // The first letter stays a capital; the rest go to lower case.
        for (std::size_t i = from + character_bytes(static_cast<unsigned char>(s[from])); i < to; ++i) {
            if (s[i] >= 'A' && s[i] <= 'Z') {
                s[i] = static_cast<char>(s[i] - 'A' + 'a');
            } else if (i + 1 < to && is_latin1_upper(s, i)) {
                s[i + 1] = static_cast<char>(s[i + 1] + 0x20);
                ++i;
            }
        }
        rewrote = true;
    }
    return rewrote;
}

}  // namespace pressgraph
