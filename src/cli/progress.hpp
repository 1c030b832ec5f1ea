#pragma once
// A progress line on standard error, rewritten in place ("\r" ... erase to end of line),
// for a person watching a terminal: documents done, MB/s and the time left while a build
// extracts or a saved graph loads, and what a long step is doing ("merging 7,252
// documents", "finding paths"). Only when standard error is a terminal and the command is
// not quiet: scripts, pipes and tests that read stderr see exactly what they saw before.
// The line is erased before anything else is printed (finish(), or the destructor).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

namespace pressgraph::cli {

class Progress {
public:
    /// True when standard error is a terminal (isatty) and `quiet` is false.
    [[nodiscard]] static bool wanted(bool quiet);

    /// `enabled` false: every call does nothing. `out` is where the line goes (tests).
    explicit Progress(bool enabled, std::FILE* out = stderr);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// Counts of a job of `total` units (documents, files; unit "MB": bytes) of
    /// `total_bytes` bytes: the line reads "<what>: <done>/<total> <unit>, <MB/s>, <m:ss> left". Drawn at once and
    /// then at most five times a second; safe to call from any thread.
    void start_count(std::string what, std::string unit, std::size_t total, std::size_t total_bytes);
    void advance(std::size_t units, std::size_t bytes);
    /// Draws the final count (all done) and keeps it until the next line replaces it.
    void end_count();

    /// A step that prints nothing while it lasts less than `delay`, then "<what> (<s> s)"
    /// (updated each second) until the next step or finish().
    void step(std::string what, std::chrono::milliseconds delay = std::chrono::milliseconds(1000));

    /// Erases the line; later calls draw again.
    void finish();

    [[nodiscard]] bool enabled() const { return enabled_; }

    /// The text of a count line (for tests): "documents: 12/40, 3.1 MB/s, 0:07 left".
    [[nodiscard]] static std::string count_line(const std::string& what, const std::string& unit, std::size_t done,
                                                std::size_t total, std::size_t bytes_done, std::size_t total_bytes,
                                                double seconds);

private:
    using Clock = std::chrono::steady_clock;
    void ticker();
    void draw_locked(bool force);
    void erase_locked();

    bool enabled_;
    std::FILE* out_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::thread thread_;
    bool stopping_ = false;
    bool shown_ = false;  ///< a line is on the screen

    enum class Mode { None, Count, Step } mode_ = Mode::None;
    std::string what_, unit_;
    std::size_t total_ = 0, total_bytes_ = 0;
    std::atomic<std::size_t> done_{0}, bytes_done_{0};
    Clock::time_point started_{}, last_draw_{};
    std::chrono::milliseconds delay_{0};
};

}  // namespace pressgraph::cli
