#include "serd_error_sink.hpp"

#include <cstdarg>
#include <cstdio>

namespace pressgraph::detail {

SerdStatus record_error(void* handle, const SerdError* error) {
    auto* errors = static_cast<ReadErrors*>(handle);
    if (errors->any) return SERD_SUCCESS;
    errors->any = true;
    errors->line = error->line;
    errors->column = error->col;
    char buffer[512];
    va_list args;
    va_copy(args, *error->args);
    std::vsnprintf(buffer, sizeof buffer, error->fmt, args);
    va_end(args);
    errors->message = buffer;
    while (!errors->message.empty() && (errors->message.back() == '\n' || errors->message.back() == ' ')) {
        errors->message.pop_back();
    }
    return SERD_SUCCESS;
}

}  // namespace pressgraph::detail
