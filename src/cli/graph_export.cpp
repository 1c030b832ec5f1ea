#include "graph_export.hpp"

#include <algorithm>
#include <atomic>
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
#include "pressgraph/io/gexf_writer.hpp"
#include "pressgraph/io/graphml_writer.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
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

ExportOutcome export_graph(const KnowledgeGraph& graph, const Ontology& ontology, const ExportRequest& request,
                           Progress& progress, const StageTimings& timings) {
    const std::string& folder = request.output_dir;
    ExportOutcome outcome;
    std::vector<std::string> formats;
    for (const auto& format : request.formats)
        if (std::find(formats.begin(), formats.end(), format) == formats.end()) formats.push_back(format);
    try {
        // The RDF terms are checked (and the statement subjects ordered) before the folder is
        // touched: a graph the ontology does not allow writes nothing at all.
        std::unique_ptr<TripleStream> triples;
        if (std::find(formats.begin(), formats.end(), "ttl") != formats.end() ||
            std::find(formats.begin(), formats.end(), "nt") != formats.end()) {
            const auto started = std::chrono::steady_clock::now();
            progress.step("ordering the triples");
            triples = std::make_unique<TripleStream>(graph, ontology);
            timings.record("rdf-index", seconds_since(started));
        }
        std::filesystem::create_directories(folder);
        ExportSet set(folder, request.faults);
        if (!request.quiet) report_recovery(set.recovery(), folder);
        // Each file is written by one thread; with several threads the files are written side
        // by side (they read the graph and the triple index, which nobody changes now).
        struct FileJob {
            std::string format;
            std::string name;
            ByteSink* sink = nullptr;
            std::size_t size = 0;
            std::size_t triples = 0;
            double seconds = 0;
            std::exception_ptr error;
        };
        std::vector<FileJob> jobs;
        for (const auto& format : formats) {
            FileJob job;
            job.format = format;
            job.name = "pressgraph." + format;
            jobs.push_back(std::move(job));
        }
        auto write = [&](FileJob& job) {
            try {
                const auto started = std::chrono::steady_clock::now();
                if (job.format == "ttl" || job.format == "nt") {
                    RdfWriter writer(job.format == "ttl" ? RdfSyntax::Turtle : RdfSyntax::NTriples, *job.sink);
                    job.triples = triples->for_each([&](const Triple& t) { writer.write(t); });
                    writer.finish();
                } else if (job.format == "graphml") {
                    write_graphml(graph, ontology, *job.sink);
                } else if (job.format == "gexf") {
                    write_gexf(graph, ontology, *job.sink);
                }
                job.size = set.end(*job.sink);
                job.seconds = seconds_since(started);
            } catch (...) {
                job.error = std::current_exception();
            }
        };
        const unsigned cores = request.jobs == 0 ? std::max(1U, std::thread::hardware_concurrency()) : request.jobs;
        const auto threads = static_cast<unsigned>(std::min<std::size_t>(cores, jobs.size()));
        if (threads <= 1) {
            for (FileJob& job : jobs) {
                progress.step("writing " + job.name);
                job.sink = &set.begin(job.name);
                write(job);
                if (job.error) std::rethrow_exception(job.error);
            }
        } else {
            std::string names;
            for (FileJob& job : jobs) {
                job.sink = &set.begin(job.name);
                names += (names.empty() ? "" : ", ") + job.name;
            }
            progress.step("writing " + names);
            std::atomic<std::size_t> next{0};
            auto worker = [&] {
                for (std::size_t k; (k = next.fetch_add(1)) < jobs.size();) write(jobs[k]);
            };
            std::vector<std::thread> pool;
            for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
            worker();
            for (std::thread& t : pool) t.join();
            for (const FileJob& job : jobs)
                if (job.error) std::rethrow_exception(job.error);
        }
        for (const FileJob& job : jobs) {
            if (job.format == "ttl" || job.format == "nt") outcome.triples = job.triples;
            timings.record("write " + job.name, job.seconds,
                           megabytes(job.size) + ", " +
                               megabytes(static_cast<std::size_t>(static_cast<double>(job.size) / std::max(job.seconds, 1e-9))) + "/s written");
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
