#pragma once

#include <QDialog>

#include <vector>

class QListWidget;
class QPushButton;

namespace catnet::ui {

class RunsModel;

// Asks which runs go into a bundle (File → Export runs…): every finished run with weights,
// with its colour and label, all checked; Export is enabled while one is.
class RunPickerDialog : public QDialog {
    Q_OBJECT
public:
    RunPickerDialog(const RunsModel& runs, QWidget* parent = nullptr);

    // The ids of the runs checked, in the table's order.
    std::vector<int> chosen() const;
    // How many runs it offers.
    int offered() const;
    void setAllChecked(bool checked);

private:
    void updateButton();

    QListWidget* list_;
    QPushButton* export_;
};

} // namespace catnet::ui
