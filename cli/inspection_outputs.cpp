#include "cli/inspection_outputs.h"

#include "engine/io/array_file.h"
#include "engine/io/dataset.h"

#include <stdexcept>

namespace catnet::cli {

void writeIterationValues(const std::filesystem::path& file, const IterationValues& values, int iteration) {
    ArrayFile out(file);
    for (int l = 0; l <= values.layers; ++l) {
        const auto i = std::size_t(l);
        const std::string n = std::to_string(l);
        out.matrix("A" + n, values.A[i]);
        out.matrix("dA" + n, values.dA[i]);
        if (l == 0)
            continue;
        out.matrix("Z" + n, values.Z[i]);
        out.matrix("dZ" + n, values.dZ[i]);
        out.matrix("dW" + n, values.dW[i]);
        out.matrix("db" + n, values.db[i]);
        out.matrix("W" + n, values.W[i]);
        out.matrix("b" + n, values.b[i]);
    }
    out.attribute("iteration", static_cast<long long>(iteration));
    out.attribute("cost", values.cost);
    out.commit();
}

void writeGradientCheck(const std::filesystem::path& file, const GradientCheck& check) {
    ArrayFile out(file);
    for (std::size_t l = 0; l < check.dW.size(); ++l) {
        const std::string n = std::to_string(l + 1);
        out.matrix("dW" + n, check.dW[l]);
        out.matrix("db" + n, check.db[l]);
        out.matrix("numerical_dW" + n, check.numericalDW[l]);
        out.matrix("numerical_db" + n, check.numericalDb[l]);
    }
    out.attribute("epsilon", check.epsilon);
    out.attribute("difference", check.difference);
    out.attribute("rounding_floor", check.roundingFloor);
    out.attribute("parameters", check.parameters);
    out.commit();
}

void writeSaliency(const std::filesystem::path& file, const Matrix& saliency, const Matrix& probabilities,
                   const std::optional<PhotoSaliency>& photo) {
    if (saliency.rows() != kFeatureCount)
        throw std::invalid_argument("--saliency: the network's input is not a 64×64×3 image");
    ArrayFile out(file);
    // Each column is one image's features in the flatten order, so the column-major
    // buffer is the row-major (m, 64, 64, 3) array.
    out.array("test_saliency", {hsize_t(saliency.cols()), hsize_t(kImageHeight), hsize_t(kImageWidth), hsize_t(kImageChannels)},
              saliency.data());
    out.matrix("test_probabilities", probabilities);
    if (photo) {
        out.array("photo_saliency", {hsize_t(kImageHeight), hsize_t(kImageWidth), hsize_t(kImageChannels)},
                  photo->saliency.data());
        out.array("photo_probability", {}, &photo->probability);
    }
    out.commit();
}

void writeLossLine(const std::filesystem::path& file, const LossLine& line) {
    ArrayFile out(file);
    const std::vector<hsize_t> shape{hsize_t(line.alphas.size())};
    out.array("alphas", shape, line.alphas.data());
    out.array("train_costs", shape, line.trainCosts.data());
    out.array("test_costs", shape, line.testCosts.data());
    out.commit();
}

void writeLossSurface(const std::filesystem::path& file, const LossSurface& surface, std::uint32_t seed) {
    ArrayFile out(file);
    out.array("coordinates", {hsize_t(surface.coordinates.size())}, surface.coordinates.data());
    out.matrix("costs", surface.costs);
    out.attribute("seed", static_cast<long long>(seed));
    out.commit();
}

} // namespace catnet::cli
