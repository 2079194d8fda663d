#include "ui/widgets/probability_display.h"
#include "ui/widgets/probability_text.h"

#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>

namespace catnet::ui {

ProbabilityDisplay::ProbabilityDisplay(QWidget* parent, const char* inputName, const char* verdictName,
                                       const char* barName, const QString& barToolTip)
    : input_(new QLabel(parent)), verdict_(new QLabel(parent)), bar_(new QProgressBar(parent)) {
    input_->setObjectName(inputName);
    input_->setFixedSize(256, 256);
    input_->setAlignment(Qt::AlignCenter);
    input_->setToolTip(tr("The 64 × 64 input the network actually sees, enlarged"));
    verdict_->setObjectName(verdictName);
    verdict_->setWordWrap(true);
    QFont big = verdict_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    verdict_->setFont(big);
    bar_->setObjectName(barName);
    bar_->setRange(0, 1000);
    bar_->setTextVisible(true);
    bar_->setToolTip(barToolTip);
    bar_->hide();
}

void ProbabilityDisplay::showInput(const QImage& networkImage) {
    input_->setPixmap(QPixmap::fromImage(networkImage.scaled(input_->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
}

void ProbabilityDisplay::showProbability(std::optional<double> probability, const QString& modelName) {
    if (!probability) {
        verdict_->setText(tr("Train a model or load one to get a prediction."));
        bar_->hide();
        return;
    }
    const bool cat = *probability > 0.5;
    verdict_->setText(tr("%1 — %2% sure  (model %3)")
                          .arg(cat ? tr("cat") : tr("not a cat"))
                          .arg(percentText(cat ? *probability : 1.0 - *probability))
                          .arg(modelName));
    bar_->setValue(int(*probability * 1000.0 + 0.5));
    // One decimal, as the verdict: %p% would show 60.8% as "60%" and 99.9% as "99%".
    bar_->setFormat(tr("P(cat) = %1%").arg(percentText(*probability)));
    bar_->show();
}

void ProbabilityDisplay::clear() {
    input_->clear();
    verdict_->clear();
    bar_->hide();
}

} // namespace catnet::ui
