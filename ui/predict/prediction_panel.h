#pragma once

#include "ui/widgets/probability_display.h"

#include "photo/photo_hand_over.h"
#include "ui/core/background_job.h"
#include "ui/core/trained_run.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;

namespace catnet::ui {

class ColourKey;

// Shows a learner's photo, the 64×64 input the network actually sees, the current
// run's probability of "cat" for it (asked again when the run changes), and which
// pixels made it say so: the saliency map d P(cat) / d pixel, beside the input and
// blended over it (a slider sets the blend).
class PredictionPanel : public QWidget {
    Q_OBJECT
public:
    explicit PredictionPanel(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const TrainedRun> run);
    void setPhoto(PhotoInput photo, const QString& source);
    // Reads the photo in `path` in the reader program, in the background (a photo that
    // hangs it must not freeze the window), then predicts it or says why it cannot.
    void predictFile(const QString& path);
    // From predictFile until its photo is shown or refused.
    bool isReading() const { return reader_.isRunning(); }
    // Asks for a photo (the "Open photo…" button, File → Predict image…) and predicts it.
    void askForPhoto();
    // Why there is no photo to predict (a file that is not an image, a web address, ...).
    void setError(const QString& message);

    bool hasPrediction() const { return probability_.has_value(); }
    std::optional<double> probability() const { return probability_; }
    // d P(cat) / d x for the photo's 12288 features; empty without a prediction.
    const std::optional<Eigen::VectorXd>& saliency() const { return saliency_; }
    QString errorText() const;

signals:
    // For the status bar: what was predicted, or why not.
    void message(const QString& text, int milliseconds);

private:
    void clear();
    void showReading(PhotoReading& reading);
    void predict();
    void showSaliency();

    std::shared_ptr<const TrainedRun> run_;
    std::optional<PhotoInput> photo_;
    QLabel* hint_;
    QPushButton* open_;
    QLabel* photoLabel_;
    ProbabilityDisplay display_;
    QLabel* error_;
    QLabel* heat_;
    QLabel* blend_;
    QSlider* blendSlider_;
    QLabel* saliencyNote_;
    ColourKey* saliencyKey_;
    std::optional<double> probability_;
    std::optional<Eigen::VectorXd> saliency_;
    QString readingPath_;
    BackgroundJob<PhotoReading> reader_;
};

} // namespace catnet::ui
