#include <QList>
#include <QTranslator>
#include <agent/apilanguage.h>

namespace cs::agent {
namespace {

// Loaded once; installed only for the length of a German caller's call.
QList<QTranslator*> germanCatalogues()
{
    static QList<QTranslator*> loaded = [] {
        QList<QTranslator*> out;
        for (const QString& name :
             { QStringLiteral(":/i18n/countersign_core_de.qm"), QStringLiteral(":/i18n/countersign_agent_de.qm") }) {
            auto* t = new QTranslator(QCoreApplication::instance());
            if (t->load(name))
                out.append(t);
            else
                delete t;
        }
        return out;
    }();
    return loaded;
}

} // namespace

ApiLanguage apiLanguage(const QByteArray& acceptLanguage)
{
    ApiLanguage best = ApiLanguage::English;
    double bestQ = 0;
    for (const QByteArray& item : acceptLanguage.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray primary = parts.first().trimmed().toLower().split('-').first();
        if (primary != "de" && primary != "en")
            continue; // "*" and other languages: English stays the default
        double q = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        if (q > bestQ) {
            bestQ = q;
            best = primary == "de" ? ApiLanguage::German : ApiLanguage::English;
        }
    }
    return best;
}

ApiLanguage apiLanguageInRawHead(const QByteArray& head)
{
    static const QByteArray name = "\naccept-language:";
    const QByteArray lower = head.toLower();
    const qsizetype at = lower.indexOf(name);
    if (at < 0)
        return ApiLanguage::English;
    const qsizetype start = at + name.size();
    const qsizetype end = head.indexOf('\r', start);
    return apiLanguage(head.mid(start, end < 0 ? -1 : end - start));
}

ApiLanguageScope::ApiLanguageScope(ApiLanguage language)
{
    if (language != ApiLanguage::German)
        return;
    for (QTranslator* t : germanCatalogues())
        QCoreApplication::installTranslator(t);
    m_installed = true;
}

ApiLanguageScope::~ApiLanguageScope()
{
    if (!m_installed)
        return;
    for (QTranslator* t : germanCatalogues())
        QCoreApplication::removeTranslator(t);
}

} // namespace cs::agent
