#include "stage_timings.hpp"

#include <sys/resource.h>

#include <cstdio>

namespace pressgraph::cli {

double peak_memory_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

void StageTimings::record(const std::string& stage, double seconds, const std::string& note) const {
    if (!enabled_) return;
    // Before the corpus is known (start-up) a throughput would read 0 MB/s: none is given.
    char throughput[96] = "";
    if (documents_ > 0) {
        const double divisor = seconds > 1e-9 ? seconds : 1e-9;
        std::snprintf(throughput, sizeof throughput, ", %.2f MB/s, %.1f documents/s",
                      static_cast<double>(bytes_) / 1e6 / divisor, static_cast<double>(documents_) / divisor);
    }
    std::fprintf(stderr, "pressgraph: timing: %s %.3f s%s, peak memory %.0f MiB%s%s%s\n", stage.c_str(), seconds,
                 throughput, peak_memory_mib(), note.empty() ? "" : " (", note.c_str(), note.empty() ? "" : ")");
}

}  // namespace pressgraph::cli
