#pragma once

#include "engine/model/parameters.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace catnet::ui {

// Every photo of a folder (or of several dropped files) with the current run's P(cat):
// one row each, the 64×64 input kept so that a new run predicts again at once and
// thumbnails are made only when a row is shown. Unreadable files are rows too, with the
// reason in place of a probability.
class BatchPredictionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, Probability, Label, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;

    struct Photo {
        QString path;
        std::vector<std::uint8_t> pixels; // empty when unreadable
        QString problem;
        std::optional<double> probability;
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void append(std::vector<Photo> photos);
    // Predicts every readable photo with `parameters` (none, or of another input size: no P).
    void setParameters(std::shared_ptr<const Parameters> parameters);
    const std::vector<Photo>& photos() const { return photos_; }
    // "path,p_cat,label" for every photo, completely or not at all. Throws std::runtime_error.
    void exportCsv(const QString& path) const;

private:
    void predict(std::size_t first);

    std::vector<Photo> photos_;
    std::shared_ptr<const Parameters> parameters_;
};

// Which photos the batch view shows.
enum class BatchFilter { All, Cats, NonCats, Uncertain };

// Sorts by the values (not the text) and keeps the rows of one BatchFilter: cats are
// P(cat) > 0.5, non-cats ≤ 0.5, uncertain 0.4 ≤ P ≤ 0.6.
class BatchPredictionFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit BatchPredictionFilter(QObject* parent = nullptr);
    void setFilter(BatchFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    BatchFilter filter_ = BatchFilter::All;
};

} // namespace catnet::ui
