#include "ui/inside/gradient_check_panel.h"

#include "engine/io/split_features.h"
#include "engine/model/layer_dims.h"
#include "ui/core/gradient_check_session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace catnet::ui {

namespace {
QString sci(double value) {
    return QString::number(value, 'e', 2);
}
} // namespace

GradientCheckPanel::GradientCheckPanel(QWidget* parent)
    : QWidget(parent), session_(new GradientCheckSession(this)) {
    startButton_ = new QPushButton(tr("Check gradients"), this);
    startButton_->setObjectName("gradientCheckButton");
    startButton_->setToolTip(tr("Compare backpropagation's dW and db with (J(θ+ε) − J(θ−ε)) / 2ε, ε = 1e-7, for every "
                                "parameter of these weights (the course's gradient check)"));
    stopButton_ = new QPushButton(tr("Stop check"), this);
    stopButton_->setObjectName("gradientCheckStop");
    progress_ = new QProgressBar(this);
    progress_->setObjectName("gradientCheckProgress");
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    verdict_ = new QLabel(this);
    verdict_->setObjectName("gradientCheckResult");
    verdict_->setWordWrap(true);
    verdict_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(startButton_);
    row->addWidget(progress_, 1);
    row->addWidget(stopButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(verdict_);
    connect(session_, &GradientCheckSession::progress, this,
            [this](double share) { progress_->setValue(int(share * 1000)); });
    connect(session_, &GradientCheckSession::finished, this, &GradientCheckPanel::onFinished);
    connect(startButton_, &QPushButton::clicked, this, &GradientCheckPanel::start);
    connect(stopButton_, &QPushButton::clicked, this, &GradientCheckPanel::stop);
    setSubject(nullptr, nullptr);
}

bool GradientCheckPanel::isChecking() const {
    return session_->isRunning();
}

void GradientCheckPanel::setSubject(std::shared_ptr<const Parameters> parameters, std::shared_ptr<const Dataset> data) {
    if (parameters == parameters_ && data == data_)
        return;
    session_->cancel();
    parameters_ = std::move(parameters);
    data_ = std::move(data);
    result_.reset();
    const bool fits = parameters_ && data_ && parameters_->W.front().cols() == featureCount(data_->train);
    startButton_->setEnabled(fits);
    stopButton_->setEnabled(false);
    progress_->setValue(0);
    verdict_->setText(fits ? tr("%1 parameters to check.")
                                 .arg(QLocale().toString(qlonglong(countParameters(parameters_->layerDims()))))
                           : QString());
}

void GradientCheckPanel::start() {
    if (!startButton_->isEnabled())
        return;
    startButton_->setEnabled(false);
    stopButton_->setEnabled(true);
    progress_->setValue(0);
    verdict_->setText(tr("Checking every parameter…"));
    session_->start(parameters_, data_);
}

void GradientCheckPanel::stop() {
    session_->stop();
}

void GradientCheckPanel::onFinished(const GradientCheck* check, const QString& error) {
    startButton_->setEnabled(true);
    stopButton_->setEnabled(false);
    if (!check)
        verdict_->setText(tr("The check failed: %1").arg(error));
    else if (check->stopped)
        verdict_->setText(tr("Stopped before every parameter was checked."));
    else
        showCheck(*check);
    if (check && !check->stopped)
        result_ = *check;
    emit finished();
}

void GradientCheckPanel::showCheck(const GradientCheck& check) {
    QStringList layers;
    for (const LayerGradientCheck& layer : check.layers)
        layers << tr("W[%1] %2 · b[%1] %3").arg(layer.layer).arg(sci(layer.dWDifference), sci(layer.dbDifference));
    verdict_->setText(tr("<b>Difference %1</b> over %2 parameters in %3 s: <b>%4</b>.<br>Rounding floor of the numerical "
                         "gradient here: %5 (J is known to about 1e-16·|J|, so each numerical component can be off by "
                         "about 1e-16·|J|/ε). Per layer: %6.")
                          .arg(sci(check.difference))
                          .arg(check.parameters)
                          .arg(check.seconds, 0, 'f', 1)
                          .arg(QString::fromStdString(describeVerdict(check.verdict())))
                          .arg(sci(check.roundingFloor))
                          .arg(layers.join(QStringLiteral("; "))));
}

} // namespace catnet::ui
