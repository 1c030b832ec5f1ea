#include "worker_threads.hpp"

#include <exception>
#include <mutex>
#include <system_error>
#include <vector>

namespace pressgraph::cli {

std::thread start_std_thread(std::function<void()> task) { return std::thread(std::move(task)); }

WorkerRun run_on_threads(unsigned jobs, const std::function<void()>& task, const ThreadStarter& start) {
    // The first exception a thread lets escape; std::thread would call std::terminate.
    std::mutex failure_mutex;
    std::exception_ptr failure;
    auto guarded = [&] {
        try {
            task();
        } catch (...) {
            const std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
        }
    };

    WorkerRun run;
    std::vector<std::thread> workers;
    for (unsigned j = 1; j < jobs; ++j) {
        try {
            workers.push_back(start(guarded));
        } catch (const std::system_error& e) {
            run.warning = "could not start worker thread " + std::to_string(j + 1) + " of " + std::to_string(jobs) + " (" +
                          e.code().message() + "); continuing with " + std::to_string(j);
            break;
        }
    }
    run.threads = static_cast<unsigned>(workers.size()) + 1;
    guarded();
    for (auto& worker : workers) worker.join();
    if (failure) std::rethrow_exception(failure);
    return run;
}

}  // namespace pressgraph::cli
