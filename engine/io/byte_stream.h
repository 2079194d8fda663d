#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace catnet {

// Flat binary encoding for handing loaded data from a reader process to its parent
// (see isolated_reader.h). Same machine, same build: no portability concerns.
class ByteWriter {
public:
    template <typename T>
    void put(const T& value) {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    void putString(std::string_view text) {
        put<std::uint64_t>(text.size());
        bytes_.append(text);
    }
    template <typename Derived>
    void putMatrix(const Eigen::PlainObjectBase<Derived>& matrix) {
        put<std::int64_t>(matrix.rows());
        put<std::int64_t>(matrix.cols());
        bytes_.append(reinterpret_cast<const char*>(matrix.data()),
                      std::size_t(matrix.size()) * sizeof(typename Derived::Scalar));
    }
    std::string take() { return std::move(bytes_); }

private:
    std::string bytes_;
};

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

    template <typename T>
    T get() {
        T value;
        std::memcpy(&value, take(sizeof value), sizeof value);
        return value;
    }
    std::string getString() {
        return std::string(getBytes());
    }
    // The same without a copy: valid while the bytes read are.
    std::string_view getBytes() {
        const auto size = get<std::uint64_t>();
        return std::string_view(take(size), size);
    }
    template <typename MatrixType>
    MatrixType getMatrix() {
        const auto rows = get<std::int64_t>(), cols = get<std::int64_t>();
        if (rows < 0 || cols < 0)
            throw std::runtime_error("corrupt hand-over: negative matrix size");
        // Check that the bytes are there before allocating (and that the size cannot overflow).
        constexpr auto scalar = sizeof(typename MatrixType::Scalar);
        const std::size_t left = bytes_.size() - position_;
        if (cols != 0 && std::size_t(rows) > left / scalar / std::size_t(cols))
            throw std::runtime_error("corrupt hand-over: truncated");
        const std::size_t size = std::size_t(rows) * std::size_t(cols) * scalar;
        const char* data = take(size);
        MatrixType matrix(rows, cols);
        if (size > 0) // an empty matrix has no storage: memcpy to null is undefined (found by fuzz_reader_reply)
            std::memcpy(matrix.data(), data, size);
        return matrix;
    }
    bool atEnd() const { return position_ == bytes_.size(); }

private:
    const char* take(std::size_t size) {
        if (size > bytes_.size() - position_)
            throw std::runtime_error("corrupt hand-over: truncated");
        const char* data = bytes_.data() + position_;
        position_ += size;
        return data;
    }

    std::string_view bytes_;
    std::size_t position_ = 0;
};

} // namespace catnet
