#pragma once

#include "engine/training/training_types.h"

#include <QWidget>

#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace catnet {
struct SweepCell;
}

namespace catnet::ui {

class CostChart;
class RunController;
class SweepSession;

// What the labs of the Labs tab (labs_page.h) share: the network on the left trained as a
// row of runs on their own worker, a button to start and one to stop beside a status
// line, the runs' curves on a chart above a table of them (a row per run, its last column
// a sentence), and a double-click that opens a row's run. A lab says what it trains and
// what each row shows; the rest is here. Object names begin with the lab's `name`
// ("initLab": initLabRunButton, initLabStopButton, initLabStatus, initLabChart, initLabTable).
class LabPanel : public QWidget {
    Q_OBJECT
public:
    SweepSession* session() const { return lab_; }
    void setBaseConfigSource(std::function<std::optional<TrainConfig>()> source);
    // Starts the row; false (with the reason in the status line) when it cannot.
    bool start();
    // The sentence shown in row `row` of a lab that compares every run with its first row's
    // (describeAgainstFirstRow), for tests: empty until both runs are in.
    QString verdict(int row) const;

protected:
    struct Texts {
        QString run, runToolTip, intro;
        QStringList headers; // the last one is the sentences' column
    };
    LabPanel(RunController* controller, const QString& name, const Texts& texts, QWidget* parent = nullptr);

    // Starts the lab's runs from `base` on session(); false without data. Throws
    // std::invalid_argument for a configuration that does not fit.
    virtual bool startRuns(const TrainConfig& base) = 0;
    // The status line while it trains; the names of its rows, with their colours.
    virtual QString startedText(const TrainConfig& base) const = 0;
    virtual std::vector<std::pair<QString, QColor>> rowNames() const = 0;
    // Fills row `index` (and the chart) from its finished run.
    virtual void showCell(std::size_t index) = 0;
    // The status line when all its runs are in; a row's run as the runs table names it.
    virtual QString finishedText() const = 0;
    virtual QString openedRunName(const SweepCell& cell) const = 0;

    // A row's curves, its infinite costs left off (the table says it diverged). With
    // `history`, its training curve is that (every epoch's cost, or every step's); the test
    // curve is drawn unless `withTest` is false.
    void plot(std::size_t index, const QString& name, const QColor& colour, const TrainResult& result,
              const CostHistory* history = nullptr, bool withTest = true);
    // A control of the lab's own, placed after Stop.
    void addControl(QWidget* control);
    // For labs whose sentences compare each run with the first row's (the baseline): once
    // that row's run is in, writes every finished row's sentence.
    using Comparison = std::function<QString(const SweepCell& first, const SweepCell& cell, std::size_t row)>;
    void describeAgainstFirstRow(const Comparison& sentence);
    void setCellText(std::size_t index, int column, const QString& text, const QString& toolTip = {});
    int sentenceColumn() const;

    RunController* controller_;
    SweepSession* lab_; // this lab's own worker
    QLabel* status_;
    CostChart* chart_;
    QTableWidget* table_;

private:
    bool fail(const QString& message);
    void onFinished(bool stopped, const QString& error);
    void openRow(int row);

    std::function<std::optional<TrainConfig>()> baseConfig_;
    QPushButton* runButton_;
    QPushButton* stopButton_;
    QHBoxLayout* controls_;
};

} // namespace catnet::ui
