#include <cli/commands.h>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countersign"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cs::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
