// The course tour's teaching text, checked like numbers: the formula and sizes it states
// come from the course's own models, in English and in Chinese.
#include "engine/model/course_presets.h"
#include "ui/shell/language.h"
#include "ui/tour/course_tour.h"

#include <QApplication>
#include <QTest>

using namespace catnet;
using catnet::ui::CourseTour;

class TestCourseTour : public QObject {
    Q_OBJECT

private slots:
    void theFormulaCountsTheNetworksOwnLayers() {
        QCOMPARE(CourseTour::formula({12288, 20, 7, 5, 1}), QString("[LINEAR → RELU] × 3 → LINEAR → SIGMOID"));
        QCOMPARE(CourseTour::formula({12288, 7, 1}), QString("LINEAR → RELU → LINEAR → SIGMOID"));
        QCOMPARE(CourseTour::formula({12288, 1}), QString("LINEAR → SIGMOID"));
        QCOMPARE(CourseTour::sizes({12288, 20, 7, 5, 1}), QString("[12288, 20, 7, 5, 1]"));
    }

    void theStepsStateTheCourseModels() {
        const std::vector<ui::TourStep> steps = CourseTour::steps();
        QVERIFY2(steps[1].body.contains("LINEAR → RELU → LINEAR → SIGMOID with 7 hidden units: layer sizes "
                                        "[12288, 7, 1]"),
                 qPrintable(steps[1].body));
        QVERIFY2(steps[2].body.contains("[LINEAR → RELU] × 3 → LINEAR → SIGMOID: sizes [12288, 20, 7, 5, 1]"),
                 qPrintable(steps[2].body));
        QCOMPARE(lLayerCourseConfig().layerDims, (LayerDims{12288, 20, 7, 5, 1}));
    }

    void theChineseStepsStateTheSame() {
        QVERIFY(ui::installLanguage("zh_CN"));
        const std::vector<ui::TourStep> steps = CourseTour::steps();
        QVERIFY2(steps[2].body.contains("[LINEAR → RELU] × 3 → LINEAR → SIGMOID") &&
                     steps[2].body.contains("[12288, 20, 7, 5, 1]") && !steps[2].body.contains("× 4"),
                 qPrintable(steps[2].body));
        QVERIFY2(steps[1].body.contains("LINEAR → RELU → LINEAR → SIGMOID") && steps[1].body.contains("[12288, 7, 1]"),
                 qPrintable(steps[1].body));
        QVERIFY2(steps[2].body.contains("更深"), qPrintable(steps[2].body)); // really the translation
    }
};

QTEST_MAIN(TestCourseTour)
#include "tst_course_tour.moc"
