#pragma once

#include "engine/model/parameters.h"

#include <QImage>
#include <QWidget>

#include <optional>

namespace catnet::ui {

// One first-layer unit's 64×64 weight image at 4×; hovering a pixel shows the three
// weights under it (the red, green and blue input of that pixel).
class UnitPreview : public QWidget {
    Q_OBJECT
public:
    explicit UnitPreview(QWidget* parent = nullptr);

    // `values`: the 12288 values shown (weights or their change), in the dataset's pixel order.
    void setUnit(const Eigen::RowVectorXd& values, int unit, const QImage& image, const QString& what);
    void clear();
    // What hovering `position` shows; empty outside the image or without a unit.
    std::optional<QString> textAt(const QPoint& position) const;
    QSize sizeHint() const override { return {256, 256}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    Eigen::RowVectorXd values_;
    int unit_ = 0;
    QImage image_;
    QString what_;
};

} // namespace catnet::ui
