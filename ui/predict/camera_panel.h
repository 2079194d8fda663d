#pragma once

#include "ui/widgets/probability_display.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QCamera;
class QComboBox;
class QLabel;
class QLineEdit;
class QMediaCaptureSession;
class QPushButton;
class QVideoFrame;
class QVideoSink;

namespace catnet::ui {

struct TrainedRun;

// The Camera tab: the live picture of a webcam with the current run's P(cat), updated
// several times a second, and buttons that capture the picture into the cat or
// non-cat folder of a future import. The camera runs only after Start and stops when
// the tab is left. Where the machine has no camera the tab says so; frames can still
// be shown (showFrame) and predicted, which is how the tests drive it.
class CameraPanel : public QWidget {
    Q_OBJECT
public:
    explicit CameraPanel(QWidget* parent = nullptr);
    ~CameraPanel() override;

    void setRun(std::shared_ptr<const TrainedRun> run);
    // Shows a frame; the newest frame is predicted at the next tick of the timer.
    void showFrame(const QImage& frame);
    // Predicts the newest frame now (the timer calls it; tests too).
    void predictLatestFrame();

    // Whether a camera was found; the search is made when the tab is first shown.
    bool hasCamera() const { return hasCamera_; }
    bool isCameraRunning() const;
    std::optional<double> probability() const { return probability_; }
    QString statusText() const;

    void setCaptureFolders(const QString& cats, const QString& nonCats);
    QString catsFolder() const;
    QString nonCatsFolder() const;
    int capturedCount() const { return captured_; }
    // Saves the newest frame into the cat (true) or non-cat folder; false with the
    // reason shown when it cannot.
    bool capture(bool cat);

    // How often a frame is predicted.
    static constexpr int kPredictionIntervalMs = 200;

signals:
    // "New data set from these folders…": the two capture folders for an import.
    void importRequested(const QString& cats, const QString& nonCats);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // Capture buttons: enabled once there is a picture, else a tooltip says why not.
    void showCaptureState();
    void findCameras();
    void startCamera();
    void stopCamera();
    void receiveFrame(const QVideoFrame& frame);
    void chooseFolder(QLineEdit* field, const QString& title);

    std::shared_ptr<const TrainedRun> run_;
    bool hasCamera_ = false;
    bool searched_ = false;
    std::unique_ptr<QMediaCaptureSession> session_;
    std::unique_ptr<QCamera> camera_;
    QVideoSink* sink_ = nullptr;
    QTimer predictTimer_;
    QImage latest_;
    bool latestPredicted_ = true;
    qint64 lastShownMs_ = 0;
    std::optional<double> probability_;
    int captured_ = 0;

    QLabel* status_;
    QComboBox* cameras_;
    QPushButton* start_;
    QLabel* view_;
    ProbabilityDisplay display_;
    QLineEdit* catsFolder_;
    QLineEdit* nonCatsFolder_;
    QPushButton* captureCat_;
    QPushButton* captureNonCat_;
    QPushButton* import_;
    QLabel* captureStatus_;
};

} // namespace catnet::ui
