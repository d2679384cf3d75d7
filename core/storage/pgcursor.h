#pragma once

#include <QByteArrayView>
#include <QVariantList>
#include <core/common/result.h>
#include <memory>

typedef struct pg_result PGresult;

namespace cs {

class Database;

// A batch of rows as libpq returned them: each value is the server's text, read in place (no
// QVariant, no QString). Owns its PGresult; safe to read from another thread once fetched.
class PgRows
{
public:
    explicit PgRows(PGresult* result);
    int count() const;
    bool isNull(int row, int column) const;
    QByteArrayView value(int row, int column) const;
    // An integer column of a binary cursor (PostgreSQL's network byte order, 2, 4 or 8 bytes).
    qint64 integer(int row, int column) const;

private:
    std::shared_ptr<PGresult> m_result;
};

// Streams the rows of one SELECT on a PostgreSQL connection in batches, through a cursor in the
// open transaction (a read snapshot): for reads of millions of rows where Qt's per-column
// QVariant costs more than the work done on them (audit verify). Parameters are bound by libpq.
class PgCursor
{
public:
    // Text: every value as the server's text. Binary: integers as their bytes (no decimal text
    // written by the server), text as its UTF-8 bytes, the same as in Text.
    enum class Format { Text, Binary };
    // Declares the cursor; `sql` uses $1, $2... for `values` (integers or text).
    static Result<PgCursor> open(Database& db, const QString& sql, const QVariantList& values,
                                 Format format = Format::Text);
    PgCursor(PgCursor&&) noexcept;
    ~PgCursor();

    // The next batch of at most `rows` rows; an empty batch at the end.
    Result<PgRows> fetch(int rows);
    // Closes the cursor (the transaction's end closes it too).
    Status close();

private:
    PgCursor(Database& db, QByteArray name);
    Database* m_db;
    QByteArray m_name;
    bool m_open = true;
};

} // namespace cs
