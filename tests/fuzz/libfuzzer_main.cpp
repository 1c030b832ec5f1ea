// The libFuzzer entry point of one target; PRESSGRAPH_FUZZ_TARGET names its entry function
// (fuzz_entries.hpp). Built only with PRESSGRAPH_BUILD_FUZZ=ON and clang (scripts/fuzz.sh).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entries.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pressgraph::fuzz::PRESSGRAPH_FUZZ_TARGET(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
