#pragma once

#include "photo_loader.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace catnet::ui {

// Shows a learner's photo, the 64×64 input the network actually sees, and the
// predicted probability of "cat".
class PredictionPanel : public QWidget {
    Q_OBJECT
public:
    explicit PredictionPanel(QWidget* parent = nullptr);

    void showPhoto(const PhotoInput& photo, const QString& source);
    // probability empty: no model to ask yet.
    void showPrediction(std::optional<double> probability, const QString& modelName);
    void showError(const QString& message);
    void clear();

    bool hasPrediction() const { return probability_.has_value(); }
    std::optional<double> probability() const { return probability_; }
    QString errorText() const;

private:
    QLabel* hint_;
    QLabel* photo_;
    QLabel* input_;
    QLabel* verdict_;
    QProgressBar* bar_;
    QLabel* error_;
    std::optional<double> probability_;
};

} // namespace catnet::ui
