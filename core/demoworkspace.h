#pragma once

#include "workspace.h"

namespace cs {

// Fills an empty workspace with sample people, groups, targets, actions and a few open
// requests, so a newcomer sees the whole flow at once. `admin` becomes the first admin.
Status seedDemoWorkspace(Workspace& workspace, const QString& admin);

// The demo's action files (also the README's format examples), by action name.
QStringList demoActionFiles();
Result<ActionFile> loadDemoAction(const QString& resourcePath);

} // namespace cs
