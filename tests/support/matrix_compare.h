#pragma once

#include <Eigen/Core>
#include <QTest>

#include <initializer_list>
#include <sstream>

namespace catnet::test {

// Builds a matrix from rows written as in numpy: rows({{1, 2}, {3, 4}}).
inline Eigen::MatrixXd rows(std::initializer_list<std::initializer_list<double>> values) {
    const auto r = static_cast<Eigen::Index>(values.size());
    const auto c = static_cast<Eigen::Index>(values.begin()->size());
    Eigen::MatrixXd matrix(r, c);
    Eigen::Index i = 0;
    for (const auto& row : values) {
        Eigen::Index j = 0;
        for (double value : row)
            matrix(i, j++) = value;
        ++i;
    }
    return matrix;
}

inline bool nearlyEqual(const Eigen::MatrixXd& actual, const Eigen::MatrixXd& expected,
                        double tolerance, QString* why) {
    if (actual.rows() != expected.rows() || actual.cols() != expected.cols()) {
        *why = QString("shape %1x%2, expected %3x%4")
                   .arg(actual.rows()).arg(actual.cols()).arg(expected.rows()).arg(expected.cols());
        return false;
    }
    const double difference = (actual - expected).cwiseAbs().maxCoeff();
    if (difference > tolerance) {
        std::ostringstream text;
        text.precision(12);
        text << "max difference " << difference << "\nactual:\n" << actual << "\nexpected:\n" << expected;
        *why = QString::fromStdString(text.str());
        return false;
    }
    return true;
}

} // namespace catnet::test

// Compares two matrices element-wise within an absolute tolerance, reporting both on failure.
#define CATNET_COMPARE_MATRIX(actual, expected, tolerance)                                    \
    do {                                                                                      \
        QString why;                                                                          \
        if (!catnet::test::nearlyEqual((actual), (expected), (tolerance), &why))              \
            QFAIL(qPrintable(QString(#actual " vs " #expected ": ") + why));                   \
    } while (false)
