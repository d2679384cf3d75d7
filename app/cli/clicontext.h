#pragma once

#include <QJsonValue>
#include <QTextStream>
#include <cli/commandline.h>
#include <core/common/clock.h>
#include <core/common/result.h>
#include <core/execution/credentialstore.h>
#include <core/workspace.h>
#include <memory>

namespace cs::cli {

// Exit codes, documented in README: scripts can tell "not allowed" from "not found".
enum ExitCode {
    Ok = 0,
    Failure = 1,
    Usage = 2,
    NotFound = 3,
    Forbidden = 4,
    Conflict = 5,
    Storage = 6,
    Integrity = 7,
    OutcomeUnknown = 8
};
int exitCodeFor(Error::Code code);

// What every command gets: the parsed line, the workspace, the acting identity and the streams.
class CliContext
{
public:
    CliContext(const CommandLine& line, QTextStream& out, QTextStream& err);

    // Opens the workspace; unless creating, a missing SQLite file is an error, not a new empty workspace.
    Status open(bool create);

    const CommandLine& line;
    Workspace& ws() { return *m_workspace; }
    CredentialStore& credentials() { return *m_credentials; }
    QString actor() const { return m_actor; }
    bool json() const { return line.json; }

    void print(const QString& text);
    void printJson(const QJsonValue& value);
    // One "countersign-cli: warning: ..." line on stderr; the command goes on.
    void warn(const QString& message);
    int fail(const Error& error);
    int fail(const QString& message, int code);
    // Ends a command that changed something: its failure, or the sentence (JSON: ok and message).
    int done(const Status& status, const QString& message);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CredentialStore> m_credentials;
    QString m_actor;
};

} // namespace cs::cli
