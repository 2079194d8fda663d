#include "ui/training/network_panel.h"

#include "engine/model/course_presets.h"
#include "engine/model/layer_dims.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace catnet::ui {

namespace {

// One change to the network form. Typing in a field merges into the step before it
// when that step changed the same field. It names the form through a slot the form
// hands on when the window is rebuilt (a language switch), so the steps outlive it.
class FormEdit : public QUndoCommand {
public:
    FormEdit(std::shared_ptr<NetworkPanel*> panel, NetworkPanel::FormState before, NetworkPanel::FormState after,
             int field)
        : panel_(std::move(panel)), before_(std::move(before)), after_(std::move(after)), field_(field) {
        setText(NetworkPanel::tr("change the network settings"));
    }
    int id() const override { return field_; } // -1 (a preset) never merges
    bool mergeWith(const QUndoCommand* other) override {
        after_ = static_cast<const FormEdit*>(other)->after_;
        return true;
    }
    void undo() override {
        if (NetworkPanel* panel = *panel_)
            panel->setFormState(before_);
    }
    void redo() override {
        if (first_) // the form already shows it: setting it again would move the cursor
            first_ = false;
        else if (NetworkPanel* panel = *panel_)
            panel->setFormState(after_);
    }

private:
    std::shared_ptr<NetworkPanel*> panel_;
    NetworkPanel::FormState before_, after_;
    int field_;
    bool first_ = true;
};

enum Field { DimsField, RateField, IterationsField, SeedField, InitField, ReportField };

} // namespace

// The presets' titles come from the engine (course_presets.h); these lines let lupdate
// see them, so that tr(preset.title) finds a translation in both contexts that use it.
[[maybe_unused]] static const char* const kPresetTitles[] = {
    QT_TRANSLATE_NOOP("catnet::ui::NetworkPanel", "2-layer (course)"),
    QT_TRANSLATE_NOOP("catnet::ui::NetworkPanel", "L-layer (course)"),
    QT_TRANSLATE_NOOP("catnet::ui::MainWindow", "2-layer (course)"),
    QT_TRANSLATE_NOOP("catnet::ui::MainWindow", "L-layer (course)"),
    QT_TRANSLATE_NOOP("catnet::ui::NetworkPanel", "course + L2"),
    QT_TRANSLATE_NOOP("catnet::ui::NetworkPanel", "course + dropout"),
    QT_TRANSLATE_NOOP("catnet::ui::NetworkPanel", "course + Adam (mini-batch 64)"),
    QT_TRANSLATE_NOOP("catnet::ui::MainWindow", "course + L2"),
    QT_TRANSLATE_NOOP("catnet::ui::MainWindow", "course + dropout"),
    QT_TRANSLATE_NOOP("catnet::ui::MainWindow", "course + Adam (mini-batch 64)"),
};

NetworkPanel::NetworkPanel(QWidget* parent) : QWidget(parent) {
    preset_ = new QComboBox(this);
    preset_->setObjectName("presetCombo");
    preset_->addItem(tr("Custom"));
    for (const CoursePreset& preset : coursePresets())
        preset_->addItem(tr(preset.title.data()));
    preset_->setToolTip(tr("The course's two models: [12288, 7, 1] with small init, and "
                           "[12288, 20, 7, 5, 1] with lecun init; lr 0.0075, 2500 iterations, seed 1. "
                           "The L-layer model with the next course's L2 (λ 0.7), dropout (keep 0.86), or Adam "
                           "(lr 0.001, mini-batches of 64, 100 epochs)."));

    dims_ = new QLineEdit(this);
    dims_->setObjectName("dimsEdit");
    dims_->setToolTip(tr("Layer sizes from input to output, separated by commas. The first is the "
                         "number of input features (64×64×3 = 12288), the last is 1 (the sigmoid output)."));
    message_ = new QLabel(this);
    message_->setObjectName("dimsMessage");
    message_->setWordWrap(true);
    message_->setStyleSheet(kProblemStyle);

    learningRate_ = new QLineEdit(this);
    learningRate_->setObjectName("learningRateEdit");
    learningRate_->setToolTip(tr("Gradient descent step size α (a positive number, e.g. 0.0075 or 1e-3)"));

    iterations_ = new QSpinBox(this);
    iterations_->setObjectName("iterationsSpin");
    iterations_->setRange(1, 1'000'000'000);
    iterations_->setGroupSeparatorShown(true);
    iterations_->setToolTip(tr("Full-batch gradient descent iterations"));

    seed_ = new QSpinBox(this);
    seed_->setObjectName("seedSpin");
    seed_->setRange(0, 2'147'483'647);
    seed_->setToolTip(tr("numpy-compatible random seed for the initial weights (the course uses 1)"));

    init_ = new QComboBox(this);
    init_->setObjectName("initCombo");
    for (const auto& [scheme, name] : EnumNames<InitScheme>::table)
        init_->addItem(QString::fromUtf8(name.data(), qsizetype(name.size())), int(scheme));
    init_->setToolTip(tr("small: randn × 0.01 · lecun: randn / √n_prev · he: randn × √(2/n_prev)"));

    reportEvery_ = new QSpinBox(this);
    reportEvery_->setObjectName("reportEverySpin");
    reportEvery_->setRange(1, 1'000'000);
    reportEvery_->setToolTip(tr("Record the cost (a point on the chart) every N iterations"));

    layers_ = new QTableWidget(0, 4, this);
    layers_->setObjectName("layersTable");
    layers_->setHorizontalHeaderLabels({tr("Layer"), tr("W"), tr("b"), tr("Parameters")});
    layers_->verticalHeader()->hide();
    layers_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layers_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layers_->setSelectionMode(QAbstractItemView::NoSelection);
    layers_->setToolTip(tr("Shapes of each layer's weights W[l] (n_l × n_l-1) and biases b[l] (n_l × 1)"));
    // Read-only: Tab goes past it to the Train button instead of cycling its cells.
    layers_->setFocusPolicy(Qt::NoFocus);
    layers_->setTabKeyNavigation(false);
    total_ = new QLabel(this);
    total_->setObjectName("parameterTotal");
    options_ = new OptionsGroup(this);
    options_->setObjectName("optionsGroup");

    auto* form = new QFormLayout;
    form->addRow(tr("&Preset:"), preset_);
    form->addRow(tr("&Layers:"), dims_);
    form->addRow(QString(), message_);
    form->addRow(tr("Learning &rate:"), learningRate_);
    form->addRow(tr("&Iterations:"), iterations_);
    form->addRow(tr("&Seed:"), seed_);
    form->addRow(tr("I&nit:"), init_);
    form->addRow(tr("Cost e&very:"), reportEvery_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(options_);
    layout->addWidget(layers_, 1);
    layout->addWidget(total_);

    connect(dims_, &QLineEdit::textChanged, this, [this] { recordEdit(DimsField); });
    connect(learningRate_, &QLineEdit::textChanged, this, [this] { recordEdit(RateField); });
    connect(iterations_, &QSpinBox::valueChanged, this, [this] { recordEdit(IterationsField); });
    connect(seed_, &QSpinBox::valueChanged, this, [this] { recordEdit(SeedField); });
    connect(init_, &QComboBox::currentIndexChanged, this, [this] { recordEdit(InitField); });
    connect(reportEvery_, &QSpinBox::valueChanged, this, [this] { recordEdit(ReportField); });
    connect(options_, &OptionsGroup::edited, this, &NetworkPanel::recordEdit);
    connect(preset_, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setConfig(coursePresets()[std::size_t(index - 1)].config);
    });

    setConfig(lLayerCourseConfig());
}

void NetworkPanel::setConfig(const TrainConfig& config) {
    FormState state;
    state.dims = QString::fromStdString(formatLayerDims(config.layerDims));
    state.learningRate = QString::number(config.learningRate, 'g', 10);
    state.iterations = config.iterations;
    state.seed = int(std::min<std::uint32_t>(config.seed, 2'147'483'647u));
    state.init = init_->findData(int(config.init));
    state.reportEvery = config.reportEvery;
    state.options = OptionsGroup::stateOf(config.options);
    setFormState(state);
    if (!config.options.isCourseDescent())
        options_->setExpanded(true); // a preset with options shows them
    if (undo_ && state != recorded_) // a preset: one step
        undo_->push(new FormEdit(undoTarget_, recorded_, state, -1));
    recorded_ = state;
}

void NetworkPanel::setLearningRate(double rate) {
    learningRate_->setText(QString::number(rate, 'g', 3));
}

bool NetworkPanel::matchesPreset() const {
    return preset_->currentIndex() > 0;
}

NetworkPanel::FormState NetworkPanel::formState() const {
    return {dims_->text(),        learningRate_->text(), iterations_->value(), seed_->value(), init_->currentIndex(),
            reportEvery_->value(), options_->state()};
}

void NetworkPanel::setFormState(const FormState& state) {
    applying_ = true;
    dims_->setText(state.dims);
    learningRate_->setText(state.learningRate);
    iterations_->setValue(state.iterations);
    seed_->setValue(state.seed);
    init_->setCurrentIndex(state.init);
    reportEvery_->setValue(state.reportEvery);
    options_->setState(state.options);
    applying_ = false;
    recorded_ = state;
    revalidate();
}

NetworkPanel::~NetworkPanel() {
    if (*undoTarget_ == this) // steps left on the stack change nothing once the form is gone
        *undoTarget_ = nullptr;
}

void NetworkPanel::setUndoStack(QUndoStack* stack) {
    undo_ = stack;
    recorded_ = formState();
}

void NetworkPanel::takeOver(NetworkPanel& earlier) {
    setFormState(earlier.formState());
    undo_ = std::exchange(earlier.undo_, nullptr);
    undoTarget_ = earlier.undoTarget_;
    *undoTarget_ = this;
}

void NetworkPanel::recordEdit(int field) {
    revalidate();
    if (applying_)
        return;
    const FormState now = formState();
    if (undo_ && now != recorded_)
        undo_->push(new FormEdit(undoTarget_, recorded_, now, field));
    recorded_ = now;
}

void NetworkPanel::saveSettings(QSettings& settings) const {
    settings.setValue("network/dims", dims_->text());
    settings.setValue("network/learningRate", learningRate_->text());
    settings.setValue("network/iterations", iterations_->value());
    settings.setValue("network/seed", seed_->value());
    settings.setValue("network/init", init_->currentText());
    settings.setValue("network/reportEvery", reportEvery_->value());
    const OptionsGroup::State options = options_->state();
    settings.setValue("network/l2", options.l2);
    settings.setValue("network/keepProb", options.keepProb);
    settings.setValue("network/batchSize", options.batchSize);
    settings.setValue("network/optimizer", QString::fromUtf8(nameOf(Optimizer(options.optimizer)).data()));
    settings.setValue("network/beta", options.beta);
    settings.setValue("network/beta1", options.beta1);
    settings.setValue("network/beta2", options.beta2);
    settings.setValue("network/epsilon", options.epsilon);
    settings.setValue("network/flip", options.flip);
    settings.setValue("network/optionsShown", options_->isExpanded());
}

void NetworkPanel::restoreSettings(const QSettings& settings) {
    const auto restoreInt = [&](const char* key, QSpinBox* spin) {
        bool ok = false;
        const int value = settings.value(key).toInt(&ok);
        if (ok && value >= spin->minimum() && value <= spin->maximum())
            spin->setValue(value);
    };
    const QString dims = settings.value("network/dims").toString();
    try {
        if (!dims.isEmpty() && parseLayerDims(dims.toStdString()).size() >= 2)
            dims_->setText(dims);
    } catch (const std::invalid_argument&) {
        // an unreadable value keeps the default
    }
    bool ok = false;
    const QString rate = settings.value("network/learningRate").toString();
    const double value = QLocale::c().toDouble(rate.trimmed(), &ok);
    if (ok && std::isfinite(value) && value > 0.0)
        learningRate_->setText(rate);
    restoreInt("network/iterations", iterations_);
    restoreInt("network/seed", seed_);
    restoreInt("network/reportEvery", reportEvery_);
    if (const auto scheme = parseName<InitScheme>(settings.value("network/init").toString().toStdString()))
        init_->setCurrentIndex(init_->findData(int(*scheme)));
    restoreOptions(settings);
    revalidate();
}

// SPEC §8's fields: kept only when they all hold together, else the course's defaults.
void NetworkPanel::restoreOptions(const QSettings& settings) {
    OptionsGroup::State state = options_->state();
    const auto text = [&](const char* key, QString& field) {
        if (settings.contains(key))
            field = settings.value(key).toString();
    };
    text("network/l2", state.l2);
    text("network/keepProb", state.keepProb);
    text("network/beta", state.beta);
    text("network/beta1", state.beta1);
    text("network/beta2", state.beta2);
    text("network/epsilon", state.epsilon);
    bool ok = false;
    if (const int batch = settings.value("network/batchSize").toInt(&ok); ok && batch >= 0)
        state.batchSize = batch;
    if (const auto optimizer = parseName<Optimizer>(settings.value("network/optimizer").toString().toStdString()))
        state.optimizer = int(*optimizer);
    state.flip = settings.value("network/flip", state.flip).toBool();
    const OptionsGroup::State before = options_->state();
    options_->setState(state);
    QString problem;
    options_->read(problem);
    if (!problem.isEmpty())
        options_->setState(before);
    options_->setExpanded(settings.value("network/optionsShown", options_->isExpanded()).toBool());
}

void NetworkPanel::setInputSize(Eigen::Index features) {
    inputSize_ = features;
    revalidate();
}

TrainConfig NetworkPanel::readFields(QString& problem) const {
    TrainConfig config;
    try {
        config.layerDims = parseLayerDims(dims_->text().toStdString());
    } catch (const std::invalid_argument& e) {
        problem = tr("Layers: %1.").arg(QString::fromStdString(e.what()));
        config.layerDims.clear();
    }
    bool numberOk = false;
    config.learningRate = QLocale::c().toDouble(learningRate_->text().trimmed(), &numberOk);
    if (!numberOk)
        config.learningRate = 0.0; // refused below with the same message as a zero
    config.iterations = iterations_->value();
    config.seed = std::uint32_t(seed_->value());
    config.init = InitScheme(init_->currentData().toInt());
    config.reportEvery = reportEvery_->value();
    QString optionsProblem;
    config.options = options_->read(optionsProblem);
    if (problem.isEmpty() && !optionsProblem.isEmpty())
        problem = optionsProblem;
    if (problem.isEmpty()) {
        if (const auto invalid = checkTrainConfig(config, inputSize_)) {
            const QString message = QString::fromStdString(invalid->message);
            switch (invalid->field) {
            case ConfigField::LayerDims:
                problem = tr("Layers: %1.").arg(message);
                break;
            case ConfigField::LearningRate:
                problem = tr("Learning rate: give a positive number such as 0.0075.");
                break;
            case ConfigField::Iterations:
                problem = tr("Iterations: %1.").arg(message);
                break;
            case ConfigField::ReportEvery:
                problem = tr("Cost every: %1.").arg(message);
                break;
            }
        }
    }
    return config;
}

std::optional<TrainConfig> NetworkPanel::config() const {
    QString problem;
    TrainConfig config = readFields(problem);
    if (!problem.isEmpty())
        return std::nullopt;
    return config;
}

void NetworkPanel::revalidate() {
    QString problem;
    const TrainConfig config = readFields(problem);
    const bool validityFlipped = problem.isEmpty() != problem_.isEmpty();
    problem_ = problem;
    message_->setText(problem);
    message_->setVisible(!problem.isEmpty());
    showLayers(config.layerDims);
    int preset = 0; // Custom unless every field equals a course preset
    for (std::size_t i = 0; i < coursePresets().size(); ++i)
        if (problem.isEmpty() && coursePresets()[i].config == config)
            preset = int(i) + 1;
    preset_->setCurrentIndex(preset);
    if (validityFlipped)
        emit validityChanged(problem_.isEmpty());
}

void NetworkPanel::showLayers(const LayerDims& dims) {
    const bool sane = dims.size() >= 2 && countParameters(dims) <= kMaxParameterCount &&
                      std::all_of(dims.begin(), dims.end(), [](Eigen::Index n) { return n > 0; });
    const int layers = sane ? int(dims.size()) - 1 : 0;
    layers_->setRowCount(layers);
    for (int l = 1; l <= layers; ++l) {
        const auto rows = dims[std::size_t(l)], cols = dims[std::size_t(l) - 1];
        const QString activation = l == layers ? "sigmoid" : "relu";
        const QStringList cells = {QStringLiteral("%1 (%2)").arg(l).arg(activation),
                                   QStringLiteral("%1 × %2").arg(rows).arg(cols),
                                   QStringLiteral("%1 × 1").arg(rows),
                                   QLocale().toString(qlonglong(rows * (cols + 1)))};
        for (int c = 0; c < cells.size(); ++c)
            layers_->setItem(l - 1, c, new QTableWidgetItem(cells[c]));
    }
    total_->setText(sane ? tr("%1 parameters in %2 layers").arg(QLocale().toString(qlonglong(countParameters(dims)))).arg(layers)
                         : QString());
}

} // namespace catnet::ui
