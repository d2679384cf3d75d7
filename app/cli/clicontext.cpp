#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cli/clicontext.h>
#include <core/common/identity.h>
#include <core/storage/database.h>
#include <keychain/keychainstore.h>

namespace cs::cli {

int exitCodeFor(Error::Code code)
{
    switch (code) {
    case Error::Code::Invalid:
        return Failure;
    case Error::Code::NotFound:
        return NotFound;
    case Error::Code::Forbidden:
        return Forbidden;
    case Error::Code::Conflict:
        return Conflict;
    case Error::Code::Storage:
        return Storage;
    case Error::Code::Integrity:
        return Integrity;
    case Error::Code::OutcomeUnknown:
        return OutcomeUnknown;
    }
    return Failure;
}

CliContext::CliContext(const CommandLine& commandLine, QTextStream& out, QTextStream& err)
    : line(commandLine)
    , m_out(out)
    , m_err(err)
{
    // A testing aid for deadlines: SQLite workspaces are not a security boundary (see README).
    const QDateTime testNow = QDateTime::fromString(qEnvironmentVariable("COUNTERSIGN_TEST_NOW"), Qt::ISODate);
    if (testNow.isValid())
        m_clock = std::make_unique<ManualClock>(testNow.toUTC());
    else
        m_clock = std::make_unique<SystemClock>();
    m_actor = normalizeLogin(line.actor.isEmpty() ? osLogin() : line.actor);
    m_credentials = std::make_unique<KeychainStore>();
}

Status CliContext::open(bool create)
{
    const QString location = line.database.isEmpty() ? Database::defaultLocation() : line.database;
    const bool postgres = location.contains(QLatin1String("://"));
    if (!create && !postgres && !QFileInfo::exists(location))
        return Error::notFound(QStringLiteral("There is no workspace at %1; create one with \"countersign-cli init\" "
                                              "(or \"init --demo\").")
                                   .arg(location));
    // PostgreSQL: the password from the keychain if one was stored (db login), else libpq's own
    // sources (PGPASSWORD, ~/.pgpass, or authentication that needs none).
    QString password;
    if (postgres) {
        auto stored = m_credentials->read(databasePasswordKey(Database::canonicalPostgresUrl(location)));
        if (stored.ok())
            password = *stored;
    }
    auto ws = Workspace::open(location, *m_clock, password);
    CS_TRY(ws);
    m_workspace = std::move(ws).value();
    if (postgres) {
        // Identity is the database's: whoever this connection logged in as.
        if (!line.actor.isEmpty())
            return Error::invalid(QStringLiteral(
                "--as applies to SQLite workspaces only; on PostgreSQL you act as the role you connect as."));
        auto me = m_workspace->database().currentUser();
        CS_TRY(me);
        m_actor = normalizeLogin(*me);
    }
    return {};
}

void CliContext::print(const QString& text)
{
    m_out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        m_out << '\n';
    m_out.flush();
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::warn(const QString& message)
{
    m_err << "countersign-cli: warning: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    m_err.flush();
}

int CliContext::fail(const QString& message, int code)
{
    // One line: scripts read stderr line by line.
    m_err << "countersign-cli: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    m_err.flush();
    return code;
}

int CliContext::done(const Status& status, const QString& message)
{
    if (!status.ok())
        return fail(status.error());
    if (json())
        printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("message"), message } });
    else
        print(message);
    return Ok;
}

int CliContext::fail(const Error& error)
{
    return fail(error.message, exitCodeFor(error.code));
}

} // namespace cs::cli
