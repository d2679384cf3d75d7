#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTranslator>
#include <core/common/coretranslation.h>

namespace cs {

void installTranslation(const QString& name)
{
    // The names installed so far: each translator lives as long as the application (a translator
    // must outlive its installation), one per name. A name with no translation for the language is
    // asked for again next time, as before.
    static QSet<QString> installed;
    if (installed.contains(name))
        return;
    auto* candidate = new QTranslator(QCoreApplication::instance());
    if (candidate->load(QLocale(), name, QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(candidate);
        installed.insert(name);
    } else {
        delete candidate;
    }
}

void installCoreTranslation()
{
    installTranslation(QStringLiteral("countersign_core"));
}

} // namespace cs
