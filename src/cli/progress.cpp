#include "progress.hpp"

#include <unistd.h>

#include <cmath>
#include <system_error>

namespace pressgraph::cli {

namespace {

constexpr auto kRedraw = std::chrono::milliseconds(200);

std::string minutes_seconds(double seconds) {
    const auto total = static_cast<long long>(std::llround(std::max(0.0, seconds)));
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%lld:%02lld", total / 60, total % 60);
    return text;
}

}  // namespace

bool Progress::wanted(bool quiet) { return !quiet && ::isatty(STDERR_FILENO) == 1; }

Progress::Progress(bool enabled, std::FILE* out) : enabled_(enabled), out_(out) {
    if (!enabled_) return;
    try {
        thread_ = std::thread([this] { ticker(); });
    } catch (const std::system_error&) {
        // No thread for the timed redraws: counts are still drawn as they are reported.
    }
}

Progress::~Progress() {
    if (!enabled_) return;
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
    finish();
}

std::string Progress::count_line(const std::string& what, const std::string& unit, std::size_t done, std::size_t total,
                                 std::size_t bytes_done, std::size_t total_bytes, double seconds) {
    std::string line = "pressgraph: " + what + ": ";
    if (unit == "MB") {  // the units are bytes
        char amount[64];
        std::snprintf(amount, sizeof amount, "%.1f/%.1f MB", static_cast<double>(done) / 1e6, static_cast<double>(total) / 1e6);
        line += amount;
    } else {
        line += std::to_string(done) + "/" + std::to_string(total);
        if (!unit.empty()) line += " " + unit;
    }
    char rate[64] = "";
    const double mb_per_s = seconds > 0 ? static_cast<double>(bytes_done) / 1e6 / seconds : 0.0;
    // A live rate only after 50 ms (before, it says little); the last line's rate is the whole run's.
    if (bytes_done > 0 && (seconds >= 0.05 || (done >= total && seconds > 0))) {
        std::snprintf(rate, sizeof rate, ", %.1f MB/s", mb_per_s);
        line += rate;
        if (done < total && total_bytes >= bytes_done) {
            line += ", " + minutes_seconds(static_cast<double>(total_bytes - bytes_done) / 1e6 / mb_per_s) + " left";
        }
    }
    if (done >= total) line += ", done in " + minutes_seconds(seconds);
    return line;
}

void Progress::start_count(std::string what, std::string unit, std::size_t total, std::size_t total_bytes) {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    mode_ = Mode::Count;
    what_ = std::move(what);
    unit_ = std::move(unit);
    total_ = total;
    total_bytes_ = total_bytes;
    done_ = 0;
    bytes_done_ = 0;
    started_ = Clock::now();
    draw_locked(true);
}

void Progress::advance(std::size_t units, std::size_t bytes) {
    if (!enabled_) return;
    done_ += units;
    bytes_done_ += bytes;
    if (thread_.joinable()) return;  // the ticker draws
    std::unique_lock lock(mutex_, std::try_to_lock);
    if (lock.owns_lock()) draw_locked(false);
}

void Progress::end_count() {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    if (mode_ != Mode::Count) return;
    draw_locked(true);
    mode_ = Mode::None;  // the last count stays on screen until something replaces it
}

void Progress::step(std::string what, std::chrono::milliseconds delay) {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    mode_ = Mode::Step;
    what_ = std::move(what);
    delay_ = delay;
    started_ = Clock::now();
    if (delay.count() == 0) draw_locked(true);
}

void Progress::finish() {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    mode_ = Mode::None;
    erase_locked();
}

void Progress::erase_locked() {
    if (!shown_) return;
    std::fputs("\r\033[K", out_);
    std::fflush(out_);
    shown_ = false;
}

void Progress::draw_locked(bool force) {
    const auto now = Clock::now();
    if (!force && now - last_draw_ < kRedraw) return;
    const double seconds = std::chrono::duration<double>(now - started_).count();
    std::string line;
    if (mode_ == Mode::Count) {
        line = count_line(what_, unit_, std::min(done_.load(), total_), total_, bytes_done_.load(), total_bytes_, seconds);
    } else if (mode_ == Mode::Step) {
        if (now - started_ < delay_) return;
        line = "pressgraph: " + what_ + " (" + std::to_string(static_cast<long long>(seconds)) + " s)";
    } else {
        return;
    }
    std::fputs(("\r" + line + "\033[K").c_str(), out_);
    std::fflush(out_);
    shown_ = true;
    last_draw_ = now;
}

void Progress::ticker() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        wake_.wait_for(lock, kRedraw);
        if (!stopping_) draw_locked(false);
    }
}

}  // namespace pressgraph::cli
