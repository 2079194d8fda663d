#pragma once

#include "engine/io/dataset.h"

#include <QString>
#include <QStringList>

namespace catnet::ui {

// The course's train and test files picked one by one: which split each holds is
// read from its dataset names, not its file name. One file: both are looked for
// beside it. Throws std::exception with a message for the learner.
Dataset loadDatasetFiles(const QStringList& files);

// The status bar's line about the data in use.
QString describeDataset(const Dataset& data, const QString& source, bool builtIn);

} // namespace catnet::ui
