#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariantList>
#include <QtEndian>
#include <core/common/result.h>
#include <vector>

typedef struct pg_conn PGconn;

namespace cs {

class Database;

// A batch of rows as PostgreSQL's binary COPY sent them: integers as their big-endian bytes,
// text as its UTF-8 bytes, read in place (no QVariant, no QString). Owns libpq's buffers; safe
// to read from another thread once fetched.
class PgRows
{
public:
    PgRows() = default;
    PgRows(PgRows&&) noexcept = default;
    PgRows& operator=(PgRows&& other) noexcept;
    PgRows(const PgRows&) = delete;
    PgRows& operator=(const PgRows&) = delete;
    ~PgRows();

    int count() const { return m_columns == 0 ? 0 : int(m_cells.size() / size_t(m_columns)); }
    bool isNull(int row, int column) const { return cell(row, column).size < 0; }
    QByteArrayView value(int row, int column) const;
    // An integer column (2, 4 or 8 bytes, sign-extended); 0 for a null or another width. Inline:
    // verify reads four of them for each of a million rows.
    qint64 integer(int row, int column) const
    {
        const Cell& c = cell(row, column);
        if (c.size == 8)
            return qFromBigEndian<qint64>(c.data);
        if (c.size == 4)
            return qFromBigEndian<qint32>(c.data);
        return c.size == 2 ? qFromBigEndian<qint16>(c.data) : 0;
    }

private:
    friend class PgCopyOut;
    struct Cell
    {
        const char* data;
        int size; // -1: null
    };
    const Cell& cell(int row, int column) const { return m_cells[size_t(row) * size_t(m_columns) + size_t(column)]; }

    int m_columns = 0;
    std::vector<Cell> m_cells;
    std::vector<char*> m_buffers; // libpq's, one a message
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

    // The next batch of at most `rows` rows; an empty batch at the end.
    Result<PgRows> fetch(int rows);

private:
    PgCopyOut(Database& db, PGconn* conn);
    Status parse(char* message, int size, PgRows* batch);
    void ended();
    void abandon();

    Database* m_db;
    PGconn* m_conn;
    bool m_running = true;
    bool m_headerRead = false;
};

} // namespace cs
