#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QImage;
class QLabel;
class QProgressBar;
class QWidget;

namespace catnet::ui {

// How a P(cat) is shown to the learner, alike in the Predict and Camera tabs: the
// network's 64 × 64 input enlarged, a verdict in large type, and a bar.
class ProbabilityDisplay {
    Q_DECLARE_TR_FUNCTIONS(ProbabilityDisplay)
public:
    // The three widgets, children of `parent`, named `<prefix>InputLabel` … (the
    // Predict tab keeps its older names, see prediction_panel.cpp).
    ProbabilityDisplay(QWidget* parent, const char* inputName, const char* verdictName, const char* barName,
                       const QString& barToolTip);

    QLabel* input() const { return input_; }
    QLabel* verdict() const { return verdict_; }
    QProgressBar* bar() const { return bar_; }

    void showInput(const QImage& networkImage);
    // "cat — 93.2% sure (model …)" and the bar; without a probability, what to do.
    void showProbability(std::optional<double> probability, const QString& modelName);
    void clear();

private:
    QLabel* input_;
    QLabel* verdict_;
    QProgressBar* bar_;
};

} // namespace catnet::ui
