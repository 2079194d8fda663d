#include "ui/data/data_browser.h"

#include "engine/inspect/inspection.h"
#include "engine/io/split_features.h"
#include "engine/model/metrics.h"
#include "photo/qt_images.h"
#include "ui/widgets/image_grid.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/saliency_image.h"
#include "ui/widgets/probability_text.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace catnet::ui {

DataBrowser::DataBrowser(QWidget* parent) : QWidget(parent) {
    split_ = new QComboBox(this);
    split_->addItems({tr("Training set"), tr("Test set")});
    split_->setToolTip(tr("Which split of the dataset to show"));
    summary_ = new QLabel(this);
    model_ = new ImageListModel(this);
    grid_ = makeImageGrid(this, model_);
    grid_->setObjectName("dataGrid");
    preview_ = new QLabel(this);
    preview_->setFixedSize(256, 256);
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setToolTip(tr("The selected image at 4× (nearest-neighbour, as the network sees it)"));
    previewCaption_ = new QLabel(this);
    previewCaption_->setAlignment(Qt::AlignCenter);
    saliencyView_ = new QLabel(this);
    saliencyView_->setObjectName("dataSaliencyLabel");
    saliencyView_->setFixedSize(256, 256);
    saliencyView_->setToolTip(tr("Saliency over the image: red pixels, made brighter, would raise P(cat); blue ones "
                                 "would lower it (d P(cat) / d pixel, the backward pass's dA0)"));
    saliencyCaption_ = new QLabel(this);
    saliencyCaption_->setObjectName("dataSaliencyCaption");
    saliencyCaption_->setAlignment(Qt::AlignCenter);
    saliencyCaption_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(split_);
    top->addWidget(summary_, 1);
    auto* side = new QVBoxLayout;
    side->addWidget(preview_);
    side->addWidget(previewCaption_);
    side->addWidget(saliencyView_);
    side->addWidget(saliencyCaption_);
    saliencyKey_ = newSaliencyKey(this);
    saliencyKey_->setObjectName("dataSaliencyKey");
    side->addWidget(saliencyKey_);
    side->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addWidget(grid_, 1);
    body->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    connect(split_, &QComboBox::currentIndexChanged, this, &DataBrowser::refresh);
    connect(grid_, &QListView::clicked, this, &DataBrowser::showExample);
    connect(grid_, &QListView::activated, this, &DataBrowser::showExample);
}

void DataBrowser::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = std::move(data);
    refresh();
}

void DataBrowser::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = std::move(run);
    showExample(grid_->currentIndex());
}

void DataBrowser::selectExample(int row) {
    const QModelIndex index = model_->index(row);
    grid_->setCurrentIndex(index);
    showExample(index);
}

void DataBrowser::showTrainingExample(int index) {
    showImage(false, index);
}

void DataBrowser::showImage(bool test, int index) {
    split_->setCurrentIndex(test ? 1 : 0); // each set shown in order
    selectExample(index);
}

int DataBrowser::currentExample() const {
    return grid_->currentIndex().isValid() ? grid_->currentIndex().row() : -1;
}

void DataBrowser::refresh() {
    std::vector<ImageListModel::Item> items;
    preview_->clear();
    previewCaption_->clear();
    if (!data_) {
        model_->setItems({});
        return;
    }
    const DataSplit& split = split_->currentIndex() == 0 ? data_->train : data_->test;
    int cats = 0;
    items.reserve(std::size_t(split.count()));
    const QString names[2] = {className(split, 0), className(split, 1)};
    for (Eigen::Index i = 0; i < split.count(); ++i) {
        const QString& label = names[split.label(i) == 1 ? 1 : 0];
        cats += split.label(i) == 1;
        // Thumbnails are made for the rows shown (a set may hold 10,000 images).
        items.push_back({QImage(), QStringLiteral("#%1 %2").arg(i).arg(label), QStringLiteral("example %1: %2").arg(i).arg(label),
                         int(i), [data = data_, &split, i] { return imageFromNetworkInput(split.image(i)); }});
    }
    summary_->setText(tr("%1 images, %2 cats, %3 non-cats").arg(split.count()).arg(cats).arg(split.count() - cats));
    model_->setItems(std::move(items));
    if (model_->rowCount() > 0)
        selectExample(0);
}

void DataBrowser::showExample(const QModelIndex& index) {
    if (!index.isValid())
        return;
    const auto& item = model_->items()[std::size_t(index.row())];
    const QImage image = model_->image(index.row());
    preview_->setPixmap(QPixmap::fromImage(image.scaled(256, 256, Qt::KeepAspectRatio, Qt::FastTransformation)));
    previewCaption_->setText(item.toolTip);
    saliency_.reset();
    const DataSplit& split = split_->currentIndex() == 0 ? data_->train : data_->test;
    const bool fits = run_ && run_->parameters && run_->parameters->W.front().cols() == featureCount(split) &&
                      featureCount(split) == kFeatureCount && item.index < split.count();
    saliencyView_->setVisible(fits);
    saliencyCaption_->setVisible(fits);
    saliencyKey_->setVisible(fits);
    if (!fits)
        return;
    const Matrix x = exampleFeatures(split, item.index);
    saliency_ = saliency(*run_->parameters, x).col(0);
    const QImage blended = blendOver(image, saliencyHeatMap(*saliency_), 0.6);
    saliencyView_->setPixmap(QPixmap::fromImage(blended.scaled(256, 256, Qt::KeepAspectRatio, Qt::FastTransformation)));
    saliencyCaption_->setText(tr("P(cat) = %1 (%2): which pixels made it say so")
                                  .arg(probabilityText(predictProbabilities(*run_->parameters, x)(0)))
                                  .arg(run_->nameAndState()));
}

} // namespace catnet::ui
