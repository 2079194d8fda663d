// catnet-fuzz-corpus DIR: writes the seed corpora for the fuzz targets, valid and
// broken files alike, into DIR/dataset, DIR/model, DIR/photo, DIR/reader (replies of
// the reader program) and DIR/kept (kept run files).
#include "engine/io/hdf5_support.h"
#include "engine/io/isolated_reader.h"
#include "engine/io/model_io.h"
#include "engine/io/run_bundle.h"
#include "engine/model/initialization.h"

#include "h5_fixtures.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <cstdio>
#include <sstream>

using namespace catnet;
namespace fs = std::filesystem;

namespace {

void writeDatasets(const fs::path& folder) {
    using test::SplitFixture;
    std::vector<std::pair<std::string, SplitFixture>> cases;
    SplitFixture valid;
    valid.imageShape = {2, 64, 64, 3};
    valid.labels = {0, 1};
    cases.push_back({"valid", valid});
    SplitFixture test = valid;
    test.prefix = "test";
    cases.push_back({"valid-test", test});
    SplitFixture floats = valid;
    floats.pixelType = SplitFixture::PixelType::Float64;
    cases.push_back({"float-images", floats});
    SplitFixture rank = valid;
    rank.imageShape = {2, 12288};
    cases.push_back({"rank", rank});
    SplitFixture labels = valid;
    labels.labels = {0, 2};
    cases.push_back({"label-2", labels});
    SplitFixture count = valid;
    count.labels = {0};
    cases.push_back({"count", count});
    SplitFixture vlen = valid;
    vlen.variableLengthClasses = true;
    cases.push_back({"vlen-classes", vlen});
    const auto guard = hdf5::lock();
    for (const auto& [name, fixture] : cases)
        test::writeSplitFixture(folder / (name + ".h5"), fixture);
    const std::string bytes = test::readBytes(folder / "valid.h5");
    test::writeBytes(folder / "truncated.h5", bytes.substr(0, bytes.size() / 2));
}

void writeModels(const fs::path& folder) {
    SavedModel model;
    model.config.layerDims = {6, 3, 1};
    model.parameters = initializeParameters(model.config.layerDims, InitScheme::He, 3);
    model.costs = {{0, 0.7}, {9, 0.5}};
    saveModel(folder / "valid.h5", model);
    const std::string bytes = test::readBytes(folder / "valid.h5");
    test::writeBytes(folder / "truncated.h5", bytes.substr(0, bytes.size() * 3 / 4));
    // A bundle of two runs: the model target reads every input as a bundle too.
    SavedModel other = model;
    other.parameters = initializeParameters(model.config.layerDims, InitScheme::Lecun, 4);
    other.seconds = 1.5;
    saveRunBundle(folder / "bundle.h5", {{std::make_shared<const Parameters>(model.parameters), model},
                                         {std::make_shared<const Parameters>(other.parameters), other}});
}

// What the reader program hands back for each valid model and dataset seed, behind the
// fuzz target's selector byte (odd: a model reply; even: a bundle's reply when bit 1 is
// set, else a split reply).
void writeReaderReplies(const fs::path& folder, const fs::path& models, const fs::path& datasets) {
    const auto reply = [&](const std::vector<std::string>& request, char selector, const std::string& name) {
        std::ostringstream out;
        runReader(request, out);
        const std::string bytes = out.str();
        if (!bytes.empty() && bytes.front() == 'O')
            test::writeBytes(folder / name, selector + bytes.substr(1));
    };
    reply({"model", (models / "valid.h5").string()}, 1, "model-reply");
    reply({"split", (datasets / "valid.h5").string(), "train"}, 0, "split-reply");
    reply({"runs", (models / "bundle.h5").string()}, 2, "runs-reply");
}

void writePhotos(const fs::path& folder) {
    QImage image(48, 32, QImage::Format_ARGB32);
    image.fill(QColor(200, 120, 40, 180));
    QPainter(&image).fillRect(8, 8, 16, 16, Qt::blue);
    for (const char* format : {"PNG", "JPEG", "BMP"}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format);
        test::writeBytes(folder / (std::string("photo.") + format), bytes.toStdString());
    }
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: catnet-fuzz-corpus DIR\n");
        return 2;
    }
    const fs::path root = argv[1];
    for (const char* sub : {"dataset", "model", "photo", "reader", "kept"})
        fs::create_directories(root / sub);
    writeDatasets(root / "dataset");
    writeModels(root / "model");
    writePhotos(root / "photo");
    writeReaderReplies(root / "reader", root / "model", root / "dataset");
    fs::copy(root / "model", root / "kept", fs::copy_options::overwrite_existing);
    return 0;
}
