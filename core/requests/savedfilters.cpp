#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/requests/savedfilters.h>

namespace cs {
namespace {

Status checkQueue(const QString& queue)
{
    if (queue != QLatin1String("incoming") && queue != QLatin1String("outgoing"))
        return Error::invalid(CoreText::tr("Filters are saved for Incoming or Outgoing, not \"%1\".").arg(queue));
    return {};
}

} // namespace

SavedFilters::SavedFilters(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<QList<SavedFilter>> SavedFilters::list(const QString& login, const QString& queue)
{
    CS_TRY(checkQueue(queue));
    auto q = m_db.exec(QStringLiteral("SELECT name, state, search FROM saved_filters WHERE login = ? AND queue = ? "
                                      "ORDER BY name"),
                       { normalizeLogin(login), queue });
    CS_TRY(q);
    QList<SavedFilter> out;
    while (q->next())
        out.append({ queue, q->value(0).toString(), q->value(1).toString(), q->value(2).toString() });
    return out;
}

Status SavedFilters::save(const QString& login, const SavedFilter& filter)
{
    CS_TRY(checkQueue(filter.queue));
    const QString name = filter.name.simplified();
    if (name.isEmpty())
        return Error::invalid(CoreText::tr("Give the filter a name."));
    if (name.size() > kSavedFilterNameMax)
        return Error::invalid(CoreText::tr("A filter's name has at most %1 characters.").arg(kSavedFilterNameMax));
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO saved_filters (login, queue, name, state, search, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (login, queue, name) "
                       "DO UPDATE SET state = excluded.state, search = excluded.search, "
                       "updated_at = excluded.updated_at"),
        { normalizeLogin(login), filter.queue, name, filter.state, filter.search.trimmed(), m_clock.nowMs() });
    CS_TRY(q);
    return {};
}

Status SavedFilters::remove(const QString& login, const QString& queue, const QString& name)
{
    CS_TRY(checkQueue(queue));
    auto q = m_db.exec(QStringLiteral("DELETE FROM saved_filters WHERE login = ? AND queue = ? AND name = ?"),
                       { normalizeLogin(login), queue, name });
    CS_TRY(q);
    return {};
}

} // namespace cs
