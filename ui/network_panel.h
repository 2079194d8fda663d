#pragma once

#include "training_types.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QSettings;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace catnet::ui {

// Where the learner sets up the network: layer sizes as text with live validation,
// learning rate, iterations, seed, init scheme, report interval, the course's presets,
// and a table of every layer's W and b shapes with the total parameter count.
class NetworkPanel : public QWidget {
    Q_OBJECT
public:
    explicit NetworkPanel(QWidget* parent = nullptr);

    // The settings, or nothing while any field is invalid (see problem()).
    std::optional<TrainConfig> config() const;
    QString problem() const { return problem_; }

    // Fills every field; the preset box shows the course preset these settings equal, if any.
    void setConfig(const TrainConfig& config);
    // Remembers the fields between sessions; values that are missing, of the wrong type
    // or out of range are ignored, leaving the defaults.
    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

    // The data's feature count: the first layer size must equal it.
    void setInputSize(Eigen::Index features);

signals:
    void validityChanged(bool valid);

private:
    void revalidate();
    void showLayers(const LayerDims& dims);
    // The settings as typed, whether or not they are valid; sets `problem` if not.
    TrainConfig readFields(QString& problem) const;

    Eigen::Index inputSize_ = 12288;
    QString problem_;
    QComboBox* preset_;
    QLineEdit* dims_;
    QLabel* message_;
    QLineEdit* learningRate_;
    QSpinBox* iterations_;
    QSpinBox* seed_;
    QComboBox* init_;
    QSpinBox* reportEvery_;
    QTableWidget* layers_;
    QLabel* total_;
};

} // namespace catnet::ui
