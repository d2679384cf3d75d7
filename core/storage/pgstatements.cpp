#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>
#include <cmath>
#include <core/storage/pgstatements.h>
#include <cstdlib>
#include <libpq-fe.h>
#include <vector>

namespace cs {
namespace {

// PostgreSQL's type oids (pg_type.dat) that Qt's driver gives a type other than QString.
enum Oid : unsigned {
    Bool = 16,
    Bytea = 17,
    Int8 = 20,
    Int2 = 21,
    Int4 = 23,
    Regproc = 24,
    ObjectId = 26,
    Xid = 28,
    Cid = 29,
    Float4 = 700,
    Float8 = 701,
    Date = 1082,
    Time = 1083,
    Timestamp = 1114,
    TimestampTz = 1184,
    TimeTz = 1266,
    Numeric = 1700,
};

// The type Qt's driver gives a column of `oid` (qDecodePSQLType), so that values read either way agree.
QMetaType metaTypeOf(unsigned oid)
{
    switch (oid) {
    case Bool:
        return QMetaType(QMetaType::Bool);
    case Int8:
        return QMetaType(QMetaType::LongLong);
    case Int2:
    case Int4:
    case ObjectId:
    case Regproc:
    case Xid:
    case Cid:
        return QMetaType(QMetaType::Int);
    case Numeric:
    case Float4:
    case Float8:
        return QMetaType(QMetaType::Double);
    case Date:
        return QMetaType(QMetaType::QDate);
    case Time:
    case TimeTz:
        return QMetaType(QMetaType::QTime);
    case Timestamp:
    case TimestampTz:
        return QMetaType(QMetaType::QDateTime);
    case Bytea:
        return QMetaType(QMetaType::QByteArray);
    default:
        return QMetaType(QMetaType::QString);
    }
}

QVariant decoded(const QMetaType& type, const char* text, int length)
{
    switch (type.id()) {
    case QMetaType::Bool:
        return text[0] == 't';
    case QMetaType::LongLong:
        return QByteArray::fromRawData(text, length).toLongLong();
    case QMetaType::Int:
        return QByteArray::fromRawData(text, length).toInt();
    case QMetaType::Double: {
        // Numeric as a double, as Qt's default (low-precision) policy reads it.
        if (qstricmp(text, "NaN") == 0)
            return std::nan("");
        if (qstricmp(text, "Infinity") == 0)
            return HUGE_VAL;
        if (qstricmp(text, "-Infinity") == 0)
            return -HUGE_VAL;
        bool ok = false;
        const double value = QByteArray::fromRawData(text, length).toDouble(&ok);
        return ok ? QVariant(value) : QVariant();
    }
    case QMetaType::QDate:
        return QDate::fromString(QString::fromLatin1(text, length), Qt::ISODate);
    case QMetaType::QTime:
        return QTime::fromString(QString::fromLatin1(text, length), Qt::ISODate);
    case QMetaType::QDateTime: {
        // The session's time zone is UTC (Qt's driver sets it): a value without an offset is UTC.
        QString iso = QString::fromLatin1(text, length);
        const QStringView time = QStringView(iso).mid(11);
        if (!time.contains(QLatin1Char('+')) && !time.contains(QLatin1Char('-')) && !time.endsWith(QLatin1Char('Z')))
            iso += QLatin1Char('Z');
        return QDateTime::fromString(iso, Qt::ISODate);
    }
    case QMetaType::QByteArray: {
        size_t size = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
        QByteArray value(reinterpret_cast<const char*>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return value;
    }
    default:
        return QString::fromUtf8(text, length);
    }
}

// A whole PGresult seen through QSqlQuery: any row, any number of times.
class PgResult final : public QSqlResult
{
public:
    PgResult(const QSqlDriver* driver, PGresult* result)
        : QSqlResult(driver)
        , m_result(result)
        , m_rows(PQntuples(result))
    {
        for (int c = 0; c < PQnfields(result); ++c)
            m_types.push_back(metaTypeOf(PQftype(result, c)));
        setSelect(PQresultStatus(result) == PGRES_TUPLES_OK);
        setActive(true);
        setAt(QSql::BeforeFirstRow);
    }
    ~PgResult() override { PQclear(m_result); }
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;

protected:
    QVariant data(int column) override
    {
        if (!hasCell(column))
            return {};
        if (PQgetisnull(m_result, at(), column))
            return QVariant(m_types[size_t(column)], nullptr);
        return decoded(m_types[size_t(column)], PQgetvalue(m_result, at(), column),
                       PQgetlength(m_result, at(), column));
    }
    bool isNull(int column) override { return !hasCell(column) || PQgetisnull(m_result, at(), column); }
    bool reset(const QString&) override { return false; } // run again through Database, never here
    bool fetch(int row) override
    {
        if (row < 0 || row >= m_rows)
            return false;
        setAt(row);
        return true;
    }
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override { return fetch(m_rows - 1); }
    int size() override { return isSelect() ? m_rows : -1; }
    int numRowsAffected() override { return std::atoi(PQcmdTuples(m_result)); }
    QSqlRecord record() const override
    {
        QSqlRecord columns;
        for (int c = 0; c < PQnfields(m_result); ++c)
            columns.append(QSqlField(QString::fromUtf8(PQfname(m_result, c)), m_types[size_t(c)]));
        return columns;
    }
    QVariant handle() const override { return QVariant::fromValue(static_cast<void*>(m_result)); }

private:
    bool hasCell(int column) const { return at() >= 0 && at() < m_rows && column >= 0 && column < int(m_types.size()); }

    PGresult* m_result;
    int m_rows;
    std::vector<QMetaType> m_types;
};

// Qt's idea of a null value (QSqlResultPrivate::isVariantNull): a null string, byte array or date too.
bool isNullValue(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QTime:
        return !v.toTime().isValid();
    default:
        return false;
    }
}

// A value as libpq's text parameter (bytes: as a binary one).
QByteArray parameterText(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (std::isnan(d))
            return QByteArrayLiteral("NaN");
        if (std::isinf(d))
            return d < 0 ? QByteArrayLiteral("-Infinity") : QByteArrayLiteral("Infinity");
        return QByteArray::number(d, 'g', 17);
    }
    case QMetaType::QDateTime: {
        const QDateTime t = v.toDateTime();
        return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs).toUtf8();
    }
    case QMetaType::QByteArray:
        return v.toByteArray();
    default:
        return v.toString().toUtf8();
    }
}

QSqlError errorOf(PGconn* conn, const PGresult* result, const char* what)
{
    QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn));
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString code = state ? QString::fromLatin1(state) : QString();
    if (!code.isEmpty())
        message += QStringLiteral("(%1)").arg(code);
    // A broken connection is a connection error, whatever the statement was: Database reconnects.
    const auto type = PQstatus(conn) == CONNECTION_BAD ? QSqlError::ConnectionError : QSqlError::StatementError;
    return QSqlError(QStringLiteral("QPSQL: ") + QCoreApplication::translate("QPSQLResult", what), message, type, code);
}

} // namespace

bool PgStatements::takeChangeNotifications(PGconn* conn)
{
    bool changes = false;
    while (PGnotify* note = PQnotifies(conn)) {
        changes = changes || qstrcmp(note->relname, "countersign_changes") == 0;
        PQfreemem(note);
    }
    return changes;
}

QByteArray PgStatements::numberedPlaceholders(const QString& sql)
{
    const QByteArray text = sql.toUtf8();
    QByteArray out;
    out.reserve(text.size() + 16);
    char quote = 0;
    int next = 1;
    for (const char c : text) {
        if (quote) {
            if (c == quote)
                quote = 0; // a doubled quote closes and reopens: the same text
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(next++);
        } else {
            out += c;
        }
    }
    return out;
}

PgStatements::Outcome PgStatements::run(const QSqlDriver* driver, PGconn* conn, const QString& sql,
                                        const QVariantList& values, bool keep)
{
    Outcome out;
    if (!driver || !conn || PQstatus(conn) != CONNECTION_OK) {
        out.error = QSqlError(QStringLiteral("QPSQL: Unable to send query"),
                              QStringLiteral("no connection to the server"), QSqlError::ConnectionError);
        return out;
    }

    std::vector<QByteArray> texts(size_t(values.size()));
    std::vector<const char*> pointers(texts.size(), nullptr);
    std::vector<int> lengths(texts.size(), 0);
    std::vector<int> formats(texts.size(), 0);
    for (size_t i = 0; i < texts.size(); ++i) {
        const QVariant& v = values.at(qsizetype(i));
        if (isNullValue(v))
            continue;
        texts[i] = parameterText(v);
        pointers[i] = texts[i].constData();
        lengths[i] = int(texts[i].size());
        formats[i] = v.typeId() == QMetaType::QByteArray ? 1 : 0; // bytes as they are, no escaping
        // libpq reads a text value up to its first NUL: the rest would be dropped without a word.
        // PostgreSQL's text holds no NUL either, so it is refused as the server would refuse it.
        if (formats[i] == 0 && texts[i].contains('\0')) {
            out.error = QSqlError(QStringLiteral("QPSQL: Unable to bind value"),
                                  QStringLiteral("ERROR:  invalid byte sequence for encoding \"UTF8\": 0x00 "
                                                 "(value %1)(22021)")
                                      .arg(i + 1),
                                  QSqlError::StatementError, QStringLiteral("22021"));
            return out;
        }
    }
    const int count = int(texts.size());

    PGresult* result = nullptr;
    if (keep) {
        auto name = m_prepared.constFind(sql);
        if (name == m_prepared.constEnd()) {
            const QByteArray fresh = "cs_kept_" + QByteArray::number(++m_serial);
            PGresult* prepared = PQprepare(conn, fresh.constData(), numberedPlaceholders(sql).constData(), 0, nullptr);
            if (PQresultStatus(prepared) != PGRES_COMMAND_OK) {
                out.error = errorOf(conn, prepared, "Unable to prepare statement");
                PQclear(prepared);
                return out;
            }
            PQclear(prepared);
            name = m_prepared.insert(sql, fresh);
        }
        result = PQexecPrepared(conn, name->constData(), count, pointers.data(), lengths.data(), formats.data(), 0);
        // The server no longer has it (26000), or its plan went stale (0A000: the schema changed
        // under it): prepared afresh, under a new name, next time.
        const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        if (state && (qstrcmp(state, "26000") == 0 || qstrcmp(state, "0A000") == 0))
            m_prepared.remove(sql);
    } else {
        result = PQexecParams(conn, numberedPlaceholders(sql).constData(), count, nullptr, pointers.data(),
                              lengths.data(), formats.data(), 0);
    }

    // Notifications that arrived with the answer are libpq's now; the driver's socket will not see them.
    out.changesNotified = takeChangeNotifications(conn);

    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        out.error = errorOf(conn, result, "Unable to create query");
        PQclear(result);
        return out;
    }
    out.rows.emplace(new PgResult(driver, result));
    return out;
}

} // namespace cs
