#include "ui/data/mislabeled_view.h"

#include "engine/inspect/inspection.h"
#include "engine/io/split_features.h"
#include "photo/qt_images.h"
#include "ui/widgets/image_grid.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/saliency_image.h"
#include "ui/widgets/probability_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {
constexpr int kMistakes = -1; // the filter's first entry: both kinds of mistake
}

MislabeledView::MislabeledView(QWidget* parent) : QWidget(parent) {
    confusion_ = new ConfusionPanel(this);
    confusion_->setObjectName("confusionPanel");
    split_ = new QComboBox(this);
    split_->addItems({tr("Test set"), tr("Training set")});
    split_->setToolTip(tr("Which split's images to show"));
    filter_ = new QComboBox(this);
    filter_->setObjectName("imageFilterCombo");
    filter_->addItem(tr("Mislabeled"), kMistakes);
    filter_->addItem(tr("True cats"), int(ConfusionCell::TrueCat));
    filter_->addItem(tr("False cats (non-cats said cat)"), int(ConfusionCell::FalseCat));
    filter_->addItem(tr("True non-cats"), int(ConfusionCell::TrueNonCat));
    filter_->addItem(tr("False non-cats (cats said non-cat)"), int(ConfusionCell::FalseNonCat));
    filter_->setToolTip(tr("Which images to show, at the threshold above"));
    saliency_ = new QCheckBox(tr("Show saliency"), this);
    saliency_->setObjectName("saliencyToggle");
    saliency_->setToolTip(tr("Lay each image's saliency map over it: red pixels pushed the model towards \"cat\", "
                             "blue ones away from it"));
    summary_ = new QLabel(this);
    summary_->setObjectName("mislabeledSummary");
    summary_->setWordWrap(true); // a long run name must not widen the tab past the window
    model_ = new ImageListModel(this);
    QListView* grid = makeImageGrid(this, model_);
    grid->setObjectName("mislabeledGrid");
    grid->setToolTip(tr("Sorted by how confidently wrong the model is"));

    auto* top = new QHBoxLayout;
    top->addWidget(split_);
    top->addWidget(filter_);
    top->addWidget(saliency_);
    top->addWidget(summary_, 1);
    saliencyKey_ = newSaliencyKey(this);
    saliencyKey_->setObjectName("mislabeledSaliencyKey");
    saliencyKey_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(confusion_);
    layout->addLayout(top);
    layout->addWidget(saliencyKey_, 0, Qt::AlignLeft);
    layout->addWidget(grid, 1);
    connect(split_, &QComboBox::currentIndexChanged, this, &MislabeledView::refresh);
    connect(filter_, &QComboBox::currentIndexChanged, this, &MislabeledView::refresh);
    connect(confusion_, &ConfusionPanel::thresholdChanged, this, &MislabeledView::refresh);
    connect(confusion_, &ConfusionPanel::cellChosen, this, &MislabeledView::showCell);
    connect(saliency_, &QCheckBox::toggled, this, &MislabeledView::refresh);
    connect(saliency_, &QCheckBox::toggled, saliencyKey_, &QWidget::setVisible);
}

void MislabeledView::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = data;
    confusion_->setDataset(std::move(data));
    refresh();
}

void MislabeledView::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = run;
    confusion_->setRun(std::move(run));
    refresh();
}

void MislabeledView::showCell(bool test, ConfusionCell cell) {
    const QSignalBlocker blockSplit(split_), blockFilter(filter_);
    split_->setCurrentIndex(test ? 0 : 1);
    filter_->setCurrentIndex(filter_->findData(int(cell)));
    refresh();
}

QString MislabeledView::summary() const {
    return summary_->text();
}

void MislabeledView::refresh() {
    const bool test = split_->currentIndex() == 0;
    if (!data_ || !run_ || !run_->trainEvaluation) {
        summary_->setText(tr("Train a model (or select a run) to see which images it gets wrong."));
        model_->setItems({});
        return;
    }
    const DataSplit& split = test ? data_->test : data_->train;
    const Evaluation* evaluation = run_->evaluationOnOpenData(test);
    if (!evaluation || evaluation->probabilities.size() != split.count()) { // its numbers describe other data
        summary_->setText(tr("%1 was measured on %2, not on the data set open now: Run → Evaluate on the open data "
                             "shows its mistakes here.")
                              .arg(run_->name, run_->measuredOnText()));
        model_->setItems({});
        return;
    }
    const Evaluation& e = *evaluation;
    // Which images: the chosen confusion cell, or every mistake, at the chosen threshold.
    const double threshold = confusion_->threshold();
    const Eigen::RowVectorXi predictions = predictLabels(e.probabilities, threshold);
    const int filter = filter_->currentData().toInt();
    std::vector<Eigen::Index> order;
    for (Eigen::Index i = 0; i < split.count(); ++i) {
        const bool wrong = predictions(i) != split.label(i);
        if (filter == kMistakes ? wrong : inConfusionCell(ConfusionCell(filter), predictions(i), split.label(i)))
            order.push_back(i);
    }
    // Most confidently wrong first: the largest distance between P(cat) and the truth.
    const auto wrongness = [&](Eigen::Index i) { return std::abs(e.probabilities(i) - split.Y(0, i)); };
    std::stable_sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) { return wrongness(a) > wrongness(b); });
    order.erase(std::remove_if(order.begin(), order.end(), [&](Eigen::Index i) { return i < 0 || i >= split.count(); }),
                order.end()); // never index past the images shown
    const bool withSaliency = saliency_->isChecked() && run_->parameters &&
                              run_->parameters->W.front().cols() == featureCount(split) && featureCount(split) == kFeatureCount;
    std::vector<ImageListModel::Item> items;
    items.reserve(order.size());
    const QString names[2] = {className(split, 0), className(split, 1)};
    for (const Eigen::Index i : order) {
        const QString& predicted = names[predictions(i) == 1 ? 1 : 0];
        const QString& truth = names[split.label(i) == 1 ? 1 : 0];
        // Made for the rows shown: thousands of mistakes on a large set cost nothing until
        // scrolled to, saliency included.
        auto make = [data = data_, &split, i, parameters = withSaliency ? run_->parameters : nullptr] {
            const QImage image = imageFromNetworkInput(split.image(i));
            if (!parameters)
                return image;
            return blendOver(image, saliencyHeatMap(saliency(*parameters, exampleFeatures(split, i)).col(0)), 0.6);
        };
        items.push_back({QImage(),
                         tr("#%1 · P(cat) %2\nsaid %3\nis %4").arg(i).arg(probabilityText(e.probabilities(i), 2, threshold)).arg(predicted, truth),
                         tr("example %1: predicted %2, really %3, P(cat) = %4")
                             .arg(i).arg(predicted, truth).arg(probabilityText(e.probabilities(i), 4, threshold)),
                         int(i), std::move(make)});
    }
    const double accuracyAt = catnet::accuracy(predictions, split.Y);
    summary_->setText(filter == kMistakes
                          ? tr("%1 of %2 %3 images mislabeled by %4 at threshold %5 (accuracy %6%)")
                                .arg(order.size()).arg(split.count())
                                .arg(test ? tr("test") : tr("training"), run_->nameAndState())
                                .arg(threshold, 0, 'f', 2).arg(accuracyAt * 100.0, 0, 'f', 1)
                          : tr("%1 of %2 %3 images are %4 for %5 at threshold %6")
                                .arg(order.size()).arg(split.count())
                                .arg(test ? tr("test") : tr("training"), filter_->currentText().toLower(), run_->nameAndState())
                                .arg(threshold, 0, 'f', 2));
    model_->setItems(std::move(items));
}

} // namespace catnet::ui
