#include "mislabeled_view.h"

#include "image_grid.h"
#include "inspection.h"
#include "qt_images.h"
#include "saliency_image.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

MislabeledView::MislabeledView(QWidget* parent) : QWidget(parent) {
    split_ = new QComboBox(this);
    split_->addItems({tr("Test set"), tr("Training set")});
    split_->setToolTip(tr("Which split's mistakes to show"));
    saliency_ = new QCheckBox(tr("Show saliency"), this);
    saliency_->setObjectName("saliencyToggle");
    saliency_->setToolTip(tr("Lay each image's saliency map over it: red pixels pushed the model towards \"cat\", "
                             "blue ones away from it"));
    summary_ = new QLabel(this);
    summary_->setObjectName("mislabeledSummary");
    model_ = new ImageListModel(this);
    QListView* grid = makeImageGrid(this, model_);
    grid->setObjectName("mislabeledGrid");
    grid->setToolTip(tr("Sorted by how confidently wrong the model is"));

    auto* top = new QHBoxLayout;
    top->addWidget(split_);
    top->addWidget(saliency_);
    top->addWidget(summary_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(grid, 1);
    connect(split_, &QComboBox::currentIndexChanged, this, &MislabeledView::refresh);
    connect(saliency_, &QCheckBox::toggled, this, &MislabeledView::refresh);
}

void MislabeledView::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = std::move(data);
    refresh();
}

void MislabeledView::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = std::move(run);
    refresh();
}

QString MislabeledView::summary() const {
    return summary_->text();
}

void MislabeledView::refresh() {
    const bool test = split_->currentIndex() == 0;
    const std::optional<Evaluation>* evaluation =
        run_ ? (test ? &run_->testEvaluation : &run_->trainEvaluation) : nullptr;
    if (!data_ || !evaluation || !evaluation->has_value()) {
        summary_->setText(tr("Train a model (or select a run) to see which images it gets wrong."));
        model_->setItems({});
        return;
    }
    const DataSplit& split = test ? data_->test : data_->train;
    const Evaluation& e = **evaluation;
    if (e.probabilities.size() != split.count()) { // evaluated on other data
        summary_->setText(tr("This run was evaluated on other data; select it again after loading its data."));
        model_->setItems({});
        return;
    }
    std::vector<Eigen::Index> order = e.mislabeled;
    // Most confidently wrong first: the largest distance between P(cat) and the truth.
    const auto wrongness = [&](Eigen::Index i) { return std::abs(e.probabilities(i) - split.Y(0, i)); };
    std::stable_sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) { return wrongness(a) > wrongness(b); });
    order.erase(std::remove_if(order.begin(), order.end(), [&](Eigen::Index i) { return i < 0 || i >= split.count(); }),
                order.end()); // never index past the images shown
    Matrix saliencies;
    const bool withSaliency = saliency_->isChecked() && run_->parameters &&
                              run_->parameters->W.front().cols() == split.X.rows() && split.X.rows() == kFeatureCount;
    if (withSaliency) {
        Matrix shown(split.X.rows(), Eigen::Index(order.size()));
        for (std::size_t k = 0; k < order.size(); ++k)
            shown.col(Eigen::Index(k)) = split.X.col(order[k]);
        saliencies = saliency(*run_->parameters, shown);
    }
    std::vector<ImageListModel::Item> items;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Eigen::Index i = order[k];
        QImage image = imageFromNetworkInput(split.image(i));
        if (withSaliency)
            image = blendOver(image, saliencyHeatMap(saliencies.col(Eigen::Index(k))), 0.6);
        const QString predicted = className(split, e.predictions(i));
        const QString truth = className(split, split.label(i));
        items.push_back({image,
                         tr("#%1 · P(cat) %2\nsaid %3\nis %4").arg(i).arg(e.probabilities(i), 0, 'f', 2).arg(predicted, truth),
                         tr("example %1: predicted %2, really %3, P(cat) = %4")
                             .arg(i).arg(predicted, truth).arg(e.probabilities(i), 0, 'f', 4),
                         int(i)});
    }
    summary_->setText(tr("%1 of %2 %3 images mislabeled by %4 (accuracy %5%)")
                          .arg(order.size()).arg(split.count())
                          .arg(test ? tr("test") : tr("training"), run_->name)
                          .arg(e.accuracy * 100.0, 0, 'f', 1));
    model_->setItems(std::move(items));
}

} // namespace catnet::ui
