#pragma once
// Exit codes are decided here and nowhere else.
namespace pressgraph::cli {

enum ExitCode : int {
    kSuccess = 0,
    kInputRejected = 1,   ///< some input could not be read; the rest was processed and exported
    kUsage = 2,           ///< bad command line
    kExportFailed = 3,    ///< an export could not be produced or written
    kDataError = 4,       ///< ontology or lexicon files are broken
    kNotFound = 5,        ///< a query named nothing, or found no answer
    kInternal = 70,       ///< a bug: an internal check failed
};

}  // namespace pressgraph::cli
