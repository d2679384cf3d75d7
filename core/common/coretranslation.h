#pragma once

#include <QString>

namespace cs {

// Installs the messages of :/i18n/<name>_<language>.qm (e.g. "countersign_core") in the system
// language (LANGUAGE, LC_ALL, LANG), if a translation ships for it; English otherwise. Call after
// the Q(Core)Application exists; each name is installed once, however often it is asked for.
void installTranslation(const QString& name);

// Core's messages (installTranslation("countersign_core")).
void installCoreTranslation();

} // namespace cs
