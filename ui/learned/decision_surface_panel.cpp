#include "ui/learned/decision_surface_panel.h"

#include "engine/io/split_features.h"
#include "engine/model/course_steps.h"
#include "engine/model/metrics.h"
#include "photo/qt_images.h"
#include "ui/core/trained_run.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/hover_image_box.h"
#include "ui/widgets/plane_view.h"
#include "ui/widgets/probability_text.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {

// A column of features (pixels / 255, possibly outside [0, 1]) as a picture, clipped.
QImage imageOfFeatures(const Eigen::VectorXd& x) {
    std::vector<std::uint8_t> pixels(std::size_t(x.size()));
    for (Eigen::Index i = 0; i < x.size(); ++i)
        pixels[std::size_t(i)] = std::uint8_t(std::lround(std::clamp(x(i), 0.0, 1.0) * 255.0));
    return imageFromNetworkInput(pixels.data());
}

} // namespace

DecisionSurfacePanel::DecisionSurfacePanel(QWidget* parent)
    : QWidget(parent), set_(new QComboBox), caption_(new QLabel), view_(new PlaneView),
      hover_(new HoverImageBox(tr("Point into the map to see the image there and its P(cat)."), "surfaceHover")) {
    set_->setObjectName("surfaceSet");
    set_->addItems({tr("Training images"), tr("Test images")});
    auto* choices = new FlowLayout;
    choices->addWidget(labelledField(new QLabel(tr("Ima&ges:")), set_));
    const int defaults[3] = {2, 7, 1}; // two cats and a non-cat: the line runs between them
    const char* names[3] = {"surfaceImageI", "surfaceImageJ", "surfaceImageK"};
    const QString titles[3] = {tr("(0, 0):"), tr("(1, 0):"), tr("(0, 1):")};
    for (std::size_t c = 0; c < 3; ++c) {
        images_[c] = new QSpinBox;
        images_[c]->setObjectName(names[c]);
        images_[c]->setRange(0, defaults[c]);
        images_[c]->setValue(defaults[c]);
        images_[c]->setToolTip(tr("The image at this corner of the plane, by its number in the set"));
        choices->addWidget(labelledField(new QLabel(titles[c]), images_[c]));
        connect(images_[c], &QSpinBox::valueChanged, this, &DecisionSurfacePanel::compute);
    }
    connect(set_, &QComboBox::currentIndexChanged, this, [this] {
        if (const DataSplit* images = split())
            for (QSpinBox* box : images_)
                box->setMaximum(int(images->count()) - 1);
        compute();
    });
    caption_->setObjectName("surfaceCaption");
    caption_->setWordWrap(true);
    view_->setObjectName("surfaceView");
    view_->setPlaceholder(tr("Train a run to see what it answers between three images."));
    auto* middle = new QHBoxLayout;
    middle->addWidget(view_, 1);
    middle->addWidget(hover_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(caption_);
    layout->addLayout(middle, 1);
    connect(view_, &PlaneView::pointHovered, this, &DecisionSurfacePanel::showHovered);
}

void DecisionSurfacePanel::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = std::move(data);
    if (const DataSplit* images = split())
        for (QSpinBox* box : images_)
            box->setMaximum(std::max(0, int(images->count()) - 1));
    stale_ = true;
    if (isVisible())
        compute();
}

void DecisionSurfacePanel::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = std::move(run);
    stale_ = true;
    if (isVisible())
        compute();
}

void DecisionSurfacePanel::setImages(bool test, int i, int j, int k) {
    set_->setCurrentIndex(test ? 1 : 0);
    const QSignalBlocker a(images_[0]), b(images_[1]), c(images_[2]);
    images_[0]->setValue(i);
    images_[1]->setValue(j);
    images_[2]->setValue(k);
    compute();
}

void DecisionSurfacePanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        compute();
}

const DataSplit* DecisionSurfacePanel::split() const {
    if (!data_)
        return nullptr;
    return set_->currentIndex() == 1 ? &data_->test : &data_->train;
}

void DecisionSurfacePanel::compute() {
    stale_ = false;
    plane_.reset();
    const DataSplit* images = split();
    if (!run_ || !run_->parameters || !images || run_->running) {
        view_->clear();
        view_->setPlaceholder(run_ && run_->running ? tr("The run is still training: its surface is drawn once it ends.")
                                                    : tr("Train a run to see what it answers between three images."));
        caption_->clear();
        return;
    }
    const int i = images_[0]->value(), j = images_[1]->value(), k = images_[2]->value();
    if (i == j || j == k || i == k || images->count() < 3 || run_->parameters->W.front().cols() != featureCount(*images)) {
        view_->clear();
        view_->setPlaceholder(tr("Choose three different images: three points span a plane."));
        caption_->clear();
        return;
    }
    corners_.resize(featureCount(*images), 3);
    corners_.col(0) = exampleFeatures(*images, i);
    corners_.col(1) = exampleFeatures(*images, j);
    corners_.col(2) = exampleFeatures(*images, k);
    plane_ = decisionPlane(*run_->parameters, corners_, 0, 1, 2, kGrid);
    const QString set = set_->currentIndex() == 1 ? tr("test") : tr("training");
    const std::array<QString, 3> names{QStringLiteral("%1").arg(i), QStringLiteral("%1").arg(j), QStringLiteral("%1").arg(k)};
    view_->setPlane(plane_->pCat, plane_->alphas, plane_->betas,
                    {imageFromNetworkInput(images->image(i)), imageFromNetworkInput(images->image(j)),
                     imageFromNetworkInput(images->image(k))},
                    names);
    const double catShare = double((plane_->pCat.array() > kCourseThreshold).count()) / double(plane_->pCat.size());
    caption_->setText(tr("%1's P(cat) over the plane through %2 images %3, %4 and %5 (each pixel x = x%3 + α(x%4 − x%3) "
                         "+ β(x%5 − x%3), α and β from −0.5 to 1.5): orange where it says cat, blue where it says "
                         "non-cat, the line where P(cat) = 0.5. It calls %6 % of this plane a cat.")
                          .arg(run_->name, set)
                          .arg(i)
                          .arg(j)
                          .arg(k)
                          .arg(QLocale().toString(100.0 * catShare, 'f', 0)));
}

void DecisionSurfacePanel::showHovered(double alpha, double beta, bool inside) {
    if (!inside || !plane_ || !run_ || !run_->parameters)
        return;
    const Eigen::VectorXd x = planePoint(corners_, 0, 1, 2, alpha, beta);
    const double p = course::lModelForward(x, *run_->parameters)(0, 0);
    hover_->showImage(imageOfFeatures(x), tr("α = %1, β = %2\nP(cat) = %3: %4")
                                              .arg(QLocale().toString(alpha, 'f', 2), QLocale().toString(beta, 'f', 2),
                                                   probabilityText(p), p > kCourseThreshold ? tr("cat") : tr("non-cat")));
}

} // namespace catnet::ui
