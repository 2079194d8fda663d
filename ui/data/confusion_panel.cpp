#include "ui/data/confusion_panel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

namespace catnet::ui {

namespace {

constexpr int kSliderSteps = 100;
constexpr ConfusionCell kCells[] = {ConfusionCell::TrueCat, ConfusionCell::FalseNonCat, ConfusionCell::FalseCat,
                                     ConfusionCell::TrueNonCat};

QTableWidget* makeMatrix(const QString& name, QWidget* parent) {
    auto* table = new QTableWidget(2, 2, parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels({ConfusionPanel::tr("said cat"), ConfusionPanel::tr("said non-cat")});
    table->setVerticalHeaderLabels({ConfusionPanel::tr("is cat"), ConfusionPanel::tr("is non-cat")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setFixedHeight(90);
    table->setToolTip(ConfusionPanel::tr("Click a cell to see its images below"));
    return table;
}

Eigen::Index countOf(const Confusion& c, ConfusionCell cell) {
    switch (cell) {
    case ConfusionCell::TrueCat:
        return c.trueCat;
    case ConfusionCell::FalseCat:
        return c.falseCat;
    case ConfusionCell::TrueNonCat:
        return c.trueNonCat;
    case ConfusionCell::FalseNonCat:
        return c.falseNonCat;
    }
    return 0;
}

QString ratio(Eigen::Index part, Eigen::Index whole) {
    return whole > 0 ? QString::number(double(part) / double(whole), 'f', 2) : QStringLiteral("—");
}

} // namespace

bool inConfusionCell(ConfusionCell cell, int predicted, int label) {
    switch (cell) {
    case ConfusionCell::TrueCat:
        return predicted == 1 && label == 1;
    case ConfusionCell::FalseCat:
        return predicted == 1 && label == 0;
    case ConfusionCell::TrueNonCat:
        return predicted == 0 && label == 0;
    case ConfusionCell::FalseNonCat:
        return predicted == 0 && label == 1;
    }
    return false;
}

std::pair<int, int> ConfusionPanel::positionOf(ConfusionCell cell) {
    switch (cell) {
    case ConfusionCell::TrueCat:
        return {0, 0};
    case ConfusionCell::FalseNonCat:
        return {0, 1};
    case ConfusionCell::FalseCat:
        return {1, 0};
    case ConfusionCell::TrueNonCat:
        return {1, 1};
    }
    return {0, 0};
}

ConfusionPanel::ConfusionPanel(QWidget* parent) : QWidget(parent) {
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName("thresholdSlider");
    slider_->setRange(0, kSliderSteps);
    slider_->setValue(kSliderSteps / 2);
    slider_->setPageStep(5);
    slider_->setToolTip(tr("An image counts as a cat where P(cat) > T; the course uses 0.5"));
    value_ = new QLabel(this);
    value_->setObjectName("thresholdLabel");
    auto* thresholdLabel = new QLabel(tr("&Threshold:"), this);
    thresholdLabel->setBuddy(slider_);
    train_ = makeMatrix("trainConfusion", this);
    test_ = makeMatrix("testConfusion", this);
    trainMetrics_ = new QLabel(this);
    trainMetrics_->setObjectName("trainConfusionMetrics");
    testMetrics_ = new QLabel(this);
    testMetrics_->setObjectName("testConfusionMetrics");
    note_ = new QLabel(this);
    note_->setObjectName("confusionNote");
    note_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(thresholdLabel);
    top->addWidget(slider_, 1);
    top->addWidget(value_);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Training set</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Test set</b>"), this), 0, 1);
    grid->addWidget(train_, 1, 0);
    grid->addWidget(test_, 1, 1);
    grid->addWidget(trainMetrics_, 2, 0);
    grid->addWidget(testMetrics_, 2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addWidget(note_);

    connect(slider_, &QSlider::valueChanged, this, [this] {
        refresh();
        emit thresholdChanged(threshold());
    });
    for (QTableWidget* table : {train_, test_})
        connect(table, &QTableWidget::cellClicked, this, [this, table](int row, int column) {
            for (ConfusionCell cell : kCells)
                if (positionOf(cell) == std::pair{row, column})
                    emit cellChosen(table == test_, cell);
        });
    refresh();
}

void ConfusionPanel::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = std::move(data);
    refresh();
}

void ConfusionPanel::setRun(std::shared_ptr<const TrainedRun> run) {
    run_ = std::move(run);
    refresh();
}

double ConfusionPanel::threshold() const {
    return double(slider_->value()) / kSliderSteps;
}

std::optional<Confusion> ConfusionPanel::confusionOf(bool test) const {
    if (!data_ || !run_)
        return std::nullopt;
    const Evaluation* evaluation = run_->evaluationOnOpenData(test);
    const DataSplit& split = test ? data_->test : data_->train;
    if (!evaluation || evaluation->probabilities.size() != split.count())
        return std::nullopt;
    return confusion(predictLabels(evaluation->probabilities, threshold()), split.Y);
}

void ConfusionPanel::refresh() {
    value_->setText(QString::number(threshold(), 'f', 2));
    showSplit(false, train_, trainMetrics_);
    showSplit(true, test_, testMetrics_);
    if (data_ && data_->train.count() > 0 && data_->test.count() > 0) {
        const auto catShare = [](const DataSplit& split) { return split.Y.mean() * 100.0; };
        note_->setText(tr("The training set is %1% cats, the test set %2%: a lower threshold finds more cats "
                          "(higher recall) and mistakes more non-cats for cats (lower precision).")
                           .arg(catShare(data_->train), 0, 'f', 0)
                           .arg(catShare(data_->test), 0, 'f', 0));
    } else {
        note_->clear();
    }
}

void ConfusionPanel::showSplit(bool test, QTableWidget* table, QLabel* metrics) {
    const std::optional<Confusion> c = confusionOf(test);
    for (ConfusionCell cell : kCells) {
        const auto [row, column] = positionOf(cell);
        auto* item = new QTableWidgetItem(c ? QString::number(countOf(*c, cell)) : QStringLiteral("—"));
        item->setTextAlignment(Qt::AlignCenter);
        const bool right = cell == ConfusionCell::TrueCat || cell == ConfusionCell::TrueNonCat;
        if (c)
            item->setBackground(right ? QColor(0, 158, 115, 60) : QColor(213, 94, 0, 60)); // Okabe–Ito green / vermillion
        table->setItem(row, column, item);
    }
    if (!c) {
        metrics->setText(tr("Train a model (or select a run) to see its confusion matrix."));
        return;
    }
    const Eigen::Index total = c->trueCat + c->falseCat + c->trueNonCat + c->falseNonCat;
    metrics->setText(tr("precision %1 · recall %2 · accuracy %3%")
                         .arg(ratio(c->trueCat, c->trueCat + c->falseCat))
                         .arg(ratio(c->trueCat, c->trueCat + c->falseNonCat))
                         .arg(total > 0 ? 100.0 * double(c->trueCat + c->trueNonCat) / double(total) : 0.0, 0, 'f', 1));
}

} // namespace catnet::ui
