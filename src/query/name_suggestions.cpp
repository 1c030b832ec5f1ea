#include "pressgraph/query/name_suggestions.hpp"

#include <algorithm>
#include <tuple>

namespace pressgraph {
namespace {

constexpr std::size_t kLongestName = 64;
constexpr std::size_t kLongestCandidate = 160;

bool is_separator(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= ' ' || (u < 0x80 && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')));
}

std::size_t bound_for(std::size_t length) { return length <= 5 ? 1 : std::min<std::size_t>(3, length / 3); }

}  // namespace

std::string normalise_name(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (const char c : text) {
        if (is_separator(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t bound) {
    const std::size_t over = bound + 1;
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > bound) return over;
    // Three rows of the optimal-string-alignment table; cells outside the band are "over".
    std::vector<std::size_t> before(b.size() + 1, over), previous(b.size() + 1, over), current(b.size() + 1, over);
    for (std::size_t j = 0; j <= std::min(b.size(), bound); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::fill(current.begin(), current.end(), over);
        if (i <= bound) current[0] = i;
        const std::size_t from = i > bound ? i - bound : 1;
        const std::size_t to = std::min(b.size(), i + bound);
        std::size_t row_best = current[0];
        for (std::size_t j = from; j <= to; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = std::min(d, before[j - 2] + 1);
            current[j] = std::min(d, over);
            row_best = std::min(row_best, current[j]);
        }
        if (row_best > bound) return over;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], over);
}

std::vector<NodeId> suggest_names(const QueryView& view, std::string_view name, std::size_t limit) {
    const std::string wanted = normalise_name(name);
    if (wanted.empty() || wanted.size() > kLongestName || limit == 0) return {};
    const std::size_t bound = bound_for(wanted.size());
    const bool one_word = wanted.find(' ') == std::string::npos;
    const KnowledgeGraph& g = view.graph();

    // (distance, 0 for a whole label or alias / 1 for a word of a label, label, IRI, node)
    using Match = std::tuple<std::size_t, int, const std::string*, const std::string*, NodeId>;
    std::vector<Match> found;
    for (NodeId n = 0; n < g.node_count(); ++n) {
        if (!view.included(n)) continue;
        const NodeProperties& node = g.node(n);
        std::size_t best = bound + 1;
        int part = 0;
        auto consider = [&](std::string_view candidate, int kind) {
            if (candidate.size() > kLongestCandidate) return;
            const std::size_t d = bounded_edit_distance(wanted, candidate, std::min(bound, best));
            if (d < best || (d == best && kind < part)) {
                best = d;
                part = kind;
            }
        };
        const std::string label = normalise_name(node.label);
        consider(label, 0);
        for (const std::string& alias : node.aliases) consider(normalise_name(alias), 0);
        if (one_word) {
            for (std::size_t start = 0; start < label.size();) {
                const std::size_t end = std::min(label.find(' ', start), label.size());
                consider(std::string_view(label).substr(start, end - start), 1);
                start = end + 1;
            }
        }
        if (best <= bound) found.emplace_back(best, part, &node.label, &node.iri, n);
    }
    std::sort(found.begin(), found.end(), [](const Match& x, const Match& y) {
        return std::tie(std::get<0>(x), std::get<1>(x), *std::get<2>(x), *std::get<3>(x)) <
               std::tie(std::get<0>(y), std::get<1>(y), *std::get<2>(y), *std::get<3>(y));
    });
    // One suggestion per label and class: three events named alike are one suggestion.
    std::vector<NodeId> nodes;
    for (std::size_t i = 0; i < found.size() && nodes.size() < limit; ++i) {
        const NodeProperties& node = g.node(std::get<4>(found[i]));
        const bool shown = std::any_of(nodes.begin(), nodes.end(), [&](NodeId m) {
            return g.node(m).label == node.label && g.node(m).type == node.type;
        });
        if (!shown) nodes.push_back(std::get<4>(found[i]));
    }
    return nodes;
}

}  // namespace pressgraph
