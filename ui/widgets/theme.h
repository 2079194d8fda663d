#pragma once

#include <QPalette>

class QChart;
class QChartView;

namespace catnet::ui {

// The colour of error and warning text: readable on a light and on a dark window.
inline constexpr const char* kProblemStyle = "color: #d0342c;";

// Whether the palette is a dark one (light text on a dark window).
bool isDark(const QPalette& palette);

// Colours a chart from the palette (background, titles, labels, grid, legend), so that
// it follows the system's light or dark mode; series keep their own colours.
void followPalette(QChart* chart, const QPalette& palette);
// Does it now and whenever the view's palette changes (the system switched modes).
void keepFollowingPalette(QChartView* view);

} // namespace catnet::ui
