#include "ui/shell/run_picker_dialog.h"

#include "ui/core/runs_model.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace catnet::ui {

RunPickerDialog::RunPickerDialog(const RunsModel& runs, QWidget* parent)
    : QDialog(parent), list_(new QListWidget(this)) {
    setWindowTitle(tr("Export runs"));
    setObjectName("runPickerDialog");
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The runs checked go into one file, with their weights, costs, names and numbers. "
                                "Another catnet takes them in with File → Import runs…"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    list_->setObjectName("runPickerList");
    for (const auto& run : runs.runs()) {
        if (!run->hasModel() || run->running)
            continue;
        QString text = runs.label(run->id);
        if (run->testEvaluation && !run->failed())
            text += tr("  test %1%").arg(run->testEvaluation->accuracy * 100.0, 0, 'f', 1);
        if (run->failed())
            text += QStringLiteral("  ⚠");
        auto* item = new QListWidgetItem(text, list_);
        item->setToolTip(run->outcomeText());
        item->setData(Qt::UserRole, run->id);
        QPixmap swatch(12, 12); // the run's colour, as in the table and the chart
        swatch.fill(runColour(run->id));
        item->setIcon(QIcon(swatch));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    layout->addWidget(list_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    export_ = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    export_->setObjectName("exportRunsButton");
    buttons->addButton(tr("&All"), QDialogButtonBox::ActionRole)->setObjectName("checkAllRuns");
    buttons->addButton(tr("&None"), QDialogButtonBox::ActionRole)->setObjectName("checkNoRuns");
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton* button) {
        if (button->objectName() == "checkAllRuns" || button->objectName() == "checkNoRuns")
            setAllChecked(button->objectName() == "checkAllRuns");
    });
    connect(list_, &QListWidget::itemChanged, this, &RunPickerDialog::updateButton);
    layout->addWidget(buttons);
    updateButton();
}

std::vector<int> RunPickerDialog::chosen() const {
    std::vector<int> ids;
    for (int row = 0; row < list_->count(); ++row)
        if (list_->item(row)->checkState() == Qt::Checked)
            ids.push_back(list_->item(row)->data(Qt::UserRole).toInt());
    return ids;
}

int RunPickerDialog::offered() const {
    return list_->count();
}

void RunPickerDialog::setAllChecked(bool checked) {
    for (int row = 0; row < list_->count(); ++row)
        list_->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void RunPickerDialog::updateButton() {
    const auto count = chosen().size();
    export_->setEnabled(count > 0);
    export_->setText(count == 1 ? tr("&Export 1 run…") : tr("&Export %1 runs…").arg(count));
}

} // namespace catnet::ui
