#include "input_collection.hpp"

#include <algorithm>
#include <filesystem>

namespace pressgraph::cli {

InputList collect_inputs(const std::vector<std::string>& inputs) {
    namespace fs = std::filesystem;
    InputList list;
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (input == "-") {
            list.paths.push_back(input);
        } else if (fs::is_directory(input, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file(ec) && it->path().extension() == ".txt") found.push_back(it->path().string());
            }
            std::sort(found.begin(), found.end());
            list.paths.insert(list.paths.end(), found.begin(), found.end());
        } else if (fs::exists(input, ec)) {
            list.paths.push_back(input);
        } else {
            list.missing.push_back(input);
        }
    }
    return list;
}

}  // namespace pressgraph::cli
