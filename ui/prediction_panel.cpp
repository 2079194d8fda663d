#include "prediction_panel.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>

namespace catnet::ui {

PredictionPanel::PredictionPanel(QWidget* parent) : QWidget(parent) {
    hint_ = new QLabel(tr("Drop a photo anywhere on the window, or use File → Predict image… (Ctrl+P).\n"
                          "The network sees it resized to 64 × 64 pixels, like the training images."), this);
    hint_->setWordWrap(true);
    photo_ = new QLabel(this);
    photo_->setObjectName("photoLabel");
    photo_->setMinimumSize(256, 256);
    photo_->setAlignment(Qt::AlignCenter);
    photo_->setToolTip(tr("Your photo"));
    input_ = new QLabel(this);
    input_->setObjectName("networkInputLabel");
    input_->setFixedSize(256, 256);
    input_->setAlignment(Qt::AlignCenter);
    input_->setToolTip(tr("The 64 × 64 input the network actually sees (shown 4× larger)"));
    verdict_ = new QLabel(this);
    verdict_->setObjectName("verdictLabel");
    QFont big = verdict_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    verdict_->setFont(big);
    bar_ = new QProgressBar(this);
    bar_->setRange(0, 1000);
    bar_->setFormat(tr("P(cat) = %p%"));
    bar_->setToolTip(tr("The network's output: the probability that the photo shows a cat"));
    error_ = new QLabel(this);
    error_->setObjectName("predictionError");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b00020;");

    auto* layout = new QGridLayout(this);
    layout->addWidget(hint_, 0, 0, 1, 2);
    layout->addWidget(new QLabel(tr("Photo"), this), 1, 0);
    layout->addWidget(new QLabel(tr("Network input (64 × 64)"), this), 1, 1);
    layout->addWidget(photo_, 2, 0);
    layout->addWidget(input_, 2, 1);
    layout->addWidget(verdict_, 3, 0, 1, 2);
    layout->addWidget(bar_, 4, 0, 1, 2);
    layout->addWidget(error_, 5, 0, 1, 2);
    layout->setRowStretch(6, 1);
    clear();
}

void PredictionPanel::clear() {
    photo_->clear();
    input_->clear();
    verdict_->clear();
    bar_->hide();
    error_->clear();
    probability_.reset();
}

void PredictionPanel::showPhoto(const PhotoInput& photo, const QString& source) {
    error_->clear();
    photo_->setPixmap(QPixmap::fromImage(photo.original.scaled(256, 256, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    photo_->setToolTip(source);
    input_->setPixmap(QPixmap::fromImage(photo.networkImage().scaled(256, 256, Qt::KeepAspectRatio, Qt::FastTransformation)));
}

void PredictionPanel::showPrediction(std::optional<double> probability, const QString& modelName) {
    probability_ = probability;
    if (!probability) {
        verdict_->setText(tr("Train a model or load one to get a prediction."));
        bar_->hide();
        return;
    }
    const bool cat = *probability > 0.5;
    verdict_->setText(tr("%1 — %2% sure  (model %3)")
                          .arg(cat ? tr("cat") : tr("not a cat"))
                          .arg((cat ? *probability : 1.0 - *probability) * 100.0, 0, 'f', 1)
                          .arg(modelName));
    bar_->setValue(int(*probability * 1000.0 + 0.5));
    bar_->show();
}

void PredictionPanel::showError(const QString& message) {
    clear();
    error_->setText(message);
}

QString PredictionPanel::errorText() const {
    return error_->text();
}

} // namespace catnet::ui
