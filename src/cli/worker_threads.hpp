#pragma once
// Runs one task on N threads (the calling one included). A thread the system will not
// start (std::system_error, e.g. EAGAIN under `ulimit -u`) is not fatal: the run goes on
// with the threads it has, and says so. The task must be safe to run on any number of
// threads, as the corpus runner's is (it takes documents from a shared counter).
#include <functional>
#include <string>
#include <thread>

namespace pressgraph::cli {

/// Starts a thread running `task`; throws std::system_error when the system refuses one.
using ThreadStarter = std::function<std::thread(std::function<void()> task)>;

/// std::thread itself.
[[nodiscard]] std::thread start_std_thread(std::function<void()> task);

struct WorkerRun {
    unsigned threads = 1;  ///< threads that ran the task, the calling one included
    std::string warning;   ///< why fewer than asked ran; empty when all did
};

/// Runs `task` on `jobs` threads (at least the calling one) and waits for all of them.
/// An exception escaping `task` on a worker is rethrown here, after every thread is joined.
WorkerRun run_on_threads(unsigned jobs, const std::function<void()>& task, const ThreadStarter& start = start_std_thread);

}  // namespace pressgraph::cli
