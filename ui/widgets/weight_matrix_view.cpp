#include "ui/widgets/weight_matrix_view.h"

#include "ui/widgets/colour_scales.h"
#include "ui/widgets/hover_tip.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace catnet::ui {

namespace {
constexpr int kLargestCell = 16;
constexpr int kLargestSide = 480; // pixels: a big layer gets small cells
}

WeightMatrixView::WeightMatrixView(const Matrix& weights, int layer, QWidget* parent)
    : QWidget(parent), weights_(weights), layer_(layer),
      largest_(weights.size() > 0 && weights.allFinite() ? weights.cwiseAbs().maxCoeff() : 0.0) {
    setMouseTracking(true);
    setFixedSize(sizeHint());
    // Drawn once, a pixel per weight, and scaled when painted: big layers stay cheap.
    image_ = QImage(int(weights.cols()), int(weights.rows()), QImage::Format_RGB32);
    for (Eigen::Index r = 0; r < weights.rows(); ++r)
        for (Eigen::Index c = 0; c < weights.cols(); ++c) {
            image_.setPixel(int(c), int(r), diverging(largest_ > 0 ? weights(r, c) / largest_ : 0.0));
        }
}

int WeightMatrixView::cellSize() const {
    const auto longest = std::max<Eigen::Index>(1, std::max(weights_.rows(), weights_.cols()));
    return int(std::clamp<Eigen::Index>(kLargestSide / longest, 1, kLargestCell));
}

QSize WeightMatrixView::sizeHint() const {
    return {int(weights_.cols()) * cellSize() + 1, int(weights_.rows()) * cellSize() + 1};
}

std::optional<std::pair<Eigen::Index, Eigen::Index>> WeightMatrixView::cellAt(const QPoint& position) const {
    const Eigen::Index row = position.y() / cellSize(), column = position.x() / cellSize();
    if (position.x() < 0 || position.y() < 0 || row >= weights_.rows() || column >= weights_.cols())
        return std::nullopt;
    return std::make_pair(row, column);
}

QString WeightMatrixView::cellText(Eigen::Index row, Eigen::Index column) const {
    return tr("W[%1][%2, %3] = %4 (from unit %3 of layer %5 to unit %2 of layer %1)")
        .arg(layer_).arg(row).arg(column).arg(weights_(row, column), 0, 'g', 6).arg(layer_ - 1);
}

bool WeightMatrixView::event(QEvent* event) {
    const auto textAt = [this](const QPoint& position) -> std::optional<QString> {
        if (const auto cell = cellAt(position))
            return cellText(cell->first, cell->second);
        return std::nullopt;
    };
    return showHoverTip(this, event, textAt) || QWidget::event(event);
}

void WeightMatrixView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.drawImage(QRect(0, 0, image_.width() * cellSize(), image_.height() * cellSize()), image_);
    painter.setPen(palette().mid().color());
    painter.drawRect(0, 0, width() - 1, height() - 1);
}

} // namespace catnet::ui
