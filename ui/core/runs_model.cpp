#include "ui/core/runs_model.h"

#include "engine/model/layer_dims.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace catnet::ui {

QColor runColour(int id) {
    // Okabe & Ito (2008), yellow last and black as a mid grey so both stay visible on light
    // and dark backgrounds.
    static const QColor palette[] = {QColor(0x0072b2), QColor(0xd55e00), QColor(0x009e73), QColor(0xcc79a7),
                                     QColor(0xe69f00), QColor(0x56b4e9), QColor(0x888888), QColor(0xf0e442)};
    return id > 0 ? palette[(id - 1) % 8] : QColor(Qt::gray);
}

int RunsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(runs_.size());
}

int RunsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString percent(const std::optional<Evaluation>& evaluation) {
    if (!evaluation)
        return QStringLiteral("–");
    return QStringLiteral("%1%").arg(evaluation->accuracy * 100.0, 0, 'f', 1);
}
} // namespace

QVariant RunsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TrainedRun& run = *runs_[std::size_t(index.row())];
    if (role == Qt::DecorationRole && index.column() == Name)
        return runColour(run.id);
    if (role == Qt::ToolTipRole && index.column() == Result && run.notKept.isEmpty())
        return run.outcomeText(); // the whole of it: the column may cut it short
    const bool ownAccuracy = index.column() == TrainAccuracy || index.column() == TestAccuracy;
    if (ownAccuracy && run.measuredElsewhere()) {
        if (role == Qt::FontRole) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (role == Qt::ToolTipRole)
            return tr("Measured on %1, not on the data set open now; Run → Evaluate on the open data measures "
                      "it there").arg(run.measuredOnText());
    }
    if (role == Qt::ToolTipRole && index.column() == MeasuredOn)
        return run.measuredOn.known() ? tr("This run's accuracies were measured on %1 (content %2)")
                                            .arg(run.measuredOnText(), QString::fromStdString(run.measuredOn.fingerprint))
                                      : QVariant();
    if (role == Qt::ToolTipRole && index.column() == OpenDataAccuracy)
        return tr("Train and test accuracy on the data set open now, measured with Run → Evaluate on the open data");
    if (role == Qt::ToolTipRole && index.column() != Result)
        return QStringLiteral("%1\nlayers %2, init %3, seed %4, %5 strategy%6")
            .arg(label(run.id), QString::fromStdString(formatLayerDims(run.config.layerDims)),
                 QString::fromUtf8(nameOf(run.config.init).data()))
            .arg(run.config.seed)
            .arg(QString::fromUtf8(nameOf(run.strategy).data()))
            .arg(run.modelFile.isEmpty() ? QString() : "\nfrom " + run.modelFile);
    if (run.failed() && index.column() == Result && role == Qt::ForegroundRole)
        return QBrush(QColor(0xb0, 0x60, 0x00));
    if (!run.notKept.isEmpty() && index.column() == Result) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xc0, 0x20, 0x20));
        if (role == Qt::ToolTipRole)
            return tr("This run could not be kept for the next session: %1\nFile → Save model… saves it elsewhere.")
                .arg(run.notKept);
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != Result)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return label(run.id);
    case Init:
        return QString::fromUtf8(nameOf(run.config.init).data());
    case Iterations:
        return run.running ? QString::number(run.costs.empty() ? 0 : run.costs.back().iteration + 1)
                           : QString::number(run.iterationsRun);
    case FinalCost:
        return run.finalCost() ? QString::number(*run.finalCost(), 'f', 6) : QStringLiteral("–");
    case TrainAccuracy:
        return percent(run.trainEvaluation);
    case TestAccuracy:
        return percent(run.testEvaluation);
    case MeasuredOn:
        if (!run.trainEvaluation)
            return QString();
        if (run.measuredOnOpenData)
            return tr("open data");
        return run.measuredOn.fingerprint == kCourseDataFingerprint ? tr("course") : QString::fromStdString(run.measuredOn.name);
    case OpenDataAccuracy: { // the same as its own numbers when it was measured on the open data
        const auto& train = run.measuredOnOpenData ? run.trainEvaluation : run.openTrainEvaluation;
        const auto& test = run.measuredOnOpenData ? run.testEvaluation : run.openTestEvaluation;
        if (!train || !test)
            return QStringLiteral("–");
        return QStringLiteral("%1 / %2%").arg(train->accuracy * 100.0, 0, 'f', 1).arg(test->accuracy * 100.0, 0, 'f', 1);
    }
    case Time:
        return run.seconds > 0 ? QStringLiteral("%1 s").arg(run.seconds, 0, 'f', 2) : QStringLiteral("–");
    case Result: // a failed run's starts with the warning sign, as in the legend and the progress line
        return run.failed() ? QStringLiteral("⚠ ") + run.outcomeText() : run.outcomeText();
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* titles[] = {QT_TR_NOOP("Run"),        QT_TR_NOOP("Init"),       QT_TR_NOOP("Iterations"),
                                   QT_TR_NOOP("Final cost"), QT_TR_NOOP("Train acc."), QT_TR_NOOP("Test acc."),
                                   QT_TR_NOOP("Data"),       QT_TR_NOOP("On open data"),
                                   QT_TR_NOOP("Time"),       QT_TR_NOOP("Outcome")};
    static_assert(std::size(titles) == ColumnCount);
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

bool RunsModel::anyMeasuredElsewhere() const {
    return std::any_of(runs_.begin(), runs_.end(), [](const auto& run) { return run->measuredElsewhere(); });
}

bool RunsModel::anyEvaluatedOnOpenData() const {
    return std::any_of(runs_.begin(), runs_.end(), [](const auto& run) { return run->openTrainEvaluation.has_value(); });
}

int RunsModel::add(TrainedRun run) {
    if (run.id <= 0 || rowOf(run.id) >= 0)
        run.id = nextId_;
    nextId_ = std::max(nextId_, run.id + 1);
    insert(std::make_shared<TrainedRun>(std::move(run)), rowCount());
    return runs_.back()->id;
}

std::shared_ptr<TrainedRun> RunsModel::take(int id) {
    const int row = rowOf(id);
    if (row < 0)
        return nullptr;
    auto run = runs_[std::size_t(row)];
    remove(id);
    return run;
}

void RunsModel::insert(std::shared_ptr<TrainedRun> run, int row) {
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row);
    runs_.insert(runs_.begin() + row, std::move(run));
    endInsertRows();
    // Labels tell runs of the same name apart: a new one can change the others'.
    emit dataChanged(index(0, Name), index(rowCount() - 1, Name));
}

QString RunsModel::label(int id) const {
    const auto run = find(id);
    if (!run)
        return {};
    QStringList differences;
    const TrainConfig& own = run->config;
    const auto differs = [&](auto field) {
        return std::any_of(runs_.begin(), runs_.end(), [&](const auto& other) {
            return other->id != id && other->name == run->name && field(other->config) != field(own);
        });
    };
    if (differs([](const TrainConfig& c) { return c.seed; }))
        differences << tr("seed %1").arg(own.seed);
    if (differs([](const TrainConfig& c) { return c.init; }))
        differences << tr("init %1").arg(QString::fromUtf8(nameOf(own.init).data()));
    if (differs([](const TrainConfig& c) { return c.iterations; }))
        differences << tr("%1 it.").arg(QLocale().toString(own.iterations));
    // A run stopped or diverged early is not the finished run of the same settings.
    const bool named = std::any_of(runs_.begin(), runs_.end(),
                                   [&](const auto& other) { return other->id != id && other->name == run->name; });
    if (named && !run->running && run->outcome == Outcome::Cancelled)
        differences << tr("stopped at %1 it.").arg(QLocale().toString(run->iterationsRun));
    else if (named && !run->running && run->outcome == Outcome::Diverged)
        differences << tr("diverged");
    QString text = QStringLiteral("#%1 %2").arg(id).arg(run->name);
    for (const QString& difference : differences)
        text += QStringLiteral(" · ") + difference;
    return text;
}

void RunsModel::remove(int id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    runs_.erase(runs_.begin() + row);
    endRemoveRows();
    if (!runs_.empty())
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name));
}

std::shared_ptr<TrainedRun> RunsModel::find(int id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : runs_[std::size_t(row)];
}

int RunsModel::rowOf(int id) const {
    for (std::size_t i = 0; i < runs_.size(); ++i)
        if (runs_[i]->id == id)
            return int(i);
    return -1;
}

int RunsModel::idAt(int row) const {
    return row >= 0 && row < rowCount() ? runs_[std::size_t(row)]->id : 0;
}

void RunsModel::changed(int id) {
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace catnet::ui
