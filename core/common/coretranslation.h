#pragma once

namespace cs {

// Installs core's messages in the system language (LANGUAGE, LC_ALL, LANG), if a translation
// ships for it; English otherwise. Call once after the Q(Core)Application exists.
void installCoreTranslation();

} // namespace cs
