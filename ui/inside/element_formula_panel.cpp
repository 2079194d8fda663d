#include "ui/inside/element_formula_panel.h"

#include "ui/widgets/matrix_map_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace catnet::ui {

namespace {

// A number as the formula shows it: six significant digits, a true minus sign.
QString shown(double value) {
    return QString::number(value, 'g', 6).replace(QLatin1Char('-'), QChar(0x2212));
}

// A factor of a product: negative numbers in parentheses.
QString factor(double value) {
    return value < 0 ? QStringLiteral("(%1)").arg(shown(value)) : shown(value);
}

QString element(const QString& array, Eigen::Index row, Eigen::Index column) {
    return QStringLiteral("%1[%2, %3]").arg(array).arg(row).arg(column);
}

QString indexed(const QString& name, int layer) {
    return QStringLiteral("%1[%2]").arg(name).arg(layer);
}

} // namespace

ElementFormulaPanel::ElementFormulaPanel(QWidget* parent) : QWidget(parent) {
    map_ = new MatrixMapView(this);
    map_->setObjectName("elementMap");
    map_->setToolTip(tr("Click a number of the array (or use the arrow keys) to see how it is computed"));
    row_ = new QSpinBox(this);
    row_->setObjectName("elementRow");
    column_ = new QSpinBox(this);
    column_->setObjectName("elementColumn");
    text_ = new QLabel(this);
    text_->setObjectName("elementFormula");
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* picker = new QHBoxLayout;
    auto* rowLabel = new QLabel(tr("Ro&w:"), this);
    rowLabel->setBuddy(row_);
    auto* columnLabel = new QLabel(tr("&Column:"), this);
    columnLabel->setBuddy(column_);
    picker->addWidget(rowLabel);
    picker->addWidget(row_);
    picker->addWidget(columnLabel);
    picker->addWidget(column_);
    picker->addStretch();
    auto* left = new QVBoxLayout;
    left->addLayout(picker);
    left->addWidget(map_, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(text_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addWidget(scroll, 3);

    connect(map_, &MatrixMapView::selected, this, [this](Eigen::Index row, Eigen::Index column) {
        const QSignalBlocker quietRow(row_), quietColumn(column_);
        row_->setValue(int(row));
        column_->setValue(int(column));
        explain();
        const bool columnsAreImages = array_ && *array_ != IterationArray::dW && *array_ != IterationArray::db;
        if (columnsAreImages)
            emit imageChosen(int(column));
    });
    const auto typed = [this] { map_->select(row_->value(), column_->value()); };
    connect(row_, &QSpinBox::valueChanged, this, typed);
    connect(column_, &QSpinBox::valueChanged, this, typed);
}

void ElementFormulaPanel::showArray(const IterationValues* values, std::optional<IterationArray> array, int layer,
                                    const QString& name, const Matrix* matrix) {
    values_ = values;
    array_ = array;
    layer_ = layer;
    name_ = name;
    map_->setMatrix(name, matrix ? *matrix : Matrix());
    const QSignalBlocker quietRow(row_), quietColumn(column_);
    row_->setRange(0, std::max(0, int(map_->matrix().rows()) - 1));
    column_->setRange(0, std::max(0, int(map_->matrix().cols()) - 1));
    row_->setValue(int(map_->selectedRow()));
    column_->setValue(int(map_->selectedColumn()));
    explain();
}

void ElementFormulaPanel::selectElement(Eigen::Index row, Eigen::Index column) {
    map_->select(row, column);
}

QString ElementFormulaPanel::formulaText() const {
    return text_->text();
}

void ElementFormulaPanel::explain() {
    formula_.reset();
    const Matrix& matrix = map_->matrix();
    if (!values_ || matrix.size() == 0) {
        text_->clear();
        return;
    }
    const Eigen::Index r = map_->selectedRow(), c = map_->selectedColumn();
    if (!array_) {
        text_->setText(tr("<b>%1</b> = %2<br><br>A parameter: <i>initialize_parameters_deep</i> set it, and "
                          "<i>update_parameters</i> moves it by −learning rate · %3 after this iteration.")
                           .arg(element(name_, r, c), shown(matrix(r, c)),
                                element(indexed(QStringLiteral("dW"), layer_), r, c)));
        return;
    }
    formula_ = explainElement(*values_, *array_, layer_, r, c);
    const ElementFormula& f = *formula_;
    const int l = f.layer;
    QStringList lines;
    const auto sumOfTerms = [&f](bool products) {
        QStringList parts;
        for (const SumTerm& term : f.terms)
            parts << (products ? QStringLiteral("%1·%2").arg(factor(term.left), factor(term.right)) : factor(term.left));
        const Eigen::Index rest = f.termCount - Eigen::Index(f.terms.size());
        if (rest == 1)
            parts << tr("1 more term");
        else if (rest > 1)
            parts << tr("%1 more terms").arg(rest);
        return parts.join(QStringLiteral(" + "));
    };
    const QString self = QStringLiteral("<b>%1</b>").arg(element(name_, r, c));
    const QString Z = element(indexed(QStringLiteral("Z"), l), r, c);
    switch (f.array) {
    case IterationArray::Z:
        lines << QStringLiteral("%1 = Σ<sub>k</sub> W[%2][%3, k] · A[%4][k, %5] + b[%2][%3]")
                     .arg(self).arg(l).arg(r).arg(l - 1).arg(c)
              << QStringLiteral("<i>linear_forward</i>: ") +
                     (l == 1 ? tr("k runs over the %1 pixel values of the image").arg(f.termCount)
                             : tr("k runs over the %1 units of layer %2").arg(f.termCount).arg(l - 1))
              << QStringLiteral("= (%1) + %2").arg(sumOfTerms(true), factor(f.bias))
              << QStringLiteral("= %1 + %2").arg(shown(f.sum), factor(f.bias));
        break;
    case IterationArray::A:
        if (f.output)
            lines << QStringLiteral("%1 = σ(%2) = 1 / (1 + e<sup>−%3</sup>)").arg(self, Z, factor(f.z))
                  << tr("<i>sigmoid</i>: the output layer's activation");
        else
            lines << QStringLiteral("%1 = relu(%2) = max(0, %3)").arg(self, Z, shown(f.z))
                  << tr("<i>relu</i>: a hidden layer's activation");
        break;
    case IterationArray::dA:
        if (f.output) {
            lines << QStringLiteral("%1 = −(Y / A − (1 − Y) / (1 − A))").arg(self)
                  << tr("<i>L_model_backward</i> starts here: the cost's derivative for image %1, with its label "
                        "Y = %2 and its output A = %3")
                         .arg(c).arg(shown(f.y), shown(f.a))
                  << QStringLiteral("= −(%1 / %2 − (1 − %1) / (1 − %2))").arg(shown(f.y), shown(f.a));
        } else {
            lines << QStringLiteral("%1 = Σ<sub>i</sub> W[%2][i, %3] · dZ[%2][i, %4]").arg(self).arg(l + 1).arg(r).arg(c)
                  << QStringLiteral("<i>linear_backward</i>: ") +
                         tr("i runs over the %1 units of layer %2").arg(f.termCount).arg(l + 1)
                  << QStringLiteral("= %1").arg(sumOfTerms(true));
        }
        break;
    case IterationArray::dZ: {
        const QString dA = element(indexed(QStringLiteral("dA"), l), r, c);
        if (f.output) {
            const double s = 1.0 / (1.0 + std::exp(-f.z));
            lines << QStringLiteral("%1 = %2 · σ(%3) · (1 − σ(%3))").arg(self, dA, Z)
                  << tr("<i>sigmoid_backward</i>, with σ(%1) = %2").arg(shown(f.z), shown(s))
                  << QStringLiteral("= %1 · %2 · (1 − %2)").arg(factor(f.upstream), shown(s));
        } else {
            lines << tr("%1 = %2 where %3 > 0, else 0").arg(self, dA, Z)
                  << (f.z > 0 ? tr("<i>relu_backward</i>: %1 = %2 > 0, so the gradient passes: %3 = %4")
                                    .arg(Z, shown(f.z), dA, shown(f.upstream))
                              : tr("<i>relu_backward</i>: %1 = %2 ≤ 0, so the unit was off and the gradient "
                                   "stops (%3 = %4 is dropped)")
                                    .arg(Z, shown(f.z), dA, shown(f.upstream)));
        }
        break;
    }
    case IterationArray::dW:
        lines << QStringLiteral("%1 = (1/m) Σ<sub>j</sub> dZ[%2][%3, j] · A[%4][%5, j]")
                     .arg(self).arg(l).arg(r).arg(l - 1).arg(c)
              << QStringLiteral("<i>linear_backward</i>: ") +
                     tr("j runs over the m = %1 training images").arg(f.m)
              << QStringLiteral("= (1/%1) · (%2)").arg(f.m).arg(sumOfTerms(true))
              << QStringLiteral("= (1/%1) · %2").arg(f.m).arg(factor(f.sum));
        break;
    case IterationArray::db:
        lines << QStringLiteral("%1 = (1/m) Σ<sub>j</sub> dZ[%2][%3, j]").arg(self).arg(l).arg(r)
              << QStringLiteral("<i>linear_backward</i>: ") +
                     tr("j runs over the m = %1 training images").arg(f.m)
              << QStringLiteral("= (1/%1) · (%2)").arg(f.m).arg(sumOfTerms(false))
              << QStringLiteral("= (1/%1) · %2").arg(f.m).arg(factor(f.sum));
        break;
    }
    const bool same = std::abs(f.result - f.element) <= 1e-12 * (1.0 + std::abs(f.element));
    lines << QStringLiteral("= <b>%1</b>").arg(QString::number(f.result, 'g', 10).replace(QLatin1Char('-'), QChar(0x2212)))
          << (same ? tr("✓ the number the array holds") : tr("✗ the array holds %1").arg(f.element, 0, 'g', 10));
    text_->setText(QStringLiteral("<p style=\"line-height:130%\">%1</p>").arg(lines.join(QStringLiteral("<br>"))));
}

} // namespace catnet::ui
