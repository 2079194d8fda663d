#include "ui/learned/projector_panel.h"

#include "engine/model/metrics.h"
#include "photo/qt_images.h"
#include "ui/core/frame_replay.h"
#include "ui/core/run_controller.h"
#include "ui/core/trained_run.h"
#include "ui/learned/replay_stop_button.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/hover_image_box.h"
#include "ui/widgets/probability_text.h"
#include "ui/widgets/scatter_view.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace catnet::ui {

namespace {

// Point ids: training image i is i, test image i is kTestIds + i.
constexpr int kTestIds = 1 << 24;
constexpr int kPlayMilliseconds = 180; // a frame; the course run's 26 in under five seconds
const QColor kCatColour(0xE69F00), kNonCatColour(0x0072B2); // Okabe–Ito: told apart with any colour vision

QString iterationText(int iteration) {
    return QLocale().toString(iteration);
}

} // namespace

ProjectorPanel::ProjectorPanel(RunController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller), replay_(new FrameReplay(FrameReplay::Taken::Activations, this)), layer_(new QComboBox), images_(new QComboBox),
      pictures_(new QCheckBox(tr("Pi&ctures"))), play_(new QPushButton(tr("Pl&ay"))),
      slider_(new QSlider(Qt::Horizontal)), frameLabel_(new QLabel), caption_(new QLabel), status_(new QLabel),
      view_(new ScatterView),
      hover_(new HoverImageBox(tr("Point at an image to see it here; click it to select it in the Data and Inside tabs."),
                               "projectorHover")), playTimer_(new QTimer(this)) {
    layer_->setObjectName("projectorLayer");
    layer_->setToolTip(tr("The hidden layer whose activations A[l] are projected"));
    images_->setObjectName("projectorImages");
    images_->addItems({tr("Training images"), tr("Test images"), tr("Both")});
    images_->setToolTip(tr("Test images are placed with the training images' mean of the same frame"));
    pictures_->setObjectName("projectorPictures");
    pictures_->setToolTip(tr("Draw each image itself instead of a dot"));
    play_->setObjectName("projectorPlay");
    play_->setToolTip(tr("Move through the run's frames, from the first report point to the trained network"));
    slider_->setObjectName("projectorSlider");
    slider_->setToolTip(tr("The frame shown: the network before the update of that iteration"));
    frameLabel_->setObjectName("projectorFrame");
    caption_->setObjectName("projectorCaption");
    caption_->setWordWrap(true);
    status_->setObjectName("projectorStatus");
    status_->setWordWrap(true);
    view_->setObjectName("projectorView");
    view_->setPlaceholder(tr("Train a run to see how its hidden layers place the images."));
    playTimer_->setInterval(kPlayMilliseconds);

    // The choices wrap on a narrow window (each label stays with its box).
    auto* choices = new FlowLayout;
    layer_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    images_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    choices->addWidget(labelledField(new QLabel(tr("La&yer:")), layer_));
    choices->addWidget(labelledField(new QLabel(tr("Ima&ges:")), images_));
    choices->addWidget(pictures_);
    auto* frames = new QHBoxLayout;
    frames->addWidget(play_);
    frames->addWidget(slider_, 1);
    frames->addWidget(frameLabel_);
    auto* middle = new QHBoxLayout;
    middle->addWidget(view_, 1);
    middle->addWidget(hover_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(frames);
    layout->addWidget(caption_);
    layout->addLayout(middle, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(status_, 1);
    statusRow->addWidget(new ReplayStopButton(replay_, "projectorStop"));
    layout->addLayout(statusRow);

    connect(replay_, &FrameReplay::framesAdded, this, [this] {
        if (recorded_)
            return; // a replay given up for the run's own frames
        const bool following = slider_->value() == slider_->maximum(); // the newest frame stays in view
        project();
        if (following)
            showFrame(slider_->maximum());
    });
    connect(replay_, &FrameReplay::finished, this, [this](const QString& failure) {
        if (recorded_)
            return;
        status_->setStyleSheet(replay_->endedBadly(failure) ? QString(kProblemStyle) : QString());
        status_->setText(replay_->endText(failure));
        describe();
    });
    connect(layer_, &QComboBox::currentIndexChanged, this, [this] { project(); });
    connect(images_, &QComboBox::currentIndexChanged, this, [this] { project(); });
    connect(pictures_, &QCheckBox::toggled, this, [this](bool on) {
        view_->setShowPictures(on);
        showCurrentFrame();
    });
    connect(slider_, &QSlider::valueChanged, this, [this] { showCurrentFrame(); });
    connect(play_, &QPushButton::clicked, this, &ProjectorPanel::togglePlay);
    connect(playTimer_, &QTimer::timeout, this, [this] {
        if (slider_->value() >= slider_->maximum())
            return togglePlay(); // the end: stop
        slider_->setValue(slider_->value() + 1);
    });
    connect(view_, &ScatterView::pointHovered, this, &ProjectorPanel::showHovered);
    connect(view_, &ScatterView::pointActivated, this, [this](int id) {
        const bool test = id >= kTestIds;
        emit imageChosen(test, test ? id - kTestIds : id);
        emit message(test ? tr("Test image %1 is selected in the Data tab").arg(id - kTestIds)
                          : tr("Training image %1 is selected in the Data and Inside tabs").arg(id),
                     5000);
    });
    view_->setTip([](int id) {
        return id >= kTestIds ? tr("test image %1").arg(id - kTestIds) : tr("training image %1").arg(id);
    });
    startReplay();
}

ProjectorPanel::~ProjectorPanel() = default;

void ProjectorPanel::setDataset(std::shared_ptr<const Dataset> data) {
    data_ = std::move(data);
    recorded_ = nullptr; // they were recorded on the data set open before
    stale_ = true;
    if (isVisible())
        startReplay();
}

void ProjectorPanel::setRun(std::shared_ptr<const TrainedRun> run) {
    const std::vector<ActivationFrame>* recorded = run && controller_ ? controller_->recordedFrames(run->id) : nullptr;
    const bool sameRun = run && run_ && run->id == run_->id;
    const bool sameReplay = sameRun && !recorded_ && !run->running && !run_->running &&
                            run->iterationsRun == run_->iterationsRun && run->parameters == run_->parameters;
    run_ = std::move(run);
    if (recorded) { // recorded as it trained: follow it, no replay
        const bool first = recorded_ != recorded || !sameRun;
        recorded_ = recorded;
        stale_ = false;
        if (first)
            showRecorded();
        else
            followRecorded();
        return;
    }
    recorded_ = nullptr;
    if (sameReplay)
        return; // the same frames
    stale_ = true;
    if (isVisible())
        startReplay();
}

const std::vector<ActivationFrame>& ProjectorPanel::frames() const {
    return recorded_ ? *recorded_ : replay_->frames();
}

int ProjectorPanel::totalIterations() const {
    if (recorded_ && run_)
        return run_->running ? run_->config.iterations : run_->iterationsRun;
    return replay_->iterations();
}

void ProjectorPanel::showRecorded() {
    replay_->stop();
    resetView();
    for (QWidget* control : std::initializer_list<QWidget*>{layer_, images_, pictures_, play_, slider_})
        control->setEnabled(true);
    status_->setStyleSheet({});
    fillLayers();
    view_->setPlaceholder(tr("The run's first frame comes at iteration 0…"));
    followRecorded();
}

void ProjectorPanel::followRecorded() {
    const bool following = slider_->value() == slider_->maximum() || playTimer_->isActive();
    project();
    if (following && !playTimer_->isActive())
        showFrame(slider_->maximum());
    status_->setText(run_->running ? tr("Following %1 as it trains: %2 frames so far.").arg(run_->name).arg(frames().size())
                                   : tr("%1 frames, recorded as %2 trained.").arg(frames().size()).arg(run_->name));
}

void ProjectorPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (controller_)
        controller_->setFramesWanted(true); // the next run records its frames as it trains
    if (stale_)
        startReplay();
}

void ProjectorPanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    if (controller_)
        controller_->setFramesWanted(false);
}

void ProjectorPanel::resetView() {
    playTimer_->stop();
    play_->setText(tr("Pl&ay"));
    projection_.reset();
    view_->setPoints({});
    slider_->setRange(0, 0);
    frameLabel_->clear();
    caption_->clear();
}

void ProjectorPanel::startReplay() {
    stale_ = false;
    resetView();
    const QString why = replay_->start(run_, data_);
    const bool replaying = why.isEmpty();
    for (QWidget* control : std::initializer_list<QWidget*>{layer_, images_, pictures_, play_, slider_})
        control->setEnabled(replaying);
    status_->setStyleSheet({});
    if (!replaying) {
        view_->setPlaceholder(why);
        status_->clear();
        layer_->clear();
        return;
    }
    fillLayers();
    view_->setPlaceholder(tr("Training the run again to see it frame by frame…"));
    status_->setText(tr("Training %1 again to see it frame by frame…").arg(run_->name));
}

void ProjectorPanel::fillLayers() {
    const QSignalBlocker blocker(layer_);
    const int chosen = layer_->currentData().toInt();
    layer_->clear();
    const LayerDims& dims = run_->config.layerDims;
    for (std::size_t l = 1; l + 1 < dims.size(); ++l)
        layer_->addItem(dims[l] == 1 ? tr("A[%1]: 1 unit").arg(l) : tr("A[%1]: %2 units").arg(l).arg(dims[l]), int(l));
    // The last hidden layer, unless the learner chose another this network has.
    const int kept = layer_->findData(chosen);
    layer_->setCurrentIndex(kept >= 0 && chosen > 0 ? kept : layer_->count() - 1);
}

ProjectorPanel::Shown ProjectorPanel::shown() const {
    return static_cast<Shown>(images_->currentIndex());
}

void ProjectorPanel::project() {
    if (frames().empty() || layer_->count() == 0) {
        projection_.reset();
        return;
    }
    projection_ = projectFrames(frames(), layer_->currentData().toInt());
    // Axes that hold every frame's points: they do not move while the frames play.
    double left = std::numeric_limits<double>::max(), right = -left, low = left, high = -left;
    const auto widen = [&](const std::vector<Matrix>& frames) {
        for (const Matrix& frame : frames) {
            if (frame.size() == 0)
                continue;
            left = std::min(left, frame.row(0).minCoeff());
            right = std::max(right, frame.row(0).maxCoeff());
            low = std::min(low, frame.row(frame.rows() - 1).minCoeff());
            high = std::max(high, frame.row(frame.rows() - 1).maxCoeff());
        }
    };
    if (shown() != Shown::Test)
        widen(projection_->train);
    if (shown() != Shown::Training)
        widen(projection_->test);
    if (projection_->axes.cols() == 1) // one axis: the points on a line
        low = -1.0, high = 1.0;
    view_->setRange(QRectF(left, low, right - left, high - low));
    const auto share = [&](int axis) {
        return axis < int(projection_->explained.size()) ? QLocale().toString(100.0 * projection_->explained[std::size_t(axis)], 'f', 1)
                                                         : QString("0");
    };
    view_->setTitles(tr("axis 1 (%1 % of the variance)").arg(share(0)),
                     projection_->axes.cols() > 1 ? tr("axis 2 (%1 %)").arg(share(1)) : QString());
    const QSignalBlocker blocker(slider_);
    slider_->setRange(0, int(projection_->iterations.size()) - 1);
    showCurrentFrame();
    describe();
}

int ProjectorPanel::currentFrame() const {
    return slider_->value();
}

void ProjectorPanel::showFrame(int frame) {
    slider_->setValue(frame);
    showCurrentFrame();
}

void ProjectorPanel::togglePlay() {
    if (playTimer_->isActive()) {
        playTimer_->stop();
        play_->setText(tr("Pl&ay"));
        return;
    }
    if (!projection_)
        return;
    if (slider_->value() >= slider_->maximum())
        slider_->setValue(0);
    playTimer_->start();
    play_->setText(tr("P&ause"));
}

void ProjectorPanel::showCurrentFrame() {
    if (!projection_ || !data_) {
        view_->setPoints({});
        return;
    }
    const auto f = std::size_t(std::clamp(slider_->value(), 0, int(projection_->iterations.size()) - 1));
    const ActivationFrame& frame = frames()[f];
    QList<ScatterView::Point> points;
    const auto add = [&](const DataSplit& split, const Matrix& coordinates, const Eigen::RowVectorXd& p, int firstId,
                         bool lighter) {
        for (Eigen::Index i = 0; i < coordinates.cols(); ++i) {
            const bool cat = split.label(i) == 1;
            const bool wrong = (p(i) > kCourseThreshold) != cat;
            QColor colour = cat ? kCatColour : kNonCatColour;
            if (lighter)
                colour = colour.lighter(135);
            const double y = coordinates.rows() > 1 ? coordinates(1, i) : 0.0;
            points.append({QPointF(coordinates(0, i), y), colour, wrong,
                           pictures_->isChecked() ? imageFromNetworkInput(split.image(i)) : QImage(), firstId + int(i)});
        }
    };
    if (shown() != Shown::Test)
        add(data_->train, projection_->train[f], frame.trainP, 0, false);
    if (shown() != Shown::Training)
        add(data_->test, projection_->test[f], frame.testP, kTestIds, shown() == Shown::Both);
    view_->setPoints(std::move(points));
    frameLabel_->setText(tr("iteration %1 of %2").arg(iterationText(frame.iteration), iterationText(totalIterations())));
    describe();
}

void ProjectorPanel::describe() {
    if (!projection_ || !data_ || frames().empty()) {
        caption_->clear();
        return;
    }
    const auto f = std::size_t(std::clamp(slider_->value(), 0, int(frames().size()) - 1));
    const ActivationFrame& frame = frames()[f];
    const auto wrong = [](const DataSplit& split, const Eigen::RowVectorXd& p) {
        int count = 0;
        for (Eigen::Index i = 0; i < p.size(); ++i)
            count += (p(i) > kCourseThreshold) != (split.label(i) == 1);
        return count;
    };
    const int layer = projection_->layer;
    const QString shares = projection_->explained.size() > 1
                               ? tr("its two main axes, which hold %1 % and %2 % of its variance in the trained network")
                                     .arg(QLocale().toString(100.0 * projection_->explained[0], 'f', 1),
                                          QLocale().toString(100.0 * projection_->explained[1], 'f', 1))
                               : tr("its one unit");
    // Images for which every unit of the layer is 0 are one point: say how many.
    const Matrix& activations = frame.train[std::size_t(layer) - 1];
    const auto silent = int((activations.array() == 0.0).colwise().all().count());
    const QString together = silent > 1 ? tr(" %1 training images sit on one point: every unit of layer %2 is 0 for "
                                             "them (the ReLU cut them all off).")
                                              .arg(silent)
                                              .arg(layer)
                                        : QString();
    caption_->setText(tr("Each image as layer %1 sees it, on %2. Orange: cats, blue: non-cats (test images lighter); "
                         "ringed: wrong at this iteration — %3 of %4 training images, %5 of %6 test images.%7%8")
                          .arg(layer)
                          .arg(shares)
                          .arg(wrong(data_->train, frame.trainP))
                          .arg(data_->train.count())
                          .arg(wrong(data_->test, frame.testP))
                          .arg(data_->test.count())
                          .arg(together, replay_->isRunning() || (run_ && run_->running) ? tr(" The axes settle once every frame is in.")
                                                                                          : QString()));
}

void ProjectorPanel::showHovered(int id) {
    if (id < 0 || !data_ || !projection_) {
        return;
    }
    const bool test = id >= kTestIds;
    const int index = test ? id - kTestIds : id;
    const DataSplit& split = test ? data_->test : data_->train;
    if (index >= split.count())
        return;
    const auto f = std::size_t(std::clamp(slider_->value(), 0, int(frames().size()) - 1));
    const ActivationFrame& frame = frames()[f];
    const double p = test ? frame.testP(index) : frame.trainP(index);
    const bool cat = split.label(index) == 1;
    const QString verdict = (p > kCourseThreshold) == cat ? tr("right") : tr("wrong");
    const QString name = (test ? tr("Test image %1: %2") : tr("Training image %1: %2")).arg(index).arg(className(split, cat ? 1 : 0));
    hover_->showImage(imageFromNetworkInput(split.image(index)),
                      name + "\n" + tr("P(cat) = %1 at iteration %2: %3").arg(probabilityText(p), iterationText(frame.iteration), verdict));
}

} // namespace catnet::ui
