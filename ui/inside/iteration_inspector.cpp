#include "ui/inside/iteration_inspector.h"

#include "engine/inspect/value_summary.h"
#include "engine/io/split_features.h"
#include "photo/qt_images.h"
#include "ui/inside/element_formula_panel.h"
#include "ui/inside/gradient_check_panel.h"
#include "ui/widgets/histogram_view.h"
#include "ui/widgets/probability_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace catnet::ui {

bool IterationInspector::isChecking() const {
    return gradientCheck_->isChecking();
}

namespace {

enum Column { Name, Shape, Function, Mean, Deviation, Min, Max, Zeros, ColumnCount };

QString shapeOf(const Matrix& m) {
    return QStringLiteral("(%1, %2)").arg(m.rows()).arg(m.cols());
}

QTableWidgetItem* cell(const QString& text, const QString& tip = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QTableWidgetItem* number(double value) {
    QTableWidgetItem* item = cell(QString::number(value, 'g', 4), QString::number(value, 'g', 17));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

IterationInspector::IterationInspector(QWidget* parent) : QWidget(parent) {
    title_ = new QLabel(this);
    title_->setObjectName("inspectorTitle");
    title_->setWordWrap(true);
    gradientCheck_ = new GradientCheckPanel(this);
    gradientCheck_->setObjectName("gradientCheckPanel");
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName("inspectorTable");
    table_->setHorizontalHeaderLabels({tr("Array"), tr("Shape"), tr("Computed by"), tr("Mean"), tr("Std"), tr("Min"),
                                       tr("Max"), tr("Zeros")});
    table_->horizontalHeaderItem(Zeros)->setToolTip(tr("Share of exact zeros: ReLU outputs of units that are off"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(Function, QHeaderView::Stretch);
    element_ = new ElementFormulaPanel(this);
    element_->setObjectName("elementFormulaPanel");
    histogram_ = new HistogramView(this);
    histogram_->setObjectName("inspectorHistogram");
    example_ = new QSpinBox(this);
    example_->setObjectName("exampleSpin");
    example_->setToolTip(tr("A training image: its column of every array, layer by layer"));
    exampleImage_ = new QLabel(this);
    exampleImage_->setFixedSize(96, 96);
    exampleImage_->setScaledContents(true);
    exampleText_ = new QLabel(this);
    exampleText_->setObjectName("exampleActivations");
    exampleText_->setWordWrap(true);
    exampleText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    exampleText_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // The image picker on one row, then the picture beside its activations (a deep net's
    // run long: they scroll rather than being cut off).
    auto* picker = new QHBoxLayout;
    picker->addWidget(new QLabel(tr("Training image:"), this));
    picker->addWidget(example_);
    picker->addStretch();
    auto* exampleScroll = new QScrollArea(this);
    exampleScroll->setObjectName("exampleActivationsScroll");
    exampleScroll->setWidget(exampleText_);
    exampleScroll->setWidgetResizable(true);
    exampleScroll->setFrameShape(QFrame::NoFrame);
    exampleScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* pictureAndText = new QHBoxLayout;
    pictureAndText->addWidget(exampleImage_, 0, Qt::AlignTop);
    pictureAndText->addWidget(exampleScroll, 1);
    auto* exampleRow = new QVBoxLayout;
    exampleRow->addLayout(picker);
    exampleRow->addLayout(pictureAndText, 1);
    // The selected array's details, one at a time: there is room for one at 800 × 600.
    auto* exampleTab = new QWidget(this);
    exampleTab->setLayout(exampleRow);
    details_ = new QTabWidget(this);
    details_->setObjectName("inspectorDetails");
    details_->setDocumentMode(true);
    details_->addTab(element_, tr("One num&ber's formula"));
    details_->addTab(histogram_, tr("Histo&gram"));
    details_->addTab(exampleTab, tr("One training i&mage"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(details_);
    split->setStretchFactor(0, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(gradientCheck_);
    layout->addWidget(split, 1);

    connect(table_, &QTableWidget::itemSelectionChanged, this, &IterationInspector::showSelected);
    connect(element_, &ElementFormulaPanel::imageChosen, this, &IterationInspector::selectExample);
    connect(example_, &QSpinBox::valueChanged, this, &IterationInspector::showExample);
    refresh();
}

void IterationInspector::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = std::move(data);
    gradientCheck_->setSubject(parameters_, data_);
    stale_ = true;
    refresh();
}

void IterationInspector::setParameters(std::shared_ptr<const Parameters> parameters, int iteration,
                                       const QString& source) {
    parameters_ = std::move(parameters);
    gradientCheck_->setSubject(parameters_, data_);
    iteration_ = iteration;
    source_ = source;
    stale_ = true;
    refresh();
}

void IterationInspector::setRunOptions(const TrainingOptions& options) {
    const QString leftOut = QString::fromStdString(describeOptions(options));
    if (leftOut == leftOut_)
        return;
    leftOut_ = leftOut;
    refresh();
}

const std::optional<IterationValues>& IterationInspector::values() {
    if (stale_) {
        stale_ = false;
        values_.reset();
        Matrix made; // the window holds pixels only (split_features.h)
        if (parameters_ && data_ && parameters_->W.front().cols() == featureCount(data_->train))
            values_ = inspectIteration(*parameters_, featuresOf(data_->train, made), data_->train.Y);
    }
    return values_;
}

QString IterationInspector::quantityAt(int row) const {
    return row >= 0 && row < int(rows_.size()) ? rows_[std::size_t(row)].name : QString();
}

void IterationInspector::selectExample(int index) {
    if (index > example_->maximum()) // the range follows the data once the tab computes its values
        example_->setMaximum(index);
    example_->setValue(index);
}

void IterationInspector::selectElement(int row, Eigen::Index elementRow, Eigen::Index elementColumn) {
    table_->selectRow(row);
    details_->setCurrentWidget(element_);
    element_->selectElement(elementRow, elementColumn);
}

void IterationInspector::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void IterationInspector::refresh() {
    if (!isVisible() && stale_)
        return; // computed when the tab is shown
    const auto& v = values();
    if (!v) {
        title_->setText(parameters_ && data_
                            ? tr("These weights do not fit the data's %1 features.").arg(featureCount(data_->train))
                            : tr("Step (F10) runs one iteration and shows it here; Pause (F6) holds a running run. "
                                 "A finished run shows the iteration that would come next."));
        rows_.clear();
        table_->setRowCount(0);
        element_->showArray(nullptr, std::nullopt, 0, {}, nullptr);
        histogram_->setSummary({}, {});
        exampleText_->clear();
        exampleImage_->clear();
        return;
    }
    title_->setText(tr("<b>Iteration %1</b> of %2 — cost J = %3. Forward: <i>L_model_forward</i> keeps Z and A of "
                       "every layer; backward: <i>L_model_backward</i> turns dA into dZ, dW, db; then "
                       "<i>update_parameters</i> moves W by −learning rate·dW. Columns are the %4 training images.")
                        .arg(iteration_).arg(source_).arg(v->cost, 0, 'f', 8).arg(v->A[0].cols()) +
                    (leftOut_.isEmpty() ? QString()
                                        : tr(" <b>This run also trains with %1</b>, which this view leaves out: it "
                                             "shows the course's own step at these weights, so its cost differs from "
                                             "the run's.")
                                              .arg(leftOut_)));
    fillTable();
    example_->setRange(0, int(v->A[0].cols()) - 1);
    showExample();
}

std::vector<IterationInspector::Quantity> IterationInspector::quantities() const {
    std::vector<Quantity> rows;
    const IterationValues& v = *values_;
    const int L = v.layers;
    const auto at = [](const std::vector<Matrix>& list, int l) { return &list[std::size_t(l)]; };
    for (int l = 1; l <= L; ++l) {
        const QString g = l == L ? QStringLiteral("sigmoid") : QStringLiteral("relu");
        rows.push_back({QStringLiteral("Z[%1]").arg(l), shapeOf(v.Z[std::size_t(l)]),
                        QStringLiteral("linear_forward: W[%1]·A[%2] + b[%1]").arg(l).arg(l - 1), at(v.Z, l),
                        IterationArray::Z, l});
        rows.push_back({QStringLiteral("A[%1]").arg(l), shapeOf(v.A[std::size_t(l)]),
                        QStringLiteral("linear_activation_forward (%1)").arg(g), at(v.A, l), IterationArray::A, l});
    }
    rows.push_back({QStringLiteral("dA[%1]").arg(L), shapeOf(v.dA[std::size_t(L)]),
                    QStringLiteral("L_model_backward: −(Y/AL − (1−Y)/(1−AL))"), at(v.dA, L), IterationArray::dA, L});
    for (int l = L; l >= 1; --l) {
        rows.push_back({QStringLiteral("dZ[%1]").arg(l), shapeOf(v.dZ[std::size_t(l)]),
                        l == L ? QStringLiteral("sigmoid_backward") : QStringLiteral("relu_backward"), at(v.dZ, l),
                        IterationArray::dZ, l});
        rows.push_back({QStringLiteral("dW[%1]").arg(l), shapeOf(v.dW[std::size_t(l)]),
                        QStringLiteral("linear_backward: dZ[%1]·A[%2]ᵀ / m").arg(l).arg(l - 1), at(v.dW, l),
                        IterationArray::dW, l});
        rows.push_back({QStringLiteral("db[%1]").arg(l), shapeOf(v.db[std::size_t(l)]),
                        QStringLiteral("linear_backward: row sums of dZ[%1] / m").arg(l), at(v.db, l),
                        IterationArray::db, l});
        rows.push_back({QStringLiteral("dA[%1]").arg(l - 1), shapeOf(v.dA[std::size_t(l) - 1]),
                        QStringLiteral("linear_backward: W[%1]ᵀ·dZ[%1]").arg(l) +
                            (l == 1 ? tr(" (the gradient for the pixels: see saliency)") : QString()),
                        at(v.dA, l - 1), IterationArray::dA, l - 1});
    }
    for (int l = 1; l <= L; ++l)
        rows.push_back({QStringLiteral("W[%1]").arg(l), shapeOf(v.W[std::size_t(l)]),
                        tr("parameters (update_parameters moves them next)"), at(v.W, l), std::nullopt, l});
    return rows;
}

void IterationInspector::fillTable() {
    const int selected = table_->currentRow();
    rows_ = quantities();
    const QSignalBlocker quiet(table_);
    table_->setRowCount(int(rows_.size()));
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const Quantity& q = rows_[r];
        const ValueSummary s = summarize(*q.values, 1);
        const int row = int(r);
        table_->setItem(row, Name, cell(q.name));
        table_->setItem(row, Shape, cell(q.shape));
        table_->setItem(row, Function, cell(q.function));
        table_->setItem(row, Mean, number(s.mean));
        table_->setItem(row, Deviation, number(s.standardDeviation));
        table_->setItem(row, Min, number(s.min));
        table_->setItem(row, Max, number(s.max));
        table_->setItem(row, Zeros, cell(QStringLiteral("%1%").arg(s.zeroShare * 100, 0, 'f', 1)));
    }
    table_->resizeColumnsToContents();
    table_->selectRow(std::clamp(selected, 0, int(rows_.size()) - 1));
    showSelected();
}

void IterationInspector::showSelected() {
    const int row = table_->currentRow();
    if (row < 0 || row >= int(rows_.size()))
        return;
    const Quantity& q = rows_[std::size_t(row)];
    element_->showArray(&*values_, q.array, q.layer, q.name, q.values);
    histogram_->setSummary(summarize(*q.values), tr("%1 %2: histogram of its %3 values")
                                                     .arg(q.name, q.shape).arg(q.values->size()));
}

void IterationInspector::showExample() {
    if (!values_ || !data_)
        return;
    const Eigen::Index column = example_->value();
    if (column < 0 || column >= data_->train.count())
        return;
    exampleImage_->setPixmap(QPixmap::fromImage(imageFromNetworkInput(data_->train.image(column))));
    const IterationValues& v = *values_;
    QStringList lines;
    lines << tr("<b>Image %1</b>, labelled %2").arg(column).arg(className(data_->train, data_->train.label(column)));
    for (int l = 1; l <= v.layers; ++l) {
        const auto a = v.A[std::size_t(l)].col(column);
        QStringList numbers;
        for (Eigen::Index i = 0; i < std::min<Eigen::Index>(a.size(), 25); ++i)
            numbers << QString::number(a(i), 'f', 3);
        if (a.size() > 25)
            numbers << tr("… (%1 more)").arg(a.size() - 25);
        lines << tr("A[%1] (%2 units): %3").arg(l).arg(a.size()).arg(numbers.join(QStringLiteral("  ")));
    }
    lines << tr("<b>P(cat) = %1</b> → %2")
                 .arg(probabilityText(v.A.back()(0, column)))
                 .arg(v.A.back()(0, column) > 0.5 ? tr("cat") : tr("non-cat"));
    exampleText_->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace catnet::ui
