#include <QSqlDriver>
#include <atomic>
#include <core/common/coretext.h>
#include <core/storage/database.h>
#include <core/storage/pgcursor.h>
#include <libpq-fe.h>
#include <utility>
#include <vector>

namespace cs {
namespace {

PGconn* connectionOf(Database& db)
{
    const QVariant handle = db.driverHandle();
    // Qt names the type as its metatype saw it: the typedef, or the struct it stands for.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.data());
}

Error failed(PGconn* conn, const PGresult* result)
{
    const char* message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    return Error::database(
        CoreText::tr("Reading from the database failed: %1").arg(QString::fromUtf8(message ? message : "").trimmed()));
}

} // namespace

PgRows::PgRows(PGresult* result)
    : m_result(result, PQclear)
{ }

int PgRows::count() const
{
    return PQntuples(m_result.get());
}

bool PgRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QByteArrayView PgRows::value(int row, int column) const
{
    return { PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column) };
}

PgCursor::PgCursor(Database& db, QByteArray name)
    : m_db(&db)
    , m_name(std::move(name))
{ }

PgCursor::PgCursor(PgCursor&& other) noexcept
    : m_db(other.m_db)
    , m_name(std::move(other.m_name))
    , m_open(std::exchange(other.m_open, false))
{ }

PgCursor::~PgCursor()
{
    if (m_open)
        (void)close();
}

qint64 PgRows::integer(int row, int column) const
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(PQgetvalue(m_result.get(), row, column));
    const int size = PQgetlength(m_result.get(), row, column);
    quint64 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | bytes[i];
    // Sign-extend the narrower integer types.
    if (size > 0 && size < 8 && (bytes[0] & 0x80))
        value |= ~quint64(0) << (8 * size);
    return qint64(value);
}

Result<PgCursor> PgCursor::open(Database& db, const QString& sql, const QVariantList& values, Format format)
{
    PGconn* conn = connectionOf(db);
    if (!conn)
        return Error::storage(CoreText::tr("Rows can be streamed only from a PostgreSQL connection."));
    if (!db.inTransaction())
        return Error::storage(CoreText::tr("Rows can be streamed only inside a transaction."));
    static std::atomic<int> serial { 0 };
    const QByteArray name = "cs_stream_" + QByteArray::number(++serial);
    QList<QByteArray> texts;
    for (const QVariant& v : values)
        texts.append(v.toString().toUtf8());
    std::vector<const char*> params;
    for (const QByteArray& t : texts)
        params.push_back(t.constData());
    const QByteArray declare
        = "DECLARE " + name + (format == Format::Binary ? " BINARY" : "") + " NO SCROLL CURSOR FOR " + sql.toUtf8();
    PGresult* result
        = PQexecParams(conn, declare.constData(), int(params.size()), nullptr, params.data(), nullptr, nullptr, 0);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const Error error = ok ? Error {} : failed(conn, result);
    PQclear(result);
    if (!ok)
        return error;
    return PgCursor(db, name);
}

Result<PgRows> PgCursor::fetch(int rows)
{
    PGconn* conn = connectionOf(*m_db);
    if (!conn)
        return Error::storage(CoreText::tr("Rows can be streamed only from a PostgreSQL connection."));
    const QByteArray statement = "FETCH FORWARD " + QByteArray::number(rows) + " FROM " + m_name;
    PGresult* result = PQexec(conn, statement.constData());
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        const Error error = failed(conn, result);
        PQclear(result);
        m_open = false; // the transaction is aborted now; its end drops the cursor
        return error;
    }
    return PgRows(result);
}

Status PgCursor::close()
{
    if (!std::exchange(m_open, false))
        return {};
    PGconn* conn = connectionOf(*m_db);
    if (!conn)
        return {};
    const QByteArray statement = "CLOSE " + m_name;
    PGresult* result = PQexec(conn, statement.constData());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const Error error = ok ? Error {} : failed(conn, result);
    PQclear(result);
    if (!ok)
        return error;
    return {};
}

} // namespace cs
