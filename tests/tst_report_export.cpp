// The run report (issue 27): catnet-train --export-report writes one self-contained HTML
// page, checked as a browser sees it: headless Chromium's DOM holds the run's numbers, the
// mislabeled test images and the first layer's units, the embedded PNGs decode to the
// images themselves, its screenshot shows the cost curve, and nothing outside the file is
// referred to; the window's Chinese writes the page in Chinese.
#include "cli/train_command.h"
#include "engine/io/dataset.h"
#include "export/report.h"

#include "course_data.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <sstream>

using namespace catnet;
using namespace catnet::cli;

namespace {

// Chromium headless: `--dump-dom` prints the page as parsed, `--screenshot=FILE` draws it.
QByteArray chromium(const QStringList& arguments) {
    const QString browser = QStandardPaths::findExecutable("chromium");
    if (browser.isEmpty())
        return {};
    QProcess process;
    process.start(browser, QStringList{"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"} + arguments);
    if (!process.waitForFinished(120000))
        return {};
    return process.readAllStandardOutput();
}

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void initTestCase() { CATNET_REQUIRE_COURSE_DATA(); }

    void theCourseRunsReport() {
        const QString page = dir_.filePath("course.html"), report = dir_.filePath("course.json");
        std::ostringstream out, err;
        const int code = runTrainCommand({"--data", test::courseDataDirectory()->string(), "--quiet", "--json",
                                          report.toStdString(), "--gradient-check", dir_.filePath("gc.h5").toStdString(),
                                          "--export-report", page.toStdString()},
                                         out, err, {}, {});
        QVERIFY2(code == 0, err.str().c_str());
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        // Nothing outside the file: every image is a data: URI, no link, no script, no
        // url(); the only address is the SVG namespace's name.
        const QRegularExpression outside("(src|href)\\s*=\\s*\"(?!data:)|url\\(|<script|<link|@import");
        QVERIFY2(!outside.match(html).hasMatch(), qPrintable(outside.match(html).captured(0)));
        QCOMPARE(html.count("http"), html.count("xmlns=\"http://www.w3.org/2000/svg\""));

        // The embedded pictures decode to the test images the run gets wrong, pixel for pixel.
        const Dataset& data = test::courseDataset();
        const QRegularExpression image("<img alt=\"test image (\\d+)\"[^>]*src=\"data:image/png;base64,([^\"]+)\"");
        std::set<int> shown;
        for (auto match = image.globalMatch(html); match.hasNext();) {
            const auto found = match.next();
            const int index = found.captured(1).toInt();
            const QImage decoded = QImage::fromData(QByteArray::fromBase64(found.captured(2).toLatin1()), "PNG")
                                       .convertToFormat(QImage::Format_RGB888);
            QCOMPARE(decoded.size(), QSize(64, 64));
            for (int y = 0; y < 64; ++y)
                QVERIFY(std::memcmp(decoded.constScanLine(y), data.test.image(index) + y * 64 * 3, 64 * 3) == 0);
            shown.insert(index);
        }
        QCOMPARE(shown, (std::set<int>{5, 11, 13, 19, 28, 29, 34, 38, 44, 45})); // the course's 10

        const QString nbcheck = QStandardPaths::findExecutable("chromium");
        QVERIFY2(!nbcheck.isEmpty(), "chromium is not installed: make test installs it");
        const QString dom = QString::fromUtf8(chromium({"--dump-dom", QUrl::fromLocalFile(page).toString()}));
        QVERIFY2(dom.contains("<title>catnet run [12288,20,7,5,1] lr 0.0075</title>"), qPrintable(dom.left(400)));
        QVERIFY(dom.contains("id=\"final-cost\">0.088440<"));
        QVERIFY(dom.contains("id=\"train-accuracy\">98.6 %<"));
        QVERIFY(dom.contains("id=\"test-accuracy\">80.0 %<"));
        QVERIFY(dom.contains("<caption>test images</caption><tbody><tr><th></th><th>said cat</th><th>said non-cat</th></tr>"
                             "<tr><th>cat</th><td>30</td><td>3</td></tr><tr><th>non-cat</th><td>7</td><td>10</td></tr>"));
        QCOMPARE(dom.count("alt=\"unit "), 20);
        QCOMPARE(dom.count("alt=\"test image "), 10);
        QVERIFY(dom.contains("class=\"train-cost\"") && dom.contains("class=\"test-cost\""));
        QVERIFY(dom.contains("id=\"gradient-check\">"));
        // Drawn: the training cost's blue and the pictures are on the screenshot.
        const QString shot = dir_.filePath("course.png");
        chromium({"--window-size=1000,2400", "--screenshot=" + shot, QUrl::fromLocalFile(page).toString()});
        const QImage picture(shot);
        QVERIFY2(!picture.isNull(), "no screenshot");
        int blue = 0;
        std::set<QRgb> colours;
        for (int y = 0; y < picture.height(); y += 2)
            for (int x = 0; x < picture.width(); x += 2) {
                const QColor c = picture.pixelColor(x, y);
                colours.insert(c.rgb());
                blue += std::abs(c.red() - 0x00) < 30 && std::abs(c.green() - 0x72) < 30 && std::abs(c.blue() - 0xB2) < 30;
            }
        QVERIFY2(blue > 100, qPrintable(QString::number(blue)));
        QVERIFY(colours.size() > 1000); // the photos and the units' pictures
    }

    // The window writes the page in its own language: the same numbers and pictures under
    // Chinese words, and the browser told so (lang) for its fonts.
    void aPageInChinese() {
        const Dataset& data = test::courseDataset();
        RunReport report;
        report.language = ExportLanguage::SimplifiedChinese;
        report.name = "[12288,7,1] lr 0.0075";
        report.config.layerDims = {12288, 7, 1};
        report.costs = {{0, 0.693}, {100, 0.5}, {200, 0.4}};
        report.iterationsRun = 200;
        report.outcome = Outcome::Cancelled;
        report.trainAccuracy = 0.9;
        report.testAccuracy = 0.7;
        report.confusionTest = {30, 7, 10, 3}; // true cats, false cats, true non-cats, false non-cats
        report.mislabeled = {{5, std::vector<std::uint8_t>(data.test.image(5), data.test.image(5) + kImageBytes), 0.75, false}};
        report.layerSignals = {{199, std::vector<LayerSignals>(2, {0.5, 0.25, 1.0, 0.01})}};
        report.gradientCheckDifference = 2e-9;
        const QString page = dir_.filePath("chinese.html");
        writeReport(page.toStdString(), report);
        const QString dom = QString::fromUtf8(chromium({"--dump-dom", QUrl::fromLocalFile(page).toString()}));
        QVERIFY2(dom.contains("<html lang=\"zh-CN\">"), qPrintable(dom.left(300)));
        QVERIFY(dom.contains("<title>catnet 运行 [12288,7,1] lr 0.0075</title>"));
        QVERIFY(dom.contains("<td>2500 (运行了 200 次, 已停止, 0.00 s)</td>"));
        QVERIFY(dom.contains("<h2>准确率</h2>"));
        QVERIFY(dom.contains("训练准确率 <b id=\"train-accuracy\">90.0 %</b>, 测试准确率 <b id=\"test-accuracy\">70.0 %</b>"));
        QVERIFY(dom.contains("<caption>测试图像</caption><tbody><tr><th></th><th>判为猫</th><th>判为非猫</th></tr>"
                             "<tr><th>猫</th><td>30</td><td>3</td></tr><tr><th>非猫</th><td>7</td><td>10</td></tr>"));
        QVERIFY(dom.contains("<figcaption>测试图像 5<br>P(cat) 0.750<br>实为 非猫</figcaption>"));
        QVERIFY(dom.contains("<h2>第 199 次迭代时的层信号</h2>"));
        QVERIFY(dom.contains(">迭代</text>")); // the cost chart's axis
        QVERIFY(dom.contains("id=\"gradient-check\">2e-09</b> (正确)"));
        QVERIFY(!dom.contains("Mislabeled") && !dom.contains("Accuracy") && !dom.contains("said cat"));
    }
};

QTEST_APPLESS_MAIN(TestReportExport)
#include "tst_report_export.moc"
