#pragma once

#include <QString>

#include <exception>

namespace catnet::ui {

// Runs `work` (which throws std::exception with a message the learner can read, as
// the engine does); true when it finished, else `failed(message)` has been called.
template <typename Work, typename Failed>
bool attempt(Work&& work, Failed&& failed) {
    try {
        work();
        return true;
    } catch (const std::exception& e) {
        failed(QString::fromUtf8(e.what()));
        return false;
    }
}

} // namespace catnet::ui
