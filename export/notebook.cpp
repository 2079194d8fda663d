#include "export/notebook.h"

#include "engine/io/atomic_file.h"
#include "engine/model/initialization.h"

#include <charconv>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace catnet {

namespace {

// A double as Python reads it back to the same bits: the shortest round-trip form.
std::string python(double value) {
    if (!std::isfinite(value))
        return std::isnan(value) ? "float('nan')" : value > 0 ? "float('inf')" : "-float('inf')";
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    std::string text(buffer, end);
    if (text.find_first_of(".e") == std::string::npos)
        text += ".0";
    return text;
}

// A Python string literal.
std::string quoted(const std::string& text) {
    return nlohmann::json(text).dump(); // JSON's escapes are Python's too
}

// A cell's source as Jupyter keeps it: lines, each but the last ending in a newline.
nlohmann::json lines(const std::string& text) {
    nlohmann::json result = nlohmann::json::array();
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            result.push_back(text.substr(start));
            break;
        }
        result.push_back(text.substr(start, end - start + 1));
        start = end + 1;
    }
    return result;
}

nlohmann::json markdown(const std::string& text) {
    return {{"cell_type", "markdown"}, {"metadata", nlohmann::json::object()}, {"source", lines(text)}};
}

nlohmann::json code(const std::string& text) {
    return {{"cell_type", "code"},
            {"execution_count", nullptr},
            {"metadata", nlohmann::json::object()},
            {"outputs", nlohmann::json::array()},
            {"source", lines(text)}};
}

// How initialize_parameters_deep scales the draws of W[l] (fan-in n), as catnet does.
std::string scaledDraws(InitScheme scheme) {
    switch (scheme) {
    case InitScheme::Lecun: return "np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])";
    case InitScheme::He: return "np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2. / layer_dims[l - 1])";
    case InitScheme::Small: return "np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01";
    case InitScheme::Large: return "np.random.randn(layer_dims[l], layer_dims[l - 1]) * 10.";
    case InitScheme::Zeros: return "np.zeros((layer_dims[l], layer_dims[l - 1]))";
    }
    return {};
}

// Every word of the notebook's markdown cells, in one language; "%1", "%2", … stand for
// numbers and names. The code cells are the same in every language.
struct NotebookWords {
    const char* title;       // %1: the run's name
    const char* settings;    // %1 layers, %2 learning rate, %3 steps, %4 initialization, %5 seed, %6 report every
    const char* fullBatch;   // %1 iterations, %2 the optimizer
    const char* miniBatches; // %1 epochs, %2 the optimizer, %3 the batch size
    const char* gradientDescent;
    const char* withMomentum;
    const char* adam;
    const char* l2;      // %1: λ
    const char* dropout; // %1: the keep probability
    const char* flip;
    const char* initLecun;
    const char* initHe;
    const char* initSmall;
    const char* initLarge;
    const char* initZeros;
    const char* data;
    const char* flipped;
    const char* initialize; // %1: the initialization
    const char* forward;
    const char* cost;
    const char* backward;
    const char* regularization;
    const char* dropoutCell;
    const char* miniBatchesCell;
    const char* momentum;
    const char* adamCell;
    const char* training;      // %1: everyBatch or times
    const char* everyBatch;    // %1: epochs
    const char* times;         // %1: iterations
    const char* accuracy;      // %1: the threshold
    const char* againstCatnet;
};

constexpr NotebookWords kNotebookEnglish{
    "# %1, trained again with numpy\n\n"
    "catnet wrote this notebook from the run **%1**. It trains the same network again with the course's own "
    "functions, in numpy, and its last cell compares the costs and accuracies with the ones catnet recorded (they are "
    "written into that cell). Run every cell (*Run All*); set `DATA_DIR` below if the data folder has moved.",
    "## The run's settings\n\n"
    "- layers: [%1], ReLU in the hidden layers and a sigmoid at the output\n"
    "- learning rate %2, %3\n"
    "- initialization: %4, from `np.random.seed(%5)`\n"
    "- the cost is recorded every %6 iterations and at the last one",
    "%1 iterations of full-batch %2",
    "%1 epochs of mini-batches of %3 images, %2",
    "gradient descent",
    "gradient descent with momentum",
    "Adam",
    ", L2 regularization λ = %1",
    ", dropout keeping each hidden unit with probability %1",
    ", on every training image and its mirror image",
    "random draws divided by √n[l−1] (the course's L-layer model)",
    "random draws times √(2/n[l−1]) (He)",
    "random draws times 0.01 (the course's 2-layer model)",
    "random draws times 10",
    "zeros, no draws (symmetry is never broken)",
    "## The data\n\n"
    "`load_data` reads the two files. Each 64×64×3 image becomes a column of 12288 numbers in [0, 1]: columns are "
    "examples, as in the course.",
    "## Flipped images\n\n"
    "The training set gets a mirror image of every picture appended after the originals (pixel (h, w, c) of the copy "
    "is pixel (h, 63 − w, c)), with the same labels: twice the images to train on. The accuracy is still measured on "
    "the images as given.",
    "## initialize_parameters_deep\n\n"
    "Every W[l] is %1; every b[l] starts at zero. The draws come in the course's order, layer by layer, from the "
    "run's seed.",
    "## Forward propagation\n\n"
    "`linear_forward` computes Z = W·A + b; `linear_activation_forward` applies ReLU or the sigmoid; `L_model_forward` "
    "runs [LINEAR→RELU]×(L−1)→LINEAR→SIGMOID and keeps each layer's cache for the backward pass.",
    "## The cost\n\nThe cross-entropy J = −(1/m) Σ (y·log a + (1−y)·log(1−a)).",
    "## Backward propagation and the update\n\n"
    "`L_model_backward` starts from dAL, the cost's derivative, and goes back layer by layer: `sigmoid_backward` or "
    "`relu_backward` turn dA into dZ, and `linear_backward` gives dW, db and the previous layer's dA. "
    "`update_parameters` moves every W and b by −learning rate times its gradient.",
    "## L2 regularization\n\n"
    "The next course's remedy for overfitting: the cost gains (λ/2m)·Σ‖W[l]‖², and so every dW[l] gains (λ/m)·W[l], "
    "which pulls the weights towards zero.",
    "## Dropout\n\n"
    "Inverted dropout on the hidden layers: after each ReLU a mask D = (rand < keep_prob) drops units, and the kept "
    "ones are divided by keep_prob so that the layer's expected output stays the same. The masks come from the same "
    "generator as the initial weights, step after step, layer 1 first. The backward pass lets the gradient through "
    "the kept units only. Predictions use every unit.",
    "## Mini-batches\n\n"
    "Every epoch shuffles the training images with a generator of its own, seeded seed + 1 + epoch, and cuts them "
    "into batches of mini_batch_size (the last one holds the rest); each batch is one step. The epoch's cost adds up "
    "the batches' costs, each weighted by its share of the images.",
    "## Momentum\n\n"
    "Each step moves along v, an exponentially weighted average of the gradients: v = β·v + (1 − β)·dW, then "
    "W = W − learning rate · v.",
    "## Adam\n\n"
    "Momentum's average v and an average s of the squared gradients, both corrected for their start at zero; each "
    "step is learning rate · v̂ / (√ŝ + ε).",
    "## Training\n\nThe course's loop: forward, cost, backward, update, %1; the cost is kept at the report points.",
    "for every batch of every one of the %1 epochs",
    "%1 times",
    "## Accuracy\n\n`predict` calls an image a cat where P(cat) > %1.",
    "## Against catnet\n\n"
    "catnet's recorded costs and accuracies, and whether this notebook got the same: the costs to within 1e-9 and "
    "exactly the same images right."};

constexpr NotebookWords kNotebookChinese{
    "# %1，用 numpy 重新训练\n\n"
    "这个笔记本由 catnet 根据运行 **%1** 写出。它用课程自己的函数在 numpy 中把同一个网络重新训练一遍，最后一个单元把"
    "成本和准确率与 catnet 记录的数值（写在那个单元里）相比较。运行所有单元（*Run All*）；如果数据文件夹移动了，请修改"
    "下面的 `DATA_DIR`。",
    "## 这个运行的设置\n\n"
    "- 各层：[%1]，隐藏层用 ReLU，输出层用 sigmoid\n"
    "- 学习率 %2，%3\n"
    "- 初始化：%4，来自 `np.random.seed(%5)`\n"
    "- 每 %6 次迭代以及最后一次迭代记录成本",
    "全批量%2，%1 次迭代",
    "小批量%2（每批 %3 张图像），%1 个周期",
    "梯度下降",
    "带动量的梯度下降",
    " Adam",
    "，L2 正则化 λ = %1",
    "，dropout 以概率 %1 保留每个隐藏单元",
    "，在每张训练图像及其镜像上训练",
    "随机数除以 √n[l−1]（课程的 L 层模型）",
    "随机数乘以 √(2/n[l−1])（He）",
    "随机数乘以 0.01（课程的两层模型）",
    "随机数乘以 10",
    "全为零，不抽随机数（对称性永远不会被打破）",
    "## 数据\n\n"
    "`load_data` 读取两个文件。每张 64×64×3 的图像变成一列 12288 个 [0, 1] 之间的数：和课程中一样，每列是一个样本。",
    "## 翻转的图像\n\n"
    "训练集在原图之后附上每张图的镜像（镜像的像素 (h, w, c) 是原图的像素 (h, 63 − w, c)），标签相同：用来训练的图像多了"
    "一倍。准确率仍在原来的图像上测量。",
    "## initialize_parameters_deep\n\n"
    "每个 W[l] 是%1；每个 b[l] 从零开始。随机数按课程的顺序、一层接一层地从这个运行的种子抽取。",
    "## 前向传播\n\n"
    "`linear_forward` 计算 Z = W·A + b；`linear_activation_forward` 应用 ReLU 或 sigmoid；`L_model_forward` 运行 "
    "[LINEAR→RELU]×(L−1)→LINEAR→SIGMOID，并为反向传播保存每一层的缓存。",
    "## 成本\n\n交叉熵 J = −(1/m) Σ (y·log a + (1−y)·log(1−a))。",
    "## 反向传播与更新\n\n"
    "`L_model_backward` 从成本的导数 dAL 开始逐层往回：`sigmoid_backward` 或 `relu_backward` 把 dA 变成 dZ，"
    "`linear_backward` 给出 dW、db 和前一层的 dA。`update_parameters` 把每个 W 和 b 沿 −学习率 × 梯度移动。",
    "## L2 正则化\n\n"
    "下一门课对付过拟合的办法：成本加上 (λ/2m)·Σ‖W[l]‖²，于是每个 dW[l] 加上 (λ/m)·W[l]，把权重拉向零。",
    "## Dropout\n\n"
    "隐藏层上的反向 dropout：每个 ReLU 之后，掩码 D = (rand < keep_prob) 丢掉一些单元，保留的单元除以 keep_prob，"
    "使这一层输出的期望不变。掩码与初始权重来自同一个随机数生成器，一步接一步，第 1 层在先。反向传播只让梯度穿过保留的"
    "单元。预测时使用所有单元。",
    "## 小批量\n\n"
    "每个周期用一个自己的随机数生成器（种子为 seed + 1 + epoch）打乱训练图像，再切成每批 mini_batch_size 张（最后一批是"
    "剩下的）；每批走一步。周期的成本是各批成本按其图像所占比例加权之和。",
    "## 动量\n\n"
    "每一步沿 v 移动，v 是梯度的指数加权平均：v = β·v + (1 − β)·dW，然后 W = W − 学习率 · v。",
    "## Adam\n\n"
    "动量的平均 v 和梯度平方的平均 s，都修正了从零开始的偏差；每一步是 学习率 · v̂ / (√ŝ + ε)。",
    "## 训练\n\n课程的循环：前向、成本、反向、更新，%1；在报告点记录成本。",
    "在全部 %1 个周期的每一批上进行",
    "共 %1 次",
    "## 准确率\n\n`predict` 在 P(cat) > %1 时把图像判为猫。",
    "## 与 catnet 对比\n\n"
    "catnet 记录的成本和准确率，以及这个笔记本是否得到同样的结果：成本相差不超过 1e-9，判对的图像完全相同。"};

const NotebookWords& notebookWords(ExportLanguage language) {
    return language == ExportLanguage::SimplifiedChinese ? kNotebookChinese : kNotebookEnglish;
}

// `pattern` with every "%1", "%2", … replaced by the values in order.
std::string withValues(std::string pattern, std::initializer_list<std::string> values) {
    int number = 1;
    for (const std::string& value : values) {
        const std::string mark = "%" + std::to_string(number++);
        for (auto at = pattern.find(mark); at != std::string::npos; at = pattern.find(mark, at + value.size()))
            pattern.replace(at, mark.size(), value);
    }
    return pattern;
}

std::string initWords(InitScheme scheme, const NotebookWords& w) {
    switch (scheme) {
    case InitScheme::Lecun: return w.initLecun;
    case InitScheme::He: return w.initHe;
    case InitScheme::Small: return w.initSmall;
    case InitScheme::Large: return w.initLarge;
    case InitScheme::Zeros: return w.initZeros;
    }
    return {};
}

// The next course's settings of the run, for the settings cell (nothing for the course's own
// gradient descent).
std::string optionSettings(const TrainingOptions& o, bool miniBatches) {
    std::string text;
    if (miniBatches)
        text += "\nmini_batch_size = " + std::to_string(o.batchSize);
    if (o.keepProb < 1.0)
        text += "\nkeep_prob = " + python(o.keepProb) + "  # dropout on the hidden layers";
    if (o.l2 != 0.0)
        text += "\nlambd = " + python(o.l2) + "  # L2 regularization λ";
    if (o.optimizer == Optimizer::Momentum)
        text += "\nbeta = " + python(o.beta) + "  # momentum's β";
    if (o.optimizer == Optimizer::Adam)
        text += "\nbeta1, beta2, epsilon = " + python(o.beta1) + ", " + python(o.beta2) + ", " + python(o.epsilon) +
                "  # Adam's";
    return text;
}

long long correctOf(double accuracy, long long images) {
    return std::llround(accuracy * double(images));
}

constexpr const char* kForward = R"py(def linear_forward(A, W, b):
    Z = W.dot(A) + b
    cache = (A, W, b)
    return Z, cache

def sigmoid(Z):
    return 1 / (1 + np.exp(-Z)), Z

def relu(Z):
    return np.maximum(0, Z), Z

def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A, activation_cache = sigmoid(Z)
    else:
        A, activation_cache = relu(Z)
    return A, (linear_cache, activation_cache)

def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches)py";

constexpr const char* kCost = R"py(def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = (1. / m) * (-np.dot(Y, np.log(AL).T) - np.dot(1 - Y, np.log(1 - AL).T))
    return np.squeeze(cost))py";

constexpr const char* kBackward = R"py(def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1. / m * np.dot(dZ, A_prev.T)
    db = 1. / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db

def sigmoid_backward(dA, Z):
    s = 1 / (1 + np.exp(-Z))
    return dA * s * (1 - s)

def relu_backward(dA, Z):
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ

def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    else:
        dZ = sigmoid_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)

def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = \
        linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    for l in reversed(range(L - 1)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l + 1)], caches[l], "relu")
        grads["dA" + str(l)], grads["dW" + str(l + 1)], grads["db" + str(l + 1)] = dA_prev, dW, db
    return grads

def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return parameters)py";

// The course's loop, with the next course's L2, dropout, mini-batches and optimizers where
// the run used them: each in catnet's order (an epoch's cost is its batches' costs weighted by
// their share of the images; Adam's t counts steps over the whole run).
std::string trainingLoop(const TrainingOptions& o, bool miniBatches) {
    const bool l2 = o.l2 != 0.0, dropout = o.keepProb < 1.0;
    std::string loop = "def L_layer_model(X, Y, layers_dims, learning_rate, num_iterations):\n"
                       "    costs = []\n"
                       "    parameters = initialize_parameters_deep(layers_dims)\n";
    if (o.optimizer == Optimizer::Momentum)
        loop += "    v = initialize_velocity(parameters)\n";
    if (o.optimizer == Optimizer::Adam)
        loop += "    v, s = initialize_adam(parameters)\n"
                "    t = 0  # Adam's step count\n";
    std::string indent = "        ";
    loop += "    for i in range(num_iterations):\n";
    std::string X = "X", Y = "Y", cost = "cost";
    if (miniBatches) {
        loop += "        cost = 0.\n"
                "        for minibatch_X, minibatch_Y in random_mini_batches(X, Y, mini_batch_size, i):\n";
        indent = "            ";
        X = "minibatch_X";
        Y = "minibatch_Y";
        cost = "minibatch_cost";
    }
    loop += indent + (dropout ? "AL, caches = L_model_forward_with_dropout(" + X + ", parameters, keep_prob)\n"
                              : "AL, caches = L_model_forward(" + X + ", parameters)\n");
    loop += indent + cost + " = " +
            (l2 ? "compute_cost_with_regularization(AL, " + Y + ", parameters, lambd)\n"
                : "compute_cost(AL, " + Y + ")\n");
    if (miniBatches)
        loop += indent + "cost += " + X + ".shape[1] / X.shape[1] * minibatch_cost\n";
    loop += indent + (dropout ? "grads = L_model_backward_with_dropout(AL, " + Y + ", caches, keep_prob)\n"
                              : "grads = L_model_backward(AL, " + Y + ", caches)\n");
    if (l2)
        loop += indent + "grads = add_regularization_gradients(grads, parameters, lambd, " + Y + ".shape[1])\n";
    switch (o.optimizer) {
    case Optimizer::GradientDescent:
        loop += indent + "parameters = update_parameters(parameters, grads, learning_rate)\n";
        break;
    case Optimizer::Momentum:
        loop += indent + "parameters, v = update_parameters_with_momentum(parameters, grads, v, beta, learning_rate)\n";
        break;
    case Optimizer::Adam:
        loop += indent + "t += 1\n" + indent +
                "parameters, v, s = update_parameters_with_adam(parameters, grads, v, s, t, learning_rate,\n" + indent +
                "                                               beta1, beta2, epsilon)\n";
        break;
    }
    return loop + "        if i % report_every == 0 or i == num_iterations - 1:\n"
                  "            costs.append([i, float(cost)])\n"
                  "            print(\"Cost after iteration %i: %.10f\" % (i, cost))\n"
                  "    return parameters, costs\n\n"
                  "parameters, costs = L_layer_model(" +
           std::string(o.flip ? "train_x_flipped, train_y_flipped" : "train_x, train_y") +
           ", layers_dims, learning_rate, num_iterations)";
}

constexpr const char* kRegularization = R"py(def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = len(parameters) // 2
    squares = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    return compute_cost(AL, Y) + lambd / (2 * m) * squares

def add_regularization_gradients(grads, parameters, lambd, m):
    for l in range(1, len(parameters) // 2 + 1):
        grads["dW" + str(l)] = grads["dW" + str(l)] + lambd / m * parameters["W" + str(l)]
    return grads)py";

constexpr const char* kDropout = R"py(def L_model_forward_with_dropout(X, parameters, keep_prob):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
        D = np.random.rand(A.shape[0], A.shape[1]) < keep_prob  # the run's generator, after the initial weights
        A = A * D / keep_prob
        caches.append((cache, D))
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.append((cache, None))
    return AL, caches

def L_model_backward_with_dropout(AL, Y, caches, keep_prob):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = \
        linear_activation_backward(dAL, caches[L - 1][0], "sigmoid")
    for l in reversed(range(L - 1)):
        cache, D = caches[l]
        dA = grads["dA" + str(l + 1)] * D / keep_prob  # only the units kept pass the gradient back
        dA_prev, dW, db = linear_activation_backward(dA, cache, "relu")
        grads["dA" + str(l)], grads["dW" + str(l + 1)], grads["db" + str(l + 1)] = dA_prev, dW, db
    return grads)py";

constexpr const char* kMiniBatches = R"py(def random_mini_batches(X, Y, mini_batch_size, epoch):
    m = X.shape[1]
    permutation = np.random.RandomState((seed + 1 + epoch) % 2**32).permutation(m)  # a fresh generator per epoch
    return [(X[:, permutation[k:k + mini_batch_size]], Y[:, permutation[k:k + mini_batch_size]])
            for k in range(0, m, mini_batch_size)])py";

constexpr const char* kMomentum = R"py(def initialize_velocity(parameters):
    return {"d" + key: np.zeros(value.shape) for key, value in parameters.items()}

def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for name in ("W", "b"):
            key = "d" + name + str(l)
            v[key] = beta * v[key] + (1 - beta) * grads[key]
            parameters[name + str(l)] = parameters[name + str(l)] - learning_rate * v[key]
    return parameters, v)py";

constexpr const char* kAdam = R"py(def initialize_adam(parameters):
    v = {"d" + key: np.zeros(value.shape) for key, value in parameters.items()}
    s = {"d" + key: np.zeros(value.shape) for key, value in parameters.items()}
    return v, s

def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for name in ("W", "b"):
            key = "d" + name + str(l)
            v[key] = beta1 * v[key] + (1 - beta1) * grads[key]
            s[key] = beta2 * s[key] + (1 - beta2) * np.square(grads[key])
            v_corrected = v[key] / (1 - beta1 ** t)
            s_corrected = s[key] / (1 - beta2 ** t)
            parameters[name + str(l)] = parameters[name + str(l)] - learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)
    return parameters, v, s)py";

constexpr const char* kPredict = R"py(def predict(X, y, parameters):
    probas, caches = L_model_forward(X, parameters)
    p = (probas > threshold).astype(float)
    return int(np.sum(p == y))

train_correct = predict(train_x, train_y, parameters)
test_correct = predict(test_x, test_y, parameters)
train_accuracy = train_correct / train_x.shape[1]
test_accuracy = test_correct / test_x.shape[1]
print("Train accuracy: %.4f (%d of %d)" % (train_accuracy, train_correct, train_x.shape[1]))
print("Test accuracy: %.4f (%d of %d)" % (test_accuracy, test_correct, test_x.shape[1])))py";

constexpr const char* kCompare = R"py(differences = []
if [i for i, _ in costs] != [i for i, _ in catnet_costs]:
    differences.append("the report points differ: %s here, %s in catnet" % ([i for i, _ in costs], [i for i, _ in catnet_costs]))
else:
    worst = max(abs(c - k) for (_, c), (_, k) in zip(costs, catnet_costs))
    if worst > 1e-9:
        differences.append("the costs differ by up to %.3g" % worst)
if train_correct != catnet_train_correct:
    differences.append("train accuracy: %d correct here, %d in catnet" % (train_correct, catnet_train_correct))
if test_correct != catnet_test_correct:
    differences.append("test accuracy: %d correct here, %d in catnet" % (test_correct, catnet_test_correct))
for (i, c), (_, k) in zip(costs, catnet_costs):
    print("iteration %5d  cost %.12f  catnet %.12f" % (i, c, k))
print("train accuracy %.4f, test accuracy %.4f" % (train_accuracy, test_accuracy))
print("matches catnet" if not differences else "differs from catnet: " + "; ".join(differences)))py";

// Whether the run steps through mini-batches: a batch smaller than the images it trains on
// (twice the training set with flipped images).
bool usesMiniBatches(const NotebookRun& run) {
    const TrainingOptions& o = run.config.options;
    return !o.isFullBatch(run.trainImages * (o.flip ? 2 : 1));
}

// The settings list's line on how each step goes.
std::string stepWords(const NotebookRun& run, const NotebookWords& w) {
    const TrainingOptions& o = run.config.options;
    const std::string optimizer = o.optimizer == Optimizer::Momentum ? w.withMomentum
                                  : o.optimizer == Optimizer::Adam   ? w.adam
                                                                     : w.gradientDescent;
    const std::string iterations = std::to_string(run.config.iterations);
    std::string text = usesMiniBatches(run) ? withValues(w.miniBatches, {iterations, optimizer, std::to_string(o.batchSize)})
                                            : withValues(w.fullBatch, {iterations, optimizer});
    if (o.l2 != 0.0)
        text += withValues(w.l2, {python(o.l2)});
    if (o.keepProb < 1.0)
        text += withValues(w.dropout, {python(o.keepProb)});
    if (o.flip)
        text += w.flip;
    return text;
}

} // namespace

std::string notebookRefusal(const NotebookRun& run) {
    if (run.outcome != Outcome::Completed)
        return "this run " + std::string(run.outcome == Outcome::Diverged ? "diverged" : "was stopped") +
               " before its last iteration: only a run that completed can be trained again to the same numbers";
    if (run.costs.empty())
        return "this run has no recorded costs to compare with";
    return {};
}

nlohmann::json notebookOf(const NotebookRun& run) {
    if (const std::string refusal = notebookRefusal(run); !refusal.empty())
        throw std::invalid_argument("cannot export as a notebook: " + refusal);
    const TrainConfig& c = run.config;
    std::ostringstream dims;
    for (std::size_t l = 0; l < c.layerDims.size(); ++l)
        dims << (l ? ", " : "") << c.layerDims[l];
    std::ostringstream recorded;
    recorded << "catnet_costs = [";
    for (std::size_t i = 0; i < run.costs.size(); ++i)
        recorded << (i ? ",\n                " : "") << "[" << run.costs[i].iteration << ", "
                 << python(run.costs[i].cost) << "]";
    recorded << "]\n"
             << "catnet_train_correct = " << correctOf(run.trainAccuracy, run.trainImages) << "  # of "
             << run.trainImages << "\n"
             << "catnet_test_correct = " << correctOf(run.testAccuracy, run.testImages) << "  # of " << run.testImages;

    const NotebookWords& w = notebookWords(run.language);
    nlohmann::json cells = nlohmann::json::array();
    cells.push_back(markdown(withValues(w.title, {run.name})));
    cells.push_back(code("import h5py\nimport numpy as np\n\n"
                         "# The folder with train_catvnoncat.h5 and test_catvnoncat.h5 the run was trained on.\n"
                         "DATA_DIR = " + quoted(run.dataDirectory.string())));
    cells.push_back(markdown(withValues(w.settings, {dims.str(), python(c.learningRate), stepWords(run, w),
                                                  initWords(c.init, w), std::to_string(c.seed),
                                                  std::to_string(c.reportEvery)})));
    cells.push_back(code("layers_dims = [" + dims.str() + "]\n"
                         "learning_rate = " + python(c.learningRate) + "\n"
                         "num_iterations = " + std::to_string(c.iterations) + "\n"
                         "report_every = " + std::to_string(c.reportEvery) + "\n"
                         "seed = " + std::to_string(c.seed) + "\n"
                         "threshold = " + python(run.threshold) + "  # P(cat) above it: a cat" +
                         optionSettings(c.options, usesMiniBatches(run))));
    cells.push_back(markdown(w.data));
    cells.push_back(code(
        "def load_data():\n"
        "    with h5py.File(DATA_DIR + \"/train_catvnoncat.h5\", \"r\") as f:\n"
        "        train_x_orig = np.array(f[\"train_set_x\"][:])\n"
        "        train_y = np.array(f[\"train_set_y\"][:]).reshape(1, -1)\n"
        "    with h5py.File(DATA_DIR + \"/test_catvnoncat.h5\", \"r\") as f:\n"
        "        test_x_orig = np.array(f[\"test_set_x\"][:])\n"
        "        test_y = np.array(f[\"test_set_y\"][:]).reshape(1, -1)\n"
        "    return train_x_orig, train_y, test_x_orig, test_y\n\n"
        "train_x_orig, train_y, test_x_orig, test_y = load_data()\n"
        "train_x = train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255.\n"
        "test_x = test_x_orig.reshape(test_x_orig.shape[0], -1).T / 255.\n"
        "print(\"train_x:\", train_x.shape, \" test_x:\", test_x.shape)"));
    if (c.options.flip) {
        cells.push_back(markdown(w.flipped));
        cells.push_back(code("train_x_flipped = np.concatenate([train_x_orig, train_x_orig[:, :, ::-1, :]])\n"
                             "train_x_flipped = train_x_flipped.reshape(train_x_flipped.shape[0], -1).T / 255.\n"
                             "train_y_flipped = np.concatenate([train_y, train_y], axis=1)\n"
                             "print(\"train_x_flipped:\", train_x_flipped.shape)"));
    }
    cells.push_back(markdown(withValues(w.initialize, {initWords(c.init, w)})));
    cells.push_back(code("def initialize_parameters_deep(layer_dims):\n"
                         "    np.random.seed(seed)\n"
                         "    parameters = {}\n"
                         "    for l in range(1, len(layer_dims)):\n"
                         "        parameters[\"W\" + str(l)] = " + scaledDraws(c.init) + "\n"
                         "        parameters[\"b\" + str(l)] = np.zeros((layer_dims[l], 1))\n"
                         "    return parameters"));
    cells.push_back(markdown(w.forward));
    cells.push_back(code(kForward));
    cells.push_back(markdown(w.cost));
    cells.push_back(code(kCost));
    cells.push_back(markdown(w.backward));
    cells.push_back(code(kBackward));
    if (c.options.l2 != 0.0) {
        cells.push_back(markdown(w.regularization));
        cells.push_back(code(kRegularization));
    }
    if (c.options.keepProb < 1.0) {
        cells.push_back(markdown(w.dropoutCell));
        cells.push_back(code(kDropout));
    }
    if (usesMiniBatches(run)) {
        cells.push_back(markdown(w.miniBatchesCell));
        cells.push_back(code(kMiniBatches));
    }
    if (c.options.optimizer == Optimizer::Momentum) {
        cells.push_back(markdown(w.momentum));
        cells.push_back(code(kMomentum));
    }
    if (c.options.optimizer == Optimizer::Adam) {
        cells.push_back(markdown(w.adamCell));
        cells.push_back(code(kAdam));
    }
    cells.push_back(markdown(withValues(w.training, {withValues(usesMiniBatches(run) ? w.everyBatch : w.times,
                                                               {std::to_string(c.iterations)})})));
    cells.push_back(code(trainingLoop(c.options, usesMiniBatches(run))));
    cells.push_back(markdown(withValues(w.accuracy, {python(run.threshold)})));
    cells.push_back(code(kPredict));
    cells.push_back(markdown(w.againstCatnet));
    cells.push_back(code(recorded.str() + "\n\n" + kCompare));

    return {{"nbformat", 4},
            {"nbformat_minor", 4},
            {"metadata",
             {{"kernelspec", {{"display_name", "Python 3"}, {"language", "python"}, {"name", "python3"}}},
              {"language_info", {{"name", "python"}}},
              {"catnet", {{"run", run.name}}}}},
            {"cells", cells}};
}

void writeNotebook(const std::filesystem::path& path, const NotebookRun& run) {
    writeFileAtomically(path, notebookOf(run).dump(1) + "\n");
}

} // namespace catnet
