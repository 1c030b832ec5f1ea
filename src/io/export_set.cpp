// Stage every file, journal the renames, rename, drop the journal (see export_set.hpp).
// Everything goes through a descriptor of the folder (openat, renameat, unlinkat), so
// the files stay in the folder that was locked even if its path is renamed meanwhile.
#include "pressgraph/io/export_set.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <random>
#include <sstream>

namespace pressgraph {
namespace {

constexpr std::string_view kTemporaryMarker = ".pgtmp-";
constexpr std::size_t kRandomLength = 12;
constexpr std::string_view kJournalHeader = "pressgraph export journal 1";
constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

bool is_alphanumeric(char c) { return kAlphabet.find(c) != std::string_view::npos; }

// Letters and digits from the kernel's random source: a name nobody can guess ahead.
std::string random_letters() {
    std::array<unsigned char, kRandomLength> bytes{};
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const ssize_t got = ::getrandom(bytes.data() + filled, bytes.size() - filled, 0);
        if (got > 0) {
            filled += static_cast<std::size_t>(got);
        } else if (got < 0 && errno != EINTR) {
            std::random_device device;  // getrandom unavailable: the library's source
            for (; filled < bytes.size(); ++filled) bytes[filled] = static_cast<unsigned char>(device());
        }
    }
    std::string letters(kRandomLength, 'x');
    for (std::size_t i = 0; i < kRandomLength; ++i) letters[i] = kAlphabet[bytes[i] % kAlphabet.size()];
    return letters;
}

std::string temporary_name_for(const std::string& name) {
    return "." + name + std::string(kTemporaryMarker) + random_letters();
}

bool is_plain_name(std::string_view name) {
    return !name.empty() && name != "." && name != ".." && name.find_first_of("/\t\n\r") == std::string_view::npos &&
           name.find('\0') == std::string_view::npos;
}

// Writes all of `content`; 0 or the errno of the failure.
int write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    return 0;
}

// Makes renames and removals in the folder durable. Some file systems refuse fsync on a
// folder (EINVAL); there is nothing better to do then.
void sync_folder(int folder_fd) { (void)::fsync(folder_fd); }

// A new file under an unpredictable name: O_EXCL fails on any existing name, a symbolic
// link included, so nothing planted there is ever followed or truncated.
int create_exclusively(int folder_fd, const std::string& name, std::string& temporary,
                       std::vector<std::string>* first_names = nullptr) {
    for (int attempt = 0; attempt < 64; ++attempt) {
        if (first_names != nullptr && !first_names->empty()) {
            temporary = first_names->front();
            first_names->erase(first_names->begin());
        } else {
            temporary = temporary_name_for(name);
        }
        const int fd = ::openat(folder_fd, temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

[[noreturn]] void kill_self() {
    ::raise(SIGKILL);
    std::abort();  // not reached
}

}  // namespace

ExportFaults ExportFaults::parse(std::string_view spec) {
    ExportFaults faults;
    if (spec.empty()) return faults;
    if (spec == "kill-before-commit") {
        faults.kill_before_commit = true;
    } else if (spec.starts_with("fail-write:") && spec.size() > 11) {
        faults.fail_write = std::string(spec.substr(11));
    } else if (spec.starts_with("kill-after-renames:") && spec.size() > 19) {
        const std::string count(spec.substr(19));
        if (count.find_first_not_of("0123456789") != std::string::npos || count.size() > 6)
            throw std::invalid_argument("kill-after-renames takes a count, not '" + count + "'");
        faults.kill_after_renames = std::stoi(count);
    } else {
        throw std::invalid_argument("unknown fault '" + std::string(spec) +
                                    "' (fail-write:NAME, kill-before-commit, kill-after-renames:N)");
    }
    return faults;
}

bool is_export_temporary_name(std::string_view file_name) {
    const std::size_t suffix = kTemporaryMarker.size() + kRandomLength;
    if (file_name.size() < 2 + suffix || file_name.front() != '.') return false;
    const std::string_view tail = file_name.substr(file_name.size() - suffix);
    if (!tail.starts_with(kTemporaryMarker)) return false;
    for (char c : tail.substr(kTemporaryMarker.size()))
        if (!is_alphanumeric(c)) return false;
    return true;
}

ExportSet::ExportSet(const std::string& folder, ExportFaults faults) : folder_(folder), faults_(std::move(faults)) {
    folder_fd_ = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder_fd_ < 0) {
        throw ExportWriteError("cannot open the export folder " + folder_ + ": " + std::strerror(errno), true);
    }
    // One writer per folder: a second build waits here until the first has committed.
    while (::flock(folder_fd_, LOCK_EX) != 0) {
        if (errno == EINTR) continue;
        const int error = errno;
        ::close(folder_fd_);
        throw ExportWriteError("cannot lock the export folder " + folder_ + ": " + std::strerror(error), true);
    }
    recover();
}

ExportSet::~ExportSet() {
    discard();
    ::close(folder_fd_);  // releases the lock
}

std::string ExportSet::display(const std::string& name) const { return (std::filesystem::path(folder_) / name).string(); }

// The open file's descriptor (if any) is closed by its sink, never here: a failing
// sink calls this from inside its own write.
void ExportSet::discard() noexcept {
    const std::lock_guard<std::mutex> lock(mutex_);
    for (const Staged& file : staged_) ::unlinkat(folder_fd_, file.temporary.c_str(), 0);
    staged_.clear();
}

// A journal means a commit was cut short after every temporary it names was complete:
// finish its renames. Then no temporary of pressgraph's naming is anyone's: remove them.
void ExportSet::recover() {
    const std::string journal(kExportJournalName);
    const int fd = ::openat(folder_fd_, journal.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        std::string text;
        char buffer[4096];
        for (ssize_t got; (got = ::read(fd, buffer, sizeof buffer)) != 0;) {
            if (got < 0) {
                if (errno == EINTR) continue;
                break;
            }
            text.append(buffer, static_cast<std::size_t>(got));
        }
        ::close(fd);
        std::istringstream lines(text);
        std::string line;
        if (std::getline(lines, line) && line == kJournalHeader) {
            while (std::getline(lines, line)) {
                const std::size_t tab = line.find('\t');
                if (tab == std::string::npos) continue;
                const std::string temporary = line.substr(0, tab), name = line.substr(tab + 1);
                if (!is_export_temporary_name(temporary) || !is_plain_name(name)) continue;
                if (::renameat(folder_fd_, temporary.c_str(), folder_fd_, name.c_str()) == 0)
                    recovery_.completed.push_back(name);
            }
            sync_folder(folder_fd_);
        }
        ::unlinkat(folder_fd_, journal.c_str(), 0);
        sync_folder(folder_fd_);
    }

    const int listing_fd = ::dup(folder_fd_);
    if (listing_fd < 0) return;
    DIR* listing = ::fdopendir(listing_fd);
    if (listing == nullptr) {
        ::close(listing_fd);
        return;
    }
    ::rewinddir(listing);
    std::vector<std::string> stale;
    while (const dirent* entry = ::readdir(listing))
        if (is_export_temporary_name(entry->d_name)) stale.emplace_back(entry->d_name);
    ::closedir(listing);
    for (const std::string& name : stale)
        if (::unlinkat(folder_fd_, name.c_str(), 0) == 0) recovery_.removed.push_back(name);
    if (!stale.empty()) sync_folder(folder_fd_);
}

// The temporary of the file begun last: bytes are buffered and written in pieces of
// 1 MiB. Under the fail-write fault the whole file is kept in memory and end() writes
// half of it, then fails as a full disk would (the same seam as before streaming).
class ExportSet::FileSink final : public ByteSink {
public:
    FileSink(ExportSet& set, int fd, std::string name, bool fail_half_way)
        : set_(set), fd_(fd), name_(std::move(name)), fail_half_way_(fail_half_way) {}
    ~FileSink() override {
        if (fd_ >= 0) ::close(fd_);
    }
    FileSink(const FileSink&) = delete;
    FileSink& operator=(const FileSink&) = delete;

    void write(std::string_view bytes) override {
        if (fd_ < 0) throw ExportWriteError("cannot write " + set_.display(name_) + ": the file was already ended", true);
        buffer_.append(bytes);
        size_ += bytes.size();
        if (buffer_.size() >= kBufferBytes && !fail_half_way_) flush();
    }

    std::size_t finish() {
        int error = 0;
        const char* step = "write";
        if (fail_half_way_) {
            (void)write_all(fd_, std::string_view(buffer_).substr(0, buffer_.size() / 2));
            error = ENOSPC;
        } else {
            error = write_all(fd_, buffer_);
        }
        buffer_.clear();
        if (error == 0 && ::fsync(fd_) != 0) {
            error = errno;
            step = "flush";
        }
        const int closed = ::close(fd_);
        fd_ = -1;
        if (closed != 0 && error == 0) {
            error = errno;
            step = "close";
        }
        if (error != 0) fail(step, error);
        return size_;
    }

private:
    static constexpr std::size_t kBufferBytes = 1U << 20;

    void flush() {
        const int error = write_all(fd_, buffer_);
        buffer_.clear();
        if (error != 0) fail("write", error);
    }

    [[noreturn]] void fail(const char* step, int error) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
        const std::string message = "cannot write " + set_.display(name_) + " (" + step + "): " + std::strerror(error);
        set_.discard();
        throw ExportWriteError(message, true);
    }

    ExportSet& set_;
    int fd_;
    std::string name_;
    bool fail_half_way_;
    std::string buffer_;
    std::size_t size_ = 0;
};

ByteSink& ExportSet::begin(const std::string& name) {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        for (const OpenFile& file : open_)
            if (file.name == name) throw ExportWriteError("cannot write " + display(name) + ": it is open already", true);
    }
    if (!is_plain_name(name) || name.starts_with(".")) {
        discard();
        throw ExportWriteError("cannot write " + display(name) + ": not a plain file name", true);
    }
    std::string temporary;
    const int fd = create_exclusively(folder_fd_, name, temporary, &faults_.first_temporary_names);
    if (fd < 0) {
        const int error = errno;
        discard();
        throw ExportWriteError("cannot write " + display(name) + " (create temporary file): " + std::strerror(error), true);
    }
    const std::lock_guard<std::mutex> lock(mutex_);
    staged_.push_back({temporary, name});  // from here on discard() removes it
    open_.push_back({name, std::make_unique<FileSink>(*this, fd, name, faults_.fail_write == name)});
    return *open_.back().sink;
}

std::size_t ExportSet::end() {
    std::unique_ptr<FileSink> file;
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (open_.empty()) throw ExportWriteError("cannot end a file of " + folder_ + ": none was begun", true);
        file = std::move(open_.back().sink);
        open_.pop_back();
    }
    return file->finish();  // outside the lock: a failing finish discards the set
}

std::size_t ExportSet::end(const ByteSink& sink) {
    std::unique_ptr<FileSink> file;
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        const auto it = std::find_if(open_.begin(), open_.end(), [&](const OpenFile& f) { return f.sink.get() == &sink; });
        if (it == open_.end()) throw ExportWriteError("cannot end a file of " + folder_ + ": it is not open", true);
        file = std::move(it->sink);
        open_.erase(it);
    }
    return file->finish();
}

void ExportSet::stage(const std::string& name, std::string_view content) {
    begin(name).write(content);
    (void)end();
}

void ExportSet::write_journal() {
    std::string text(kJournalHeader);
    text += '\n';
    for (const Staged& file : staged_) text += file.temporary + '\t' + file.name + '\n';
    std::string temporary;
    const int fd = create_exclusively(folder_fd_, std::string(kExportJournalName), temporary);
    int error = fd < 0 ? errno : write_all(fd, text);
    if (fd >= 0) {
        if (error == 0 && ::fsync(fd) != 0) error = errno;
        if (::close(fd) != 0 && error == 0) error = errno;
    }
    if (error == 0 && ::renameat(folder_fd_, temporary.c_str(), folder_fd_, std::string(kExportJournalName).c_str()) != 0)
        error = errno;
    if (error != 0) {
        if (fd >= 0) ::unlinkat(folder_fd_, temporary.c_str(), 0);
        discard();
        throw ExportWriteError("cannot write the export journal in " + folder_ + ": " + std::strerror(error), true);
    }
    sync_folder(folder_fd_);
}

void ExportSet::commit() {
    if (!open_.empty()) {
        const std::string name = open_.front().name;
        discard();
        throw ExportWriteError("cannot write " + display(name) + ": the file was not ended", true);
    }
    // A target that is a folder would refuse its rename half-way through: refuse it now.
    for (const Staged& file : staged_) {
        struct stat status {};
        if (::fstatat(folder_fd_, file.name.c_str(), &status, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(status.st_mode)) {
            discard();
            throw ExportWriteError("cannot write " + display(file.name) + ": a folder has that name", true);
        }
    }
    if (faults_.kill_before_commit) kill_self();
    sync_folder(folder_fd_);  // the temporaries' names are on disk before the journal names them
    write_journal();
    if (faults_.kill_after_renames == 0) kill_self();
    int renamed = 0;
    for (const Staged& file : staged_) {
        if (::renameat(folder_fd_, file.temporary.c_str(), folder_fd_, file.name.c_str()) != 0) {
            const int error = errno;
            if (renamed == 0) {  // nothing switched yet: back out, the earlier set stays whole
                ::unlinkat(folder_fd_, std::string(kExportJournalName).c_str(), 0);
                discard();
                throw ExportWriteError("cannot write " + display(file.name) + " (rename): " + std::strerror(error), true);
            }
            // Part switched: the journal and the temporaries stay, the next run finishes the switch.
            staged_.clear();
            throw ExportWriteError("cannot write " + display(file.name) + " (rename): " + std::strerror(error) +
                                       "; the next build into " + folder_ + " finishes the switch",
                                   false);
        }
        if (++renamed == faults_.kill_after_renames) kill_self();
    }
    staged_.clear();
    sync_folder(folder_fd_);
    ::unlinkat(folder_fd_, std::string(kExportJournalName).c_str(), 0);
    sync_folder(folder_fd_);
}

}  // namespace pressgraph
