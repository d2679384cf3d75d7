#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <report/reporttranslation.h>

namespace cs::report {

void installReportTranslation()
{
    // Lives as long as the application: a translator must outlive its installation.
    static QTranslator* translator = nullptr;
    if (translator)
        return;
    auto* candidate = new QTranslator(QCoreApplication::instance());
    if (candidate->load(QLocale(), QStringLiteral("countersign_report"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(candidate);
        translator = candidate;
    } else {
        delete candidate;
    }
}

} // namespace cs::report
