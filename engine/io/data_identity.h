#pragma once

#include "engine/io/dataset.h"

#include <optional>
#include <string>

namespace catnet {

// Which data set a run's numbers were measured on: a name a learner knows it by and a
// hash of its content, so that a run keeps the accuracies it was measured with and a
// view can tell whether they describe the data set open now.
struct DataIdentity {
    std::string name;        // "the course's data", a folder's name, "built-in shapes"
    std::string fingerprint; // fingerprintOf(): 16 hex digits; empty when not known
    long long trainCount = 0, testCount = 0;

    bool known() const { return !fingerprint.empty(); }
    // The same content, whatever it is called.
    bool sameData(const DataIdentity& other) const { return known() && fingerprint == other.fingerprint; }
};

// 64-bit FNV-1a (8 bytes a step) over both splits' image bytes (their features where a
// split has no bytes) and labels, with their counts, as 16 hex digits: equal exactly when
// the content is.
std::string fingerprintOf(const Dataset& data);

// The fingerprint of the course's train_catvnoncat.h5 and test_catvnoncat.h5.
inline constexpr const char* kCourseDataFingerprint = "9bd083400f7f50bf";

// `data` named `name`, unless it is the course's own data (then "the course's data").
DataIdentity identify(const Dataset& data, const std::string& name);

// What a run's accuracies were measured on, as a model file records them.
struct MeasuredAccuracy {
    DataIdentity data;
    double train = 0.0;
    double test = 0.0;
};

} // namespace catnet
