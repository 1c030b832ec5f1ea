#include "pressgraph/query/shortest_paths.hpp"

#include "pressgraph/query/path_finder.hpp"

namespace pressgraph {

std::vector<Path> find_paths(const QueryView& view, NodeId from, NodeId to, const PathOptions& options) {
    return view.path_finder(options)->find(from, to, options.k, options.max_hops);
}

}  // namespace pressgraph
