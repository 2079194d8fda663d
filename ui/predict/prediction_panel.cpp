#include "ui/predict/prediction_panel.h"

#include "engine/inspect/inspection.h"
#include "engine/io/dataset.h"
#include "engine/model/metrics.h"
#include "photo/photo_loader.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/saliency_image.h"
#include "ui/widgets/theme.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>

namespace catnet::ui {

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
    photoLabel_->setMinimumSize(200, 200);
    photoLabel_->setAlignment(Qt::AlignCenter);
    photoLabel_->setToolTip(tr("Your photo"));
    error_ = new QLabel(this);
    error_->setObjectName("predictionError");
    error_->setWordWrap(true);
    error_->setStyleSheet(kProblemStyle);

    heat_ = new QLabel(this);
    heat_->setObjectName("saliencyHeatLabel");
    heat_->setFixedSize(128, 128);
    heat_->setScaledContents(true);
    heat_->setToolTip(tr("Saliency: red pixels, made brighter, would raise P(cat); blue ones would lower it"));
    blend_ = new QLabel(this);
    blend_->setObjectName("saliencyBlendLabel");
    blend_->setFixedSize(256, 256);
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

    auto* layout = new QGridLayout(this);
    layout->addWidget(hint_, 0, 0, 1, 3);
    layout->addWidget(open_, 0, 3, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(new QLabel(tr("Photo"), this), 1, 0);
    layout->addWidget(new QLabel(tr("Network input (64 × 64)"), this), 1, 1);
    layout->addWidget(new QLabel(tr("Saliency over the input"), this), 1, 2);
    layout->addWidget(new QLabel(tr("Saliency"), this), 1, 3);
    layout->addWidget(photoLabel_, 2, 0);
    layout->addWidget(display_.input(), 2, 1);
    layout->addWidget(blend_, 2, 2);
    layout->addWidget(heat_, 2, 3, Qt::AlignTop);
    layout->addWidget(blendSlider_, 3, 2);
    saliencyKey_ = newSaliencyKey(this);
    saliencyKey_->setObjectName("predictSaliencyKey");
    layout->addWidget(saliencyKey_, 4, 2, 1, 2, Qt::AlignLeft);
    layout->addWidget(saliencyNote_, 5, 0, 1, 4);
    layout->addWidget(display_.verdict(), 6, 0, 1, 4);
    layout->addWidget(display_.bar(), 7, 0, 1, 4);
    layout->addWidget(error_, 8, 0, 1, 4);
    layout->setRowStretch(9, 1);
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
    photoLabel_->setPixmap(QPixmap::fromImage(photo.preview.scaled(256, 256, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
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
