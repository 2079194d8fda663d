#pragma once

#include "engine/model/parameters.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace catnet::ui {

// What a step's button does in the window (the window carries it out).
enum class TourAction { ShowData, TrainTwoLayer, TrainLLayer, ShowMislabeled, ShowPredict };

// One step of the guided tour of the course assignment: its own few sentences, a
// button that does the step in the window, and the numbers the learner should see.
struct TourStep {
    QString title;
    QString body;     // rich text
    QString button;   // the action's label
    QString expected; // rich text: the course's numbers for this step
    TourAction action;
};

// The assignment in order: the data, the 2-layer model, the L-layer model, the
// mislabeled images, your own image. Texts are translated when steps() is called.
class CourseTour {
    Q_DECLARE_TR_FUNCTIONS(CourseTour)
public:
    static std::vector<TourStep> steps();
    // The training image the data step speaks of (the course's "index = 7").
    static constexpr int kExampleIndex = 7;

    // The course's notation for a network of these layer sizes, written from its own
    // layers: [12288, 7, 1] is LINEAR → RELU → LINEAR → SIGMOID, [12288, 20, 7, 5, 1]
    // is [LINEAR → RELU] × 3 → LINEAR → SIGMOID.
    static QString formula(const LayerDims& layerDims);
    // "[12288, 20, 7, 5, 1]".
    static QString sizes(const LayerDims& layerDims);
};

} // namespace catnet::ui
