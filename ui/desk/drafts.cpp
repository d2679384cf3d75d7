#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <algorithm>
#include <ui/desk/drafts.h>
#include <ui/settings.h>

namespace cs::ui {

Drafts::Drafts(Settings& settings, const QString& workspace, const QString& person)
    : m_settings(settings)
    // A workspace location may hold a password (postgresql://...): only its hash names the key.
    , m_scope(QString::fromLatin1(QCryptographicHash::hash(workspace.toUtf8(), QCryptographicHash::Sha256).toHex())
              + QLatin1Char('/') + person)
{ }

QList<Draft> Drafts::list() const
{
    QList<Draft> out;
    const QJsonArray array = QJsonDocument::fromJson(m_settings.drafts(m_scope)).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.append({ o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("action")).toString(),
                     o.value(QStringLiteral("parameters")).toObject(),
                     o.value(QStringLiteral("targets")).toVariant().toStringList(),
                     o.value(QStringLiteral("comment")).toString(), o.value(QStringLiteral("savedAt")).toInteger() });
    }
    std::stable_sort(out.begin(), out.end(), [](const Draft& a, const Draft& b) { return a.savedAt > b.savedAt; });
    return out;
}

QString Drafts::save(Draft draft, qint64 now)
{
    QList<Draft> drafts = list();
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.savedAt = now;
    drafts.erase(std::remove_if(drafts.begin(), drafts.end(), [&](const Draft& d) { return d.id == draft.id; }),
                 drafts.end());
    drafts.prepend(draft);
    write(drafts);
    return draft.id;
}

void Drafts::remove(const QString& id)
{
    QList<Draft> drafts = list();
    drafts.erase(std::remove_if(drafts.begin(), drafts.end(), [&](const Draft& d) { return d.id == id; }),
                 drafts.end());
    write(drafts);
}

void Drafts::write(const QList<Draft>& drafts)
{
    QJsonArray array;
    for (const Draft& d : drafts)
        array.append(QJsonObject { { QStringLiteral("id"), d.id },
                                   { QStringLiteral("action"), d.action },
                                   { QStringLiteral("parameters"), d.parameters },
                                   { QStringLiteral("targets"), QJsonArray::fromStringList(d.targets) },
                                   { QStringLiteral("comment"), d.comment },
                                   { QStringLiteral("savedAt"), d.savedAt } });
    m_settings.setDrafts(m_scope, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace cs::ui
