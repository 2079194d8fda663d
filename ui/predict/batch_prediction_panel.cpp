#include "ui/predict/batch_prediction_panel.h"

#include "ui/core/batch_prediction_model.h"
#include "ui/core/photo_batch_reader.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace catnet::ui {

BatchPredictionPanel::BatchPredictionPanel(QWidget* parent)
    : QWidget(parent), model_(new BatchPredictionModel(this)), filter_(new BatchPredictionFilter(this)),
      reader_(new PhotoBatchReader(this)) {
    filter_->setSourceModel(model_);
    open_ = new QPushButton(tr("&Open folder…"), this);
    open_->setObjectName("batchOpenFolderButton");
    open_->setToolTip(tr("Predict every photo of a folder (Ctrl+Shift+P); dropping a folder or several photos on "
                         "the window does the same"));
    show_ = new QComboBox(this);
    show_->setObjectName("batchFilterCombo");
    show_->addItem(tr("All photos"), int(BatchFilter::All));
    show_->addItem(tr("Cats (P > 0.5)"), int(BatchFilter::Cats));
    show_->addItem(tr("Non-cats (P ≤ 0.5)"), int(BatchFilter::NonCats));
    show_->addItem(tr("Uncertain (0.4 ≤ P ≤ 0.6)"), int(BatchFilter::Uncertain));
    export_ = new QPushButton(tr("&Export CSV…"), this);
    export_->setObjectName("batchExportButton");
    export_->setToolTip(tr("Write path, P(cat) and verdict of every photo"));
    status_ = new QLabel(tr("Open a folder of photos, or drop one on the window, to see what the current run "
                            "thinks of each."),
                         this);
    status_->setObjectName("batchStatus");
    status_->setWordWrap(true);

    table_ = new QTableView(this);
    table_->setObjectName("batchTable");
    table_->setModel(filter_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(BatchPredictionModel::File, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setTabKeyNavigation(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(52);
    table_->setIconSize(QSize(48, 48));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    grid_ = new QListView(this);
    grid_->setObjectName("batchGrid");
    grid_->setModel(filter_);
    grid_->setViewMode(QListView::IconMode);
    grid_->setIconSize(QSize(48, 48));
    grid_->setGridSize(QSize(110, 84));
    grid_->setResizeMode(QListView::Adjust);
    grid_->setUniformItemSizes(true); // thumbnails are made only for the rows in view
    grid_->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(open_);
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(show_);
    controls->addStretch();
    controls->addWidget(export_);
    auto* views = new QSplitter(Qt::Horizontal, this);
    views->addWidget(table_);
    views->addWidget(grid_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(status_);
    layout->addWidget(views, 1);

    connect(open_, &QPushButton::clicked, this, &BatchPredictionPanel::askForFolder);
    connect(export_, &QPushButton::clicked, this, &BatchPredictionPanel::exportRequested);
    connect(show_, &QComboBox::currentIndexChanged, this, [this] {
        filter_->setFilter(BatchFilter(show_->currentData().toInt()));
        showSummary();
    });
    connect(reader_, &PhotoBatchReader::photosRead, this, [this](std::vector<BatchPredictionModel::Photo>& photos) {
        model_->append(std::move(photos));
        showSummary();
    });
    connect(reader_, &PhotoBatchReader::finished, this, &BatchPredictionPanel::showSummary);
}

void BatchPredictionPanel::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = std::move(run);
    model_->setParameters(run_ ? run_->parameters : nullptr);
    filter_->invalidate();
    showSummary();
}

void BatchPredictionPanel::askForFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("A folder of photos to classify"));
    if (!folder.isEmpty())
        setPaths({folder});
}

bool BatchPredictionPanel::setPaths(const QStringList& paths) {
    QStringList files;
    try {
        files = PhotoBatchReader::expand(paths);
    } catch (const std::exception& e) {
        status_->setStyleSheet(kProblemStyle);
        status_->setText(QString::fromStdString(e.what()));
        return false;
    }
    status_->setStyleSheet(QString());
    model_->clear();
    reader_->start(files);
    showSummary();
    return true;
}

bool BatchPredictionPanel::exportCsv(const QString& path) {
    try {
        model_->exportCsv(path);
        return true;
    } catch (const std::exception& e) {
        status_->setStyleSheet(kProblemStyle);
        status_->setText(QString::fromStdString(e.what()));
        return false;
    }
}

void BatchPredictionPanel::showSummary() {
    int cats = 0, nonCats = 0, unreadable = 0;
    for (const BatchPredictionModel::Photo& photo : model_->photos()) {
        if (!photo.problem.isEmpty())
            ++unreadable;
        else if (photo.probability)
            (*photo.probability > 0.5 ? cats : nonCats)++;
    }
    export_->setEnabled(!model_->photos().empty());
    if (model_->photos().empty() && !reader_->isRunning())
        return;
    QString text = tr("%1 photos: %2 cats, %3 non-cats, %4 unreadable · %5 shown")
                       .arg(model_->photos().size()).arg(cats).arg(nonCats).arg(unreadable).arg(filter_->rowCount());
    if (reader_->isRunning())
        text += tr(" · reading…");
    text += run_ && run_->parameters ? tr(" · model %1").arg(run_->name) : tr(" · train or load a model to predict");
    status_->setText(text);
}

} // namespace catnet::ui
