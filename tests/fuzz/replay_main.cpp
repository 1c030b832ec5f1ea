// Replays kept fuzz inputs without libFuzzer: `pressgraph_fuzz_replay TARGET DIR...` feeds
// every file under the folders (sorted by name) to the target's entry function, the one
// the fuzzer calls. A crash input kept in tests/fuzz/<target>/regressions/ thus stays a
// test of the normal suite (in the checked build, under ASan and UBSan). A missing folder
// counts as empty; README files are skipped.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_entries.hpp"

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    if (argc < 2) {
        std::cerr << "usage: pressgraph_fuzz_replay TARGET [DIR|FILE]...\n";
        return 2;
    }
    const auto entry = pressgraph::fuzz::entry_by_name(argv[1]);
    if (!entry) {
        std::cerr << "pressgraph_fuzz_replay: unknown target '" << argv[1] << "'\n";
        return 2;
    }
    std::vector<fs::path> inputs;
    for (int i = 2; i < argc; ++i) {
        const fs::path where = argv[i];
        if (fs::is_regular_file(where)) inputs.push_back(where);
        if (!fs::is_directory(where)) continue;
        for (const auto& e : fs::recursive_directory_iterator(where))
            if (e.is_regular_file() && e.path().filename().string().rfind("README", 0) != 0) inputs.push_back(e.path());
    }
    std::sort(inputs.begin(), inputs.end());
    for (const auto& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (!in.eof() && in.fail()) {
            std::cerr << "cannot read " << path.string() << "\n";
            return 1;
        }
        std::cout << "replay " << path.string() << " (" << bytes.size() << " bytes)" << std::endl;
        entry(bytes);  // a crash or an escaping exception fails the test, naming the input above
    }
    std::cout << argv[1] << ": replayed " << inputs.size() << " inputs\n";
    return 0;
}
