#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariantList>
#include <QtEndian>
#include <array>
#include <core/common/result.h>
#include <vector>

typedef struct pg_conn PGconn;

namespace cs {

class Database;

// One row of a PgRows batch, its columns found once: what a reader of many columns asks for.
class PgRow
{
public:
    static constexpr int kMaxColumns = 24;

    int columns() const { return m_columns; }
    bool isNull(int column) const
    {
        Q_ASSERT(column < m_columns);
        return m_size[size_t(column)] < 0;
    }
    QByteArrayView value(int column) const
    {
        Q_ASSERT(column < m_columns);
        const int size = m_size[size_t(column)];
        return size < 0 ? QByteArrayView() : QByteArrayView(m_data[size_t(column)], size);
    }
    // An integer column (2, 4 or 8 bytes, sign-extended); 0 for a null or another width.
    qint64 integer(int column) const
    {
        Q_ASSERT(column < m_columns);
        const char* data = m_data[size_t(column)];
        switch (m_size[size_t(column)]) {
        case 8:
            return qFromBigEndian<qint64>(data);
        case 4:
            return qFromBigEndian<qint32>(data);
        case 2:
            return qFromBigEndian<qint16>(data);
        default:
            return 0;
        }
    }

private:
    friend class PgRows;
    int m_columns = 0;
    std::array<const char*, kMaxColumns> m_data {};
    std::array<int, kMaxColumns> m_size {}; // -1: null
};

// A batch of rows as PostgreSQL's binary COPY sent them: integers as their big-endian bytes,
// text as its UTF-8 bytes, read in place (no QVariant, no QString). Holds the rows' bytes in one
// block of its own and where each row starts; a row's columns are found when it is read, which
// costs less than writing down ten cells a row that the reader on another core must fetch again.
// Safe to read from another thread once fetched.
class PgRows
{
public:
    PgRows() = default;
    PgRows(PgRows&&) noexcept = default;
    PgRows& operator=(PgRows&&) noexcept = default;
    PgRows(const PgRows&) = delete;
    PgRows& operator=(const PgRows&) = delete;

    int count() const { return int(m_rows.size()); }
    // Row r's columns (checked when the batch was read).
    PgRow row(int r) const
    {
        PgRow out;
        out.m_columns = m_columns;
        const char* at = m_bytes.data() + m_rows[size_t(r)];
        for (int c = 0; c < m_columns; ++c) {
            const qint32 size = qFromBigEndian<qint32>(at);
            at += 4;
            out.m_data[size_t(c)] = at;
            out.m_size[size_t(c)] = size;
            at += size > 0 ? size : 0;
        }
        return out;
    }
    // One column of row r, finding all of the row's columns on every call: for tests and single
    // reads; row(r) finds them once.
    bool isNull(int r, int column) const { return row(r).isNull(column); }
    QByteArrayView value(int r, int column) const { return row(r).value(column); }
    qint64 integer(int r, int column) const { return row(r).integer(column); }

private:
    friend class PgCopyOut;

    // Empties the batch and keeps its room, for the next one.
    void clear();

    int m_columns = 0;
    std::vector<size_t> m_rows; // where each row's first column starts in m_bytes
    std::vector<char> m_bytes; // the rows' CopyData messages, one after another
};

// Streams the rows of one SELECT out of a PostgreSQL connection with COPY ... TO STDOUT in binary:
// PostgreSQL's cheapest way out for millions of rows, on the server (no cursor, no per-row
// protocol message) and here (no PGresult a row). COPY takes no bound parameters, so the SELECT
// reads its values with current_setting(name) from settings the caller binds first with
// set_config(name, value, true) in the same transaction; the COPY's own text is fixed.
class PgCopyOut
{
public:
    // Starts the COPY inside the open transaction of `db`.
    static Result<PgCopyOut> open(Database& db, const QString& select);
    PgCopyOut(PgCopyOut&& other) noexcept;
    PgCopyOut& operator=(PgCopyOut&&) = delete;
    PgCopyOut(const PgCopyOut&) = delete;
    PgCopyOut& operator=(const PgCopyOut&) = delete;
    // A COPY left before its end is cancelled and drained: the connection is usable again.
    ~PgCopyOut();

    // The next batch of at most `rows` rows; an empty batch at the end. A batch that was read
    // already may be handed back to hold it: its room is reused.
    Result<PgRows> fetch(int rows, PgRows reuse = {});

private:
    PgCopyOut(Database& db, PGconn* conn);
    Status parse(const char* message, int size, PgRows* batch);
    void ended();
    void abandon();

    Database* m_db;
    PGconn* m_conn;
    bool m_running = true;
    bool m_headerRead = false;
};

} // namespace cs
