#pragma once

#include "engine/io/dataset.h"

#include <QString>
#include <QStringList>

#include <filesystem>
#include <optional>

namespace catnet::ui {

// The course's train and test files picked one by one: which split each holds is
// read from its dataset names, not its file name. One file: both are looked for
// beside it. Throws std::exception with a message for the learner.
Dataset loadDatasetFiles(const QStringList& files);

// The folder of the course's own files when they are what `data` was read from, so that
// an import may add the course's images; nothing for any other data set.
std::optional<std::filesystem::path> courseFolderOf(const Dataset& data, bool builtIn);

// The status bar's line about the data in use.
QString describeDataset(const Dataset& data, const QString& source, bool builtIn);

} // namespace catnet::ui
