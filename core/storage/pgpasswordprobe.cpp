#include <QByteArray>
#include <core/storage/pgpasswordprobe.h>
#include <cstring>
#include <libpq-fe.h>
#include <poll.h>
#include <vector>

namespace cs {

bool postgresRefusesPassword(const QList<QPair<const char*, QString>>& options)
{
    std::vector<QByteArray> values;
    std::vector<const char*> keywords;
    std::vector<const char*> texts;
    values.reserve(options.size());
    for (const auto& [keyword, value] : options) {
        if (value.isEmpty())
            continue;
        values.push_back(value.toUtf8());
        keywords.push_back(keyword);
        texts.push_back(values.back().constData());
    }
    keywords.push_back(nullptr);
    texts.push_back(nullptr);
    PGconn* conn = PQconnectStartParams(keywords.data(), texts.data(), 0);
    if (!conn)
        return false;
    // The SQLSTATE alone in the error message: the one part the server never translates.
    PQsetErrorVerbosity(conn, PQERRORS_SQLSTATE);
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    while (PQstatus(conn) != CONNECTION_BAD && status != PGRES_POLLING_OK && status != PGRES_POLLING_FAILED) {
        pollfd fd { PQsocket(conn), short(status == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0 };
        if (fd.fd < 0 || poll(&fd, 1, 10 * 1000) <= 0)
            break;
        status = PQconnectPoll(conn);
    }
    const bool refused = PQstatus(conn) == CONNECTION_BAD
        && (PQconnectionNeedsPassword(conn) || std::strstr(PQerrorMessage(conn), ":  28P01") != nullptr);
    PQfinish(conn);
    return refused;
}

} // namespace cs
