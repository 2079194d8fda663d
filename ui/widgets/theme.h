#pragma once

#include <QPalette>

class QChart;
class QChartView;

namespace catnet::ui {

// The colour of error and warning text: readable on a light and on a dark window.
inline constexpr const char* kProblemStyle = "color: #d0342c;";

// Whether the palette is a dark one (light text on a dark window).
bool isDark(const QPalette& palette);

// View → Theme. Qt 6.4 on Debian has no platform theme that reports a dark desktop, so
// the learner chooses: the system's palette as it was at start, or light, or dark.
enum class Theme { System, Light, Dark };
// Fusion's dark colours: light text on dark grey, a blue highlight.
QPalette darkPalette();
// Gives the application the theme's palette; charts follow it (keepFollowingPalette).
// The first call remembers the system's palette for Theme::System.
void applyTheme(Theme theme);
// "system", "light", "dark": as the settings keep it; System for anything else.
Theme themeNamed(const QString& name);
QString themeName(Theme theme);

// Colours a chart from the palette (background, titles, labels, grid, legend), so that
// it follows the system's light or dark mode; series keep their own colours.
void followPalette(QChart* chart, const QPalette& palette);
// Does it now and whenever the view's palette changes (the system switched modes).
void keepFollowingPalette(QChartView* view);

} // namespace catnet::ui
