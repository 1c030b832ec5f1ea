#include "graph_export.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <exception>
#include <thread>
#include <vector>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "exit_codes.hpp"
#include "worker_threads.hpp"
#include "pressgraph/io/gexf_writer.hpp"
#include "pressgraph/io/graphml_writer.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
#include "pressgraph/io/rdf_parts_writer.hpp"
#include "pressgraph/io/rdf_writer.hpp"

namespace pressgraph::cli {

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// What an interrupted earlier build left in the folder, and what this run did about it.
void report_recovery(const ExportRecovery& recovery, const std::string& folder) {
    if (!recovery.completed.empty()) {
        std::cerr << "pressgraph: warning: " << folder << ": an earlier build was interrupted while switching its exports; "
                  << "finished the switch (";
        for (std::size_t i = 0; i < recovery.completed.size(); ++i) std::cerr << (i ? ", " : "") << recovery.completed[i];
        std::cerr << ")\n";
    }
    if (!recovery.removed.empty())
        std::cerr << "pressgraph: warning: " << folder << ": removed " << recovery.removed.size()
                  << " temporary file(s) left by an interrupted build\n";
}

// About 2 MB of Turtle a part on real releases (900 bytes a subject): small enough that a
// few parts in flight cost little memory, large enough that a part is worth a task.
constexpr std::size_t kSubjectsPerPart = 2048;

std::string megabytes(std::size_t bytes) {
    char text[64];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

}  // namespace

bool read_export_faults(ExportFaults& faults) {
    try {
        const char* spec = std::getenv("PRESSGRAPH_TEST_FAULT");
        faults = ExportFaults::parse(spec == nullptr ? "" : spec);
        return true;
    } catch (const std::invalid_argument& e) {
        std::cerr << "pressgraph: error: PRESSGRAPH_TEST_FAULT: " << e.what() << "\n";
        return false;
    }
}

namespace {

// One export file of the set and what writing it gave.
struct FileJob {
    std::string format;
    std::string name;
    ByteSink* sink = nullptr;
    std::unique_ptr<RdfPartsWriter> parts;  ///< Turtle and N-Triples written by several threads
    std::size_t size = 0;
    std::size_t triples = 0;
    double seconds = 0;
    std::exception_ptr error;

    [[nodiscard]] bool rdf() const { return format == "ttl" || format == "nt"; }
    [[nodiscard]] RdfSyntax syntax() const { return format == "ttl" ? RdfSyntax::Turtle : RdfSyntax::NTriples; }
};

// Writes a whole file on the calling thread; an exception is kept in the job.
void write_whole(FileJob& job, const KnowledgeGraph& graph, const Ontology& ontology, const TripleStream* triples) {
    try {
        const auto started = std::chrono::steady_clock::now();
        if (job.rdf()) {
            RdfWriter writer(job.syntax(), *job.sink, RdfPart::Whole, TermCheck::AlreadyChecked);  // the TripleStream checked them
            job.triples = triples->for_each_view(triples->whole(), [&](const TripleView& t) { writer.write(t); });
            writer.finish();
        } else if (job.format == "graphml") {
            write_graphml(graph, ontology, *job.sink);
        } else if (job.format == "gexf") {
            write_gexf(graph, ontology, *job.sink);
        }
        job.seconds = seconds_since(started);
    } catch (...) {
        job.error = std::current_exception();
    }
}

// Several threads. The first thread to start checks and orders the RDF terms
// (`make_triples`) while the others write GraphML and GEXF, one file each; then Turtle and
// N-Triples, cut into parts of whole subjects, are serialised by every thread side by side
// and reach their files in order (RdfPartsWriter): the same bytes as one thread writes.
void write_side_by_side(std::vector<FileJob>& jobs, unsigned threads, const KnowledgeGraph& graph,
                        const Ontology& ontology, const std::function<std::unique_ptr<TripleStream>()>& make_triples,
                        std::unique_ptr<TripleStream>& triples) {
    std::vector<FileJob*> whole_files;
    for (FileJob& job : jobs)
        if (!job.rdf()) whole_files.push_back(&job);
    struct PartTask {
        FileJob* job;
        std::size_t part;
    };
    std::vector<PartTask> parts;
    std::mutex mutex;
    std::condition_variable parts_ready;
    bool ready = false;
    std::exception_ptr index_error;
    std::atomic<bool> index_taken{false};
    std::atomic<std::size_t> next_whole{0}, next_part{0};
    auto build_index = [&] {
        try {
            triples = make_triples();
            for (FileJob& job : jobs) {
                if (!job.rdf()) continue;
                job.parts = std::make_unique<RdfPartsWriter>(*triples, job.syntax(), *job.sink, kSubjectsPerPart, 2 * threads);
                for (std::size_t i = 0; i < job.parts->part_count(); ++i) parts.push_back({&job, i});
            }
        } catch (...) {
            index_error = std::current_exception();
            parts.clear();
        }
        {
            const std::lock_guard lock(mutex);
            ready = true;
        }
        parts_ready.notify_all();
    };
    // Safe on any number of threads (run_on_threads goes on with fewer when the system
    // refuses some): each step is taken by whichever thread comes first.
    auto task = [&] {
        if (!index_taken.exchange(true)) build_index();
        for (std::size_t k; (k = next_whole.fetch_add(1)) < whole_files.size();) write_whole(*whole_files[k], graph, ontology, nullptr);
        {
            std::unique_lock lock(mutex);
            parts_ready.wait(lock, [&] { return ready; });
        }
        for (std::size_t k; (k = next_part.fetch_add(1)) < parts.size();) parts[k].job->parts->write_part(parts[k].part);
    };
    // Without Turtle or N-Triples there is no more work than one file a thread. The extraction
    // has already said so when the system starts fewer threads than asked.
    const bool any_rdf = whole_files.size() < jobs.size();
    if (!any_rdf) threads = static_cast<unsigned>(std::clamp<std::size_t>(whole_files.size(), 1, threads));
    (void)run_on_threads(threads, task);
    if (index_error) std::rethrow_exception(index_error);
    for (FileJob& job : jobs) {
        if (!job.parts) continue;
        try {
            job.parts->finish();
        } catch (...) {
            job.error = std::current_exception();
        }
        job.triples = job.parts->triples();
        job.seconds = job.parts->seconds();
    }
}

}  // namespace

ExportOutcome export_graph(const KnowledgeGraph& graph, const Ontology& ontology, const ExportRequest& request,
                           Progress& progress, const StageTimings& timings) {
    const std::string& folder = request.output_dir;
    ExportOutcome outcome;
    std::vector<std::string> formats;
    for (const auto& format : request.formats)
        if (std::find(formats.begin(), formats.end(), format) == formats.end()) formats.push_back(format);
    try {
        std::vector<FileJob> jobs;
        bool any_rdf = false;
        for (const auto& format : formats) {
            FileJob job;
            job.format = format;
            job.name = "pressgraph." + format;
            any_rdf = any_rdf || job.rdf();
            jobs.push_back(std::move(job));
        }
        // The RDF terms are checked and the statement subjects ordered before any triple is
        // written: a graph the ontology does not allow gets no export (the set is discarded).
        std::unique_ptr<TripleStream> triples;
        auto make_triples = [&]() -> std::unique_ptr<TripleStream> {
            if (!any_rdf) return nullptr;
            const auto started = std::chrono::steady_clock::now();
            auto made = std::make_unique<TripleStream>(graph, ontology);
            timings.record("rdf-index", seconds_since(started));
            return made;
        };
        const unsigned threads = request.jobs == 0 ? std::max(1U, std::thread::hardware_concurrency()) : request.jobs;
        if (threads <= 1) {
            // One thread: nothing is written before the terms are checked.
            progress.step("ordering the triples");
            triples = make_triples();
        }
        std::filesystem::create_directories(folder);
        ExportSet set(folder, request.faults);
        if (!request.quiet) report_recovery(set.recovery(), folder);
        if (threads <= 1) {
            for (FileJob& job : jobs) {
                progress.step("writing " + job.name);
                job.sink = &set.begin(job.name);
                write_whole(job, graph, ontology, triples.get());
                if (job.error) std::rethrow_exception(job.error);
                job.size = set.end(*job.sink);
            }
        } else {
            std::string names;
            for (FileJob& job : jobs) {
                job.sink = &set.begin(job.name);
                names += (names.empty() ? "" : ", ") + job.name;
            }
            progress.step("writing " + names);
            const auto started = std::chrono::steady_clock::now();
            write_side_by_side(jobs, threads, graph, ontology, make_triples, triples);
            timings.record("write", seconds_since(started), "wall time of the files written side by side, with the rdf-index");
            for (const FileJob& job : jobs)
                if (job.error) std::rethrow_exception(job.error);
            for (FileJob& job : jobs) job.size = set.end(*job.sink);
        }
        for (const FileJob& job : jobs) {
            if (job.format == "ttl" || job.format == "nt") outcome.triples = job.triples;
            const std::string parts =
                job.parts ? ", thread time of " + std::to_string(job.parts->part_count()) + (job.parts->part_count() == 1 ? " part" : " parts") : std::string();
            timings.record("write " + job.name, job.seconds,
                           megabytes(job.size) + ", " +
                               megabytes(static_cast<std::size_t>(static_cast<double>(job.size) / std::max(job.seconds, 1e-9))) +
                               "/s written" + parts);
        }
        const auto started = std::chrono::steady_clock::now();
        progress.step("switching the exports in " + folder);
        set.commit();
        timings.record("commit", seconds_since(started));
    } catch (const ExportWriteError& e) {
        progress.finish();
        std::cerr << "pressgraph: error: export failed: " << e.what()
                  << (e.earlier_set_intact() ? "; exports in " + folder + " left unchanged" : std::string()) << "\n";
        outcome.exit_code = kExportFailed;
        return outcome;
    } catch (const std::exception& e) {
        progress.finish();
        std::cerr << "pressgraph: error: export failed: " << e.what() << "; exports in " << folder << " left unchanged\n";
        outcome.exit_code = kExportFailed;
        return outcome;
    }
    progress.finish();
    outcome.exit_code = kSuccess;
    return outcome;
}

}  // namespace pressgraph::cli
