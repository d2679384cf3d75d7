#include <QSqlDriver>
#include <QtEndian>
#include <core/common/coretext.h>
#include <core/storage/database.h>
#include <core/storage/pgcopy.h>
#include <cstring>
#include <libpq-fe.h>
#include <utility>

namespace cs {
namespace {

Error failed(const char* message)
{
    return Error::database(
        CoreText::tr("Reading from the database failed: %1").arg(QString::fromUtf8(message ? message : "").trimmed()));
}

qint16 int16At(const char* bytes)
{
    return qFromBigEndian<qint16>(bytes);
}

qint32 int32At(const char* bytes)
{
    return qFromBigEndian<qint32>(bytes);
}

// "PGCOPY\n\377\r\n\0", then the flags and the header extension's length (PostgreSQL's COPY docs).
constexpr char kSignature[] = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\377', '\r', '\n', '\0' };
constexpr int kHeaderSize = int(sizeof kSignature) + 8;

} // namespace

void PgRows::clear()
{
    m_columns = 0;
    m_rows.clear();
    m_bytes.clear();
}

Result<PgCopyOut> PgCopyOut::open(Database& db, const QString& select)
{
    PGconn* conn = db.pgConnection();
    if (!conn)
        return Error::storage(CoreText::tr("Rows can be streamed only from a PostgreSQL connection."));
    if (!db.inTransaction())
        return Error::storage(CoreText::tr("Rows can be streamed only inside a transaction."));
    const QByteArray copy = "COPY (" + select.toUtf8() + ") TO STDOUT (FORMAT binary)";
    PGresult* started = PQexec(conn, copy.constData());
    const bool ok = PQresultStatus(started) == PGRES_COPY_OUT;
    const Error error = ok ? Error {} : failed(PQresultErrorMessage(started));
    PQclear(started);
    if (!ok)
        return error;
    return PgCopyOut(db, conn);
}

PgCopyOut::PgCopyOut(Database& db, PGconn* conn)
    : m_db(&db)
    , m_conn(conn)
{
    db.m_streaming = true;
}

PgCopyOut::PgCopyOut(PgCopyOut&& other) noexcept
    : m_db(other.m_db)
    , m_conn(other.m_conn)
    , m_running(std::exchange(other.m_running, false))
    , m_headerRead(other.m_headerRead)
{ }

PgCopyOut::~PgCopyOut()
{
    abandon();
}

void PgCopyOut::ended()
{
    m_running = false;
    m_db->streamEnded();
}

void PgCopyOut::abandon()
{
    if (!m_running)
        return;
    // Reading a million rows nobody wants would take a second: the server is told to stop.
    if (PGcancel* cancel = PQgetCancel(m_conn)) {
        char reason[256];
        PQcancel(cancel, reason, sizeof reason);
        PQfreeCancel(cancel);
    }
    char* buffer = nullptr;
    while (PQgetCopyData(m_conn, &buffer, 0) > 0)
        PQfreemem(buffer);
    while (PGresult* rest = PQgetResult(m_conn))
        PQclear(rest);
    ended();
}

// Appends one CopyData message to the batch: its bytes to the batch's block, where its rows start
// as offsets into that block (which may still move as it grows). Every length is checked here, so
// that reading a row later needs no checks.
Status PgCopyOut::parse(const char* message, int size, PgRows* batch)
{
    const char* at = message;
    const char* const end = message + size;
    const auto broken = [] { return failed("the server's binary COPY data is malformed"); };
    if (!m_headerRead) {
        if (size < kHeaderSize || std::memcmp(at, kSignature, sizeof kSignature) != 0)
            return broken();
        const auto extension = qint64(int32At(at + sizeof kSignature + 4));
        if (extension < 0 || extension > end - at - kHeaderSize)
            return broken();
        at += kHeaderSize + extension;
        m_headerRead = true;
    }
    while (at < end) {
        if (end - at < 2)
            return broken();
        const qint16 fields = int16At(at);
        at += 2;
        if (fields == -1)
            break; // the trailer (the rows before it in this message are kept)
        if (fields <= 0 || (batch->m_columns != 0 && fields != batch->m_columns))
            return broken();
        if (fields > PgRow::kMaxColumns)
            return Error::storage(CoreText::tr("A streamed row has %1 columns; at most %2 can be read.")
                                      .arg(fields)
                                      .arg(PgRow::kMaxColumns));
        batch->m_columns = fields;
        batch->m_rows.push_back(batch->m_bytes.size() + size_t(at - message));
        for (int f = 0; f < fields; ++f) {
            if (end - at < 4)
                return broken();
            const qint32 length = int32At(at);
            at += 4;
            if (length < -1 || length > end - at)
                return broken();
            at += qMax(length, 0);
        }
    }
    batch->m_bytes.insert(batch->m_bytes.end(), message, end);
    return {};
}

Result<PgRows> PgCopyOut::fetch(int rows, PgRows reuse)
{
    PgRows batch = std::move(reuse);
    batch.clear();
    batch.m_rows.reserve(size_t(rows));
    while (m_running && batch.count() < rows) {
        char* buffer = nullptr;
        const int size = PQgetCopyData(m_conn, &buffer, 0);
        if (size > 0) {
            // Copied into the batch's block and given back at once: libpq's buffer of one row is
            // then reused for the next (freeing a batch's worth of them at once cost a tenth of
            // verify's time in the allocator and in page faults).
            const Status parsed = parse(buffer, size, &batch);
            PQfreemem(buffer);
            if (!parsed.ok()) {
                abandon();
                return parsed.error();
            }
            continue;
        }
        // The end (-1), or the connection failed (-2): the COPY's own result says how it went.
        Error error;
        bool ok = size == -1;
        if (!ok)
            error = failed(PQerrorMessage(m_conn));
        while (PGresult* result = PQgetResult(m_conn)) {
            if (ok && PQresultStatus(result) != PGRES_COMMAND_OK) {
                ok = false;
                error = failed(PQresultErrorMessage(result));
            }
            PQclear(result);
        }
        ended();
        if (!ok)
            return error;
    }
    return batch;
}

} // namespace cs
