#pragma once

#include "engine/training/training_types.h"
#include "ui/training/options_group.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QSettings;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace catnet::ui {

// Where the learner sets up the network: layer sizes as text with live validation,
// learning rate, iterations, seed, init scheme, report interval, the course's presets,
// and a table of every layer's W and b shapes with the total parameter count.
class NetworkPanel : public QWidget {
    Q_OBJECT
public:
    explicit NetworkPanel(QWidget* parent = nullptr);
    ~NetworkPanel() override;

    // The settings, or nothing while any field is invalid (see problem()).
    std::optional<TrainConfig> config() const;
    QString problem() const { return problem_; }
    // Whether every field equals one of the course's presets.
    bool matchesPreset() const;

    // Fills every field; the preset box shows the course preset these settings equal, if any.
    void setConfig(const TrainConfig& config);
    // Puts `rate` in the learning-rate field as if typed (one undo step): the finder's "Use it".
    void setLearningRate(double rate);
    // Remembers the fields between sessions; values that are missing, of the wrong type
    // or out of range are ignored, leaving the defaults.
    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

    // The data's feature count: the first layer size must equal it.
    void setInputSize(Eigen::Index features);

    // Every change to the form becomes an undoable step on `stack` (typing in one field
    // merges into one step; a preset is one step).
    void setUndoStack(QUndoStack* stack);
    // Takes `earlier`'s fields and undo steps: the form of a window rebuilt in another
    // language. The steps on the stack then change this form.
    void takeOver(NetworkPanel& earlier);

    // The fields as typed, valid or not: what an undo step restores.
    struct FormState {
        QString dims, learningRate;
        int iterations = 0, seed = 0, init = 0, reportEvery = 0;
        OptionsGroup::State options;
        bool operator==(const FormState&) const = default;
    };
    FormState formState() const;
    void setFormState(const FormState& state);

signals:
    void validityChanged(bool valid);

private:
    void revalidate();
    void restoreOptions(const QSettings& settings);
    // After a change by the learner: one undo step from the last state to this one.
    void recordEdit(int field);
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
    OptionsGroup* options_;
    QTableWidget* layers_;
    QLabel* total_;
    QUndoStack* undo_ = nullptr;
    // The form the undo steps change: this one, or the one that took over from it.
    std::shared_ptr<NetworkPanel*> undoTarget_ = std::make_shared<NetworkPanel*>(this);
    FormState recorded_;  // the state the last undo step ends in
    bool applying_ = false; // fields being set by the program, not typed
};

} // namespace catnet::ui
