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
    : QWidget(parent), caption_(new QLabel), view_(new PlaneView),
      hover_(new HoverImageBox(tr("Point into the map to see the image there and its P(cat)."), "surfaceHover")) {
    auto* choices = new FlowLayout;
    const int defaults[3] = {2, 7, 1}; // two cats and a non-cat: the line runs between them
    const char* names[3] = {"I", "J", "K"};
    const QString titles[3] = {tr("(0, 0):"), tr("(1, 0):"), tr("(0, 1):")};
    for (int c = 0; c < 3; ++c) {
        auto* source = new QComboBox;
        source->setObjectName(QStringLiteral("surfaceSource%1").arg(names[c]));
        source->addItems({tr("training image"), tr("test image"), tr("your photo")});
        source->setItemData(2, tr("The photos read in the Folder tab"), Qt::ToolTipRole);
        source->setToolTip(tr("Where this corner's image comes from: the training set, the test set, or the photos "
                              "read in the Folder tab"));
        auto* image = new QSpinBox;
        image->setObjectName(QStringLiteral("surfaceImage%1").arg(names[c]));
        image->setRange(0, defaults[c]);
        image->setValue(defaults[c]);
        image->setToolTip(tr("The image at this corner of the plane, by its number"));
        sources_[std::size_t(c)] = source;
        images_[std::size_t(c)] = image;
        auto* field = new QWidget;
        auto* row = new QHBoxLayout(field);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(source);
        row->addWidget(image);
        choices->addWidget(labelledField(new QLabel(titles[c]), field));
        connect(image, &QSpinBox::valueChanged, this, &DecisionSurfacePanel::compute);
        connect(source, &QComboBox::currentIndexChanged, this, [this, c] {
            fitRange(c);
            compute();
        });
    }
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
    for (int c = 0; c < 3; ++c)
        fitRange(c);
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

void DecisionSurfacePanel::setPhotos(std::vector<Photo> photos) {
    photos_ = std::move(photos);
    for (int c = 0; c < 3; ++c)
        fitRange(c);
    stale_ = true;
    if (isVisible())
        compute();
}

void DecisionSurfacePanel::setImages(bool test, int i, int j, int k) {
    const int indices[3] = {i, j, k};
    for (int c = 0; c < 3; ++c) {
        const QSignalBlocker quietSource(sources_[std::size_t(c)]), quietImage(images_[std::size_t(c)]);
        sources_[std::size_t(c)]->setCurrentIndex(int(test ? Source::Test : Source::Training));
        fitRange(c);
        images_[std::size_t(c)]->setValue(indices[c]);
    }
    compute();
}

void DecisionSurfacePanel::setCorner(int corner, Source source, int index) {
    const QSignalBlocker quietSource(sources_[std::size_t(corner)]), quietImage(images_[std::size_t(corner)]);
    sources_[std::size_t(corner)]->setCurrentIndex(int(source));
    fitRange(corner);
    images_[std::size_t(corner)]->setValue(index);
    compute();
}

void DecisionSurfacePanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        compute();
}

DecisionSurfacePanel::Source DecisionSurfacePanel::sourceOf(int corner) const {
    return Source(sources_[std::size_t(corner)]->currentIndex());
}

int DecisionSurfacePanel::countOf(Source source) const {
    switch (source) {
    case Source::Training: return data_ ? int(data_->train.count()) : 0;
    case Source::Test: return data_ ? int(data_->test.count()) : 0;
    case Source::Photos: return int(photos_.size());
    }
    return 0;
}

void DecisionSurfacePanel::fitRange(int corner) {
    images_[std::size_t(corner)]->setMaximum(std::max(0, countOf(sourceOf(corner)) - 1));
}

const std::uint8_t* DecisionSurfacePanel::pixelsOf(int corner) const {
    const int index = images_[std::size_t(corner)]->value();
    switch (sourceOf(corner)) {
    case Source::Training: return data_->train.image(index);
    case Source::Test: return data_->test.image(index);
    case Source::Photos: return photos_[std::size_t(index)].pixels.data();
    }
    return nullptr;
}

QString DecisionSurfacePanel::nameOf(int corner) const {
    const int index = images_[std::size_t(corner)]->value();
    switch (sourceOf(corner)) {
    case Source::Training: return tr("training %1").arg(index);
    case Source::Test: return tr("test %1").arg(index);
    case Source::Photos: return photos_[std::size_t(index)].name;
    }
    return {};
}

void DecisionSurfacePanel::compute() {
    stale_ = false;
    plane_.reset();
    const auto refuse = [this](const QString& why) {
        view_->clear();
        view_->setPlaceholder(why);
        caption_->clear();
    };
    if (!run_ || !run_->parameters || !data_ || run_->running) {
        refuse(run_ && run_->running ? tr("The run is still training: its surface is drawn once it ends.")
                                     : tr("Train a run to see what it answers between three images."));
        return;
    }
    std::array<std::pair<Source, int>, 3> chosen;
    for (int c = 0; c < 3; ++c) {
        chosen[std::size_t(c)] = {sourceOf(c), images_[std::size_t(c)]->value()};
        if (countOf(sourceOf(c)) == 0) {
            refuse(sourceOf(c) == Source::Photos
                       ? tr("No photos of your own yet: read a folder of them in the Folder tab, then pick them here.")
                       : tr("This data set has no images in that set."));
            return;
        }
    }
    if (chosen[0] == chosen[1] || chosen[1] == chosen[2] || chosen[0] == chosen[2]) {
        refuse(tr("Choose three different images: three points span a plane."));
        return;
    }
    const Eigen::Index features = featureCount(data_->train);
    const bool photos = std::any_of(chosen.begin(), chosen.end(), [](const auto& c) { return c.first == Source::Photos; });
    if (run_->parameters->W.front().cols() != features || (photos && features != kImageBytes)) {
        refuse(tr("This run's network does not take these images: its input is %1 numbers.")
                   .arg(run_->parameters->W.front().cols()));
        return;
    }
    corners_.resize(features, 3);
    for (int c = 0; c < 3; ++c) {
        const auto [source, index] = chosen[std::size_t(c)];
        corners_.col(c) = source == Source::Training ? exampleFeatures(data_->train, index)
                          : source == Source::Test   ? exampleFeatures(data_->test, index)
                                                     : featuresFromPixels(pixelsOf(c), 1);
    }
    plane_ = decisionPlane(*run_->parameters, corners_, 0, 1, 2, kGrid);
    const std::array<QString, 3> names{nameOf(0), nameOf(1), nameOf(2)};
    view_->setPlane(plane_->pCat, plane_->alphas, plane_->betas,
                    {imageFromNetworkInput(pixelsOf(0)), imageFromNetworkInput(pixelsOf(1)),
                     imageFromNetworkInput(pixelsOf(2))},
                    names);
    const double catShare = double((plane_->pCat.array() > kCourseThreshold).count()) / double(plane_->pCat.size());
    caption_->setText(tr("%1's P(cat) over the plane through the images %2 (x<sub>i</sub>), %3 (x<sub>j</sub>) and %4 "
                         "(x<sub>k</sub>): each pixel x = x<sub>i</sub> + α(x<sub>j</sub> − x<sub>i</sub>) + "
                         "β(x<sub>k</sub> − x<sub>i</sub>), α and β from −0.5 to 1.5. Orange where it says cat, blue "
                         "where it says non-cat, the line where P(cat) = 0.5. It calls %5 % of this plane a cat.")
                          .arg(run_->name, names[0], names[1], names[2])
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
