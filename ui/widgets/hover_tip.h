#pragma once

#include <QEvent>
#include <QHelpEvent>
#include <QToolTip>
#include <QWidget>

#include <optional>

namespace catnet::ui {

// For a widget's event(): answers a tooltip request with what `textAt(position)` says
// is under the mouse (nothing: no tooltip). True when `event` was a tooltip request.
template <typename TextAt>
bool showHoverTip(QWidget* widget, QEvent* event, const TextAt& textAt) {
    if (event->type() != QEvent::ToolTip)
        return false;
    const auto* help = static_cast<QHelpEvent*>(event);
    if (const std::optional<QString> text = textAt(help->pos()))
        QToolTip::showText(help->globalPos(), *text, widget);
    else
        QToolTip::hideText();
    return true;
}

} // namespace catnet::ui
