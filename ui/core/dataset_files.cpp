#include "ui/core/dataset_files.h"

#include "engine/io/file_error.h"
#include "engine/io/isolated_reader.h"
#include "photo/qt_images.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace catnet::ui {

Dataset loadDatasetFiles(const QStringList& files) {
    if (files.size() == 1)
        return loadCourseDatasetIsolated(QFileInfo(files.front()).absolutePath().toStdString(), {}, false);
    if (files.size() != 2)
        throw FileError(QCoreApplication::translate("catnet", "Choose the two files: the training file and the test file.")
                            .toStdString());
    Dataset dataset;
    bool haveTrain = false, haveTest = false;
    for (const QString& file : files) {
        const std::string path = file.toStdString();
        try {
            dataset.train = loadSplitIsolated(path, "train", {}, false);
            haveTrain = true;
        } catch (const FileError&) {
            dataset.test = loadSplitIsolated(path, "test", {}, false);
            haveTest = true;
        }
    }
    if (!haveTrain || !haveTest)
        throw FileError("one file must hold train_set_x/train_set_y and the other test_set_x/test_set_y");
    return dataset;
}

std::optional<std::filesystem::path> courseFolderOf(const Dataset& data, bool builtIn) {
    constexpr Eigen::Index kCourseTrainImages = 209; // an import of one's own writes the same file names
    const std::filesystem::path folder = data.train.file.parent_path();
    if (builtIn || data.train.count() != kCourseTrainImages || !holdsCourseFiles(folder))
        return std::nullopt;
    return folder;
}

// The course's class names, which className() (photo/qt_images.cpp, outside lupdate's
// sources) translates in this context.
[[maybe_unused]] constexpr const char* kCourseClassNames[] = {QT_TRANSLATE_NOOP("catnet", "cat"),
                                                              QT_TRANSLATE_NOOP("catnet", "non-cat")};

QString describeDataset(const Dataset& data, const QString& source, bool builtIn) {
    const DataSplit& train = data.train;
    if (builtIn)
        return QCoreApplication::translate("catnet", "No course data loaded: using %1 train / %2 test built-in shape "
                                                     "images (File → Open dataset folder… loads the real ones)")
            .arg(train.count())
            .arg(data.test.count());
    return QCoreApplication::translate("catnet", "%1 train / %2 test images, 64×64×3, classes: %3, %4 — %5")
        .arg(train.count())
        .arg(data.test.count())
        .arg(className(train, 0), className(train, 1), source);
}

} // namespace catnet::ui
