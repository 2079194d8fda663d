#include "runs_model.h"

#include "layer_dims.h"

#include <QBrush>

namespace catnet::ui {

QColor runColour(int id) {
    static const QColor palette[] = {QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c), QColor(0xff7f0e),
                                     QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf)};
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
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\nlayers %2, init %3, seed %4, %5 strategy%6")
            .arg(run.name, QString::fromStdString(formatLayerDims(run.config.layerDims)),
                 QString::fromUtf8(nameOf(run.config.init).data()))
            .arg(run.config.seed)
            .arg(QString::fromUtf8(nameOf(run.strategy).data()))
            .arg(run.modelFile.isEmpty() ? QString() : "\nfrom " + run.modelFile);
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
        return run.name;
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
    case Time:
        return run.seconds > 0 ? QStringLiteral("%1 s").arg(run.seconds, 0, 'f', 2) : QStringLiteral("–");
    case Result:
        return run.outcomeText();
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* titles[] = {QT_TR_NOOP("Run"),        QT_TR_NOOP("Init"),       QT_TR_NOOP("Iterations"),
                                   QT_TR_NOOP("Final cost"), QT_TR_NOOP("Train acc."), QT_TR_NOOP("Test acc."),
                                   QT_TR_NOOP("Time"),       QT_TR_NOOP("Outcome")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

int RunsModel::add(TrainedRun run) {
    run.id = nextId_++;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    runs_.push_back(std::make_shared<TrainedRun>(std::move(run)));
    endInsertRows();
    return runs_.back()->id;
}

void RunsModel::remove(int id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    runs_.erase(runs_.begin() + row);
    endRemoveRows();
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
