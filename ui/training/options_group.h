#pragma once

#include "engine/training/training_options.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace catnet::ui {

// The network form's "Regularization & optimizer" group (SPEC §8): L2 λ, dropout's keep
// probability, the batch size, the optimizer with its constants, flipped images. It
// folds away behind one line that says what is on; a field with the focus is explained
// in one line below. The course's algorithm is every default.
class OptionsGroup : public QWidget {
    Q_OBJECT
public:
    explicit OptionsGroup(QWidget* parent = nullptr);

    // The fields as typed, valid or not (an undo step restores them).
    struct State {
        QString l2, keepProb;
        int batchSize = 0;
        int optimizer = 0;
        QString beta, beta1, beta2, epsilon;
        bool flip = false;
        bool operator==(const State&) const = default;
    };
    State state() const;
    void setState(const State& state);
    static State stateOf(const TrainingOptions& options);

    // The options typed; `problem` gets one line naming the field when one is invalid.
    TrainingOptions read(QString& problem) const;

    bool isExpanded() const;
    void setExpanded(bool expanded);

signals:
    // A field was changed by the learner; `field` tells them apart (for merging undo steps).
    void edited(int field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* numberField(const char* name, const QString& toolTip, const QString& hint);
    void showOptimizerFields();
    void showSummary();

    QToolButton* toggle_;
    QWidget* body_;
    QFormLayout* form_;
    QLineEdit* l2_;
    QLineEdit* keepProb_;
    QSpinBox* batchSize_;
    QComboBox* optimizer_;
    QLineEdit* beta_;
    QLineEdit* beta1_;
    QLineEdit* beta2_;
    QLineEdit* epsilon_;
    QCheckBox* flip_;
    QLabel* hint_;
    bool applying_ = false; // fields being set by the program, not typed
};

} // namespace catnet::ui
