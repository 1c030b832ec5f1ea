// Benchmark (not a test): extraction throughput in MB/s and peak memory, on the bundled
// corpus repeated until it reaches a target size (default 50 MB), then the merge and the
// Turtle/GraphML serialisation of the resulting graph.
//
//   build/bench/extraction_throughput [--mb 50] [--jobs N] [corpus-folder]
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "pressgraph/extract/extractor.hpp"
#include "pressgraph/io/graphml_writer.hpp"
#include "pressgraph/io/ontology.hpp"
#include "pressgraph/io/rdf_mapping.hpp"
#include "pressgraph/io/rdf_writer.hpp"
#include "pressgraph/merge/graph_merger.hpp"
#include "pressgraph/text/document_reader.hpp"

namespace {

double peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

// CPU seconds of this process (user + system): steadier than wall time on a busy machine.
double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](timeval t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double mb(std::size_t bytes) { return static_cast<double>(bytes) / 1e6; }

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t target_mb = 50;
    unsigned jobs = 1;
    std::string corpus = PRESSGRAPH_BENCH_CORPUS;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--mb") && i + 1 < argc) target_mb = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--jobs") && i + 1 < argc) jobs = static_cast<unsigned>(std::stoul(argv[++i]));
        else corpus = argv[i];
    }
    const auto lexicon = pressgraph::Lexicon::load(std::string(PRESSGRAPH_BENCH_DATA) + "/lexicon");
    const auto ontology = pressgraph::Ontology::load(std::string(PRESSGRAPH_BENCH_DATA) + "/pressgraph.ttl");
    const pressgraph::Extractor extractor(lexicon);

    std::vector<std::string> texts;
    for (const auto& entry : std::filesystem::directory_iterator(corpus))
        if (entry.path().extension() == ".txt") texts.push_back(pressgraph::read_document_file(entry.path().string(), lexicon.header_words()).text);
    std::sort(texts.begin(), texts.end());
    if (texts.empty()) { std::fprintf(stderr, "no *.txt in %s\n", corpus.c_str()); return 1; }

    // Copies differ by a trailing line, so each is a document of its own (own id).
    std::vector<std::string> docs;
    std::size_t bytes = 0;
    for (std::size_t copy = 0; bytes < target_mb * 1000 * 1000; ++copy)
        for (const auto& t : texts) {
            docs.push_back(t + "\nCopy " + std::to_string(copy) + ".\n");
            bytes += docs.back().size();
        }
    std::printf("corpus: %zu documents, %.1f MB (bundled corpus x%zu), %u thread(s)\n", docs.size(), mb(bytes),
                docs.size() / texts.size(), jobs);

    const auto start = std::chrono::steady_clock::now();
    std::vector<pressgraph::DocumentExtraction> extractions(docs.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < docs.size(); i = next++)
            extractions[i] = extractor.extract(pressgraph::analyse_document(docs[i], "bench", "bench-" + std::to_string(i), lexicon.header_words()));
    };
    std::vector<std::thread> workers;
    for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
    work();
    for (auto& w : workers) w.join();
    const double extract_s = seconds_since(start);
    std::printf("read+extract: %.2f s, %.1f MB/s\n", extract_s, mb(bytes) / extract_s);

    const auto merge_start = std::chrono::steady_clock::now();
    const auto graph = pressgraph::merge_extractions(std::move(extractions), lexicon);
    const double merge_s = seconds_since(merge_start);
    std::printf("merge: %.2f s (%zu nodes, %zu edges)\n", merge_s, graph.node_count(), graph.edge_count());

    const auto export_start = std::chrono::steady_clock::now();
    const double export_cpu = cpu_seconds();
    auto step_start = std::chrono::steady_clock::now();
    const auto triples = pressgraph::graph_to_triples(graph, ontology);
    const double triples_s = seconds_since(step_start);
    step_start = std::chrono::steady_clock::now();
    const auto turtle = pressgraph::serialize_rdf(triples, pressgraph::RdfSyntax::Turtle);
    const double turtle_s = seconds_since(step_start);
    step_start = std::chrono::steady_clock::now();
    const auto graphml = pressgraph::serialize_graphml(graph, ontology);
    const double graphml_s = seconds_since(step_start);
    std::printf("export: %.2f s, %.2f s CPU (%zu triples, Turtle %.1f MB, GraphML %.1f MB)\n",
                seconds_since(export_start), cpu_seconds() - export_cpu, triples.size(), mb(turtle.size()),
                mb(graphml.size()));
    std::printf("  graph_to_triples %.2f s, serialize_rdf(Turtle) %.2f s, serialize_graphml %.2f s\n", triples_s,
                turtle_s, graphml_s);
    std::printf("total: %.2f s, %.1f MB/s end to end; peak memory %.0f MB\n", seconds_since(start),
                mb(bytes) / seconds_since(start), peak_rss_mb());
    return 0;
}
