#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace cs::cli {

class CliContext;

// Runs one parsed command and returns the process exit code.
using CommandHandler = int (*)(CliContext&);

// What run() opens before the handler: the existing workspace (a missing one is an error), a new
// one, or nothing (the handler needs no workspace).
enum class WorkspaceUse { Existing, Create, None };

// The options a command accepts; "name*" may repeat, "name!" is a flag without value.
struct CommandSpec
{
    QString name; // "user add", "approve"
    QString arguments;
    QStringList options;
    QString summary;
    CommandHandler handler = nullptr;
    WorkspaceUse workspace = WorkspaceUse::Existing;
};

// A parsed command line: global options, the command, its positionals and options.
struct CommandLine
{
    QString database;
    QString actor;
    bool json = false;
    bool help = false;
    bool version = false;
    const CommandSpec* spec = nullptr;
    QStringList positionals;
    QHash<QString, QStringList> options;

    QString option(const QString& name) const { return options.value(name).value(0); }
    QStringList all(const QString& name) const { return options.value(name); }
    bool has(const QString& name) const { return options.contains(name); }
};

const QList<CommandSpec>& commandSpecs();

// Decodes argv (without the program name) as UTF-8. Bytes that are not UTF-8 would silently become
// U+FFFD, and approvers would read other text than what was typed: returns false with a message
// naming the argument instead.
bool decodeArguments(const QList<QByteArray>& argv, QStringList* out, QString* error);

// Parses argv (without the program name); on failure returns false with a one-line message.
bool parseCommandLine(const QStringList& args, CommandLine* out, QString* error);

QString usageText();

} // namespace cs::cli
