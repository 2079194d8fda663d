#pragma once

#include "ui/core/trained_run.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace catnet::ui {

class BatchPredictionFilter;
class BatchPredictionModel;
class PhotoBatchReader;

// The "Predict folder" tab: every photo of a folder (or of several dropped files) with
// the current run's P(cat), as a sortable table and as a grid, filtered to cats,
// non-cats or the uncertain ones (0.4–0.6), exported as CSV. Photos are read in the
// background (PhotoBatchReader) and predicted again when the run changes.
class BatchPredictionPanel : public QWidget {
    Q_OBJECT
public:
    explicit BatchPredictionPanel(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const TrainedRun> run);
    // Reads and predicts the files and folders `paths` (replacing what was shown).
    // False (with the reason in the status line) when a folder cannot be read.
    bool setPaths(const QStringList& paths);
    // Asks for a folder (the "Open folder…" button, File → Predict folder…) and predicts it.
    void askForFolder();
    bool exportCsv(const QString& path);

    BatchPredictionModel* model() const { return model_; }
    BatchPredictionFilter* filter() const { return filter_; }
    PhotoBatchReader* reader() const { return reader_; }

signals:
    void exportRequested();

private:
    void showSummary();

    std::shared_ptr<const TrainedRun> run_;
    BatchPredictionModel* model_;
    BatchPredictionFilter* filter_;
    PhotoBatchReader* reader_;
    QPushButton* open_;
    QComboBox* show_;
    QPushButton* export_;
    QLabel* status_;
    QTableView* table_;
    QListView* grid_;
};

} // namespace catnet::ui
