#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <cli/commandline.h>
#include <core/common/result.h>
#include <functional>

namespace cs::cli {

// Where `request` and `run` take parameter values from. A secret never has to be on the command
// line, where every local account sees it (ps, /proc/PID/cmdline):
//   --param NAME=VALUE   not for secret parameters, unless --allow-secret-on-command-line
//   --param-file FILE    NAME=VALUE lines ('-': standard input); blank lines and # comments skipped
//   --secret NAME        a prompt without echo on a terminal, otherwise one line of standard input
struct ParameterReaders
{
    std::function<Result<QByteArray>(const QString& path)> file; // "-" is standard input
    std::function<Result<QString>(const QString& name)> secret;
};

// NAME=VALUE lines; the value is everything after the first '=' (spaces kept, the line end not).
Result<QList<QPair<QString, QString>>> parseParameterLines(const QByteArray& text, const QString& source);

// Every value the command line names, by parameter; secretNames are the action's secret parameters.
Result<QJsonObject> collectParameters(const CommandLine& line, const QSet<QString>& secretNames,
                                      const ParameterReaders& readers);

// Readers over this process's standard input and files.
ParameterReaders standardParameterReaders();

} // namespace cs::cli
