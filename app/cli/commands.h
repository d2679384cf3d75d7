#pragma once

#include <cli/clicontext.h>

#include <QStringList>
#include <QTextStream>

namespace cs::cli {

// Runs countersign-cli with the given arguments (without the program name); returns the exit code.
int run(const QStringList& args, QTextStream& out, QTextStream& err);

// Command groups, each in its own file.
int runAdminCommand(CliContext& ctx);
int runRequestCommand(CliContext& ctx);
int runAgentCommand(CliContext& ctx);
int runDatabaseLogin(CliContext& ctx);
int runSetupPostgres(CliContext& ctx);

} // namespace cs::cli
