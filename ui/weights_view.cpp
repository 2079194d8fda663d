#include "weights_view.h"

#include "dataset.h"
#include "image_grid.h"
#include "qt_images.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace catnet::ui {

WeightsView::WeightsView(QWidget* parent) : QWidget(parent) {
    summary_ = new QLabel(this);
    summary_->setObjectName("weightsSummary");
    summary_->setWordWrap(true);
    model_ = new ImageListModel(this);
    QListView* grid = makeImageGrid(this, model_);
    grid->setObjectName("weightsGrid");
    grid->setToolTip(tr("Each first-layer unit's weights laid out like the input image"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(grid, 1);
}

QImage WeightsView::unitImage(const Matrix& W1, Eigen::Index unit) {
    // Symmetric around zero, so that grey means 0, darker negative and brighter positive.
    const Eigen::RowVectorXd weights = W1.row(unit);
    const double largest = weights.cwiseAbs().maxCoeff();
    const double scale = largest > 0 ? 127.5 / largest : 0.0;
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(kImageBytes));
    for (Eigen::Index k = 0; k < kImageBytes; ++k) // feature k is pixel byte k (SPEC §2)
        pixels[std::size_t(k)] = std::uint8_t(std::lround(127.5 + weights(k) * scale));
    return imageFromNetworkInput(pixels.data());
}

void WeightsView::setRun(std::shared_ptr<const TrainedRun> run) {
    std::vector<ImageListModel::Item> items;
    if (!run || !run->parameters) {
        summary_->setText(tr("Train a model (or select a run) to see what its first layer looks for."));
    } else if (run->parameters->W.front().cols() != kFeatureCount || !run->parameters->W.front().allFinite()) {
        summary_->setText(tr("This model's first layer cannot be shown as images."));
    } else {
        const Matrix& W1 = run->parameters->W.front();
        for (Eigen::Index j = 0; j < W1.rows(); ++j)
            items.push_back({unitImage(W1, j), tr("unit %1").arg(j + 1),
                             tr("first-layer unit %1: weights from %2 to %3")
                                 .arg(j + 1).arg(W1.row(j).minCoeff(), 0, 'g', 3).arg(W1.row(j).maxCoeff(), 0, 'g', 3),
                             int(j)});
        summary_->setText(tr("The %1 first-layer units of %2: grey = 0, darker = negative weight, "
                             "brighter = positive (each unit scaled to its largest |weight|); the pixels a unit reacts "
                             "to most stand out.")
                              .arg(W1.rows()).arg(run->name));
    }
    model_->setItems(std::move(items));
}

} // namespace catnet::ui
