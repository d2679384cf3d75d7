#pragma once

#include <QLoggingCategory>

// The desktop client's diagnostics (core's own go through countersign.core.*).
namespace cs::ui {

Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace cs::ui
