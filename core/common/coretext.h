#pragma once

#include <QCoreApplication>

namespace cs {

// Core's sentences for people (errors, refusals, request text) are translated in the context
// "core": `CoreText::tr("...")`. The client and the CLI load the translation at start-up
// (installCoreTranslation). Values that are stored (audit details, criteria, bypass reasons) stay
// untranslated, so that the record reads the same for everyone.
struct CoreText {
    Q_DECLARE_TR_FUNCTIONS(core)
};

} // namespace cs
