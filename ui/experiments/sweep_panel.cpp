#include "ui/experiments/sweep_panel.h"

#include "engine/model/layer_dims.h"
#include "ui/core/run_controller.h"
#include "ui/core/sweep_session.h"
#include "ui/core/trained_run.h"
#include "ui/widgets/colour_key.h"
#include "ui/widgets/colour_scales.h"
#include "ui/widgets/heat_map_view.h"
#include "ui/widgets/parallel_coordinates_view.h"
#include "ui/widgets/nice_scale.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace catnet::ui {

namespace {

constexpr int kNoSetting = -1;

// What every cell shares: the form's settings that no axis varies.
QString fixedSettingsText(const TrainConfig& base, const std::vector<SweepAxis>& axes) {
    const auto swept = [&](SweepSetting setting) {
        return std::any_of(axes.begin(), axes.end(), [setting](const SweepAxis& axis) { return axis.setting == setting; });
    };
    QStringList fixed;
    if (!swept(SweepSetting::Dims))
        fixed << SweepPanel::tr("layers [%1]").arg(QString::fromStdString(formatLayerDims(base.layerDims, ",")));
    if (!swept(SweepSetting::LearningRate))
        fixed << SweepPanel::tr("learning rate %1").arg(base.learningRate);
    if (!swept(SweepSetting::Iterations))
        fixed << iterationCount(base.iterations);
    if (!swept(SweepSetting::Init))
        fixed << SweepPanel::tr("%1 init").arg(QString::fromUtf8(nameOf(base.init).data()));
    if (!swept(SweepSetting::Seed))
        fixed << SweepPanel::tr("seed %1").arg(base.seed);
    TrainingOptions options = base.options; // SPEC §8's, those no axis varies
    const TrainingOptions course;
    if (swept(SweepSetting::L2))
        options.l2 = course.l2;
    if (swept(SweepSetting::KeepProb))
        options.keepProb = course.keepProb;
    if (swept(SweepSetting::BatchSize))
        options.batchSize = course.batchSize;
    if (swept(SweepSetting::Optimizer))
        options.optimizer = course.optimizer;
    if (const std::string described = describeOptions(options); !described.empty())
        fixed << QString::fromStdString(described);
    return SweepPanel::tr("Every cell also uses %1 (from the form on the left).").arg(fixed.join(QStringLiteral(", ")));
}

QString settingTitle(SweepSetting setting) {
    switch (setting) {
    case SweepSetting::LearningRate:
        return SweepPanel::tr("Learning rate");
    case SweepSetting::Iterations:
        return SweepPanel::tr("Iterations");
    case SweepSetting::Seed:
        return SweepPanel::tr("Seed");
    case SweepSetting::Init:
        return SweepPanel::tr("Initialization");
    case SweepSetting::Dims:
        return SweepPanel::tr("Layer sizes");
    case SweepSetting::L2:
        return SweepPanel::tr("L2 λ");
    case SweepSetting::KeepProb:
        return SweepPanel::tr("Keep probability");
    case SweepSetting::BatchSize:
        return SweepPanel::tr("Batch size");
    case SweepSetting::Optimizer:
        return SweepPanel::tr("Optimizer");
    }
    return {};
}

// What sets a cell apart, in the learner's words and language: "learning rate 0.01,
// layer sizes 12288,20,7,5,1" (catnet-train's JSON keeps the axis keys).
QString cellSettings(const std::vector<SweepAxis>& axes, const SweepCell& cell) {
    QStringList parts;
    for (std::size_t a = 0; a < axes.size() && a < cell.position.size(); ++a)
        parts << SweepPanel::tr("%1 %2").arg(settingTitle(axes[a].setting).toLower(),
                                              QString::fromStdString(formatSweepValue(axes[a].values[cell.position[a]])));
    return parts.join(SweepPanel::tr(", "));
}

void fillSettings(QComboBox* combo, bool withNone) {
    if (withNone)
        combo->addItem(SweepPanel::tr("(nothing else)"), kNoSetting);
    for (const auto& [setting, name] : EnumNames<SweepSetting>::table)
        combo->addItem(settingTitle(setting), int(setting));
}

// What a setting's values look like, offered when it is chosen (catnet-train's spelling).
QString exampleValues(int setting) {
    switch (SweepSetting(setting)) {
    case SweepSetting::LearningRate:
        return QStringLiteral("0.001, 0.0025, 0.005, 0.0075, 0.01, 0.02");
    case SweepSetting::Iterations:
        return QStringLiteral("500, 1000, 2500");
    case SweepSetting::Seed:
        return QStringLiteral("1, 2, 3, 4");
    case SweepSetting::Init:
        return QStringLiteral("zeros, small, lecun, he");
    case SweepSetting::Dims:
        return QStringLiteral("12288,7,1; 12288,20,7,5,1");
    case SweepSetting::L2:
        return QStringLiteral("0, 0.1, 0.7, 3");
    case SweepSetting::KeepProb:
        return QStringLiteral("1, 0.9, 0.86, 0.7");
    case SweepSetting::BatchSize:
        return QStringLiteral("32, 64, 128");
    case SweepSetting::Optimizer:
        return QStringLiteral("gd, momentum, adam");
    }
    return {};
}

// A chosen setting brings its example values, unless the learner typed values of their own.
void offerExamples(QComboBox* combo, QLineEdit* values) {
    const auto follow = [combo, values, shown = exampleValues(combo->currentData().toInt())]() mutable {
        const QString examples = exampleValues(combo->currentData().toInt());
        if (values->text() == shown || values->text().isEmpty())
            values->setText(examples);
        shown = examples;
    };
    QObject::connect(combo, &QComboBox::currentIndexChanged, values, follow);
}

QString percent(double share) {
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 0);
}

} // namespace

SweepPanel::SweepPanel(RunController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller), sweeps_(new SweepSession(this)) {
    // Four rows of a setting and its values: the first varies something, the others may
    // add "(nothing else)".
    const char* names[] = {"First", "Second", "Third", "Fourth"};
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        auto* setting = new QComboBox;
        setting->setObjectName(QStringLiteral("sweep%1Setting").arg(names[r]));
        fillSettings(setting, r > 0);
        const SweepSetting initial = r == 0 ? SweepSetting::LearningRate : SweepSetting::Dims;
        if (r < 2)
            setting->setCurrentIndex(setting->findData(int(initial)));
        auto* values = new QLineEdit(r < 2 ? exampleValues(int(initial)) : QString());
        values->setObjectName(QStringLiteral("sweep%1Values").arg(names[r]));
        values->setToolTip(tr("Values separated by commas (layer sizes: lists separated by semicolons, "
                              "e.g. 12288,7,1; 12288,20,7,5,1)"));
        values->setEnabled(setting->currentData().toInt() != kNoSetting);
        if (r > 0)
            connect(setting, &QComboBox::currentIndexChanged, this,
                    [setting, values] { values->setEnabled(setting->currentData().toInt() != kNoSetting); });
        offerExamples(setting, values);
        rows_[r] = {setting, values};
    }

    runButton_ = new QPushButton(tr("&Run sweep"));
    runButton_->setObjectName("sweepRunButton");
    runButton_->setToolTip(tr("Train every combination with the other settings from the form on the left"));
    stopButton_ = new QPushButton(tr("Stop"));
    stopButton_->setObjectName("sweepStopButton");
    stopButton_->setEnabled(false);
    progress_ = new QProgressBar;
    progress_->setObjectName("sweepProgress");
    progress_->setFormat(tr("%v of %m runs"));
    status_ = new QLabel(tr("Every combination trains on both cores, ten runs sharing one product at a time."));
    status_->setObjectName("sweepStatus");
    status_->setWordWrap(true);
    fixed_ = new QLabel(tr("Every other setting comes from the form on the left."));
    fixed_->setObjectName("sweepFixedSettings");
    fixed_->setWordWrap(true);
    conclusion_ = new QLabel;
    conclusion_->setObjectName("sweepConclusion");
    conclusion_->setWordWrap(true);
    conclusion_->hide();
    measure_ = new QComboBox;
    measure_->setObjectName("sweepMeasureCombo");
    measure_->addItem(tr("Test accuracy"), int(Measure::TestAccuracy));
    measure_->addItem(tr("Train accuracy"), int(Measure::TrainAccuracy));
    measure_->addItem(tr("Final cost"), int(Measure::FinalCost));
    measure_->addItem(tr("Train − test gap"), int(Measure::Gap));
    heatMap_ = new HeatMapView;
    heatMap_->setObjectName("sweepHeatMap");
    parallel_ = new ParallelCoordinatesView;
    parallel_->setObjectName("sweepParallelCoordinates");
    parallel_->hide();

    auto* form = new QFormLayout;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        auto* row = new QHBoxLayout;
        row->addWidget(rows_[r].setting);
        row->addWidget(rows_[r].values, 1);
        auto* label = new QLabel(r == 0 ? tr("&Vary:") : r == 1 ? tr("&and:") : tr("and:"));
        label->setBuddy(rows_[r].setting);
        form->addRow(label, row);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(runButton_);
    buttons->addWidget(stopButton_);
    buttons->addWidget(progress_, 1);
    auto* view = new QHBoxLayout;
    auto* measureLabel = new QLabel(tr("&Colour:"));
    measureLabel->setBuddy(measure_);
    view->addWidget(measureLabel);
    view->addWidget(measure_);
    legend_ = new ColourKey;
    legend_->setObjectName("sweepLegend");
    legend_->setScale(viridis);
    legend_->hide();
    view->addSpacing(12);
    view->addWidget(legend_);
    view->addStretch();
    view->addWidget(new QLabel(tr("Click a cell or a line to open that run.")));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(fixed_);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(conclusion_);
    layout->addLayout(view);
    layout->addWidget(heatMap_, 1);
    layout->addWidget(parallel_, 1);
    connect(runButton_, &QPushButton::clicked, this, &SweepPanel::startSweep);
    connect(stopButton_, &QPushButton::clicked, sweeps_, &SweepSession::stop);
    connect(sweeps_, &SweepSession::cellFinished, this, [this] {
        recolour(); // a new value can move the ends of the colour scale
        updateStatus();
    });
    connect(sweeps_, &SweepSession::finished, this, &SweepPanel::onFinished);
    connect(measure_, &QComboBox::currentIndexChanged, this, &SweepPanel::recolour);
    connect(heatMap_, &HeatMapView::cellActivated, this,
            [this](int row, int column) { openCell(std::size_t(row * heatMap_->columnCount() + column)); });
    connect(parallel_, &ParallelCoordinatesView::lineActivated, this, &SweepPanel::openCell);
}

void SweepPanel::setBaseConfigSource(std::function<std::optional<TrainConfig>()> source) {
    baseConfig_ = std::move(source);
}

std::optional<std::vector<SweepAxis>> SweepPanel::readAxes(QString& problem) const {
    std::vector<SweepAxis> axes;
    for (const auto& [combo, edit] : rows_) {
        const int data = combo->currentData().toInt();
        if (data == kNoSetting)
            continue;
        const auto setting = SweepSetting(data);
        const QString separators = setting == SweepSetting::Dims ? QStringLiteral("[;]") : QStringLiteral("[,;\\s]+");
        SweepAxis axis{setting, {}};
        for (const QString& text : edit->text().split(QRegularExpression(separators), Qt::SkipEmptyParts)) {
            try {
                axis.values.push_back(parseSweepValue(setting, text.trimmed().toStdString()));
                withSweepValue({}, setting, axis.values.back());
            } catch (const std::invalid_argument& e) {
                problem = tr("%1: %2").arg(settingTitle(setting), QString::fromStdString(e.what()));
                return std::nullopt;
            }
        }
        if (axis.values.empty()) {
            problem = tr("%1: give at least one value").arg(settingTitle(setting));
            return std::nullopt;
        }
        axes.push_back(std::move(axis));
    }
    for (std::size_t a = 0; a < axes.size(); ++a)
        for (std::size_t b = a + 1; b < axes.size(); ++b)
            if (axes[a].setting == axes[b].setting) {
                problem = tr("%1 is chosen twice: choose different settings, or (nothing else)")
                              .arg(settingTitle(axes[a].setting));
                return std::nullopt;
            }
    return axes;
}

bool SweepPanel::startSweep() {
    QString problem;
    const auto fail = [this](const QString& message) {
        status_->setText(message);
        status_->setStyleSheet(kProblemStyle);
        return false;
    };
    if (sweeps_->isRunning())
        return fail(tr("A sweep is already running."));
    const std::optional<TrainConfig> base = baseConfig_ ? baseConfig_() : std::nullopt;
    if (!base)
        return fail(tr("The settings on the left are not valid; fix them first (they give every run its other settings)."));
    const auto axes = readAxes(problem);
    if (!axes)
        return fail(problem);
    try {
        if (!sweeps_->start(*base, *axes, controller_->dataset()))
            return fail(tr("Open a dataset first."));
    } catch (const std::invalid_argument& e) {
        return fail(QString::fromStdString(e.what()));
    }
    status_->setStyleSheet({});
    fixed_->setText(fixedSettingsText(*base, *axes));
    conclusion_->hide();
    testImages_ = int(controller_->dataset()->test.count());
    layOutMap();
    progress_->setRange(0, int(sweeps_->cellCount()));
    progress_->setValue(0);
    runButton_->setEnabled(false);
    stopButton_->setEnabled(true);
    updateStatus();
    return true;
}

void SweepPanel::layOutMap() {
    const std::vector<SweepAxis>& axes = sweeps_->axes();
    const auto labels = [](const SweepAxis& axis) {
        QStringList list;
        for (const SweepValue& value : axis.values)
            list << QString::fromStdString(formatSweepValue(value));
        return list;
    };
    heatMap_->setVisible(!usesParallelCoordinates());
    parallel_->setVisible(usesParallelCoordinates());
    if (usesParallelCoordinates()) {
        std::vector<ParallelCoordinatesView::Axis> parallelAxes;
        for (const SweepAxis& axis : axes)
            parallelAxes.push_back({settingTitle(axis.setting), labels(axis)});
        parallel_->setAxes(std::move(parallelAxes));
    } else if (axes.size() == 1) {
        heatMap_->setAxes({}, {QString()}, settingTitle(axes[0].setting), labels(axes[0]));
    } else {
        heatMap_->setAxes(settingTitle(axes[0].setting), labels(axes[0]), settingTitle(axes[1].setting),
                          labels(axes[1]));
    }
}

bool SweepPanel::usesParallelCoordinates() const {
    return sweeps_->axes().size() > 2;
}

void SweepPanel::showCell(std::size_t index, Measure measure, std::pair<double, double> scale) {
    const SweepCell* cell = sweeps_->cell(index);
    if (!cell)
        return;
    const int columns = heatMap_->columnCount();
    const auto [worst, best] = scale;
    const double value = valueOf(*cell, measure);
    const double shade = best != worst ? (value - worst) / (best - worst) : 1.0;
    QString text = formatValue(value, measure);
    const bool diverged = cell->result.outcome == Outcome::Diverged;
    if (diverged)
        text = tr("diverged");
    else if (cell->result.outcome == Outcome::Cancelled)
        text += tr(" (stopped)");
    const QString toolTip =
        tr("%1\nfinal cost %2, train %3, test %4\n%5 — click to open this run")
            .arg(cellSettings(sweeps_->axes(), *cell))
            .arg(cell->finalCost, 0, 'g', 6)
            .arg(percent(cell->trainAccuracy), percent(cell->testAccuracy),
                 QString::fromStdString(cell->result.describeOutcome()));
    if (usesParallelCoordinates())
        parallel_->setLine(index, cell->position, shade, diverged, toolTip);
    else
        heatMap_->setCell(int(index) / columns, int(index) % columns, shade, text, diverged, toolTip);
}

double SweepPanel::valueOf(const SweepCell& cell, Measure measure) {
    switch (measure) {
    case Measure::TestAccuracy:
        return cell.testAccuracy;
    case Measure::TrainAccuracy:
        return cell.trainAccuracy;
    case Measure::FinalCost:
        return cell.finalCost;
    case Measure::Gap:
        return cell.trainAccuracy - cell.testAccuracy;
    }
    return 0.0;
}

QString SweepPanel::formatValue(double value, Measure measure) {
    switch (measure) {
    case Measure::TestAccuracy:
    case Measure::TrainAccuracy:
        return percent(value);
    case Measure::FinalCost:
        return QString::number(value, 'f', 3);
    case Measure::Gap:
        return tr("%1 pts").arg(value * 100.0, 0, 'f', 0);
    }
    return {};
}

// The colours run from worst (dark) to best (light) on a fixed, round scale, so that
// the colours say how far apart cells are: accuracies from 50 % (or lower, to the
// worst cell's ten) to 100 %, costs and gaps from 0 to the worst cell's 1-2-5 ceiling.
// A 6-point spread then looks like 6 points, not like the whole scale.
std::pair<double, double> SweepPanel::range(Measure measure) const {
    const bool higherIsBetter = measure == Measure::TestAccuracy || measure == Measure::TrainAccuracy;
    double lowest = std::numeric_limits<double>::infinity(), highest = -lowest;
    for (std::size_t k = 0; k < sweeps_->cellCount(); ++k) {
        const SweepCell* cell = sweeps_->cell(k);
        if (!cell || cell->result.outcome == Outcome::Diverged || !std::isfinite(valueOf(*cell, measure)))
            continue;
        lowest = std::min(lowest, valueOf(*cell, measure));
        highest = std::max(highest, valueOf(*cell, measure));
    }
    if (!std::isfinite(lowest))
        return higherIsBetter ? std::pair{0.5, 1.0} : std::pair{1.0, 0.0};
    if (higherIsBetter)
        return {std::min(0.5, niceFloor(lowest, 0.1)), 1.0};
    const double top = std::max(highest, 0.01);
    return {niceCeil(top, niceStep(top)), std::min(0.0, niceFloor(lowest, niceStep(top)))};
}

void SweepPanel::recolour() {
    const auto measure = Measure(measure_->currentData().toInt());
    const auto scale = range(measure); // once: every cell is coloured on it
    for (std::size_t index = 0; index < sweeps_->cellCount(); ++index)
        showCell(index, measure, scale);
    const auto [worst, best] = scale;
    legend_->setVisible(sweeps_->finishedCount() > 0);
    legend_->setCaption(tr("%1: dark is worse, light is better").arg(measure_->currentText()));
    legend_->setMarks(ColourKey::linearMarks(worst, best, [measure](double value) { return formatValue(value, measure); }));
}

void SweepPanel::updateStatus() {
    const std::size_t done = sweeps_->finishedCount(), total = sweeps_->cellCount();
    progress_->setValue(int(done));
    const double seconds = sweeps_->elapsedSeconds();
    if (sweeps_->isRunning()) {
        QString text = tr("%1 of %2 runs in %3 s").arg(done).arg(total).arg(seconds, 0, 'f', 1);
        if (done > 0 && done < total)
            text += tr(", about %1 s left").arg(seconds / double(done) * double(total - done), 0, 'f', 0);
        status_->setText(text);
    }
}

void SweepPanel::onFinished(bool stopped, const QString& error) {
    runButton_->setEnabled(true);
    stopButton_->setEnabled(false);
    recolour(); // the final cost's scale knows every cell now
    progress_->setValue(int(sweeps_->finishedCount()));
    if (!error.isEmpty()) {
        status_->setText(tr("The sweep failed: %1").arg(error));
        status_->setStyleSheet(kProblemStyle);
    } else if (stopped) {
        status_->setText(tr("Stopped after %1 of %2 runs (%3 s).")
                             .arg(sweeps_->finishedCount())
                             .arg(sweeps_->cellCount())
                             .arg(sweeps_->elapsedSeconds(), 0, 'f', 1));
    } else {
        status_->setText(tr("%1 runs in %2 s (%3 s per run).")
                             .arg(sweeps_->cellCount())
                             .arg(sweeps_->elapsedSeconds(), 0, 'f', 1)
                             .arg(sweeps_->elapsedSeconds() / double(std::max<std::size_t>(1, sweeps_->cellCount())),
                                  0, 'f', 2));
        showConclusion();
    }
}

// What to take from it: the best and worst cells on the test set, and how far chance
// alone moves an accuracy measured on so few images, so that a spread of a few points
// is not read as a finding. One accuracy p on n images has a standard error of
// √(p(1 − p)/n); two cells' difference, √2 times that; "about 2 of those" is the usual
// line (95 %).
void SweepPanel::showConclusion() {
    const SweepCell* best = nullptr;
    const SweepCell* worst = nullptr;
    std::size_t bestIndex = 0, worstIndex = 0;
    double sum = 0.0;
    int counted = 0;
    for (std::size_t index = 0; index < sweeps_->cellCount(); ++index) {
        const SweepCell* cell = sweeps_->cell(index);
        if (!cell || cell->result.outcome == Outcome::Diverged)
            continue;
        sum += cell->testAccuracy;
        ++counted;
        if (!best || cell->testAccuracy > best->testAccuracy)
            best = cell, bestIndex = index;
        if (!worst || cell->testAccuracy < worst->testAccuracy)
            worst = cell, worstIndex = index;
    }
    if (!best || testImages_ < 1)
        return;
    const double mean = sum / counted;
    const double standardError = 100.0 * std::sqrt(mean * (1.0 - mean) / testImages_);
    const double chanceGap = 2.0 * std::sqrt(2.0) * standardError;
    const double spread = 100.0 * (best->testAccuracy - worst->testAccuracy);
    const auto cellText = [this](std::size_t index) { return cellSettings(sweeps_->axes(), *sweeps_->cell(index)); };
    QString text = tr("Best on the test set: %1% (%2); worst: %3% (%4).")
                       .arg(100.0 * best->testAccuracy, 0, 'f', 0).arg(cellText(bestIndex))
                       .arg(100.0 * worst->testAccuracy, 0, 'f', 0).arg(cellText(worstIndex));
    text += QLatin1Char(' ');
    text += tr("With %1 test images one image is %2 points, and an accuracy near %3% is uncertain by about ±%4 "
               "points, so two cells less than about %5 points apart may differ by chance alone.")
                .arg(testImages_).arg(100.0 / testImages_, 0, 'g', 2).arg(100.0 * mean, 0, 'f', 0)
                .arg(standardError, 0, 'f', 0).arg(chanceGap, 0, 'f', 0);
    text += QLatin1Char(' ');
    text += spread <= chanceGap ? tr("Here the whole spread is %1 points: try other seeds or a larger test set "
                                     "before calling one setting better.").arg(spread, 0, 'f', 0)
                                : tr("Here the spread is %1 points, more than that.").arg(spread, 0, 'f', 0);
    conclusion_->setText(text);
    conclusion_->show();
}

void SweepPanel::openCell(std::size_t index) {
    const SweepCell* cell = sweeps_->cell(index);
    if (!cell)
        return;
    const QString name = tr("%1 (sweep: %2)").arg(runName(cell->config), cellSettings(sweeps_->axes(), *cell));
    controller_->addFinishedRun(cell->config, cell->result, name);
}

} // namespace catnet::ui
