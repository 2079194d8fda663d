#include "ui/predict/prediction_panel.h"

#include "engine/inspect/inspection.h"
#include "engine/io/dataset.h"
#include "engine/model/metrics.h"
#include "photo/photo_loader.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/saliency_image.h"
#include "ui/widgets/theme.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace catnet::ui {

namespace {
// The four pictures' side: four to a row at the window's default size, two at 800 × 600.
constexpr int kPictureSide = 190;
} // namespace

PredictionPanel::PredictionPanel(QWidget* parent)
    : QWidget(parent), display_(this, "networkInputLabel", "verdictLabel", "probabilityBar",
                                tr("The network's output: the probability that the photo shows a cat")),
      reader_(BackgroundJob<PhotoReading>::oneByOne([this](PhotoReading& reading) { showReading(reading); }),
              [](const std::string&) {}) {
    hint_ = new QLabel(tr("Drop a photo anywhere on the window, or use File → Predict image… (Ctrl+P).\n"
                          "The network sees it resized to 64 × 64 pixels, like the training images."), this);
    hint_->setWordWrap(true);
    open_ = new QPushButton(tr("&Open photo…"), this);
    open_->setObjectName("openPhotoButton");
    open_->setToolTip(tr("Choose a photo to classify (Ctrl+P)"));
    connect(open_, &QPushButton::clicked, this, &PredictionPanel::askForPhoto);
    photoLabel_ = new QLabel(this);
    photoLabel_->setObjectName("photoLabel");
    photoLabel_->setFixedSize(kPictureSide, kPictureSide);
    photoLabel_->setAlignment(Qt::AlignCenter);
    photoLabel_->setToolTip(tr("Your photo"));
    error_ = new QLabel(this);
    error_->setObjectName("predictionError");
    error_->setWordWrap(true);
    error_->setStyleSheet(kProblemStyle);

    heat_ = new QLabel(this);
    heat_->setObjectName("saliencyHeatLabel");
    heat_->setFixedSize(kPictureSide, kPictureSide);
    heat_->setScaledContents(true);
    heat_->setToolTip(tr("Saliency: red pixels, made brighter, would raise P(cat); blue ones would lower it"));
    blend_ = new QLabel(this);
    blend_->setObjectName("saliencyBlendLabel");
    blend_->setFixedSize(kPictureSide, kPictureSide);
    blend_->setScaledContents(true);
    blend_->setToolTip(tr("The saliency map laid over the network's input"));
    blendSlider_ = new QSlider(Qt::Horizontal, this);
    blendSlider_->setObjectName("saliencyBlendSlider");
    blendSlider_->setRange(0, 100);
    blendSlider_->setValue(60);
    blendSlider_->setToolTip(tr("Blend: the input on the left, the saliency map on the right"));
    saliencyNote_ = new QLabel(tr("Which pixels made it say so: d P(cat) / d pixel. This is exactly dA0 = W1ᵀ·dZ1 of "
                                  "the course's backward pass, started from P(cat) instead of the cost."), this);
    saliencyNote_->setWordWrap(true);

    // The four pictures, each under its caption, wrap onto a second row on a narrow page.
    const auto cell = [this](const QString& caption, std::initializer_list<QWidget*> widgets) {
        auto* box = new QWidget(this);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(new QLabel(caption, box));
        for (QWidget* widget : widgets)
            column->addWidget(widget, 0, Qt::AlignLeft);
        column->addStretch();
        return box;
    };
    saliencyKey_ = newSaliencyKey(this);
    saliencyKey_->setObjectName("predictSaliencyKey");
    auto* pictures = new QWidget(this);
    auto* flow = new FlowLayout(pictures);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->addWidget(cell(tr("Photo"), {photoLabel_}));
    flow->addWidget(cell(tr("Network input (64 × 64)"), {display_.input()}));
    flow->addWidget(cell(tr("Saliency over the input"), {blend_, blendSlider_}));
    flow->addWidget(cell(tr("Saliency"), {heat_}));
    display_.input()->setFixedSize(kPictureSide, kPictureSide);
    blendSlider_->setFixedWidth(kPictureSide);

    auto* top = new QHBoxLayout;
    top->addWidget(hint_, 1);
    top->addWidget(open_, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(pictures);
    layout->addWidget(saliencyKey_, 0, Qt::AlignLeft);
    layout->addWidget(saliencyNote_);
    layout->addWidget(display_.verdict());
    layout->addWidget(display_.bar());
    layout->addWidget(error_);
    layout->addStretch(1);
    connect(blendSlider_, &QSlider::valueChanged, this, &PredictionPanel::showSaliency);
    clear();
}

void PredictionPanel::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = std::move(run);
    predict();
}

void PredictionPanel::clear() {
    photoLabel_->clear();
    display_.clear();
    error_->clear();
    probability_.reset();
    photo_.reset();
    saliency_.reset();
    showSaliency();
}

void PredictionPanel::setPhoto(PhotoInput photo, const QString& source) {
    error_->clear();
    photoLabel_->setPixmap(QPixmap::fromImage(photo.preview.scaled(photoLabel_->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    photoLabel_->setToolTip(source);
    display_.showInput(photo.networkImage());
    photo_ = std::move(photo);
    predict();
}

void PredictionPanel::predict() {
    if (!photo_)
        return;
    probability_.reset();
    saliency_.reset();
    if (run_ && run_->parameters && run_->parameters->W.front().cols() == kFeatureCount) {
        const Matrix input = featuresFromPixels(photo_->pixels.data(), 1);
        probability_ = predictProbabilities(*run_->parameters, input)(0);
        saliency_ = catnet::saliency(*run_->parameters, input).col(0);
    }
    showSaliency();
    display_.showProbability(probability_, run_ ? run_->name : QString());
}

void PredictionPanel::predictFile(const QString& path) {
    readingPath_ = path;
    emit message(tr("Reading %1…").arg(QFileInfo(path).fileName()), 0);
    reader_.start([path](std::stop_token stop, const auto& post) {
        post(std::move(readPhotos({path}, PhotoDetail::WithPreview, stop).front()));
    });
}

void PredictionPanel::showReading(PhotoReading& reading) {
    if (reading.ok()) {
        setPhoto(std::move(reading.photo), readingPath_);
        emit message(tr("Predicted %1").arg(QFileInfo(readingPath_).fileName()), 4000);
    } else {
        setError(reading.problem);
        emit message(reading.problem, 6000);
    }
}

void PredictionPanel::askForPhoto() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("A photo to classify"), QString(),
                                     tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        predictFile(path);
}

void PredictionPanel::setError(const QString& message) {
    clear();
    error_->setText(message);
}

QString PredictionPanel::errorText() const {
    return error_->text();
}

void PredictionPanel::showSaliency() {
    const bool shown = saliency_.has_value() && photo_.has_value();
    for (QWidget* part : std::initializer_list<QWidget*>{heat_, blend_, blendSlider_, saliencyKey_, saliencyNote_})
        part->setVisible(shown);
    if (!shown)
        return;
    const QImage heat = saliencyHeatMap(*saliency_);
    heat_->setPixmap(QPixmap::fromImage(heat));
    blend_->setPixmap(QPixmap::fromImage(blendOver(photo_->networkImage(), heat, blendSlider_->value() / 100.0)));
}

} // namespace catnet::ui
