#pragma once

#include <QHash>
#include <QQueue>
#include <QString>
#include <core/requests/request.h>
#include <optional>

class QSqlQuery;

namespace cs {

// Requests already read, by the exact text of their row. Reading a request parses its JSON and
// recomputes its digest (tens of microseconds a row), and the client reads the same pages again
// on every change anywhere. A hit needs every column to be what was checked, character for
// character, so the cache can never vouch for a row that changed since.
class RequestRowCache
{
public:
    explicit RequestRowCache(int capacity = 4096);

    static QString keyOf(const QSqlQuery& row, int columns);
    std::optional<Request> find(const QString& key) const;
    void insert(const QString& key, const Request& request);

private:
    QHash<QString, Request> m_requests;
    QQueue<QString> m_order; // oldest first: what goes when the cache is full
    int m_capacity;
};

} // namespace cs
