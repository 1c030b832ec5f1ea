#pragma once
// The files of one build (Turtle, N-Triples, GraphML, GEXF) replaced as one set.
//
// Every file is first written in full to a temporary beside its target (created
// exclusively under an unpredictable name, never through a symbolic link, fsync'd). Only
// when all of them are written does commit() record the renames in a journal (written
// and renamed atomically itself), rename the temporaries over their targets and remove
// the journal. So:
//  * a failure while writing (a full disk, a refused file) removes the temporaries and
//    leaves the earlier set exactly as it was;
//  * a run killed before the journal exists leaves the earlier set and some temporaries,
//    which the next ExportSet on the folder removes;
//  * a run killed after the journal exists leaves a set that may be part new, part old;
//    the next ExportSet on the folder finishes the renames from the journal, so the new
//    set is complete before anything else is written there.
// A reader that looks at the folder during the renames (microseconds) or between a kill
// and the next run can see a mixed set: POSIX has no rename of several files at once.
// See docs/architecture.md, "Exports".
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pressgraph/io/byte_sink.hpp"

namespace pressgraph {

/// Faults a test injects into an export (the CLI reads them from PRESSGRAPH_TEST_FAULT);
/// all off in normal runs.
struct ExportFaults {
    std::string fail_write;           ///< staging the file of this name fails half-way, as on a full disk (ENOSPC)
    bool kill_before_commit = false;  ///< SIGKILL once everything is staged, before the journal
    int kill_after_renames = -1;      ///< SIGKILL after this many renames of commit() (0: right after the journal)
    /// Temporary names tried, in turn, before random ones (tests: names already taken,
    /// e.g. by a planted symbolic link, must be skipped, never opened).
    std::vector<std::string> first_temporary_names;

    /// "fail-write:NAME", "kill-before-commit" or "kill-after-renames:N"; an empty spec is
    /// no fault. Throws std::invalid_argument on anything else.
    [[nodiscard]] static ExportFaults parse(std::string_view spec);
};

/// What opening a folder found of an earlier run that did not finish.
struct ExportRecovery {
    std::vector<std::string> completed;  ///< files a journal named whose rename this run finished
    std::vector<std::string> removed;    ///< stale temporaries (pressgraph's naming) removed
};

/// The error of an export that could not be written; says whether the earlier files are
/// still all in place (true unless a rename itself failed during commit()).
class ExportWriteError : public std::runtime_error {
public:
    ExportWriteError(const std::string& message, bool earlier_set_intact)
        : std::runtime_error(message), earlier_set_intact_(earlier_set_intact) {}
    [[nodiscard]] bool earlier_set_intact() const { return earlier_set_intact_; }

private:
    bool earlier_set_intact_;
};

class ExportSet {
public:
    /// Opens `folder` (which must exist), waits until no other ExportSet holds it (an
    /// exclusive flock on the folder) and recovers what an interrupted run left there:
    /// finishes the renames of a journal, then removes stale temporaries. Throws
    /// ExportWriteError when the folder cannot be opened.
    explicit ExportSet(const std::string& folder, ExportFaults faults = {});
    /// Removes the temporaries of a set not committed and releases the folder.
    ~ExportSet();
    ExportSet(const ExportSet&) = delete;
    ExportSet& operator=(const ExportSet&) = delete;

    [[nodiscard]] const ExportRecovery& recovery() const { return recovery_; }

    /// Writes `content` to a new temporary for the file `name` (a plain file name, no
    /// folder) and flushes it to disk. On failure removes every temporary of the set and
    /// throws ExportWriteError (earlier set intact).
    void stage(const std::string& name, std::string_view content);

    /// Starts the file `name` (a plain file name) as a new temporary and returns the sink
    /// its bytes go to, in pieces of 1 MiB, as a writer produces them: an export is never
    /// held whole in memory. Several files may be open at once, each written by one thread
    /// (begin them from one thread, then write and end each on its own); end() finishes
    /// them. A failing write removes every temporary of the set and throws ExportWriteError
    /// (earlier set intact); so does begin() when the temporary cannot be created or the
    /// file is open already. A writer that throws leaves the set to be discarded (the
    /// destructor removes the temporaries).
    ByteSink& begin(const std::string& name);
    /// Writes what is buffered, flushes the file begun last to disk and closes it; on
    /// failure as stage(). Returns the file's size in bytes.
    std::size_t end();
    /// As end(), for the open file whose sink is `sink`; safe to call from the thread that
    /// wrote it while other threads write and end theirs.
    std::size_t end(const ByteSink& sink);

    /// Renames every staged file over its target, journal first (see the file comment).
    /// Refuses, before renaming anything, a target that is a folder.
    void commit();

private:
    struct Staged {
        std::string temporary;
        std::string name;
    };
    class FileSink;
    [[nodiscard]] std::string display(const std::string& name) const;
    void recover();
    void write_journal();
    void discard() noexcept;

    std::string folder_;
    ExportFaults faults_;
    int folder_fd_ = -1;
    std::vector<Staged> staged_;
    ExportRecovery recovery_;
    struct OpenFile {
        std::string name;
        std::unique_ptr<FileSink> sink;
    };
    std::vector<OpenFile> open_;  ///< the files begun and not yet ended, in the order begun
    std::mutex mutex_;            ///< guards open_ and staged_ while several files are written
};

/// True for the names of pressgraph's temporaries: "." + name + ".pgtmp-" + 12 letters or digits.
[[nodiscard]] bool is_export_temporary_name(std::string_view file_name);

/// The journal commit() leaves while it renames (a hidden file in the export folder).
inline constexpr std::string_view kExportJournalName = ".pressgraph-export.journal";

}  // namespace pressgraph
