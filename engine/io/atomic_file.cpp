#include "engine/io/atomic_file.h"

#include "engine/io/file_error.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <regex>
#include <vector>

namespace catnet {

namespace fs = std::filesystem;

namespace {

std::string describe(const fs::path& file) {
    return "the file '" + file.string() + "'";
}

const std::regex& temporaryPattern() {
    static const std::regex pattern(R"(^\..+\.tmp-[0-9]+$)");
    return pattern;
}

void removeStale(const fs::path& folder, std::chrono::seconds age, const std::string& prefix) {
    std::error_code error;
    const auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0 || !std::regex_match(name, temporaryPattern()))
            continue;
        std::error_code ignored;
        if (it->is_regular_file(ignored) && now - it->last_write_time(ignored) > age)
            fs::remove(it->path(), ignored);
    }
}

} // namespace

AtomicWrite::AtomicWrite(const fs::path& file) : requested_(file) {
    std::error_code error;
    target_ = file;
    if (fs::is_symlink(fs::symlink_status(file, error))) {
        target_ = fs::weakly_canonical(file, error); // write through to what the link points at
        if (error)
            throw FileError(describe(file) + ": cannot follow the link (" + error.message() + ")");
    }
    const fs::file_status status = fs::status(target_, error);
    if (fs::exists(status) && !fs::is_regular_file(status))
        throw FileError(describe(file) + ": cannot save over it, it is not a regular file" +
                        (fs::is_directory(status) ? " but a folder" : fs::is_character_file(status) ? " but a device" :
                         fs::is_fifo(status) ? " but a FIFO" : ""));
    const fs::path folder = target_.parent_path().empty() ? fs::path(".") : target_.parent_path();
    if (fs::exists(folder, error) && !fs::is_directory(folder, error))
        throw FileError(describe(file) + ": cannot save, '" + folder.string() + "' is a file, not a folder");
    if (!fs::is_directory(folder, error))
        throw FileError(describe(file) + ": cannot save, the folder '" + folder.string() + "' does not exist");
    const std::string prefix = "." + target_.filename().string() + ".tmp-";
    removeStale(folder, staleAfter, prefix);
    std::random_device entropy;
    temporary_ = folder / (prefix + std::to_string(entropy()));
}

AtomicWrite::~AtomicWrite() {
    if (!committed_) {
        std::error_code ignored;
        fs::remove(temporary_, ignored);
    }
}

void AtomicWrite::commit() {
    std::error_code error;
    const fs::file_status existing = fs::status(target_, error);
    if (!error && fs::is_regular_file(existing))
        fs::permissions(temporary_, existing.permissions(), error); // keep the replaced file's mode
    fs::rename(temporary_, target_, error);
    if (error)
        throw FileError(describe(requested_) + ": cannot replace the file (" + error.message() + ")");
    committed_ = true;
}

void commitTogether(std::initializer_list<AtomicWrite*> writes) {
    struct Done {
        AtomicWrite* write;
        fs::path backup; // empty: there was no file before
    };
    std::vector<Done> done;
    std::random_device entropy;
    const auto dropBackups = [&done] {
        std::error_code ignored;
        for (const Done& d : done)
            if (!d.backup.empty())
                fs::remove(d.backup, ignored);
    };
    for (AtomicWrite* write : writes) {
        Done step{write, {}};
        std::error_code error;
        if (fs::is_regular_file(write->target(), error)) {
            // Named like our temporaries, so that a killed import's leftovers go at the next save.
            step.backup = write->target().parent_path() /
                          ("." + write->target().filename().string() + ".tmp-" + std::to_string(entropy()));
            if (::link(write->target().c_str(), step.backup.c_str()) != 0)
                step.backup.clear(); // no hard links here: this file cannot be put back
        }
        try {
            write->commit();
        } catch (const FileError& failure) {
            std::string cause = failure.what();
            std::string restored = "nothing was changed";
            for (auto it = done.rbegin(); it != done.rend(); ++it) {
                std::error_code undo;
                if (!it->backup.empty())
                    fs::rename(it->backup, it->write->target(), undo);
                else
                    fs::remove(it->write->target(), undo);
                if (undo)
                    restored = describe(it->write->target()) + " is the new one, the others are as they were";
                else
                    it->backup.clear();
            }
            if (!step.backup.empty())
                fs::remove(step.backup, error);
            dropBackups();
            throw FileError(cause + "; " + restored);
        }
        done.push_back(step);
    }
    dropBackups();
}

void checkWritable(const fs::path& file) {
    const AtomicWrite write(file);
    const int fd = ::open(write.temporary().c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int cause = errno;
        throw FileError(describe(file) + ": cannot be written (" +
                        (cause == ENOSPC ? std::string("no space left on the device") : std::strerror(cause)) + ")");
    }
    ::close(fd); // the AtomicWrite removes it
}

OutputFolder::OutputFolder(const fs::path& folder) {
    std::error_code error;
    const fs::path absolute = fs::absolute(folder, error);
    for (fs::path at = absolute; !at.empty() && !fs::exists(fs::symlink_status(at, error)); at = at.parent_path()) {
        created_.push_back(at);
        if (at == at.parent_path())
            break;
    }
    for (auto it = created_.rbegin(); it != created_.rend(); ++it) {
        if (!fs::create_directory(*it, error) && error) {
            const std::string cause = error.message();
            created_.erase(it.base(), created_.end()); // only those made
            throw FileError("the folder '" + folder.string() + "' cannot be created (" + cause + ")");
        }
    }
    if (!fs::is_directory(absolute, error))
        throw FileError("'" + folder.string() + "' is not a folder");
}

OutputFolder::~OutputFolder() {
    std::error_code error;
    for (const fs::path& folder : created_)
        fs::remove(folder, error); // only while empty
}

void writeFileAtomically(const fs::path& file, const std::string& contents) {
    AtomicWrite write(file);
    const int fd = ::open(write.temporary().c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw FileError(describe(file) + ": cannot write (" + std::strerror(errno) + ")");
    std::size_t done = 0;
    int failure = 0;
    while (done < contents.size() && !failure) {
        const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            failure = n < 0 ? errno : ENOSPC;
        else
            done += std::size_t(n);
    }
    if (!failure && ::fsync(fd) != 0)
        failure = errno;
    if (::close(fd) != 0 && !failure)
        failure = errno;
    if (failure)
        throw FileError(describe(file) + ": cannot write (" + std::strerror(failure) + ")");
    write.commit();
}

void removeStaleTemporaries(const fs::path& folder, std::chrono::seconds age) {
    removeStale(folder, age, ".");
}

} // namespace catnet
