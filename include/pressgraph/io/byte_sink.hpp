#pragma once
// Where a writer's bytes go: a string in memory (tests, small exports) or a file of an
// export set written as the bytes come (ExportSet::begin), so an export of millions of
// triples never has to be held whole in memory.
#include <string>
#include <string_view>

namespace pressgraph {

/// Receives a document's bytes in order. write() may throw (a full disk); a writer lets
/// the exception through and writes nothing more.
class ByteSink {
public:
    virtual ~ByteSink() = default;
    virtual void write(std::string_view bytes) = 0;
};

/// Appends to a string.
class StringSink final : public ByteSink {
public:
    explicit StringSink(std::string& out) : out_(out) {}
    void write(std::string_view bytes) override { out_.append(bytes); }

private:
    std::string& out_;
};

}  // namespace pressgraph
