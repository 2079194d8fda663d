#include "ui/shell/help_texts.h"

#include "engine/io/library_versions.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace catnet::ui {

namespace {
struct HelpTexts {
    Q_DECLARE_TR_FUNCTIONS(HelpTexts)
};
} // namespace

QString quickStartText() {
    return HelpTexts::tr("<h3>Quick start</h3>"
              "<ol><li><b>Data.</b> catnet opens the course's <i>train_catvnoncat.h5</i> and <i>test_catvnoncat.h5</i> "
              "from <i>data/</i> (or File → Open dataset folder…, Ctrl+O): 209 training and 50 test images of 64×64 "
              "pixels.</li>"
              "<li><b>Network.</b> Pick a preset (Ctrl+2: the 2-layer model, Ctrl+5: the L-layer model) or type the "
              "layer sizes, e.g. <i>12288, 20, 7, 5, 1</i>.</li>"
              "<li><b>Train</b> (Ctrl+R). The cost curve grows as it learns; Esc stops and keeps what was learned, F6 "
              "pauses, F10 runs one iteration and shows what happens inside it.</li>"
              "<li><b>Look.</b> Train and test accuracy are under the buttons; the Mislabeled tab shows the test images "
              "it gets wrong; drop your own photo anywhere on the window to ask \"cat or not?\".</li></ol>"
              "<h3>Learning rates</h3>"
              "<p>The course uses <b>0.0075</b>. Much smaller (0.0001) learns slowly: the curve falls a little and "
              "flattens. Larger (0.05 or more) can make the cost jump around or grow: catnet marks a run whose cost "
              "did not decrease (⚠), and stops one whose cost is no longer a number (diverged). Try a few in the "
              "Sweep tab and compare them on one heat map.</p>"
              "<p>The chart: drag to zoom, double-click to see everything, click a legend entry to hide a curve, "
              "hover to read a point. Ctrl+Z undoes removing a run and changes to the form.</p>");
}

QString aboutText() {
    return HelpTexts::tr("<h3>catnet %1</h3><p>Build, train and inspect the deep neural network of the course "
                          "assignment \"deep neural network step by step\" on 64×64 cat / non-cat photos.</p>"
                          "<p>Qt %2, %3</p>")
        .arg(QCoreApplication::applicationVersion(), qVersion(), QString::fromStdString(engineLibraryVersions()));
}

void showQuickStart(QWidget* parent) {
    QMessageBox box(QMessageBox::Information, HelpTexts::tr("Quick start"), quickStartText(), QMessageBox::Close, parent);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void showAbout(QWidget* parent) {
    QMessageBox::about(parent, HelpTexts::tr("About catnet"), aboutText());
}

} // namespace catnet::ui
