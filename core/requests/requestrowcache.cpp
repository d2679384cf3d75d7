#include <QSqlQuery>
#include <QVariant>
#include <core/requests/requestrowcache.h>

namespace cs {

RequestRowCache::RequestRowCache(int capacity)
    : m_capacity(capacity)
{ }

QString RequestRowCache::keyOf(const QSqlQuery& row, int columns)
{
    // Each column as its length and text, so no two different rows can spell the same key.
    QString key;
    key.reserve(1024);
    for (int i = 0; i < columns; ++i) {
        const QVariant value = row.value(i);
        if (value.isNull()) {
            key += QLatin1String("N;");
            continue;
        }
        const QString text = value.toString();
        key += QString::number(text.size());
        key += QLatin1Char(':');
        key += text;
    }
    return key;
}

std::optional<Request> RequestRowCache::find(const QString& key) const
{
    const auto it = m_requests.constFind(key);
    if (it == m_requests.constEnd())
        return std::nullopt;
    return *it;
}

void RequestRowCache::insert(const QString& key, const Request& request)
{
    if (m_capacity <= 0 || m_requests.contains(key))
        return;
    if (m_order.size() >= m_capacity)
        m_requests.remove(m_order.dequeue());
    m_requests.insert(key, request);
    m_order.enqueue(key);
}

} // namespace cs
