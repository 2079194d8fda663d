#include "ui/shell/status_bar.h"

#include "ui/core/dataset_files.h"
#include "ui/core/run_controller.h"

#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QStyle>
#include <QStyleOption>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <array>

namespace catnet::ui {

StatusBar::StatusBar(RunController* controller, QWidget* parent)
    : QStatusBar(parent), controller_(controller), dataLabel_(new QLabel), saveBar_(new QProgressBar),
      loadBar_(new QProgressBar), stopLoadButton_(new QToolButton) {
    // As QMainWindow::statusBar() makes its own: a long line never widens the window.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    dataLabel_->setObjectName("dataLabel");
    dataLabel_->setToolTip(tr("The dataset in use"));
    saveBar_->setObjectName("saveProgress");
    saveBar_->setMaximumWidth(160);
    saveBar_->setToolTip(tr("Writing a model file"));
    saveBar_->hide();
    loadBar_->setObjectName("loadProgress");
    loadBar_->setRange(0, 0); // busy: the reader process says nothing until it is done
    loadBar_->setMaximumWidth(120);
    loadBar_->setToolTip(tr("Reading a data set or a model"));
    loadBar_->hide();
    stopLoadButton_->setObjectName("stopLoadButton");
    stopLoadButton_->setText(tr("Stop"));
    stopLoadButton_->setToolTip(tr("Stop reading; what is in use stays"));
    stopLoadButton_->hide();
    addPermanentWidget(saveBar_);
    addPermanentWidget(loadBar_);
    addPermanentWidget(stopLoadButton_);
    addPermanentWidget(dataLabel_); // no stretch: messages need the room
    connect(stopLoadButton_, &QToolButton::clicked, controller_, &RunController::stopLoading);
    connectController();
    connect(this, &QStatusBar::messageChanged, this, [this](const QString& message) {
        setToolTip(shownMessage() != message ? message : QString()); // the whole of a long one
    });
}

void StatusBar::withdraw(const QString& text) {
    if (currentMessage() == text)
        clearMessage();
}

void StatusBar::fitDataLabel() {
    // At most two fifths of the bar: the rest is for messages (a long folder path would
    // otherwise take the whole width at 800 px and leave a message no room).
    if (!isVisible()) { // not laid out yet: its width means nothing
        dataLabel_->setText(dataText_);
        return;
    }
    const int room = width() * 2 / 5;
    dataLabel_->ensurePolished(); // the built-in set's bold font is in its style sheet
    const QString shown = dataLabel_->fontMetrics().elidedText(dataText_, Qt::ElideMiddle, room);
    dataLabel_->setText(shown);
    dataLabel_->setMaximumWidth(room + 2 * dataLabel_->margin() + 4);
    dataLabel_->setToolTip(shown == dataText_ ? tr("The dataset in use") : tr("The dataset in use: %1").arg(dataText_));
}

void StatusBar::showEvent(QShowEvent* event) {
    QStatusBar::showEvent(event);
    fitDataLabel();
}

void StatusBar::resizeEvent(QResizeEvent* event) {
    QStatusBar::resizeEvent(event);
    fitDataLabel();
}

std::array<QWidget*, 4> StatusBar::permanentWidgets() const {
    return {saveBar_, loadBar_, stopLoadButton_, dataLabel_};
}

QRect StatusBar::messageRect() const {
    int right = width() - 12;
    for (QWidget* permanent : permanentWidgets())
        if (permanent->isVisible())
            right = std::min(right, permanent->x() - 8);
    return QRect(6, 0, std::max(0, right - 6), height());
}

QString StatusBar::shownMessage() const {
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, messageRect().width());
}

void StatusBar::paintEvent(QPaintEvent* event) {
    const QString message = currentMessage();
    if (message.isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // What QStatusBar::paintEvent draws, with the message elided.
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &painter, this);
    for (QWidget* permanent : permanentWidgets()) {
        if (!permanent->isVisible())
            continue;
        QStyleOption frame;
        frame.rect = permanent->geometry().adjusted(-2, -1, 2, 1);
        frame.palette = palette();
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &frame, &painter, permanent);
    }
    painter.setPen(palette().windowText().color());
    painter.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}

void StatusBar::connectController() {
    connect(controller_, &RunController::readingStarted, this, [this](RunController::Reading what, const QString& path) {
        loadBar_->show();
        stopLoadButton_->show();
        const QString shown = QDir::toNativeSeparators(path);
        if (what == RunController::Reading::RunWeights) // said only when it takes a while (a large run)
            QTimer::singleShot(500, this, [this] {
                if (controller_->isLoading())
                    showMessage(tr("Reading the selected run's weights…"));
            });
        else if (what == RunController::Reading::Runs)
            showMessage(tr("Reading the runs in %1…").arg(shown));
        else
            showMessage(what == RunController::Reading::DataSet ? tr("Reading the data set in %1…").arg(shown)
                                                                : tr("Reading the model %1…").arg(shown));
    });
    connect(controller_, &RunController::readingFinished, this,
            [this](RunController::Reading what, const QString& path, const QString& error, bool stopped) {
                loadBar_->setVisible(controller_->isLoading());
                stopLoadButton_->setVisible(controller_->isLoading());
                if (what == RunController::Reading::RunWeights) { // read, or left for another run
                    if (currentMessage() == tr("Reading the selected run's weights…"))
                        clearMessage();
                    return;
                }
                const QString shown = QDir::toNativeSeparators(path);
                if (what == RunController::Reading::Runs) { // how many came in: RunBundleActions says
                    if (stopped)
                        showMessage(tr("Stopped reading the runs in %1; none was imported").arg(shown), 8000);
                    return;
                }
                const bool data = what == RunController::Reading::DataSet;
                if (stopped)
                    showMessage(data ? tr("Stopped reading %1; the data set in use stays").arg(shown)
                                     : tr("Stopped reading the model %1").arg(shown),
                                8000);
                else if (error.isEmpty())
                    showMessage(data ? tr("Opened the data set in %1").arg(shown) : tr("Loaded the model %1").arg(shown),
                                8000);
            });
    connect(controller_, &RunController::datasetChanged, this, [this] {
        const bool builtIn = controller_->isBuiltInDataset();
        dataText_ = describeDataset(*controller_->dataset(), controller_->datasetDescription(), builtIn);
        dataLabel_->setStyleSheet(builtIn ? "color: #8a5a00; font-weight: bold;" : QString());
        fitDataLabel();
    });
    connect(controller_, &RunController::restoreProgress, this, [this](int done, int total) {
        showMessage(tr("Reading kept runs: %1 of %2").arg(done).arg(total), done < total ? 0 : 3000);
    });
    connect(controller_, &RunController::saveProgress, this, [this](int id, const QString& path, double share) {
        saveBar_->setValue(int(share * 100));
        saveBar_->show();
        if (const auto run = controller_->run(id))
            showMessage(tr("Saving %1 to %2…").arg(run->name, QDir::toNativeSeparators(path)));
    });
    connect(controller_, &RunController::saveFinished, this, [this](int, const QString& path, const QString& error) {
        if (error.isEmpty())
            showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    const auto hideSaveBarWhenDone = [this] { saveBar_->setVisible(controller_->isSaving()); };
    connect(controller_, &RunController::saveFinished, this, hideSaveBarWhenDone);
    connect(controller_, &RunController::runChanged, this, hideSaveBarWhenDone);
}

} // namespace catnet::ui
