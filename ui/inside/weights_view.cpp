#include "ui/inside/weights_view.h"

#include "engine/io/dataset.h"
#include "engine/model/initialization.h"
#include "photo/qt_images.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/colour_scales.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/image_grid.h"
#include "ui/widgets/unit_preview.h"
#include "ui/widgets/weight_matrix_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace catnet::ui {

namespace {

// −largest, 0, +largest under a key whose bar runs from −largest to +largest.
QList<ColourKey::Mark> symmetricMarks(const QString& largest) {
    return {{0.0, QStringLiteral("−") + largest}, {0.5, QStringLiteral("0")}, {1.0, QStringLiteral("+") + largest}};
}

} // namespace

WeightsView::WeightsView(QWidget* parent) : QWidget(parent) {
    shown_ = new QComboBox(this);
    shown_->setObjectName("weightsShowCombo");
    shown_->addItems({tr("W[1]"), tr("W[1] − W[1] at initialization")});
    shown_->setToolTip(tr("The weights, or how far training has moved them from their random start"));
    scale_ = new QComboBox(this);
    scale_->setObjectName("weightsScaleCombo");
    scale_->addItems({tr("each unit to its largest |value|"), tr("one scale for all units")});
    scale_->setToolTip(tr("One scale compares units with each other; a scale per unit shows each unit's pattern"));
    legend_ = new ColourKey(this);
    legend_->setObjectName("weightsLegend");
    // Black → grey → white, as the unit images (each colour channel on its own).
    legend_->setScale([](double share) { return QColor(greyScale(2.0 * share - 1.0)); });
    summary_ = new QLabel(this);
    summary_->setObjectName("weightsSummary");
    summary_->setWordWrap(true);
    model_ = new ImageListModel(this);
    grid_ = makeImageGrid(this, model_);
    grid_->setObjectName("weightsGrid");
    grid_->setToolTip(tr("Each first-layer unit's weights laid out like the input image; click one to see its values"));
    preview_ = new UnitPreview(this);
    preview_->setObjectName("unitPreview");
    deeper_ = new QWidget(this);
    deeperLayout_ = new FlowLayout(deeper_); // wraps on a narrow page
    deeperLayout_->setContentsMargins(0, 0, 0, 0);

    // The choices and the key wrap onto a second row on a narrow page; each label stays
    // beside its choice.
    const auto labelled = [this](const QString& text, QWidget* choice) {
        auto* pair = new QWidget(this);
        auto* row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(new QLabel(text, pair));
        row->addWidget(choice);
        return pair;
    };
    auto* controls = new QWidget(this);
    auto* controlsFlow = new FlowLayout(controls);
    controlsFlow->setContentsMargins(0, 0, 0, 0);
    controlsFlow->addWidget(labelled(tr("Show:"), shown_));
    controlsFlow->addWidget(labelled(tr("Scale:"), scale_));
    controlsFlow->addWidget(legend_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(summary_);
    auto* body = new QHBoxLayout;
    body->addWidget(grid_, 1);
    auto* side = new QVBoxLayout;
    side->addWidget(preview_);
    side->addWidget(new QLabel(tr("Hover a pixel for its weights"), this));
    side->addStretch();
    body->addLayout(side);
    layout->addLayout(body, 1);
    layout->addWidget(deeper_);
    connect(shown_, &QComboBox::currentIndexChanged, this, &WeightsView::refresh);
    connect(grid_, &QListView::clicked, this, [this](const QModelIndex& index) { selectUnit(index.row()); });
    connect(grid_, &QListView::activated, this, [this](const QModelIndex& index) { selectUnit(index.row()); });
    connect(scale_, &QComboBox::currentIndexChanged, this, &WeightsView::refresh);
    refresh();
}

QImage WeightsView::unitImage(const Matrix& W1, Eigen::Index unit, double largest) {
    // Symmetric around zero, so that grey means 0, darker negative and brighter positive.
    const Eigen::RowVectorXd weights = W1.row(unit);
    if (largest <= 0)
        largest = weights.cwiseAbs().maxCoeff();
    const double scale = largest > 0 ? 127.5 / largest : 0.0;
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(kImageBytes));
    for (Eigen::Index k = 0; k < kImageBytes; ++k) // feature k is pixel byte k (SPEC §2)
        pixels[std::size_t(k)] = std::uint8_t(std::lround(std::clamp(127.5 + weights(k) * scale, 0.0, 255.0)));
    return imageFromNetworkInput(pixels.data());
}

void WeightsView::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = std::move(run);
    refresh();
}

void WeightsView::showWeights(Shown shown, Scale scale) {
    shown_->setCurrentIndex(shown == Shown::Weights ? 0 : 1);
    scale_->setCurrentIndex(scale == Scale::PerUnit ? 0 : 1);
}

void WeightsView::refresh() {
    std::vector<ImageListModel::Item> items;
    showDeeperLayers({});
    legend_->setMarks({});
    legend_->setCaption(QString());
    preview_->clear();
    shownValues_.resize(0, 0);
    if (!run_ || !run_->parameters) {
        summary_->setText(tr("Train a model (or select a run) to see what its first layer looks for."));
        model_->setItems({});
        return;
    }
    const Matrix& W1 = run_->parameters->W.front();
    if (W1.cols() != kFeatureCount || !W1.allFinite()) {
        summary_->setText(tr("This model's first layer cannot be shown as images."));
        model_->setItems({});
        return;
    }
    showDeeperLayers(*run_->parameters);
    const bool change = shown_->currentIndex() == 1;
    shownValues_ = computeShownValues();
    const Matrix& shown = shownValues_;
    const bool shared = scale_->currentIndex() == 1;
    const double largest = shared ? shown.cwiseAbs().maxCoeff() : 0.0;
    for (Eigen::Index j = 0; j < shown.rows(); ++j)
        items.push_back({unitImage(shown, j, largest), tr("unit %1").arg(j + 1),
                         tr("first-layer unit %1: %2 from %3 to %4")
                             .arg(j + 1)
                             .arg(change ? tr("change since initialization") : tr("weights"))
                             .arg(shown.row(j).minCoeff(), 0, 'g', 3)
                             .arg(shown.row(j).maxCoeff(), 0, 'g', 3),
                         int(j), {}});
    legend_->setCaption(change ? tr("darker = decreased, brighter = increased")
                               : tr("darker = negative, brighter = positive"));
    legend_->setMarks(symmetricMarks(shared ? QString::number(largest, 'g', 3) : tr("max |value| of each unit")));
    summary_->setText(change ? tr("How far training moved each of the %1 first-layer units of %2 from its random start "
                                  "(%3 initialization, seed %4): the structure learned. Grey = unchanged, darker = "
                                  "decreased, brighter = increased.")
                                   .arg(W1.rows()).arg(run_->name, QString::fromUtf8(nameOf(run_->config.init).data()))
                                   .arg(run_->config.seed)
                             : tr("The %1 first-layer units of %2: grey = 0, darker = negative weight, brighter = "
                                  "positive. Why they look like noise: every weight starts random, and %3 "
                                  "iterations on a few hundred images move it only a little, so the random start "
                                  "still dominates. Choose \"W[1] − W[1] at initialization\" above to see only "
                                  "what training changed.")
                                   .arg(W1.rows()).arg(run_->name, QLocale().toString(run_->iterationsRun)));
    model_->setItems(std::move(items));
    selectUnit(std::clamp(grid_->currentIndex().row(), 0, int(shown.rows()) - 1));
}

Matrix WeightsView::computeShownValues() const {
    const Matrix& W1 = run_->parameters->W.front();
    if (shown_->currentIndex() == 0)
        return W1;
    // W1(0) is drawn again from the run's seed and initialization, as training did.
    return W1 - initializeParameters(run_->parameters->layerDims(), run_->config.init, run_->config.seed).W.front();
}

void WeightsView::selectUnit(int row) {
    if (row < 0 || row >= model_->rowCount() || row >= shownValues_.rows()) {
        preview_->clear();
        return;
    }
    grid_->setCurrentIndex(model_->index(row));
    preview_->setUnit(shownValues_.row(row), row, model_->items()[std::size_t(row)].image,
                      shown_->currentIndex() == 0 ? tr("weights") : tr("change since initialization"));
}

void WeightsView::showDeeperLayers(const Parameters& parameters) {
    while (QLayoutItem* item = deeperLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int l = 1; l < parameters.layerCount(); ++l) {
        auto* box = new QWidget(deeper_);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        const Matrix& W = parameters.W[std::size_t(l)];
        column->addWidget(new QLabel(tr("W[%1] (%2 × %3)").arg(l + 1).arg(W.rows()).arg(W.cols()), box));
        auto* view = new WeightMatrixView(W, l + 1, box);
        view->setObjectName(QStringLiteral("weightMatrix%1").arg(l + 1));
        column->addWidget(view);
        auto* key = new ColourKey(box);
        key->setObjectName(QStringLiteral("weightMatrixKey%1").arg(l + 1));
        key->setScale([](double share) { return QColor(diverging(2.0 * share - 1.0)); });
        key->setCaption(tr("blue negative, red positive"));
        key->setMarks(symmetricMarks(QString::number(view->largest(), 'g', 2)));
        column->addWidget(key);
        column->addStretch();
        deeperLayout_->addWidget(box);
    }
    deeper_->setVisible(parameters.layerCount() > 1);
}

} // namespace catnet::ui
