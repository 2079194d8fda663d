#include "ui/predict/camera_panel.h"

#include "ui/core/frame_prediction.h"
#include "ui/core/trained_run.h"
#include "ui/widgets/theme.h"

#include <QCamera>
#include <QCameraDevice>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVideoFrame>
#include <QVideoSink>

#include <stdexcept>

namespace catnet::ui {

namespace {

// Frames are shown at most this often: a 30 fps camera need not repaint 30 times.
constexpr qint64 kShowIntervalMs = 66;

QString defaultCaptureFolder(const QString& className) {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath("catnet/" + className);
}

} // namespace

CameraPanel::CameraPanel(QWidget* parent)
    : QWidget(parent), display_(this, "cameraInputView", "cameraVerdict", "cameraProbabilityBar",
                                tr("The network's output for the newest picture, updated five times a second")) {
    status_ = new QLabel(this);
    status_->setObjectName("cameraStatus");
    status_->setWordWrap(true);
    cameras_ = new QComboBox(this);
    cameras_->setObjectName("cameraCombo");
    cameras_->setToolTip(tr("Which camera to use"));
    start_ = new QPushButton(tr("&Start camera"), this);
    start_->setObjectName("cameraStartButton");
    start_->setToolTip(tr("Turn the camera on or off; it is turned off when you leave this tab"));
    connect(start_, &QPushButton::clicked, this, [this] { isCameraRunning() ? stopCamera() : startCamera(); });

    view_ = new QLabel(this);
    view_->setObjectName("cameraView");
    view_->setMinimumSize(320, 240);
    view_->setAlignment(Qt::AlignCenter);
    view_->setToolTip(tr("The camera's picture"));
    catsFolder_ = new QLineEdit(defaultCaptureFolder("cats"), this);
    catsFolder_->setObjectName("cameraCatsFolderEdit");
    nonCatsFolder_ = new QLineEdit(defaultCaptureFolder("non-cats"), this);
    nonCatsFolder_->setObjectName("cameraNonCatsFolderEdit");
    auto* chooseCats = new QPushButton(tr("Choose…"), this);
    connect(chooseCats, &QPushButton::clicked, this, [this] { chooseFolder(catsFolder_, tr("Folder for cat pictures")); });
    auto* chooseNonCats = new QPushButton(tr("Choose…"), this);
    connect(chooseNonCats, &QPushButton::clicked, this,
            [this] { chooseFolder(nonCatsFolder_, tr("Folder for non-cat pictures")); });
    captureCat_ = new QPushButton(tr("Capture as &cat"), this);
    captureCat_->setObjectName("captureCatButton");
    captureCat_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    connect(captureCat_, &QPushButton::clicked, this, [this] { capture(true); });
    captureNonCat_ = new QPushButton(tr("Capture as &non-cat"), this);
    captureNonCat_->setObjectName("captureNonCatButton");
    captureNonCat_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    connect(captureNonCat_, &QPushButton::clicked, this, [this] { capture(false); });
    import_ = new QPushButton(tr("New data set from these folders…"), this);
    import_->setObjectName("cameraImportButton");
    import_->setToolTip(tr("Open File → New data set from folders… with the two capture folders filled in"));
    connect(import_, &QPushButton::clicked, this, [this] { emit importRequested(catsFolder(), nonCatsFolder()); });
    captureStatus_ = new QLabel(this);
    captureStatus_->setObjectName("captureStatus");
    captureStatus_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(status_, 1);
    top->addWidget(cameras_);
    top->addWidget(start_);
    auto* layout = new QGridLayout(this);
    layout->addLayout(top, 0, 0, 1, 3);
    layout->addWidget(new QLabel(tr("Camera"), this), 1, 0);
    layout->addWidget(new QLabel(tr("Network input (64 × 64)"), this), 1, 1);
    layout->addWidget(view_, 2, 0);
    layout->addWidget(display_.input(), 2, 1, Qt::AlignTop);
    layout->addWidget(display_.verdict(), 3, 0, 1, 2);
    layout->addWidget(display_.bar(), 4, 0, 1, 2);
    // The folder fields sit right beside their labels, not under the camera's column.
    auto* folders = new QFormLayout;
    const auto folderRow = [](QLineEdit* edit, QPushButton* choose) {
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(choose);
        return row;
    };
    folders->addRow(tr("Cat pictures go to"), folderRow(catsFolder_, chooseCats));
    folders->addRow(tr("Non-cat pictures go to"), folderRow(nonCatsFolder_, chooseNonCats));
    layout->addLayout(folders, 5, 0, 2, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(captureCat_);
    buttons->addWidget(captureNonCat_);
    buttons->addStretch();
    buttons->addWidget(import_);
    layout->addLayout(buttons, 7, 0, 1, 3);
    layout->addWidget(captureStatus_, 8, 0, 1, 3);
    showCaptureState();
    layout->setRowStretch(9, 1);
    layout->setColumnStretch(0, 1);

    predictTimer_.setInterval(kPredictionIntervalMs);
    connect(&predictTimer_, &QTimer::timeout, this, &CameraPanel::predictLatestFrame);
    start_->setEnabled(false);
    cameras_->hide();
    status_->setText(tr("Looking for a camera…"));
}

CameraPanel::~CameraPanel() {
    stopCamera();
}

void CameraPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    findCameras();
}

void CameraPanel::findCameras() {
    // Once, when the tab is first shown: asking starts the media back end (GStreamer,
    // PulseAudio), which a window that never shows this tab should not pay for.
    if (searched_)
        return;
    searched_ = true;
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    hasCamera_ = !devices.isEmpty();
    for (const QCameraDevice& device : devices)
        cameras_->addItem(device.description(), QVariant::fromValue(device));
    cameras_->setVisible(devices.size() > 1);
    start_->setEnabled(hasCamera_);
    status_->setText(hasCamera_ ? tr("Point the camera at a cat, or at anything else, and press Start.")
                                : tr("No camera was found on this machine. The rest of catnet does not need one; "
                                     "to classify your own pictures, drop photos on the window or use "
                                     "File → Predict image… / Predict folder…"));
}

bool CameraPanel::isCameraRunning() const {
    return camera_ && camera_->isActive();
}

void CameraPanel::startCamera() {
    if (!hasCamera_)
        return;
    if (!session_) { // made only now: the media back end starts with it
        session_ = std::make_unique<QMediaCaptureSession>();
        sink_ = new QVideoSink(this);
        session_->setVideoSink(sink_);
        connect(sink_, &QVideoSink::videoFrameChanged, this, &CameraPanel::receiveFrame);
    }
    const auto device = cameras_->currentData().value<QCameraDevice>();
    camera_ = std::make_unique<QCamera>(device);
    connect(camera_.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& message) {
        status_->setText(tr("The camera stopped: %1").arg(message));
        stopCamera();
    });
    connect(camera_.get(), &QCamera::activeChanged, this,
            [this](bool active) { start_->setText(active ? tr("&Stop camera") : tr("&Start camera")); });
    session_->setCamera(camera_.get());
    camera_->start();
    predictTimer_.start();
}

void CameraPanel::stopCamera() {
    predictTimer_.stop();
    if (!camera_)
        return;
    session_->setCamera(nullptr);
    camera_->stop();
    camera_.reset();
    start_->setText(tr("&Start camera"));
}

void CameraPanel::hideEvent(QHideEvent* event) {
    stopCamera(); // nobody is looking: the camera's light goes off
    QWidget::hideEvent(event);
}

void CameraPanel::receiveFrame(const QVideoFrame& frame) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - lastShownMs_ < kShowIntervalMs)
        return;
    lastShownMs_ = now;
    showFrame(frame.toImage());
}

void CameraPanel::showFrame(const QImage& frame) {
    if (frame.isNull())
        return;
    latest_ = frame;
    latestPredicted_ = false;
    showCaptureState();
    view_->setPixmap(QPixmap::fromImage(frame.scaled(view_->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    if (!predictTimer_.isActive())
        predictTimer_.start();
}

void CameraPanel::predictLatestFrame() {
    if (latest_.isNull() || latestPredicted_)
        return;
    latestPredicted_ = true;
    const FramePrediction prediction = predictFrame(latest_, run_ ? run_->parameters.get() : nullptr);
    display_.showInput(prediction.networkImage);
    probability_ = prediction.probability;
    display_.showProbability(probability_, run_ ? run_->name : QString());
}

void CameraPanel::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = std::move(run);
    latestPredicted_ = false; // the same picture, asked of the new model
    predictLatestFrame();
}

QString CameraPanel::statusText() const {
    return status_->text();
}

void CameraPanel::setCaptureFolders(const QString& cats, const QString& nonCats) {
    catsFolder_->setText(cats);
    nonCatsFolder_->setText(nonCats);
}

QString CameraPanel::catsFolder() const {
    return catsFolder_->text().trimmed();
}

QString CameraPanel::nonCatsFolder() const {
    return nonCatsFolder_->text().trimmed();
}

void CameraPanel::showCaptureState() {
    // Nothing to capture before the first picture (no camera, or not started).
    const bool picture = !latest_.isNull();
    captureCat_->setEnabled(picture);
    captureNonCat_->setEnabled(picture);
    const QString why = tr("There is no picture yet: start the camera first");
    captureCat_->setToolTip(picture ? tr("Save the picture into the cat folder (Alt+1)") : why);
    captureNonCat_->setToolTip(picture ? tr("Save the picture into the non-cat folder (Alt+2)") : why);
}

bool CameraPanel::capture(bool cat) {
    try {
        const QString path = saveCapturedFrame(latest_, cat ? catsFolder() : nonCatsFolder());
        ++captured_;
        captureStatus_->setStyleSheet({});
        captureStatus_->setText(captured_ == 1
                                    ? tr("Saved %1 (the first picture captured in this session)").arg(QDir::toNativeSeparators(path))
                                    : tr("Saved %1 (%2 pictures captured in this session)")
                                          .arg(QDir::toNativeSeparators(path), QString::number(captured_)));
        return true;
    } catch (const std::exception& e) {
        captureStatus_->setStyleSheet(kProblemStyle);
        captureStatus_->setText(QString::fromStdString(e.what()));
        return false;
    }
}

void CameraPanel::chooseFolder(QLineEdit* field, const QString& title) {
    const QString folder = QFileDialog::getExistingDirectory(this, title, field->text());
    if (!folder.isEmpty())
        field->setText(folder);
}

} // namespace catnet::ui
