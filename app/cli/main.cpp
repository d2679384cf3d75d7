#include <QCoreApplication>
#include <QLoggingCategory>
#include <cli/commands.h>

int main(int argc, char* argv[])
{
    // Scripts read stderr: a failure is one "countersign-cli: ..." line, so debug and info
    // (the CLI's and core's) are off unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("countersign.*.debug=false\ncountersign.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countersign"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cs::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
