#pragma once

#include <QDialog>

#include <filesystem>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace catnet::ui {

class ImageListModel;
class ImportSession;

// File → New data set from folders…: the learner picks a folder of cat photos and one of
// non-cat photos (or one folder holding both as sub-folders), where to write the data
// set, the test share and the seed, and optionally adds the course's images. The import
// runs in the background (ImportSession) with progress and Stop; afterwards the dialog
// lists what was skipped and why, the duplicates, and shows what went where.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(QWidget* parent = nullptr);

    // The folder of the course's files, for "add the course's images" (none: not offered).
    void setCourseFolder(std::optional<std::filesystem::path> folder);
    // Fills in the two class folders (the Camera tab's capture folders).
    void setClassFolders(const QString& cats, const QString& nonCats);
    // Starts with the fields as they are; false (with the reason in the status line) when
    // they are incomplete or an import is running.
    bool startImport();
    ImportSession* session() const { return session_; }

signals:
    // A data set was written to `folder`: the window opens it.
    void datasetWritten(const QString& folder);

private:
    void chooseFolder(QLineEdit* field, const QString& title);
    void chooseParentFolder();
    void showResult(bool stopped, const QString& error);

    std::optional<std::filesystem::path> courseFolder_;
    ImportSession* session_;
    QLineEdit* cats_;
    QLineEdit* nonCats_;
    QLineEdit* output_;
    QSpinBox* testShare_;
    QSpinBox* seed_;
    QCheckBox* withCourse_;
    QPushButton* import_;
    QPushButton* stop_;
    QProgressBar* progress_;
    QLabel* status_;
    QPlainTextEdit* report_;
    ImageListModel* preview_;
    QListView* grid_;
};

} // namespace catnet::ui
