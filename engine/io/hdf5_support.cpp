#include "engine/io/hdf5_support.h"

#include "engine/training/memory_budget.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <fstream>

#include <sys/statvfs.h>

namespace catnet::hdf5 {

namespace fs = std::filesystem;

namespace {
std::mutex& libraryMutex() {
    static std::mutex mutex;
    return mutex;
}
} // namespace

Lock::Lock() : guard_(libraryMutex()) {
    static const bool silenced = [] {
        H5::Exception::dontPrint();
        return true;
    }();
    (void)silenced;
}

Lock::~Lock() {
    if (guard_.owns_lock()) // not a moved-from lock
        H5Eclear2(H5E_DEFAULT);
}

Lock lock() {
    return Lock();
}

namespace {
herr_t collectMessage(unsigned, const H5E_error2_t* error, void* data) {
    auto* messages = static_cast<std::vector<std::string>*>(data);
    if (error->desc && *error->desc)
        messages->emplace_back(error->desc);
    return 0;
}
} // namespace

std::string errorCause() {
    std::vector<std::string> messages;
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, collectMessage, &messages);
    // Downward walk: the API call first, the root cause last. Keep the last two.
    std::string cause;
    const std::size_t first = messages.size() > 2 ? messages.size() - 2 : 0;
    for (std::size_t i = first; i < messages.size(); ++i) {
        if (!cause.empty())
            cause += "; ";
        cause += messages[i];
    }
    return cause;
}

std::string writeFailureCause(const fs::path& file) {
    const int error = errno; // may still be the failed call's; HDF5 may have set it since
    const std::string cause = errorCause();
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    struct statvfs disk {};
    const bool known = ::statvfs(folder.c_str(), &disk) == 0;
    if (error == EROFS || (known && (disk.f_flag & ST_RDONLY))) // rather than "errno = 30" in HDF5's words
        return "the file system is read-only";
    // A write that stops with less than a megabyte left ran out of space, whatever errno says now.
    if (error == ENOSPC || (known && std::uintmax_t(disk.f_bavail) * disk.f_frsize < 1024 * 1024))
        return "no space left on the device";
    if (error == EDQUOT)
        return "the disk quota is used up";
    if (cause.find("errno = 13,") != std::string::npos) // HDF5's words for EACCES when it opens the file
        return "permission denied";
    return cause.empty() ? "write failed" : cause;
}

bool errorStackMentions(const std::string& text) {
    std::vector<std::string> messages;
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, collectMessage, &messages);
    return std::any_of(messages.begin(), messages.end(),
                       [&text](const std::string& message) { return message.find(text) != std::string::npos; });
}

std::string describe(const fs::path& file) {
    return "'" + file.string() + "'";
}

void checkReadableHdf5(const fs::path& file) {
    std::error_code error;
    const fs::file_status status = fs::status(file, error);
    if (error == std::errc::too_many_symbolic_link_levels)
        throw FileError(describe(file) + ": a loop of symbolic links, not a file");
    if (error == std::errc::permission_denied)
        throw FileError(describe(file) + ": cannot be reached (permission denied on a folder on the way)");
    if (error || !fs::exists(status))
        throw FileError(describe(file) + ": no such file");
    if (fs::is_directory(status))
        throw FileError(describe(file) + ": is a folder, not a file");
    if (!fs::is_regular_file(status)) // opening a FIFO would block
        throw FileError(describe(file) + ": is not a regular file (a FIFO, a device or a socket)");
    if (!std::ifstream(file, std::ios::binary))
        throw FileError(describe(file) + ": cannot be opened for reading (permission denied?)");
    if (fs::file_size(file, error) == 0)
        throw FileError(describe(file) + ": the file is empty");
    if (H5Fis_hdf5(file.c_str()) <= 0) {
        const std::string cause = errorCause();
        throw FileError(describe(file) + ": not an HDF5 file" +
                        (cause.empty() ? "" : " (" + cause + ")"));
    }
}

namespace {

// How many chunks of a chunked dataset are stored in the file.
hsize_t writtenChunks(const H5::DataSet& dataset) {
    hsize_t count = 0;
    const H5::DataSpace space = dataset.getSpace();
    if (H5Dget_num_chunks(dataset.getId(), space.getId(), &count) < 0)
        return 0;
    return count;
}

// How many chunks cover a dataset's shape.
hsize_t chunkCount(const H5::DataSet& dataset, hid_t plist) {
    const std::vector<hsize_t> shape = shapeOf(dataset);
    std::vector<hsize_t> chunk(shape.size());
    if (shape.empty() || H5Pget_chunk(plist, int(chunk.size()), chunk.data()) != int(shape.size()))
        return 0;
    hsize_t count = 1;
    for (std::size_t i = 0; i < shape.size(); ++i)
        count *= chunk[i] == 0 ? 0 : (shape[i] + chunk[i] - 1) / chunk[i];
    return count;
}

} // namespace

H5::H5File openForReading(const fs::path& file) {
    checkReadableHdf5(file);
    H5::H5File h5;
    try {
        h5 = H5::H5File(file.string(), H5F_ACC_RDONLY);
    } catch (const H5::Exception& e) {
        const std::string cause = errorCause();
        if (errorStackMentions("truncated file")) // checked first: a cut file also fails to unlock
            throw FileError(describe(file) + ": the file is truncated (it ends before the data HDF5 expects): it was "
                                             "cut off while being copied, downloaded or written");
        if (cause.find("lock") != std::string::npos) // HDF5's file locking: a writer has it
            throw FileError(describe(file) + ": another program has it open for writing (h5py, another catnet?); "
                                             "close it there and try again");
        throw FileError(describe(file) + ": HDF5 cannot open it (" + cause + ")");
    }
    checkLinksAreHard(h5, describe(file));
    return h5;
}

void checkLinksAreHard(const H5::Group& group, const std::string& where) {
    for (const std::string& name : memberNames(group)) {
        H5L_info_t info{};
        if (H5Lget_info(group.getId(), name.c_str(), &info, H5P_DEFAULT) < 0)
            throw FileError(where + ": its link '" + name + "' cannot be read");
        if (info.type == H5L_TYPE_HARD)
            continue;
        std::string what = "a soft or user-defined link";
        std::vector<char> value(info.type == H5L_TYPE_EXTERNAL ? info.u.val_size : 0);
        const char* target = nullptr;
        const char* object = nullptr;
        unsigned flags = 0;
        if (!value.empty() && H5Lget_val(group.getId(), name.c_str(), value.data(), value.size(), H5P_DEFAULT) >= 0 &&
            H5Lunpack_elink_val(value.data(), value.size(), &flags, &target, &object) >= 0 && target)
            what = "an external link to '" + std::string(target) + "'";
        else if (info.type == H5L_TYPE_EXTERNAL)
            what = "an external link";
        throw FileError(where + ": its '" + name + "' is " + what +
                        ", not data in the file itself; catnet reads only self-contained files");
    }
}

namespace {
constexpr std::uint64_t kBombMinimumBytes = 256ull << 20;
constexpr std::uint64_t kBombRatio = 50;
} // namespace

std::string storedDataProblem(const H5::DataSet& dataset, const fs::path& file, std::uint64_t expectedBytes) {
    const H5::DSetCreatPropList properties = dataset.getCreatePlist();
    const hid_t plist = properties.getId();
    if (H5Pget_layout(plist) == H5D_VIRTUAL) {
        size_t count = 0;
        H5Pget_virtual_count(plist, &count);
        for (size_t i = 0; i < count; ++i) {
            const ssize_t length = H5Pget_virtual_filename(plist, i, nullptr, 0);
            std::string source(length > 0 ? std::size_t(length) : 0, '\0');
            if (length > 0)
                H5Pget_virtual_filename(plist, i, source.data(), source.size() + 1);
            if (source == ".")
                continue; // this same file
            const fs::path path = fs::path(source).is_absolute() ? fs::path(source) : file.parent_path() / source;
            std::error_code error;
            if (!fs::is_regular_file(path, error))
                return "is a virtual dataset whose source file '" + source + "' is missing";
        }
        return {};
    }
    for (int i = 0, filters = H5Pget_nfilters(plist); i < filters; ++i) {
        unsigned flags = 0, config = 0;
        size_t values = 0;
        char name[64] = {};
        const H5Z_filter_t filter = H5Pget_filter2(plist, unsigned(i), &flags, &values, nullptr, sizeof name, name, &config);
        if (filter >= 0 && H5Zfilter_avail(filter) <= 0)
            return "is compressed with the filter " + std::to_string(filter) +
                   (filter == 32000 ? " (LZF, from h5py)" : std::string(name[0] ? " (" + std::string(name) + ")" : "")) +
                   ", which this HDF5 library lacks; re-save it with gzip (h5py: compression=\"gzip\")";
    }
    const hsize_t stored = dataset.getStorageSize();
    if (expectedBytes > 0 && stored == 0)
        return "holds no stored data: its values were never written (HDF5 would give only zeros)";
    if (H5Pget_layout(plist) == H5D_CHUNKED) {
        // Chunks never written read as the fill value: a small file could claim gigabytes.
        const hsize_t written = writtenChunks(dataset), expected = chunkCount(dataset, plist);
        if (written < expected)
            return "holds only " + std::to_string(written) + " of its " + std::to_string(expected) +
                   " chunks: the rest were never written (HDF5 would give zeros)";
        // A compression bomb: 1.2 GB of zero images in a 1.3 MB file took minutes and
        // 21 GB to unpack. Photos and trained weights compress 1–3 times; anything that
        // large and that compressible is one value repeated, refused from its claim.
        if (expectedBytes >= kBombMinimumBytes && stored > 0 && expectedBytes / stored >= kBombRatio)
            return "claims " + formatBytes(expectedBytes) + " of values in " + formatBytes(stored) +
                   " of compressed storage (" + std::to_string(expectedBytes / stored) +
                   " to 1): nearly all of it one repeated value, not photos or weights; refused before unpacking it";
    }
    if (H5Pget_layout(plist) == H5D_CONTIGUOUS) {
        std::error_code error;
        const auto fileSize = fs::file_size(file, error);
        if (stored < expectedBytes || (!error && stored > fileSize))
            return "claims " + std::to_string(expectedBytes) + " bytes of data, more than the file holds";
    }
    return {};
}

std::vector<std::string> memberNames(const H5::Group& file) {
    std::vector<std::string> names;
    try {
        for (hsize_t i = 0; i < file.getNumObjs(); ++i)
            names.push_back(file.getObjnameByIdx(i));
    } catch (const H5::Exception&) {
        // A damaged file may not list its members; the caller's message still stands.
    }
    return names;
}

std::vector<hsize_t> shapeOf(const H5::DataSet& dataset) {
    const H5::DataSpace space = dataset.getSpace();
    const int rank = space.getSimpleExtentNdims();
    std::vector<hsize_t> shape(static_cast<std::size_t>(rank > 0 ? rank : 0));
    if (rank > 0)
        space.getSimpleExtentDims(shape.data());
    return shape;
}

std::string formatShape(const std::vector<hsize_t>& shape) {
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i > 0)
            text += ", ";
        text += std::to_string(shape[i]);
    }
    if (shape.size() == 1)
        text += ",";
    return text + ")";
}

bool holdsNumbers(const H5::AbstractDs& object, H5T_class_t kind) {
    constexpr std::size_t kWidestNumber = 16; // long double
    return object.getTypeClass() == kind && object.getDataType().getSize() <= kWidestNumber;
}

std::string describeType(const H5::DataType& type) {
    const std::string bits = std::to_string(type.getSize() * 8) + "-bit ";
    switch (type.getClass()) {
    case H5T_INTEGER:
        return (H5Tget_sign(type.getId()) == H5T_SGN_NONE ? "unsigned " : "signed ") + bits +
               "integer";
    case H5T_FLOAT:
        return bits + "float";
    case H5T_STRING:
        return type.isVariableStr() ? "variable-length string" : "fixed-length string";
    case H5T_COMPOUND:
        return "compound";
    default:
        return "non-numeric type";
    }
}

} // namespace catnet::hdf5
