#pragma once
// The error sink both Turtle readers (ontology, saved graphs) give Serd: some syntax
// errors only reach the sink while reading carries on (docs/integration.md §1), so the
// first message is kept, with its position, and the caller turns it into an InputError.
#include <serd/serd.h>

#include <string>

namespace pressgraph::detail {

struct ReadErrors {
    bool any = false;
    std::string message;
    unsigned line = 0;
    unsigned column = 0;
};

/// A SerdErrorSink; `handle` is a ReadErrors*.
SerdStatus record_error(void* handle, const SerdError* error);

}  // namespace pressgraph::detail
