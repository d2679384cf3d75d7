#pragma once

#include <QIcon>

namespace cs::ui {

// The application icon (resources/icons), also drawn for the tray.
QIcon appIcon();

} // namespace cs::ui
