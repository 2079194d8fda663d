#pragma once

#include "engine/io/dataset.h"

#include <QImage>
#include <QString>

namespace catnet::ui {

// A deep copy of 64×64×3 network-input bytes as a QImage.
QImage imageFromNetworkInput(const std::uint8_t* pixels);

// "non-cat" / "cat" from the split's class names (the course's two translated), with a
// fallback for odd files.
QString className(const DataSplit& split, int label);

} // namespace catnet::ui
