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
// text as its UTF-8 bytes, read in place (no QVariant, no QString). Holds the rows' bytes in one
// block of its own; safe to read from another thread once fetched.
class PgRows
{
public:
    PgRows() = default;
    PgRows(PgRows&&) noexcept = default;
    PgRows& operator=(PgRows&&) noexcept = default;
    PgRows(const PgRows&) = delete;
    PgRows& operator=(const PgRows&) = delete;

    int count() const { return m_columns == 0 ? 0 : int(m_cells.size() / size_t(m_columns)); }
    bool isNull(int row, int column) const { return cell(row, column).size < 0; }
    QByteArrayView value(int row, int column) const;
    // An integer column (2, 4 or 8 bytes, sign-extended); 0 for a null or another width. Inline:
    // verify reads four of them for each of a million rows.
    qint64 integer(int row, int column) const
    {
        const Cell& c = cell(row, column);
        const char* data = m_bytes.data() + c.offset;
        if (c.size == 8)
            return qFromBigEndian<qint64>(data);
        if (c.size == 4)
            return qFromBigEndian<qint32>(data);
        return c.size == 2 ? qFromBigEndian<qint16>(data) : 0;
    }

private:
    friend class PgCopyOut;
    struct Cell
    {
        size_t offset; // into m_bytes
        int size; // -1: null
    };
    const Cell& cell(int row, int column) const { return m_cells[size_t(row) * size_t(m_columns) + size_t(column)]; }

    // Empties the batch and keeps its room, for the next one.
    void clear();

    int m_columns = 0;
    std::vector<Cell> m_cells;
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
