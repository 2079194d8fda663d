#pragma once

#include <QString>

class QWidget;

namespace catnet::ui {

// Help → Quick start: how to use the window, and what learning rates do.
QString quickStartText();
// Help → About catnet: the version and the libraries it was built with.
QString aboutText();

// The two as dialogs over `parent`.
void showQuickStart(QWidget* parent);
void showAbout(QWidget* parent);

} // namespace catnet::ui
