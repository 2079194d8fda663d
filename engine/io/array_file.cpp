#include "engine/io/array_file.h"

#include "engine/io/atomic_file.h"
#include "engine/io/file_error.h"
#include "engine/io/hdf5_support.h"

namespace catnet {

ArrayFile::ArrayFile(const std::filesystem::path& file)
    : path_(file), write_(std::make_unique<AtomicWrite>(file)), lock_(hdf5::lock()) {
    guarded([&] { file_ = std::make_unique<H5::H5File>(write_->temporary().string(), H5F_ACC_TRUNC); });
}

ArrayFile::~ArrayFile() {
    file_.reset(); // closed under the lock, before the temporary is removed
}

template <typename Write>
void ArrayFile::guarded(const Write& write) {
    try {
        write();
    } catch (const H5::Exception&) {
        throw FileError(hdf5::describe(path_) + ": cannot write it (" + hdf5::writeFailureCause(path_) + ")");
    }
}

void ArrayFile::matrix(const std::string& name, const Matrix& value) {
    using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const RowMajor rowMajor = value;
    array(name, {hsize_t(value.rows()), hsize_t(value.cols())}, rowMajor.data());
}

void ArrayFile::array(const std::string& name, const std::vector<hsize_t>& shape, const double* values) {
    guarded([&] {
        const H5::DataSpace space = shape.empty() ? H5::DataSpace() : H5::DataSpace(int(shape.size()), shape.data());
        H5::DataSet dataset = file_->createDataSet(name, H5::PredType::IEEE_F64LE, space);
        hsize_t count = 1;
        for (hsize_t size : shape)
            count *= size;
        if (count > 0)
            dataset.write(values, H5::PredType::NATIVE_DOUBLE);
    });
}

void ArrayFile::integers(const std::string& name, const std::vector<long long>& values) {
    const std::vector<std::int64_t> stored(values.begin(), values.end());
    guarded([&] {
        const hsize_t count = stored.size();
        H5::DataSet dataset = file_->createDataSet(name, H5::PredType::STD_I64LE, H5::DataSpace(1, &count));
        if (count > 0)
            dataset.write(stored.data(), H5::PredType::NATIVE_INT64);
    });
}

void ArrayFile::attribute(const std::string& name, double value) {
    guarded([&] { file_->createAttribute(name, H5::PredType::IEEE_F64LE, H5::DataSpace()).write(H5::PredType::NATIVE_DOUBLE, &value); });
}

void ArrayFile::attribute(const std::string& name, long long value) {
    const std::int64_t stored = value;
    guarded([&] { file_->createAttribute(name, H5::PredType::STD_I64LE, H5::DataSpace()).write(H5::PredType::NATIVE_INT64, &stored); });
}

void ArrayFile::commit() {
    guarded([&] {
        file_->flush(H5F_SCOPE_GLOBAL);
        file_->close();
    });
    file_.reset();
    write_->commit();
}

} // namespace catnet
