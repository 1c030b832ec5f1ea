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
        // One thread writes the files one after the other. With several, GraphML and GEXF are
        // one task each and Turtle and N-Triples are cut into parts of whole subjects that the
        // threads serialise side by side (RdfPartsWriter): the same bytes either way.
        struct FileJob {
            std::string format;
            std::string name;
            ByteSink* sink = nullptr;
            std::unique_ptr<RdfPartsWriter> parts;
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
        auto syntax_of = [](const FileJob& job) { return job.format == "ttl" ? RdfSyntax::Turtle : RdfSyntax::NTriples; };
        auto is_rdf = [](const FileJob& job) { return job.format == "ttl" || job.format == "nt"; };
        auto write_whole = [&](FileJob& job) {
            try {
                const auto started = std::chrono::steady_clock::now();
                if (is_rdf(job)) {
                    RdfWriter writer(syntax_of(job), *job.sink);
                    job.triples = triples->for_each([&](const Triple& t) { writer.write(t); });
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
        };
        const unsigned cores = request.jobs == 0 ? std::max(1U, std::thread::hardware_concurrency()) : request.jobs;
        if (cores <= 1) {
            for (FileJob& job : jobs) {
                progress.step("writing " + job.name);
                job.sink = &set.begin(job.name);
                write_whole(job);
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
            // The tasks in the order they are taken: the single-task files first (the longest
            // tasks start early), then every part of each RDF file in order.
            struct Task {
                FileJob* job;
                std::size_t part;  ///< kWhole: the whole file
            };
            constexpr std::size_t kWhole = static_cast<std::size_t>(-1);
            std::vector<Task> tasks;
            for (FileJob& job : jobs)
                if (!is_rdf(job)) tasks.push_back({&job, kWhole});
            for (FileJob& job : jobs) {
                if (!is_rdf(job)) continue;
                job.parts = std::make_unique<RdfPartsWriter>(*triples, syntax_of(job), *job.sink, kSubjectsPerPart, 2 * cores);
                for (std::size_t i = 0; i < job.parts->part_count(); ++i) tasks.push_back({&job, i});
            }
            std::atomic<std::size_t> next{0};
            auto worker = [&] {
                for (std::size_t k; (k = next.fetch_add(1)) < tasks.size();) {
                    if (tasks[k].part == kWhole)
                        write_whole(*tasks[k].job);
                    else
                        tasks[k].job->parts->write_part(tasks[k].part);
                }
            };
            std::vector<std::thread> pool;
            for (unsigned t = 1; t < std::min<std::size_t>(cores, tasks.size()); ++t) pool.emplace_back(worker);
            worker();
            for (std::thread& t : pool) t.join();
            for (FileJob& job : jobs) {
                if (job.parts) {
                    try {
                        job.parts->finish();
                    } catch (...) {
                        job.error = std::current_exception();
                    }
                    job.triples = job.parts->triples();
                    job.seconds = job.parts->seconds();
                }
                if (job.error) std::rethrow_exception(job.error);
            }
            for (FileJob& job : jobs) job.size = set.end(*job.sink);
        }
        for (const FileJob& job : jobs) {
            if (job.format == "ttl" || job.format == "nt") outcome.triples = job.triples;
            const std::string parts =
                job.parts ? ", thread time of " + std::to_string(job.parts->part_count()) + " parts" : std::string();
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
