#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <optional>

class QSqlDriver;
typedef struct pg_conn PGconn;

namespace cs {

// Runs statements with bound values on a PostgreSQL connection through libpq's extended protocol:
// one round trip with the values sent beside the text, where Qt's driver takes three (PREPARE,
// an EXECUTE with every value written into its text, DEALLOCATE). A kept statement is parsed and
// planned once per connection and then only bound and executed. The rows come back as a QSqlQuery
// over the whole result, typed as Qt's driver types them, so callers cannot tell the difference.
// A Qt query on the same connection that was not read to its end loses its remaining rows, as it
// does when Qt's driver sends the next statement: read rows before running the next statement.
class PgStatements
{
public:
    struct Outcome
    {
        std::optional<QSqlQuery> rows; // empty: the statement failed, see error
        QSqlError error; // as Qt's driver reports it (the SQLSTATE as native code)
        bool changesNotified = false; // a countersign_changes notification arrived meanwhile
    };

    // `sql` uses Qt's positional `?` placeholders; `conn` is `driver`'s own connection.
    Outcome run(const QSqlDriver* driver, PGconn* conn, const QString& sql, const QVariantList& values, bool keep);
    // The connection was opened again: the statements it had prepared are gone with the old one.
    void forget() { m_prepared.clear(); }

    // Takes the notifications libpq has read on `conn` (with an answer, or a COPY's rows): whether
    // one of them said countersign_changes.
    static bool takeChangeNotifications(PGconn* conn);
    // `?` placeholders as PostgreSQL's $1, $2...; quoted text and identifiers are left alone, as
    // Qt's driver leaves them (no comments or dollar quoting: core's valued statements have none).
    static QByteArray numberedPlaceholders(const QString& sql);

private:
    QHash<QString, QByteArray> m_prepared; // statement text → its name on this connection
    int m_serial = 0;
};

} // namespace cs
