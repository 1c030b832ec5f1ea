#include "pressgraph/io/atomic_file.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace pressgraph;
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("write_file_atomically writes, replaces and leaves no temporary file", "[io][atomic_file]") {
    const fs::path folder = fs::temp_directory_path() / ("pressgraph_atomic_" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    const fs::path target = folder / "graph.ttl";

    write_file_atomically(target.string(), std::string("first\0version", 13));
    CHECK(read_all(target) == std::string("first\0version", 13));
    write_file_atomically(target.string(), "second");
    CHECK(read_all(target) == "second");
    write_file_atomically(target.string(), "");
    CHECK(read_all(target).empty());

    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++files;
    CHECK(files == 1);
    fs::remove_all(folder);
}

TEST_CASE("write_file_atomically names the path when it cannot write", "[io][atomic_file]") {
    const std::string path = "/nonexistent-folder/sub/graph.graphml";
    CHECK_THROWS_AS(write_file_atomically(path, "x"), std::runtime_error);
    CHECK_THROWS_WITH(write_file_atomically(path, "x"), Catch::Contains(path) && Catch::Contains("No such file"));
}
