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

namespace {

std::vector<long long> iterationsOf(const std::vector<int>& iterations) {
    return {iterations.begin(), iterations.end()};
}

// Frames of k × m coordinates as one row-major (T, k, m) array.
std::vector<double> stacked(const std::vector<Matrix>& frames) {
    std::vector<double> values;
    for (const Matrix& frame : frames) {
        const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rowMajor = frame;
        values.insert(values.end(), rowMajor.data(), rowMajor.data() + rowMajor.size());
    }
    return values;
}

} // namespace

void writeProjection(const std::filesystem::path& file, const Projection& projection) {
    ArrayFile out(file);
    const auto frames = hsize_t(projection.iterations.size());
    const auto axes = hsize_t(projection.axes.cols());
    out.integers("iterations", iterationsOf(projection.iterations));
    out.array("coordinates", {frames, axes, hsize_t(projection.train.front().cols())}, stacked(projection.train).data());
    out.array("test_coordinates", {frames, axes, hsize_t(projection.test.front().cols())},
              stacked(projection.test).data());
    out.matrix("axes", projection.axes);
    out.array("explained", {axes}, projection.explained.data());
    out.attribute("layer", static_cast<long long>(projection.layer));
    out.commit();
}

void writeDistributions(const std::filesystem::path& file, const std::vector<DistributionFrame>& frames) {
    ArrayFile out(file);
    std::vector<long long> iterations;
    for (const DistributionFrame& frame : frames)
        iterations.push_back(frame.iteration);
    out.integers("iterations", iterations);
    out.array("percentiles", {hsize_t(kDistributionPercentiles.size())}, kDistributionPercentiles.data());
    const std::size_t layers = frames.empty() ? 0 : frames.front().layers.size();
    for (std::size_t l = 0; l < layers; ++l) {
        const auto write = [&](const std::string& name, Percentiles LayerDistribution::*array) {
            std::vector<double> values;
            for (const DistributionFrame& frame : frames)
                values.insert(values.end(), (frame.layers[l].*array).begin(), (frame.layers[l].*array).end());
            out.array(name + std::to_string(l + 1), {hsize_t(frames.size()), hsize_t(kDistributionPercentiles.size())},
                      values.data());
        };
        write("W", &LayerDistribution::W);
        write("dW", &LayerDistribution::dW);
        write("Z", &LayerDistribution::Z);
        write("A", &LayerDistribution::A);
    }
    out.commit();
}

void writePlane(const std::filesystem::path& file, const DecisionPlane& plane, const std::array<long long, 3>& images) {
    ArrayFile out(file);
    out.matrix("p_cat", plane.pCat);
    out.array("alpha", {hsize_t(plane.alphas.size())}, plane.alphas.data());
    out.array("beta", {hsize_t(plane.betas.size())}, plane.betas.data());
    out.attribute("i", images[0]);
    out.attribute("j", images[1]);
    out.attribute("k", images[2]);
    out.commit();
}

} // namespace catnet::cli
