#include "ui/training/options_group.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <tuple>

namespace catnet::ui {

namespace {

enum OptionsField { L2Field = 100, KeepField, BatchField, OptimizerField, BetaField, Beta1Field, Beta2Field, EpsilonField, FlipField };

const char* const kHint = "catnetHint"; // the one-line explanation a field shows while it has the focus

QString optionText(double value) {
    return QString::number(value, 'g', 10);
}

// A field's name at the head of its problem ("Keep probability: must be …").
QString fieldTitle(OptionField field) {
    switch (field) {
    case OptionField::L2:
        return OptionsGroup::tr("L2 λ");
    case OptionField::KeepProb:
        return OptionsGroup::tr("Keep probability");
    case OptionField::BatchSize:
        return OptionsGroup::tr("Batch size");
    case OptionField::Beta:
        return OptionsGroup::tr("Momentum β");
    case OptionField::Beta1:
        return OptionsGroup::tr("Adam β1");
    case OptionField::Beta2:
        return OptionsGroup::tr("Adam β2");
    case OptionField::Epsilon:
        return OptionsGroup::tr("Adam ε");
    }
    return {};
}

} // namespace

OptionsGroup::OptionsGroup(QWidget* parent) : QWidget(parent) {
    toggle_ = new QToolButton(this);
    toggle_->setObjectName("optionsToggle");
    toggle_->setCheckable(true);
    toggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle_->setAutoRaise(true);
    toggle_->setArrowType(Qt::RightArrow);
    toggle_->setToolTip(tr("The next course's tools against overfitting and slow descent (SPEC §8)"));

    l2_ = numberField("l2Edit",
                      tr("L2 regularization: the cost gains (λ/2m)·Σ‖W‖², so every step also shrinks the weights. "
                         "0 adds nothing; the next course uses 0.7."),
                      tr("L2 λ: larger values shrink the weights more (0: off; the next course uses 0.7)."));
    keepProb_ = numberField("keepProbEdit",
                            tr("Inverted dropout: in every step each hidden unit is kept with this probability and the "
                               "kept ones are scaled by 1/k. 1 drops nothing; the next course uses 0.86. Predictions "
                               "never drop units."),
                            tr("Keep probability: each hidden unit works in a step with this chance (1: off)."));
    batchSize_ = new QSpinBox(this);
    batchSize_->setObjectName("batchSizeSpin");
    batchSize_->setRange(0, 1'000'000);
    batchSize_->setSpecialValueText(tr("full batch"));
    batchSize_->setToolTip(tr("Examples per step. Full batch: one step per epoch over the whole training set, as in the "
                              "course. Smaller batches take many noisier steps per epoch, in an order shuffled anew "
                              "each epoch."));
    batchSize_->setProperty(kHint, tr("Batch size: examples per step; an epoch is one pass over the training set."));
    optimizer_ = new QComboBox(this);
    optimizer_->setObjectName("optimizerCombo");
    optimizer_->addItem(tr("gradient descent"), int(Optimizer::GradientDescent));
    optimizer_->addItem(tr("momentum"), int(Optimizer::Momentum));
    optimizer_->addItem(tr("Adam"), int(Optimizer::Adam));
    optimizer_->setToolTip(tr("Gradient descent: W −= α·dW. Momentum: steps along an average of recent gradients. "
                              "Adam: momentum, with each weight's step scaled by its recent gradient size."));
    optimizer_->setProperty(kHint, tr("Optimizer: how a step turns the gradients into a change of the weights."));
    beta_ = numberField("betaEdit", tr("Momentum β: how much of the earlier steps' average each step keeps (0.9)."),
                        tr("Momentum β: the share of the earlier average kept in each step (0.9)."));
    beta1_ = numberField("beta1Edit", tr("Adam β1: the average of the gradients keeps this share each step (0.9)."),
                         tr("Adam β1: how long the gradients' average remembers (0.9)."));
    beta2_ = numberField("beta2Edit",
                         tr("Adam β2: the average of the squared gradients keeps this share each step (0.999)."),
                         tr("Adam β2: how long the squared gradients' average remembers (0.999)."));
    epsilon_ = numberField("epsilonEdit", tr("Adam ε: added to √ŝ so that no step divides by zero (1e-8)."),
                           tr("Adam ε: keeps the step finite where the gradients are tiny (1e-8)."));
    flip_ = new QCheckBox(tr("add every image &mirrored"), this);
    flip_->setObjectName("flipCheck");
    flip_->setToolTip(tr("Flip augmentation: the training set gains a left–right mirror of every image, with its label; "
                         "m doubles. The test set is unchanged."));
    flip_->setProperty(kHint, tr("Flip: more training images for free, since a mirrored cat is still a cat."));

    body_ = new QWidget(this);
    form_ = new QFormLayout(body_);
    form_->setContentsMargins(0, 0, 0, 0);
    form_->addRow(tr("L&2 λ:"), l2_);
    form_->addRow(tr("&Keep probability:"), keepProb_);
    form_->addRow(tr("&Batch size:"), batchSize_);
    form_->addRow(tr("Optimi&zer:"), optimizer_);
    form_->addRow(tr("Momentum β:"), beta_);
    form_->addRow(tr("Adam β1:"), beta1_);
    form_->addRow(tr("Adam β2:"), beta2_);
    form_->addRow(tr("Adam ε:"), epsilon_);
    form_->addRow(tr("Flip:"), flip_);
    hint_ = new QLabel(body_);
    hint_->setObjectName("optionsHint");
    hint_->setWordWrap(true);
    hint_->setEnabled(false); // greyed: an explanation, not a setting
    form_->addRow(hint_);
    body_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toggle_);
    layout->addWidget(body_);

    connect(toggle_, &QToolButton::toggled, this, &OptionsGroup::setExpanded);
    const auto watch = [this](auto* widget, auto signal, int field) {
        connect(widget, signal, this, [this, field] {
            showOptimizerFields();
            showSummary();
            if (!applying_)
                emit edited(field);
        });
        widget->installEventFilter(this);
    };
    watch(l2_, &QLineEdit::textChanged, L2Field);
    watch(keepProb_, &QLineEdit::textChanged, KeepField);
    watch(batchSize_, &QSpinBox::valueChanged, BatchField);
    watch(optimizer_, &QComboBox::currentIndexChanged, OptimizerField);
    watch(beta_, &QLineEdit::textChanged, BetaField);
    watch(beta1_, &QLineEdit::textChanged, Beta1Field);
    watch(beta2_, &QLineEdit::textChanged, Beta2Field);
    watch(epsilon_, &QLineEdit::textChanged, EpsilonField);
    watch(flip_, &QCheckBox::toggled, FlipField);
    setState(stateOf({}));
}

QLineEdit* OptionsGroup::numberField(const char* name, const QString& toolTip, const QString& hint) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setToolTip(toolTip);
    edit->setProperty(kHint, hint);
    return edit;
}

OptionsGroup::State OptionsGroup::stateOf(const TrainingOptions& options) {
    return {optionText(options.l2),    optionText(options.keepProb), std::max(options.batchSize, 0),
            int(options.optimizer),    optionText(options.beta),     optionText(options.beta1),
            optionText(options.beta2), optionText(options.epsilon),  options.flip};
}

OptionsGroup::State OptionsGroup::state() const {
    return {l2_->text(),   keepProb_->text(), batchSize_->value(), optimizer_->currentData().toInt(),
            beta_->text(), beta1_->text(),    beta2_->text(),      epsilon_->text(),
            flip_->isChecked()};
}

void OptionsGroup::setState(const State& state) {
    applying_ = true;
    l2_->setText(state.l2);
    keepProb_->setText(state.keepProb);
    batchSize_->setValue(state.batchSize);
    optimizer_->setCurrentIndex(std::max(optimizer_->findData(state.optimizer), 0));
    beta_->setText(state.beta);
    beta1_->setText(state.beta1);
    beta2_->setText(state.beta2);
    epsilon_->setText(state.epsilon);
    flip_->setChecked(state.flip);
    applying_ = false;
    showOptimizerFields();
    showSummary();
}

TrainingOptions OptionsGroup::read(QString& problem) const {
    TrainingOptions options;
    const std::tuple<QLineEdit*, double*, OptionField> numbers[] = {
        {l2_, &options.l2, OptionField::L2},         {keepProb_, &options.keepProb, OptionField::KeepProb},
        {beta_, &options.beta, OptionField::Beta},   {beta1_, &options.beta1, OptionField::Beta1},
        {beta2_, &options.beta2, OptionField::Beta2}, {epsilon_, &options.epsilon, OptionField::Epsilon}};
    for (const auto& [edit, target, field] : numbers) {
        bool ok = false;
        const double value = QLocale::c().toDouble(edit->text().trimmed(), &ok);
        if (!ok || !std::isfinite(value)) {
            if (problem.isEmpty())
                problem = tr("%1: give a number such as %2.").arg(fieldTitle(field), optionText(*target));
            continue;
        }
        *target = value;
    }
    options.batchSize = batchSize_->value();
    options.optimizer = Optimizer(optimizer_->currentData().toInt());
    options.flip = flip_->isChecked();
    if (problem.isEmpty()) {
        if (const auto invalid = checkTrainingOptions(options))
            problem = tr("%1: %2.").arg(fieldTitle(invalid->field), QString::fromStdString(invalid->message));
    }
    return options;
}

bool OptionsGroup::isExpanded() const {
    return toggle_->isChecked();
}

void OptionsGroup::setExpanded(bool expanded) {
    toggle_->setChecked(expanded);
    toggle_->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    body_->setVisible(expanded);
}

bool OptionsGroup::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusIn)
        hint_->setText(watched->property(kHint).toString());
    else if (event->type() == QEvent::FocusOut)
        showSummary();
    return QWidget::eventFilter(watched, event);
}

void OptionsGroup::showOptimizerFields() {
    const auto optimizer = Optimizer(optimizer_->currentData().toInt());
    form_->setRowVisible(beta_, optimizer == Optimizer::Momentum);
    for (QWidget* adam : {static_cast<QWidget*>(beta1_), static_cast<QWidget*>(beta2_), static_cast<QWidget*>(epsilon_)})
        form_->setRowVisible(adam, optimizer == Optimizer::Adam);
}

// The header says what is on, so that a folded group still shows it.
void OptionsGroup::showSummary() {
    QString problem;
    const TrainingOptions options = read(problem);
    const QString on = problem.isEmpty() ? QString::fromStdString(describeOptions(options)) : tr("check the values");
    toggle_->setText(on.isEmpty() ? tr("Regularization && optimizer: none") : tr("Regularization && optimizer: %1").arg(on));
    hint_->setText(on.isEmpty() ? tr("Nothing added: the course's full-batch gradient descent.")
                                : tr("Each field says here what it does while you edit it."));
}

} // namespace catnet::ui
