#pragma once

// Writing a file so that it is replaced completely or not at all: the new contents go
// to a temporary file beside the target, which is renamed over it only once written.
// A killed or failed save leaves the old file as it was.

#include <chrono>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <vector>

namespace catnet {

class AtomicWrite {
public:
    // Checks the target and names the temporary file. A symbolic link is written
    // through (the file it points at is replaced, the link stays); an existing target
    // that is not a regular file (a device such as /dev/full, a FIFO, a folder) is
    // refused; a missing folder is refused. Our own temporaries of this target left by
    // a killed save (older than staleAfter) are removed. Throws FileError.
    explicit AtomicWrite(const std::filesystem::path& file);
    // Removes the temporary file unless commit() succeeded.
    ~AtomicWrite();
    AtomicWrite(const AtomicWrite&) = delete;
    AtomicWrite& operator=(const AtomicWrite&) = delete;

    const std::filesystem::path& temporary() const { return temporary_; }
    const std::filesystem::path& target() const { return target_; }

    // Gives the temporary file the replaced file's permissions and renames it over the
    // target. Throws FileError naming the file.
    void commit();

    static constexpr std::chrono::minutes staleAfter{10};

private:
    std::filesystem::path requested_;
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    bool committed_ = false;
};

// Commits written AtomicWrites together: all targets are replaced, or none is. Each
// replaced file is kept as a hard link until every rename succeeded; when one fails, the
// ones already renamed are put back (or removed, where there was no file before) and the
// FileError says the failing file's cause and that nothing changed (or, should putting
// back fail too, exactly which file is new).
void commitTogether(std::initializer_list<AtomicWrite*> writes);

// Checks now, before any long work, that `file` can be saved: what AtomicWrite checks,
// and that its temporary can be created in the folder (a read-only file system, a folder
// of another user). Leaves nothing behind. Throws FileError with the true cause.
void checkWritable(const std::filesystem::path& file);

// The folder a job writes into, made for it: created with its parents when missing, and
// removed again (those it created, while empty) unless keep() is called, so that a
// stopped or failed job leaves no empty folder behind. Throws FileError with the cause
// (a file in the way, no permission).
class OutputFolder {
public:
    explicit OutputFolder(const std::filesystem::path& folder);
    ~OutputFolder();
    OutputFolder(const OutputFolder&) = delete;
    OutputFolder& operator=(const OutputFolder&) = delete;

    void keep() { created_.clear(); }
    bool created() const { return !created_.empty(); }

private:
    std::vector<std::filesystem::path> created_; // deepest first
};

// Writes `contents` to `file` through an AtomicWrite, flushed to disk before the rename.
void writeFileAtomically(const std::filesystem::path& file, const std::string& contents);

// Removes temporaries of ours (".NAME.tmp-DIGITS") in `folder` that are older than
// `age`: what a killed save leaves behind.
void removeStaleTemporaries(const std::filesystem::path& folder, std::chrono::seconds age = AtomicWrite::staleAfter);

} // namespace catnet
