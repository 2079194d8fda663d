#include "export/report.h"

#include "engine/io/atomic_file.h"
#include "engine/model/initialization.h"
#include "engine/model/layer_dims.h"
#include "engine/training/training_options.h"
#include "export/png.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace catnet {

namespace {

// Every word of the page, in one language; "%1" stands for a number.
struct ReportWords {
    const char* lang;
    const char* title;
    const char* settings;
    const char* layers;
    const char* learningRate;
    const char* iterations;
    const char* iteration; // the cost chart's axis
    const char* iterationsRun; // "%1 run"
    const char* completed;
    const char* diverged;
    const char* cancelled;
    const char* initialization;
    const char* seed;
    const char* options;
    const char* noOptions;
    const char* data;
    const char* cost;
    const char* trainingCost;
    const char* testCost;
    const char* finalCost;
    const char* accuracy;
    const char* trainingAccuracy;
    const char* testAccuracy;
    const char* threshold; // "%1": the threshold
    const char* trainingImages;
    const char* testImages;
    const char* saidCat;
    const char* saidNonCat;
    const char* cat;
    const char* nonCat;
    const char* mislabeled;
    const char* mislabeledIntro; // "%1": how many
    const char* testImage;       // "%1": its index
    const char* testImageAlt;    // "%1": its index
    const char* is;
    const char* units;
    const char* unitsIntro;
    const char* unit; // "%1": its number
    const char* signalsAt; // "%1": the iteration
    const char* layer;
    const char* activationStd;
    const char* deadUnits;
    const char* updateRatio;
    const char* gradientCheck;
    const char* gradientCheckIntro;
    const char* correct;
    const char* lookAgain;
    const char* writtenBy;
};

constexpr ReportWords kReportEnglish{
    "en", "catnet run", "Settings", "layers", "learning rate", "iterations", "iteration", "%1 run", "completed", "diverged",
    "stopped", "initialization", "seed", "options", "none: the course's gradient descent", "data", "Cost",
    "training cost", "test cost", "Final training cost:", "Accuracy", "Training accuracy", "test accuracy",
    "(a cat where P(cat) &gt; %1).", "training images", "test images", "said cat", "said non-cat", "cat", "non-cat",
    "Mislabeled test images", "%1 test images the run gets wrong, most confidently wrong first.", "test %1",
    "test image %1", "is",
    "What the first layer's units look for",
    "Each unit's 12288 weights as a 64×64 picture: grey is 0, brighter positive, darker negative, each unit on its "
    "own scale.",
    "unit %1", "Layer signals at iteration %1", "layer", "activation std", "dead units", "update / weight",
    "Gradient check", "Backpropagation against the numerical gradient: difference", "correct", "look again",
    "Written by catnet."};

constexpr ReportWords kReportChinese{
    "zh-CN", "catnet 运行", "设置", "各层", "学习率", "迭代次数", "迭代", "运行了 %1 次", "完成", "发散", "已停止", "初始化",
    "种子", "选项", "无：课程的梯度下降", "数据", "成本", "训练成本", "测试成本", "最终训练成本：", "准确率",
    "训练准确率", "测试准确率", "（P(cat) &gt; %1 时判为猫）。", "训练图像", "测试图像", "判为猫", "判为非猫", "猫",
    "非猫", "分错的测试图像", "这个运行分错的 %1 张测试图像，最有把握却分错的排在前面。", "测试图像 %1", "测试图像 %1",
    "实为",
    "第一层的单元在找什么",
    "每个单元的 12288 个权重画成一张 64×64 的图：灰色为 0，越亮越正，越暗越负，每个单元用自己的色标。",
    "单元 %1", "第 %1 次迭代时的层信号", "层", "激活标准差", "死单元", "更新 / 权重", "梯度检验",
    "反向传播与数值梯度相比：差异", "正确", "请再检查", "由 catnet 写出。"};

const ReportWords& reportWords(ExportLanguage language) {
    return language == ExportLanguage::SimplifiedChinese ? kReportChinese : kReportEnglish;
}

// `pattern` with "%1" replaced by `value`.
std::string filled(const char* pattern, const std::string& value) {
    std::string text = pattern;
    if (const auto at = text.find("%1"); at != std::string::npos)
        text.replace(at, 2, value);
    return text;
}

std::string escaped(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string fixed(double value, int digits) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    return buffer;
}

std::string general(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string pngImage(const std::vector<std::uint8_t>& rgb, const std::string& alt, int shown) {
    return "<img alt=\"" + escaped(alt) + "\" width=\"" + std::to_string(shown) + "\" height=\"" +
           std::to_string(shown) + "\" src=\"data:image/png;base64," + base64(encodePng(rgb, 64, 64)) + "\">";
}

// A step of 1, 2 or 5 × 10^k that cuts `range` into about five.
double niceStep(double range) {
    const double rough = range / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double f : {1.0, 2.0, 5.0})
        if (rough <= f * power)
            return f * power;
    return 10.0 * power;
}

// The train (solid) and test (dashed) costs over the iterations.
std::string costChart(const RunReport& r) {
    const double width = 640, height = 300, left = 56, right = 16, top = 16, bottom = 40;
    double xMax = std::max(1, r.costs.empty() ? 1 : r.costs.back().iteration);
    double yMax = 0.0;
    for (const CostPoint& p : r.costs)
        if (std::isfinite(p.cost))
            yMax = std::max(yMax, p.cost);
    for (const HeldOutPoint& p : r.heldOut)
        if (std::isfinite(p.testCost))
            yMax = std::max(yMax, p.testCost);
    const double yStep = niceStep(yMax > 0 ? yMax : 1.0), xStep = niceStep(xMax);
    yMax = std::ceil((yMax > 0 ? yMax : 1.0) / yStep) * yStep;
    xMax = std::ceil(xMax / xStep) * xStep;
    const auto x = [&](double v) { return left + v / xMax * (width - left - right); };
    const auto y = [&](double v) { return top + (1.0 - v / yMax) * (height - top - bottom); };
    std::ostringstream svg;
    svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"cost curves\" width=\"" << width
        << "\" height=\"" << height << "\" viewBox=\"0 0 " << width << ' ' << height << "\">\n";
    for (double v = 0; v <= yMax + 1e-12; v += yStep)
        svg << "<line x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << y(v) << "\" y2=\"" << y(v)
            << "\" stroke=\"#ddd\"/><text x=\"" << left - 6 << "\" y=\"" << y(v) + 4
            << "\" text-anchor=\"end\" font-size=\"11\">" << general(v) << "</text>\n";
    for (double v = 0; v <= xMax + 1e-9; v += xStep)
        svg << "<text x=\"" << x(v) << "\" y=\"" << height - bottom + 16 << "\" text-anchor=\"middle\" font-size=\"11\">"
            << general(v) << "</text>\n";
    svg << "<text x=\"" << (left + width - right) / 2 << "\" y=\"" << height - 6
        << "\" text-anchor=\"middle\" font-size=\"12\">" << reportWords(r.language).iteration << "</text>\n";
    const auto line = [&](const std::vector<std::pair<double, double>>& points, const char* colour, const char* dash,
                          const char* name) {
        svg << "<polyline class=\"" << name << "\" fill=\"none\" stroke=\"" << colour << "\" stroke-width=\"2\""
            << (*dash ? std::string(" stroke-dasharray=\"") + dash + "\"" : std::string()) << " points=\"";
        for (const auto& [i, c] : points)
            if (std::isfinite(c))
                svg << fixed(x(i), 1) << ',' << fixed(y(c), 1) << ' ';
        svg << "\"/>\n";
    };
    std::vector<std::pair<double, double>> train, test;
    for (const CostPoint& p : r.costs)
        train.emplace_back(p.iteration, p.cost);
    for (const HeldOutPoint& p : r.heldOut)
        test.emplace_back(p.iteration, p.testCost);
    line(train, "#0072B2", "", "train-cost");
    if (!test.empty())
        line(test, "#D55E00", "6 4", "test-cost");
    svg << "<rect x=\"" << left << "\" y=\"" << top << "\" width=\"" << width - left - right << "\" height=\""
        << height - top - bottom << "\" fill=\"none\" stroke=\"#888\"/>\n</svg>";
    return svg.str();
}

std::string confusionTable(const char* title, const Confusion& c, const ReportWords& w) {
    return std::string("<table class=\"confusion\"><caption>") + title + "</caption><tr><th></th><th>" + w.saidCat +
           "</th><th>" + w.saidNonCat + "</th></tr><tr><th>" + w.cat + "</th><td>" + std::to_string(c.trueCat) +
           "</td><td>" + std::to_string(c.falseNonCat) + "</td></tr><tr><th>" + w.nonCat + "</th><td>" +
           std::to_string(c.falseCat) + "</td><td>" + std::to_string(c.trueNonCat) + "</td></tr></table>";
}

// Each first-layer unit's 12288 weights as a 64×64 picture, on its own symmetric scale
// (grey 0, bright positive, dark negative), as the Weights tab draws them.
std::string unitPictures(const Matrix& W1, const ReportWords& w) {
    std::string out;
    for (Eigen::Index unit = 0; unit < W1.rows() && W1.cols() == 64 * 64 * 3; ++unit) {
        const double largest = std::max(1e-300, W1.row(unit).cwiseAbs().maxCoeff());
        std::vector<std::uint8_t> rgb(std::size_t(W1.cols()));
        for (Eigen::Index k = 0; k < W1.cols(); ++k)
            rgb[std::size_t(k)] = std::uint8_t(std::lround(127.5 + W1(unit, k) / largest * 127.5));
        const std::string name = filled(w.unit, std::to_string(unit + 1));
        out += "<figure>" + pngImage(rgb, name, 96) + "<figcaption>" + name + "</figcaption></figure>";
    }
    return out;
}

} // namespace

std::vector<ReportImage> mislabeledImages(const Evaluation& evaluation, const DataSplit& split) {
    const Eigen::RowVectorXd& p = evaluation.probabilities;
    if (p.size() != split.count() || split.pixels.empty())
        return {};
    std::vector<Eigen::Index> wrong = evaluation.mislabeled;
    std::stable_sort(wrong.begin(), wrong.end(),
                     [&p](Eigen::Index a, Eigen::Index b) { return std::abs(p(a) - 0.5) > std::abs(p(b) - 0.5); });
    std::vector<ReportImage> images;
    for (const Eigen::Index i : wrong)
        images.push_back({i, std::vector<std::uint8_t>(split.image(i), split.image(i) + kImageBytes), p(i),
                          split.label(i) == 1});
    return images;
}

void takeTraining(RunReport& page, const SavedModel& training) {
    page.config = training.config;
    page.costs = training.costs;
    page.heldOut = training.heldOut;
    page.layerSignals = training.layerSignals;
    page.outcome = training.outcome;
    page.iterationsRun = training.iterationsRun;
    page.seconds = training.seconds;
}

std::string reportHtml(const RunReport& r) {
    const TrainConfig& c = r.config;
    const ReportWords& w = reportWords(r.language);
    const char* outcome = r.outcome == Outcome::Completed  ? w.completed
                          : r.outcome == Outcome::Diverged ? w.diverged
                                                           : w.cancelled;
    std::ostringstream html;
    html << "<!DOCTYPE html>\n<html lang=\"" << w.lang << "\"><head><meta charset=\"utf-8\">\n<title>" << w.title
         << " " << escaped(r.name) << "</title>\n<style>\n"
         << "body{font-family:sans-serif;max-width:980px;margin:24px auto;color:#222}"
            "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}"
            "table{border-collapse:collapse;margin:8px 16px 8px 0}td,th{border:1px solid #ccc;padding:3px 8px;"
            "text-align:right}caption{font-weight:bold;text-align:left}.confusion{display:inline-table}"
            "figure{display:inline-block;margin:4px;text-align:center;font-size:12px}"
            "img{image-rendering:pixelated;border:1px solid #999}.key span{margin-right:16px}"
            "@media print{h2{break-after:avoid}figure{break-inside:avoid}}\n"
         << "</style></head><body>\n";
    html << "<h1>" << w.title << " " << escaped(r.name) << "</h1>\n<h2>" << w.settings
         << "</h2>\n<table class=\"settings\">"
         << "<tr><th>" << w.layers << "</th><td>[" << formatLayerDims(c.layerDims, ", ") << "]</td></tr>"
         << "<tr><th>" << w.learningRate << "</th><td>" << general(c.learningRate) << "</td></tr>"
         << "<tr><th>" << w.iterations << "</th><td>" << c.iterations << " ("
         << filled(w.iterationsRun, std::to_string(r.iterationsRun)) << ", " << outcome << ", " << fixed(r.seconds, 2)
         << " s)</td></tr>"
         << "<tr><th>" << w.initialization << "</th><td>" << nameOf(c.init) << ", " << w.seed << " " << c.seed
         << "</td></tr>"
         << "<tr><th>" << w.options << "</th><td>"
         << escaped(c.options.isCourseDescent() ? std::string(w.noOptions) : describeOptions(c.options))
         << "</td></tr>"
         << "<tr><th>" << w.data << "</th><td>" << escaped(r.data) << "</td></tr></table>\n";
    html << "<h2>" << w.cost << "</h2>\n<p class=\"key\"><span style=\"color:#0072B2\">━ " << w.trainingCost
         << "</span>"
         << (r.heldOut.empty() ? "" : std::string("<span style=\"color:#D55E00\">╌ ") + w.testCost + "</span>")
         << "</p>\n"
         << costChart(r) << "\n<p>" << w.finalCost << " <b id=\"final-cost\">"
         << (r.costs.empty() ? std::string("–") : fixed(r.costs.back().cost, 6)) << "</b></p>\n";
    html << "<h2>" << w.accuracy << "</h2>\n<p>" << w.trainingAccuracy << " <b id=\"train-accuracy\">"
         << fixed(100.0 * r.trainAccuracy, 1) << " %</b>, " << w.testAccuracy << " <b id=\"test-accuracy\">"
         << fixed(100.0 * r.testAccuracy, 1) << " %</b> " << filled(w.threshold, general(r.threshold)) << "</p>\n"
         << confusionTable(w.trainingImages, r.confusionTrain, w) << confusionTable(w.testImages, r.confusionTest, w)
         << "\n";
    html << "<h2>" << w.mislabeled << "</h2>\n<p>" << filled(w.mislabeledIntro, std::to_string(r.mislabeled.size()))
         << "</p>\n<div class=\"mislabeled\">";
    for (const ReportImage& image : r.mislabeled) {
        const std::string index = std::to_string(image.index);
        html << "<figure>" << pngImage(image.pixels, filled(w.testImageAlt, index), 96) << "<figcaption>"
             << filled(w.testImage, index) << "<br>P(cat) "
             << fixed(image.pCat, 3) << "<br>" << w.is << " " << (image.cat ? w.cat : w.nonCat)
             << "</figcaption></figure>";
    }
    html << "</div>\n";
    if (r.firstLayerWeights.size() > 0)
        html << "<h2>" << w.units << "</h2>\n<p>" << w.unitsIntro << "</p>\n<div class=\"units\">"
             << unitPictures(r.firstLayerWeights, w) << "</div>\n";
    if (!r.layerSignals.empty()) {
        const SignalPoint& last = r.layerSignals.back();
        html << "<h2>" << filled(w.signalsAt, std::to_string(last.iteration))
             << "</h2>\n<table class=\"signals\"><tr><th>" << w.layer << "</th><th>" << w.activationStd
             << "</th><th>" << w.deadUnits << "</th><th>‖dW‖</th><th>" << w.updateRatio << "</th></tr>";
        for (std::size_t l = 0; l < last.layers.size(); ++l)
            html << "<tr><td>" << l + 1 << "</td><td>" << general(last.layers[l].activationStd) << "</td><td>"
                 << fixed(100.0 * last.layers[l].deadShare, 0) << " %</td><td>" << general(last.layers[l].gradientNorm)
                 << "</td><td>" << general(last.layers[l].updateRatio) << "</td></tr>";
        html << "</table>\n";
    }
    if (r.gradientCheckDifference)
        html << "<h2>" << w.gradientCheck << "</h2>\n<p>" << w.gradientCheckIntro << " <b id=\"gradient-check\">"
             << general(*r.gradientCheckDifference) << "</b> ("
             << (*r.gradientCheckDifference < 1e-7 ? w.correct : w.lookAgain) << ").</p>\n";
    html << "<p style=\"color:#777;font-size:12px\">" << w.writtenBy << "</p>\n</body></html>\n";
    return html.str();
}

void writeReport(const std::filesystem::path& path, const RunReport& report) {
    writeFileAtomically(path, reportHtml(report));
}

} // namespace catnet
