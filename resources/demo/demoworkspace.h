#pragma once

#include <core/workspace.h>

namespace cs {

// Fills an empty workspace with sample people, groups, targets, actions and a few open
// requests, so a newcomer sees the whole flow at once. `admin` becomes the first admin.
Status seedDemoWorkspace(Workspace& workspace, const QString& admin,
                         const QString& agentUrl = QStringLiteral("http://127.0.0.1:8765"));

// The demo's own admin, and who the desktop demo opens as (he has a request waiting).
inline const QString DemoAdmin = QStringLiteral("dave");
inline const QString DemoFirstUser = QStringLiteral("bob");

// The demo's action files (also the README's format examples), by action name.
QStringList demoActionFiles();
Result<ActionFile> loadDemoAction(const QString& resourcePath);
// The demo's workflows: one shared by two actions, and the default one.
QStringList demoWorkflowFiles();
Result<WorkflowFile> loadDemoWorkflow(const QString& resourcePath);

} // namespace cs
