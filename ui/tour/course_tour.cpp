#include "ui/tour/course_tour.h"

#include "engine/model/course_presets.h"

#include <QStringList>

namespace catnet::ui {

QString CourseTour::formula(const LayerDims& layerDims) {
    const int hidden = int(layerDims.size()) - 2; // LINEAR → RELU layers before the output's
    if (hidden <= 0)
        return QStringLiteral("LINEAR → SIGMOID");
    if (hidden == 1)
        return QStringLiteral("LINEAR → RELU → LINEAR → SIGMOID");
    return QStringLiteral("[LINEAR → RELU] × %1 → LINEAR → SIGMOID").arg(hidden);
}

QString CourseTour::sizes(const LayerDims& layerDims) {
    QStringList sizes;
    for (const Eigen::Index size : layerDims)
        sizes << QString::number(size);
    return '[' + sizes.join(QStringLiteral(", ")) + ']';
}

std::vector<TourStep> CourseTour::steps() {
    const LayerDims twoLayer = twoLayerCourseConfig().layerDims, lLayer = lLayerCourseConfig().layerDims;
    return {
        {tr("1. The data"),
         tr("<p>The course's data set holds 64×64 colour photos labelled cat (1) or non-cat (0): 209 to learn "
            "from and 50 to test on. Each photo is 64 × 64 pixels × 3 colours.</p>"
            "<p>Before the network sees them, each photo is flattened into one column of 12,288 numbers and "
            "divided by 255, so the training set becomes a matrix with one column per image.</p>"),
         tr("Show the data"),
         tr("<p>train_x_orig shape: (209, 64, 64, 3)<br>train_x's shape: (12288, 209)<br>"
            "test_x's shape: (12288, 50)<br>index = 7: y = 1. It's a cat picture.</p>"),
         TourAction::ShowData},
        {tr("2. A 2-layer network"),
         tr("<p>The first model is %1 with %2 hidden units: layer sizes %3, small random weights (× 0.01), "
            "learning rate 0.0075, 2,500 iterations of gradient descent.</p><p>Watch the cost fall on the "
            "Training tab. The network learns the training set perfectly but gets only about three test images "
            "in four right: it overfits.</p>")
             .arg(formula(twoLayer))
             .arg(twoLayer[1])
             .arg(sizes(twoLayer)),
         tr("Set up and train the 2-layer model"),
         tr("<p>Cost after iteration 0: 0.693050<br>Cost after iteration 2400: 0.048555<br>"
            "Train accuracy: 100%<br>Test accuracy: 72%</p>"),
         TourAction::TrainTwoLayer},
        {tr("3. An L-layer network"),
         tr("<p>The deeper model stacks %1: sizes %2, weights scaled by 1/√n (lecun), the same learning rate "
            "and iterations.</p><p>With more layers it generalizes better: 80% of the test images right, "
            "against 72% for the 2-layer model.</p>")
             .arg(formula(lLayer), sizes(lLayer)),
         tr("Set up and train the L-layer model"),
         tr("<p>Cost after iteration 0: 0.771749<br>Cost after iteration 2400: 0.092878<br>"
            "Train accuracy: 98.6% (206/209)<br>Test accuracy: 80% (40/50)</p>"),
         TourAction::TrainLLayer},
        {tr("4. What it gets wrong"),
         tr("<p>The Mislabeled tab shows the test images the L-layer model labels wrongly. The course lists "
            "what they tend to have in common:</p><ul><li>the cat's body in an unusual position</li>"
            "<li>a background of the same colour as the cat</li><li>an unusual cat colour or species</li>"
            "<li>the camera angle</li><li>the brightness of the picture</li><li>the scale: the cat is very "
            "large or very small in the picture</li></ul><p>Turn on the saliency view to see which pixels "
            "made the network decide.</p>"),
         tr("Show the mislabeled images"),
         tr("<p>10 of the 50 test images are mislabeled by the L-layer model.</p>"),
         TourAction::ShowMislabeled},
        {tr("5. Your own image"),
         tr("<p>Now ask the network about a photo of your own: drop it anywhere on the window, or open it on "
            "the Predict tab. It is resized to 64×64 pixels, as the training images were, and the current "
            "run says how sure it is that it shows a cat.</p><p>Try a cat in an unusual pose, or a dog: "
            "the mislabeled images tell you where it will struggle.</p>"),
         tr("Open the Predict tab"),
         tr("<p>A verdict such as \"cat — 93.2% sure\", the 64×64 input the network saw, and the pixels "
            "that made it say so.</p>"),
         TourAction::ShowPredict},
    };
}

} // namespace catnet::ui
